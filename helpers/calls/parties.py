"""Participants of a contact as canonical actors.

The parse gives spans; here they become actors of the corpus: "the leaders of France and
Belarus" become the people who lead France and Belarus (known from the corpus, else from
the gazetteer; else the country stays); a visit to a capital becomes a contact with the
visited country's counterpart of the visitor ("Scholz will travel to Kiev" -> Scholz and
Ukraine's leader); a place is never a party; organisations that only report (a news agency,
a ministry's statement) are not parties, because the clause's subject and objects are used.
"""

from __future__ import annotations

import re
from collections import defaultdict

import pandas as pd

from helpers.actors.canonical import role_family
from helpers.actors.gazetteer import OFFICE_YEARS_VALID, OFFICES_AS_OF
from helpers.actors.formaltitles import FORMAL_TITLE_HEADS
from helpers.calls.variants import person_variants


# A news outlet is a source, never a party ("Zelensky spoke to CNN", "told Kyodo News").
MEDIA_WORDS = {"news", "agency", "press", "times", "post", "tv", "television", "radio", "broadcaster", "newspaper",
               "magazine", "journal", "cnn", "bbc", "afp", "reuters", "tass", "ria", "xinhua", "nhk", "kyodo",
               "yonhap", "interfax", "bloomberg", "jazeera", "associated", "ap", "axios", "politico"}


def is_media(name: str) -> bool:
    return bool(set(name.lower().replace(".", "").split()) & MEDIA_WORDS)


# An office written with capitals in translated copy ("the Head of State has told") is a
# description of someone, never a person of its own: "Head of State", "Chief of Staff".
OFFICE_ONLY_WORDS = FORMAL_TITLE_HEADS | {"of", "the", "state", "government", "staff", "prime", "foreign", "deputy",
                                         "vice"}


def is_office_only(name: str) -> bool:
    return set(name.lower().split()) <= OFFICE_ONLY_WORDS


def spread(info: dict) -> float:
    """How widely a name is used: articles first, then mentions ("Kang Kyung-wha" in three
    articles beats "Kang Kyung-hwa" named as often in one)."""
    return float(info.get("n_articles") or 0) * 1e6 + float(info.get("n_mentions") or 0)


# Gazetteer roles of a leader's own office (the White House: "US presidency").
LEADER_OFFICE_WORDS = ("presidency", "prime minister's office", "chancellery", "royal court", "presidential office")


def names_body(role: str, name: str) -> bool:
    """The role names the body as a whole word, not inside a longer name ("Speaker of the
    House" names the House; "White House press secretary" does not)."""
    for found in re.finditer(rf"\b{re.escape(name)}\b", role, re.I):
        before = role[:found.start()].split()
        if not (before and before[-1][:1].isupper() and before[-1].lower() not in {"the", "of"}):
            return True
    return False


def names_acronym(role: str, names: list[str]) -> bool:
    """The role names the body by a short acronym, as written ("UN Secretary-General" names
    the UN; "un" inside another word or language does not)."""
    return any(re.search(rf"(?<![\w.]){re.escape(n)}(?![\w])", role) for n in names if 2 <= len(n) <= 3 and n.isupper())


def offices_current(article_dates: pd.Series | None) -> bool:
    """Every dated article falls within ``OFFICE_YEARS_VALID`` of the gazetteer's ``OFFICES_AS_OF``
    (undated corpora take no holder the text does not name)."""
    dates = pd.to_datetime(article_dates, errors="coerce").dropna() if article_dates is not None else pd.Series([], dtype="datetime64[ns]")
    window = pd.DateOffset(years=OFFICE_YEARS_VALID)
    return bool(len(dates)) and bool(((dates >= OFFICES_AS_OF - window) & (dates <= OFFICES_AS_OF + window)).all())


# A role held outside the state's offices: "the opposition leader" or "a former president" is no
# country's leader, so never the host a visitor to that country sees.
OUT_OF_OFFICE = re.compile(r"\b(?:opposition|former|ex|exiled|rebel|self-proclaimed)\b", re.I)

LEGISLATURE = re.compile(r"\b(?:congress|senate|parliament|house of (?:representatives|commons|lords)|knesset|duma|"
                         r"bundestag|national assembly|capitol)\b", re.I)
INTERNATIONAL_OFFICE = re.compile(r"\bsecretary[- ]general\b|\b(?:UN|U\.N\.|United Nations|NATO|EU|European Union|"
                                  r"African Union|Arab League|OSCE|ASEAN|Red Cross|IAEA)\b", re.I)


class PartyResolver:
    """Actor lookups built once per corpus: leaders per country and office holders per body."""

    def __init__(self, actors: pd.DataFrame, gaz, article_dates: pd.Series | None = None):
        self.gaz = gaz
        self.offices_current = offices_current(article_dates)
        columns = ["type", "country", "role", "n_mentions", "aliases"] + (["n_articles"] if "n_articles" in actors else [])
        self.info = actors.set_index("actor")[columns].to_dict("index")
        self.holders: dict[tuple[str, str], list[tuple[int, str]]] = defaultdict(list)
        self.by_body: list[tuple[str, str, str]] = []  # (role lower-cased, person, role as written)
        self._heads: dict[str, str | None] = {}  # body -> its head, looked up once per body
        people = [(a, r["country"], r["role"], r["n_mentions"]) for a, r in self.info.items() if r["type"] == "person"]
        known = {a for a, *_ in people}
        entries = {e.actor: e for e in gaz.index.values() if e.type == "person" and e.actor not in known}
        people += [(e.actor, e.country, e.role, 0) for _, e in sorted(entries.items())]
        for actor, country, role, n in people:
            if isinstance(role, str) and role:
                self.by_body.append((role.lower(), actor, role))
            for family in role_family(role) if not OUT_OF_OFFICE.search(str(role or "")) else ():
                if isinstance(country, str) and country:
                    self.holders[(country, family)].append((-int(n or 0), actor))
        # "Deby Itno" and "Mahamat Idriss Deby" are one person: resolved under one name, whose office is known
        self.variant = person_variants([a for a, r in self.info.items() if r["type"] == "person"], self.kind,
                                       {a: spread(r) for a, r in self.info.items()})
        for found in self.holders.values():
            found.sort()

    def kind(self, actor: str) -> str | None:
        return self.info.get(actor, {}).get("type") or getattr(self.gaz.lookup(actor), "type", None)

    def country(self, actor: str) -> str | None:
        code = self.info.get(actor, {}).get("country")
        return code if isinstance(code, str) else getattr(self.gaz.lookup(actor), "country", None) or None

    def holder(self, country: str, family: str, present: set[str] = frozenset()) -> str | None:
        """The person of that country and office family ("leader", "minister"): the one the
        article names, else the only one the corpus and gazetteer know (China has a
        president and a premier: no guess), the gazetteer's one only for articles of its time
        (``named_in_corpus``): another year's office holder may be someone else."""
        found = self.holders.get((country, family), [])
        here = [a for _, a in found if a in present]
        if here:
            return here[0]
        names = {a for _, a in found}
        return self.named_in_corpus(next(iter(names))) if len(names) == 1 else None

    def named_in_corpus(self, person: str) -> str | None:
        """The person, if the corpus names him or the gazetteer's offices are those of the articles' time."""
        return person if person in self.info or self.offices_current else None

    def leader_of(self, actor: str, present: set[str] = frozenset()) -> str | None:
        """The leader of a country, or the head of a body ("NATO" -> its Secretary General)."""
        if self.kind(actor) == "country" and self.country(actor):
            return self.holder(self.country(actor), "leader", present)
        if actor not in self._heads:
            names = [actor] + list(self.info.get(actor, {}).get("aliases", []) or [])
            heads = {person for role, person, written in self.by_body
                     if (any(names_body(role, n) for n in names if len(n) > 2) or names_acronym(written, names))
                     and "spokesperson" not in role_family(role)}
            self._heads[actor] = self.named_in_corpus(next(iter(heads))) if len(heads) == 1 else None
        return self._heads[actor]

    def is_leader_office(self, actor: str) -> bool:
        """A presidency or a prime minister's office ("the White House"); not a ministry."""
        role = getattr(self.gaz.lookup(actor), "role", None) if self.kind(actor) == "organization" else None
        return bool(self.country(actor)) and any(w in str(role or "").lower() for w in LEADER_OFFICE_WORDS)

    def office_stands_for(self, actor: str, visit: bool, present: set[str]) -> str | None:
        """A leader's office as a party ("Kenyatta visited the White House", "the Kremlin
        called X"): the one leader of its country the article names; else, for a visit, the
        country (whose host ``visit_hosts`` looks for); else no party (an office that only
        reports: "Downing Street said after the call ...")."""
        code = self.country(actor)
        here = {a for _, a in self.holders.get((code, "leader"), []) if a in present}
        if len(here) == 1:
            return next(iter(here))
        return self.gaz.countries[code].name if visit and code in self.gaz.countries else None

    def resolve(self, names: list[tuple[str, bool]], visit: bool, present: set[str] = frozenset()) -> tuple[list[str], list[str]]:
        """(participants, notes on inferred ones) from (actor, stands-for-its-leader) pairs;
        ``present`` is the set of actors the article names."""
        result, notes, standing = [], [], set()
        for name, as_leader in names:
            name = self.variant.get(name, name)
            kind = self.kind(name)
            if kind == "organization" and is_media(name) or self.speaks_for_others(name) \
                    or kind == "person" and is_office_only(name):
                continue
            if kind == "place" or visit and kind == "organization" and LEGISLATURE.search(name):
                # "a visit to the Congress": a building visited, not a party
                code = self.country(name)
                if visit and code in self.gaz.countries:
                    result.append(self.gaz.countries[code].name)
                continue
            if self.is_leader_office(name):
                stands_for = self.office_stands_for(name, visit, present)
                result += [stands_for] if stands_for else []
                continue
            leader = self.leader_of(name, present) if as_leader else None
            if leader:
                notes.append(f"{leader} (leader of {name})")
            elif as_leader:
                standing.add(name)  # "the leaders of Canada, ...": Canada's leader, unnamed
            result.append(leader or name)
        if visit:
            result, notes = self.visit_hosts(result, notes, present)
        return self.drop_redundant_countries(self.titled_people(result, present), standing), notes

    def speaks_for_others(self, actor: str) -> bool:
        """A spokesperson reports a contact, never takes part ("Nauert said Pompeo will meet
        Kang": a Pompeo-Kang contact; "spokesman Jane Roe said the call began at 7")."""
        role = self.info.get(actor, {}).get("role")
        return self.kind(actor) == "person" and "spokesperson" in role_family(role)

    def titled_people(self, names: list[str], present: set[str]) -> list[str]:
        """A body named in the title of a person the article names is that person ("President
        of the European Council Charles Michel" gives the body and the person: the person is
        the party)."""
        people = [p for p in present if self.kind(p) == "person"]
        result = []
        for name in names:
            if self.kind(name) == "organization" and len(name) > 2:
                holders = [p for p in people if name.lower() in str(self.info.get(p, {}).get("role") or "").lower()]
                name = holders[0] if len(holders) == 1 else name
            result.append(name)
        return list(dict.fromkeys(result))

    def visit_hosts(self, names: list[str], notes: list[str], present: set[str]) -> tuple[list[str], list[str]]:
        """A visitor and a visited country: the country's holder of the visitor's office."""
        people = [n for n in names if self.kind(n) == "person"]
        countries = [n for n in names if self.kind(n) == "country"]
        if len(people) != 1 or len(countries) != 1:
            return names, notes
        families = role_family(self.info.get(people[0], {}).get("role"))
        if not families:  # a visitor of unknown office: no guess at whom they see ("Doval arrived in Beijing")
            return names, notes
        home, role = self.country(people[0]), str(self.info.get(people[0], {}).get("role") or "")
        if home == self.country(countries[0]) or not home and INTERNATIONAL_OFFICE.search(role):
            # a president flying back to his own capital sees no host; the head of an international
            # body ("the UN Secretary-General flew to Lima") has no counterpart of his office there
            return names, notes
        families = {"leader"} if "leader" in families else families  # "Prime Minister" is a leader
        host = next((h for f in sorted(families) if (h := self.holder(self.country(countries[0]), f, present))), None)
        if host is None or host == people[0]:
            return names, notes
        return [host if n == countries[0] else n for n in names], notes + [f"{host} (host in {countries[0]})"]

    def drop_redundant_countries(self, names: list[str], standing: set[str]) -> list[str]:
        """A country is dropped when one of its people already takes part ("Putin and Biden
        discussed Russia's build-up" is a Putin-Biden contact), or when two people do."""
        people = [n for n in names if self.kind(n) == "person"]
        own = {self.country(n) for n in people}
        kept = [n for n in names if n in standing
                or not (self.kind(n) == "country" and (len(people) >= 2 or self.country(n) in own))]
        return sorted(dict.fromkeys(kept))
