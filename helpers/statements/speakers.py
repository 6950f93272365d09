"""Speakers across the corpus: canonical speaker, type and country, and statement groups.

Speaker spans from ``statements.py`` are matched to the corpus's resolved mentions; a
subject with no named actor ("a senior U.S. administration official") is kept as a
descriptive anonymous label. The same statement reported by several outlets, however
worded, gets one ``group_id``.
"""

from __future__ import annotations

import re
from collections import defaultdict

import pandas as pd
from rapidfuzz import fuzz

from helpers.actors.gazetteer import Gazetteer
from helpers.statements.antecedents import DOCUMENT_NOUNS
from helpers.statements.carried import INSTITUTION_NOUNS, inherit_document_speakers, resolve_definite_sources
from helpers.statements.extract import STATEMENT_COLUMNS
from helpers.statements.institutions import (country_body, described_person, impersonal_sources, leader_office_label,
                                             national_government, qualify_bare_bodies, side_country, unnamed_body)
from helpers.statements.parties import PARTY_TYPES, resolve_group_people, resolve_pairs
from helpers.statements.surnames import corpus_surnames, person_by_surname
from helpers.statements.roleholders import resolve_role_groups, resolve_role_holders
from helpers.statements.titles import resolve_title_speakers
from helpers.tables import UnionFind, cross_article_pairs, frame_records, join_copies

ANONYMOUS_NOUNS = {
    "official", "officials", "source", "sources", "diplomat", "diplomats", "analyst", "analysts",
    "expert", "experts", "aide", "aides", "person", "people", "spokesman", "spokeswoman",
    "spokesperson", "observers", "insider", "insiders", "lawmaker", "lawmakers", "residents", "figure", "figures",
}
# People described by the body or country they serve, not that body speaking: "one NATO ambassador",
# "Army loyalists", "the Saudi envoy".
UNNAMED_AGENT_NOUNS = {"ambassador", "ambassadors", "envoy", "envoys", "loyalists", "supporters", "negotiators", "negotiator",
                       "commanders", "activists", "critics", "protesters", "staffers", "advisers", "advisors", "adviser", "advisor"}
# Roles an indefinite article leaves unnamed: "a minister", "a member of the delegation".
UNNAMED_ROLE_NOUNS = {"minister", "participant", "member", "delegate", "representative", "officer", "commander", "leader"}
TYPE_OF_ACTOR = {"person": "person", "organization": "institution", "country": "country", "place": "country", "group": "anonymous"}
TYPE_PREFERENCE = {"person": 0, "organization": 1, "country": 2, "place": 3, "group": 4}
MAX_GROUP_POSTING = 300
GROUP_MIN_SIMILARITY = 62  # token-set ratio; "swift and severe costs" vs "swift and heavy costs" ~ 80


def resolve_speakers(rows: pd.DataFrame, mentions: pd.DataFrame, actors: pd.DataFrame, gaz: Gazetteer,
                     group: bool = True) -> pd.DataFrame:
    """The ``statements`` table (STATEMENT_COLUMNS plus provenance) from per-article rows.

    Args:
        rows: per-article statement rows (``statements.extract_statements`` + article_id).
        mentions: the resolved mentions table.
        actors: the actors table (for speaker types and countries).
        gaz: actor and country lists ("the Chinese readout" -> China).
        group: fill ``group_id`` (``group_statements``); False leaves it 0 for a caller that
            groups these rows together with others.
    """
    if rows.empty:
        return pd.DataFrame(columns=STATEMENT_COLUMNS)
    by_article: dict[str, list[dict]] = defaultdict(list)
    for m in frame_records(mentions[["article_id", "start", "end", "actor", "type", "country", "surface"]]):
        by_article[m["article_id"]].append(m)
    info = actors.set_index("actor")["country"].to_dict()
    roles = actors.set_index("actor")["role"].to_dict() if "role" in actors.columns else {}
    out = rows.copy()
    records = frame_records(out)
    surnames = corpus_surnames(actors)
    resolved = [speaker_of(r, by_article.get(r["article_id"], []), info, gaz, by_article.get(r["article_id"], []), roles,
                           surnames) for r in records]
    out["speaker"], out["speaker_type"], out["speaker_country"] = zip(*resolved)
    out["addressee"] = [addressee_of(r, by_article.get(r["article_id"], [])) for r in records]
    out = resolve_group_people(out, by_article)
    out = inherit_document_speakers(out)
    out = resolve_definite_sources(out, by_article)
    out = resolve_pairs(out, by_article)
    out = qualify_bare_bodies(out, by_article, gaz)
    out = impersonal_sources(out)
    out = resolve_title_speakers(out, mentions, gaz.country_code, info, roles)
    out = resolve_role_holders(out, mentions, roles, gaz.country_code)
    out = resolve_role_groups(out, mentions, roles, gaz.country_code)
    out["group_id"] = group_statements(out) if group else 0
    return out[STATEMENT_COLUMNS]


def _overlapping(mentions: list[dict], start, end) -> list[dict]:
    if start is None or pd.isna(start):
        return []
    return [m for m in mentions if m["start"] < end and m["end"] > start]


def speaker_of(row: dict, mentions: list[dict], country_of: dict, gaz: Gazetteer,
               article: list[dict] | None = None, role_of: dict | None = None,
               surnames: dict[str, list[str]] | None = None) -> tuple[str | None, str, str | None]:
    """(speaker, speaker_type, speaker_country) for one statement row (``article``: all its mentions;
    ``role_of``: the actors table's role of each actor; ``surnames``: ``corpus_surnames``)."""
    surface = str(row["speaker_surface"] or "")
    head = surface.split()[-1].lower() if surface.split() else ""
    hits = _overlapping(mentions, row["speaker_start"], row["speaker_end"])
    people = [m for m in hits if m["type"] == "person"]
    by_surname = person_by_surname(surface, hits, article or [], country_of, surnames)  # ("He", "She": no person has that surname)
    if by_surname:
        return by_surname
    if row.get("speaker_how") == "name in apposition" and not people:
        return surface, "person", None  # "The Minister of Foreign Affairs, Ali Kaya, said": a name the lists lack
    spokesperson = possessed_spokesperson(surface, head, row, people, hits, country_of)
    if spokesperson:
        return spokesperson
    if surface.lower().startswith(("a ", "an ")) and head in ANONYMOUS_NOUNS | UNNAMED_AGENT_NOUNS | UNNAMED_ROLE_NOUNS:
        # "A senior official said", "a minister said": someone unnamed, whoever the tagger linked the words to
        country = next((m["country"] for m in hits if isinstance(m["country"], str)), None)
        return anonymous_label(surface), "anonymous", country
    served = unnamed_servant(surface, head, people, hits)
    if served:
        return served
    parties = named_parties(hits, head)
    if parties:
        return parties
    if head in SPOKESPERSON_NOUNS and people and surface.split()[0].lower() in {"his", "her", "their"} \
            and "pronoun" in str(row.get("speaker_how") or ""):
        # "Ban called the attack ..., his spokesman said": an unnamed spokesman of Ban, not Ban himself
        country = country_of.get(people[-1]["actor"]) or people[-1]["country"]
        return f"{people[-1]['actor']}'s {head}", "anonymous", country if isinstance(country, str) else None
    government = national_government(surface, gaz) or side_country(surface, gaz)
    if government:
        return government
    if head in LEADER_OFFICE_NOUNS:
        office = office_of(people[-1] if people else None, surface, country_of, gaz, role_of or {})
        if office:
            return office
    if (head in ANONYMOUS_NOUNS or head in UNNAMED_AGENT_NOUNS) and not people:
        country = next((m["country"] for m in hits if isinstance(m["country"], str)), None)
        return anonymous_label(surface), "anonymous", country
    ministry = national_institution(surface, head, hits, gaz) or adjective_office(surface, head, hits, gaz) \
        or country_body(surface, head, hits, gaz)
    if ministry:
        return ministry
    person = described_person(surface, head, hits)
    if person:
        return person
    if hits:
        best = min(hits, key=lambda m: (TYPE_PREFERENCE.get(m["type"], 9), -m["end"]))
        kind = "institution" if head in INSTITUTION_NOUNS else TYPE_OF_ACTOR.get(best["type"], "anonymous")
        country = country_of.get(best["actor"])
        return best["actor"], kind, country if isinstance(country, str) else best["country"]
    if set(surface.lower().split()[:-1]) & {"western"} and head in COLLECTIVE_NOUNS:
        return "the West", "country", "WEST"  # "Western governments", "Western capitals": the West as one actor
    body = unnamed_body(surface, head, gaz)
    if body:
        return body
    code = gaz.country_code(surface)
    if code:  # "according to the Chinese readout": a nationality word names the country's government
        return gaz.countries[code].name, "country", code
    if head in DOCUMENT_NOUNS:
        return None, "anonymous", None  # "the statement said": filled from the article's written statement
    return anonymous_label(surface) if surface else None, "anonymous", None


SPOKESPERSON_NOUNS = {"spokesman", "spokeswoman", "spokesperson", "aide", "aides"}
POSSESSIVE = re.compile(r"['\u2019]s\b")


def possessed_spokesperson(surface: str, head: str, row: dict, people: list[dict], hits: list[dict],
                           country_of: dict) -> tuple[str, str, str | None] | None:
    """"Prime Minister Ana Ruiz's spokesman said", "the President's official spokeswoman said": an
    unnamed spokesperson of the possessor (anonymous), not the possessor, nor a spokesperson the
    article named elsewhere."""
    mark = POSSESSIVE.search(surface)
    if head not in SPOKESPERSON_NOUNS or mark is None or row.get("speaker_how") == "name in apposition":
        return None
    # the parser's span may reach a name set off after the noun ("Lee's spokesman, Ali Kaya, said")
    if any(anonymous_label(str(m.get("surface") or "")).lower() not in surface.lower() for m in people):
        return None
    owners = [m for m in people if str(m.get("surface") or "") in surface[:mark.start()]]
    owner = owners[-1]["actor"] if owners else anonymous_label(surface[:mark.start()])
    country = (country_of.get(owners[-1]["actor"]) or owners[-1]["country"]) if owners else \
        next((m["country"] for m in hits if isinstance(m["country"], str)), None)
    return f"{owner}'s {head}", "anonymous", country if isinstance(country, str) else None


def unnamed_servant(surface: str, head: str, people: list[dict], hits: list[dict]) -> tuple[str, str, str | None] | None:
    """"A Lee adviser said", "Party X sources say", "Aides said" (the tagger taking the word for a
    name): an unnamed person or group described by whom they serve is anonymous, not the person
    named before the noun. Only when every person found lies inside the words before the noun
    (not "the spokesman, Ali Kaya," whose span reaches the name set off after it)."""
    if head not in ANONYMOUS_NOUNS | UNNAMED_AGENT_NOUNS or not people or POSSESSIVE.search(surface):
        return None
    if not all(str(m.get("surface") or "\x00") in surface for m in people):
        return None
    country = next((m["country"] for m in people + hits if isinstance(m["country"], str)), None)
    return anonymous_label(surface), "anonymous", country


# "Macron's office", "his office", "the French presidency": the institution of a leader.
LEADER_OFFICE_NOUNS = {"office", "presidency", "chancellery"}
# Roles whose holder's office is the country's presidency or government seat.
OFFICE_ROLE_WORDS = {"president": ("presidency", "president"), "prime": ("prime minister", "premier"),
                     "chancellor": ("chancellery", "chancellor")}
# Head nouns of a subject that stands for its members: "a string of countries including Japan ...".
GROUP_NOUNS = {"countries", "nations", "allies", "governments", "states", "string", "number", "group", "capitals"}
COLLECTIVE_NOUNS = {"governments", "nations", "countries", "powers", "capitals", "allies", "leaders"}


def named_parties(hits: list[dict], head: str) -> tuple[str, str, str | None] | None:
    """Every named party of a joint or group subject: "Germany and the Netherlands urged ...".

    Two or more countries (or two or more people) in the subject make one row naming all
    of them, separated by "; "; the type is theirs, the country the first one's.
    """
    for kind in ("country", "person"):
        same = [m for m in hits if PARTY_TYPES.get(m["type"]) == kind and m["actor"]]
        names = list(dict.fromkeys(m["actor"] for m in same))
        if len(names) >= 2 and (kind == "country" or head not in GROUP_NOUNS):
            return "; ".join(names), kind, same[0]["country"] if isinstance(same[0]["country"], str) else None
    return None


def office_of(person: dict | None, surface: str, country_of: dict, gaz: Gazetteer,
              role_of: dict) -> tuple[str, str, str | None] | None:
    """The institution of a leader's office: "Macron's office" -> Elysee (the French presidency).

    A leader's office is the organisation of the same country whose role names the leader's
    office (a president's presidency, a prime minister's office); when the lists know none,
    the label "<leader>'s office".
    """
    if person is None:
        code = next((gaz.country_code(w) for w in surface.split()[:-1] if gaz.country_code(w)), None)
        role_words, country = {"president", "presidency"} & {surface.split()[-1].lower()}, code
        if not (code and role_words):
            return None
        wanted = OFFICE_ROLE_WORDS["president"]
    else:
        role = str(gaz.lookup(person["actor"]).role if gaz.lookup(person["actor"]) else "").lower()
        country = country_of.get(person["actor"]) or person["country"]
        wanted = next((v for k, v in OFFICE_ROLE_WORDS.items() if k in role.split()), None)
    for entry in sorted(set(gaz.index.values()), key=lambda e: e.actor) if wanted and isinstance(country, str) else ():
        if entry.type == "organization" and entry.country == country and wanted[0] in entry.role.lower():
            return entry.actor, "institution", country
    if person is None:
        return None
    country = country if isinstance(country, str) else None
    label = leader_office_label(str(role_of.get(person["actor"]) or ""), country, gaz)
    return label or f"{person['actor']}'s office", "institution", country


def national_institution(surface: str, head: str, hits: list[dict], gaz: Gazetteer) -> tuple[str, str, str] | None:
    """"Japan's Foreign Ministry", "the Foreign Ministry in Moscow" -> "Japanese Foreign Ministry",
    "Russian Foreign Ministry" (institution): a ministry the lists do not name, labelled by its
    country's adjective so that every outlet's wording gives one speaker."""
    # "The Foreign Ministry" tagged as an organisation with no country of its own is generic
    generic = [m for m in hits if m["type"] == "organization" and not isinstance(m["country"], str)]
    places = [m for m in hits if m["type"] in {"country", "place"}]
    if head not in INSTITUTION_NOUNS or not places or len(generic) + len(places) < len(hits):
        return None
    hits = places
    code = hits[0]["country"]
    if not isinstance(code, str) or code not in gaz.countries:
        return None
    words = [w for w in re.split(r"\s+", surface) if not any(w.startswith(m_word) for m_word in _hit_words(hits))]
    words = [w for w in words if w.lower() not in {"the", "in", "of", "'s", "\u2019s", "its", "their"}]  # "Its Defense Ministry"
    if not words or not any(w[:1].isupper() for w in words):
        return None  # "the ministry in Moscow" names no office
    country = gaz.countries[code]
    adjective = country.adjectives[0] if country.adjectives else country.name
    return f"{adjective} {' '.join(words)}", "institution", code


# Heads of a national body named by its adjective: "the Greek foreign ministry", "the Turkish presidency".
OFFICE_HEADS = INSTITUTION_NOUNS | {"staff", "chancellery", "parliament", "cabinet", "coastguard", "navy", "army"}


def adjective_office(surface: str, head: str, hits: list[dict], gaz: Gazetteer) -> tuple[str, str, str] | None:
    """"the Greek foreign ministry", "the Turkish presidency" -> "Greek Foreign Ministry", "Turkish
    Presidency" (institution): an office written in lower case after its country's adjective.

    Only after the adjective form ("Greek"), which names no actor of its own; a name the lists
    know (a hit) is resolved as that actor instead.
    """
    words = [w for w in surface.split() if w.lower() != "the"]
    if head not in OFFICE_HEADS or len(words) < 2 or hits or not words[0][:1].isupper():
        return None
    code = gaz.country_code(words[0])
    if not code or code not in gaz.countries or words[0] not in gaz.countries[code].adjectives:
        return None
    return " ".join([words[0]] + [w.capitalize() for w in words[1:]]), "institution", code


def _hit_words(hits: list[dict]) -> set[str]:
    return {w.replace("\u2019s", "").replace("'s", "") for m in hits for w in str(m.get("surface", m["actor"])).split()}


BARE_PRONOUNS = {"he", "she", "him", "her", "they", "it"}


def anonymous_label(surface: str) -> str:
    """Descriptive label for an unnamed source: "A senior U.S. official" -> "senior U.S. official";
    a pronoun no one was found for (an office named before it that no holder fits) -> "unidentified (he)"."""
    if surface.strip().lower() in BARE_PRONOUNS:
        return f"unidentified ({surface.strip().lower()})"
    return re.sub(r"^(a|an|the|one|two|some|several)\s+", "", surface.strip(), flags=re.IGNORECASE)


def addressee_of(row: dict, mentions: list[dict]) -> str | None:
    """Canonical addressee ("Biden told Putin" -> Vladimir Putin), else the words used."""
    hits = _overlapping(mentions, row["addressee_start"], row["addressee_end"])
    if hits:
        return hits[0]["actor"]
    return row["addressee_surface"] if isinstance(row["addressee_surface"], str) else None


def _candidate_pairs(members: list[int], contents: list[str], articles: dict):
    """Pairs of one speaker's statements from different articles that share two content words.

    An inverted index (words of five letters or more, very common ones skipped) keeps the
    work near-linear instead of comparing every pair of a prolific speaker's statements.
    """
    words = {m: dict.fromkeys(re.findall(r"[a-z]{5,}", contents[m]), 1.0) for m in members}
    return list(cross_article_pairs(words, articles, MAX_GROUP_POSTING, min_score=2))


def group_statements(out: pd.DataFrame) -> list[int]:
    """Group id per statement: the same speaker saying the same thing in different articles.

    Statements are compared only within a speaker, and word-for-word copies only once, so
    the cost follows the largest speaker's count of distinct wordings, not the square of
    the corpus.
    """
    groups = UnionFind(len(out))
    blocks: dict[str, list[int]] = defaultdict(list)
    for pos, speaker in enumerate(out["speaker"].fillna("")):
        blocks[speaker].append(pos)
    contents = out["content"].str.lower().tolist()
    articles = out["article_id"].tolist()
    for members in blocks.values():
        keys = join_copies(groups, members, contents, articles)
        for a, b in _candidate_pairs(list(keys), contents, keys):
            if fuzz.token_set_ratio(contents[a], contents[b]) >= GROUP_MIN_SIMILARITY:
                groups.union(a, b)
    return groups.labels()
