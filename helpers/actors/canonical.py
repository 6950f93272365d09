"""Canonical actors across the corpus: the ``actors`` table and the finished ``mentions``.

Per-article mentions arrive resolved as far as one article allows. Here, across all
articles: spelling and transliteration variants of a name are merged (Zelenskyy /
Zelenskiy, Sergey / Sergei), surnames are tied to the full name used elsewhere in the
corpus, and role descriptions ("the Russian leader") to the person holding that office.
"""

from __future__ import annotations

import re
from collections import Counter

import pandas as pd

from helpers.actors.mentions import MENTION_COLUMNS
from helpers.actors.names import fold
from helpers.actors.name_forms import fuller_forms
from helpers.actors.places import retype_lone_places
from helpers.actors.venues import venue_names
from helpers.actors.salience import resolve_shared_surnames, retitle_bare_surnames, to_heads_named_first_alone
from helpers.actors.spellings import (merge_name_variants, merged_spelling_surnames, retag_people_tagged_as_groups,
                                      retag_people_tagged_as_organisations,
                                      split_glued_pairs, surname_variant, unglue_word, without_article)
from helpers.actors.gazetteer import Gazetteer
from helpers.tables import columns
from helpers.actors.offices import ROLE_FAMILY_WORDS, role_family  # noqa: F401 (re-exported)
from helpers.actors.given_names import (chain_prefix_person, given_name_person, is_patronymic_end,
                                        second_surname_person, titled_by_given_name)

ACTOR_COLUMNS = ["actor", "type", "country", "role", "aliases", "n_mentions", "n_articles"]
HYPHEN_TAIL = re.compile(r"-[a-z]{1,4}\b")  # "Jae-in", "Jong-un": the lower-case tail of a given name
# Surname particles: "al-Sisi" is also "Sisi"; "von der Leyen" also "Leyen".
SURNAME_PARTICLES = ("al-", "el-", "bin ", "ibn ", "abu ")


def resolve_mentions(mentions: pd.DataFrame, gaz: Gazetteer) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Finish actor resolution across articles.

    Args:
        mentions: per-article mention rows (``actors.extract_mentions`` plus article_id).
        gaz: actor and country lists.

    Returns:
        ``(mentions, actors)``: mentions with MENTION_COLUMNS, every one naming an actor of
        ``actors`` (ACTOR_COLUMNS). Role descriptions no person fits are dropped.
    """
    if mentions.empty:
        return pd.DataFrame(columns=MENTION_COLUMNS), pd.DataFrame(columns=ACTOR_COLUMNS)
    m = mentions.copy()
    m["actor"] = m["actor"].astype(object)
    m["actor"] = restore_hyphen_tails(m)
    m["actor"] = m["actor"].map(merge_name_variants(m)).astype(object)
    m = retag_people_tagged_as_organisations(m)
    m = retag_people_tagged_as_groups(m)
    m["actor"] = pd.Series(tie_shortened_names(m), index=m.index, dtype=object)
    m["actor"] = tie_name_forms(m)
    full = full_name_index(m)
    people, alone = full_names(m), said_alone(m)
    m = split_glued_pairs(m, full, lambda name, ignored: lone_name_person(
        name, {k: v for k, v in full.items() if v not in ignored}, [p for p in people if p not in ignored], "", alone))
    full, people = full_name_index(m), full_names(m)
    m = tie_name_parts(m, full, people, alone)
    open_surname = m["actor"].isna() & m["resolved_by"].eq("surname")
    m.loc[open_surname, "actor"] = [lone_name_person(surface, full, people, title, alone) or _bare_surname(surface)
                                    for surface, title in zip(m.loc[open_surname, "surface"], _titles(m)[open_surname])]
    known = set(full.values()) | set(people)
    m.loc[open_surname & m["actor"].isin(known), "resolved_by"] = "surname in corpus"
    m.loc[open_surname & ~m["actor"].isin(known), "resolved_by"] = "surname only"
    m = retype_lone_places(m, set(full_names(m)))
    m = retitle_bare_surnames(m, gaz)
    roles = person_roles(m, gaz)
    m = to_heads_named_first_alone(resolve_shared_surnames(m, roles), roles)
    is_role = m["resolved_by"].eq("role description")
    m.loc[is_role, "actor"] = resolve_roles(m, roles)
    m = m[m["actor"].notna() & ~m["actor"].isin(thing_names(m) | venue_names(m))].reset_index(drop=True)
    if m.empty:
        return pd.DataFrame(columns=MENTION_COLUMNS), pd.DataFrame(columns=ACTOR_COLUMNS)
    return m[MENTION_COLUMNS], build_actors(m, roles, gaz)


def thing_names(m: pd.DataFrame) -> set[str]:
    """Names the tagger took for people that the text shows are a ship's or a storm's."""
    if "names_thing" not in m:
        return set()
    flagged = m["names_thing"].fillna(False).astype(bool) & m["type"].eq("person")
    return set(m.loc[flagged, "actor"].dropna())


def restore_hyphen_tails(m: pd.DataFrame) -> list:
    """"Moon Jae-in" cut at the hyphen by the tokenizer ("Moon Jae"): the person's name
    gets its tail back wherever the sentence shows it."""
    tails: dict[str, str] = {}
    for actor, kind, surface, sentence in zip(*columns(m, "actor", "type", "surface", "sentence")):
        if kind != "person" or not isinstance(actor, str) or not isinstance(sentence, str) or " " not in surface:
            continue
        at = sentence.find(surface)
        tail = HYPHEN_TAIL.match(sentence, at + len(surface)) if at >= 0 else None
        if tail and actor.endswith(surface.split()[-1]):
            tails[actor] = actor + tail.group(0)
    return [tails.get(a, a) if isinstance(a, str) else a for a in m["actor"].tolist()]


def full_names(m: pd.DataFrame) -> list[str]:
    """The person names of two words or more, after spelling variants are merged."""
    return sorted({a for a in m.loc[m["type"].eq("person") & m["actor"].notna(), "actor"] if len(a.split()) >= 2})


def _titles(m: pd.DataFrame) -> pd.Series:
    """The office written before each mention ("Sultan" of "Sultan Haitham"), else ""."""
    roles = m["person_role"] if "person_role" in m else pd.Series(None, index=m.index)
    return roles.where(roles.map(lambda r: isinstance(r, str)), "")


def lone_name_person(surface: str, full: dict[str, str], people: list[str], title: str = "",
                     said_alone: set[str] = frozenset()) -> str | None:
    """The person a lone name stands for: by surname ("President Lee", "Tokaev"), or by given
    name after an honorific or for an Arabic chain name ("King Salman", "Sheikh Tameem")."""
    bare = unglue_word(_bare_surname(surface), full)
    titled = titled_by_given_name(f"{title} {surface}")
    by_given = given_name_person(bare, people, said_alone)
    if titled and by_given:
        return by_given
    return full.get(bare) or full.get(without_article(bare)) or by_given or surname_variant(bare, full)


def said_alone(m: pd.DataFrame) -> set[str]:
    """Words the corpus uses alone for a person ("Powers", "Xi"): the bare one-word names."""
    bare = m.loc[m["type"].eq("person"), "surface"].astype(str).map(_bare_surname)
    return set(bare[~bare.str.contains(" ")])


def tie_name_parts(m: pd.DataFrame, full: dict[str, str], people: list[str], alone: set[str]) -> pd.DataFrame:
    """A lone name the tagger took for an organisation or a new person ("Faki" beside
    "Moussa Faki Mahamat") is that person when it is part of exactly one full name."""
    parts: dict[str, set] = {}
    for name in set(m.loc[m["type"].eq("person") & m["actor"].notna(), "actor"]):
        for token in name.split()[1:-1]:
            parts.setdefault(token, set()).add(name)
    surfaces = m["surface"].astype(str)
    bare = surfaces.map(_bare_surname)
    lone = m["type"].isin(["person", "organization"]) & ~bare.str.contains(" ") & (
        (m["resolved_by"].isin(["ner", "surname only"]) & m["actor"].eq(m["surface"]))
        | (m["resolved_by"].eq("surname") & m["actor"].isna()))  # "Lula" of "Luiz Inacio Lula da Silva"
    found = [lone_name_person(surface, full, people, title, alone) or (next(iter(parts[s])) if len(parts.get(s, ())) == 1 else None)
             for surface, s, title in zip(surfaces[lone], bare[lone], _titles(m)[lone])]
    # "a call between Mitsotakis and Erdogan" with the surname tagged as a place: a word no list
    # knows as a place that is the surname of a person of the corpus is that person.
    place = m["type"].eq("place") & m["resolved_by"].eq("ner") & m["actor"].eq(m["surface"]) & bare.isin(full)
    hit = pd.concat([pd.Series(found, index=m.index[lone], dtype=object),
                     bare[place & ~lone].map(full)]).dropna()
    m = m.copy()
    m.loc[hit.index, "actor"] = hit
    m.loc[hit.index, "type"] = "person"
    m.loc[hit.index, "resolved_by"] = "surname in corpus"
    return m


def _bare_surname(surface: str) -> str:
    from helpers.actors.mentions import clean_surface, strip_titles

    return strip_titles(clean_surface(surface))


def tie_shortened_names(m: pd.DataFrame) -> list:
    """A shortened form of a longer name is that person: "Tayyip Erdogan" or "Al Thani" (the
    last words of one longer name), "J. Roe" (an initial for its first name). Looked for in
    the same article first, then in the corpus; left alone when several names fit."""
    people = m["type"].eq("person") & m["actor"].notna()
    names = set(m.loc[people, "actor"])
    by_last: dict[str, set[str]] = {}
    for name in names:
        by_last.setdefault(fold(name.split()[-1]), set()).add(name)
    in_article = m[people].groupby("article_id")["actor"].agg(set).to_dict()
    mapping: dict[tuple, str] = {}
    for article, actor in set(zip(m.loc[people, "article_id"], m.loc[people, "actor"])):
        if len(actor.split()) < 2:
            continue
        longer = {n for n in by_last.get(fold(actor.split()[-1]), ()) if n != actor and shortens(actor, n)}
        local = longer & in_article.get(article, set())
        pick = local if local else longer
        if len(pick) == 1:
            mapping[(article, actor)] = next(iter(pick))
    full = sorted(n for n in names if len(n.split()) >= 3)
    for article, actor in set(zip(m.loc[people, "article_id"], m.loc[people, "actor"])):
        if (article, actor) not in mapping and len(actor.split()) >= 2 and (
                longer := chain_prefix_person(actor, full) or second_surname_person(actor, full)):
            mapping[(article, actor)] = longer  # "Sabah al-Ahmad" of "Sabah al-Ahmad al-Jaber al-Sabah"; "Jane Roe" of "Jane Roe Poe"
    return [mapping.get((a, n), n) for a, n in zip(*columns(m, "article_id", "actor"))]


def tie_name_forms(m: pd.DataFrame) -> pd.Series:
    """Initials, a dropped middle name or an index form ("M. J. Zarif", "Mohammad Zarif",
    "Zarif M.") -> the one fullest form of that person the corpus writes."""
    people = m["type"].eq("person") & m["actor"].notna()
    fuller = fuller_forms(sorted({a for a in m.loc[people, "actor"] if len(a.split()) >= 2}))
    return m["actor"].where(~people, m["actor"].map(lambda a: fuller.get(a, a))).astype(object)


def shortens(short: str, long_: str) -> bool:
    """``short`` is ``long_`` with leading words dropped or its first name cut to an initial."""
    s, l = fold(short).replace(".", "").split(), fold(long_).replace(".", "").split()
    if len(s) >= len(l) and not (len(s) == len(l) and len(s[0]) == 1):
        return False
    if s == l[-len(s):]:
        return True
    return len(s[0]) == 1 and l[0].startswith(s[0]) and s[1:] == l[len(l) - len(s) + 1:]


def full_name_index(m: pd.DataFrame) -> dict[str, str]:
    """Surname -> the most mentioned full name with that surname, across the corpus.

    A surname two different people carry equally often (merged spellings are one person by
    now) is left out: a lone "Murphy" is not given to either of two Murphys named as often.
    """
    people = Counter(m.loc[m["type"].eq("person") & m["actor"].notna(), "actor"])
    index: dict[str, str] = {}
    shared: set[str] = set()

    def add(word: str, name: str) -> None:  # most mentioned first; an equal count is a tie
        if index.setdefault(word, name) != name and people[index[word]] == people[name]:
            shared.add(word)

    for name, _ in people.most_common():
        parts = name.split()
        if len(parts) < 2:
            continue
        if not is_patronymic_end(name):  # "Salman" of "Mohammed bin Salman" is his father's name
            add(parts[-1], name)
        for particle in SURNAME_PARTICLES:  # "Sisi" for "Abdel Fattah al-Sisi"
            if parts[-1].lower().startswith(particle) and len(parts[-1]) > len(particle) + 2:
                add(parts[-1][len(particle):], name)
        if "-" in parts[-1] and parts[-1][0].isupper() and len(parts) == 2:
            add(parts[0], name)  # family name first: "Moon" for "Moon Jae-in"
    found = {word: name for word, name in index.items() if word not in shared}
    return found | {word: name for word, name in merged_spelling_surnames(m, _bare_surname).items() if word not in index}


def person_roles(m: pd.DataFrame, gaz: Gazetteer) -> pd.DataFrame:
    """Per person: country and office, from the gazetteer or learned from the text."""
    people = m[m["type"].eq("person") & m["actor"].notna()]
    learned: dict[str, Counter] = {}
    countries: dict[str, Counter] = {}
    sizes = Counter(people["actor"])
    for actor, role, country in zip(people["actor"], people["person_role"], people["country"]):
        learned.setdefault(actor, Counter())
        countries.setdefault(actor, Counter())
        if isinstance(role, str):
            learned[actor][role] += 1
        if isinstance(country, str):
            countries[actor][country] += 1
    rows = []
    for actor, n in sizes.items():
        entry = gaz.lookup(actor)
        rows.append({
            "actor": actor, "n": n,
            "role": _first(entry.role if entry else None, _office_role(learned[actor])),
            "country": _first(entry.country if entry else None, _most_common(countries[actor])),
        })
    return pd.DataFrame(rows, columns=["actor", "role", "country", "n"])


def _office_role(counter: Counter) -> str | None:
    """The most common role learned for a person that names an office ("foreign minister"
    over the honorific "Sheikh"), else the most common."""
    offices = Counter({role: n for role, n in counter.items() if role_family(role)})
    return _most_common(offices or counter)


def _most_common(counter: Counter):
    return counter.most_common(1)[0][0] if counter else None


def resolve_roles(m: pd.DataFrame, roles: pd.DataFrame) -> list[str | None]:
    """The person each role-description row of ``m`` names (None when no one fits)."""
    holders = [(r.actor, r.country, role_family(r.role), set(str(r.role).lower().split()), r.n)
               for r in roles.itertuples()]
    by_family_country, position = _holder_index(holders)
    named = m[m["actor"].notna()]
    in_article = named.groupby("article_id")["actor"].agg(set).to_dict()
    people = named[named["type"].eq("person")]
    by_sentence: dict[tuple, list] = {}
    by_article: dict[str, list] = {}
    for key_, start, actor in zip(zip(people["article_id"], people["sent_idx"]), people["start"], people["actor"]):
        by_sentence.setdefault(key_, []).append((start, actor))
        by_article.setdefault(key_[0], []).append((start, actor))
    role_of = dict(zip(roles["actor"], roles["role"]))
    country_of = {a: c for a, c in zip(roles["actor"], roles["country"]) if isinstance(c, str)}
    described = described_by_sentence(m)
    results = []
    for row in m[m["resolved_by"].eq("role description")].itertuples():
        family, before, own = row.role_family, [], set()
        words = set(str(row.role_words or "").split())
        if family == "counterpart":
            before = [a for st, a in by_sentence.get((row.article_id, row.sent_idx), []) if st < row.start]
            family = _counterpart_family(before, role_of)
            office = [d for d in described.get((row.article_id, row.sent_idx), []) if d[0] < row.start]
            if not before and office:  # "India's foreign minister spoke with his Chinese counterpart"
                _, family, words, own = office[-1]
        # "Jane Roe met his counterpart": never the person "his" stands for, nor one of her country.
        own = own | {country_of.get(a) for a in before[-1:]} - {None}
        if isinstance(row.country, str):
            candidates = by_family_country.get((family, row.country), [])
        else:
            candidates = sorted((holders[position[a]] for a in in_article.get(row.article_id, ()) if a in position),
                                key=lambda h: position[h[0]])
        fits = [h for h in candidates if family in h[2] and h[0] not in before[-1:] and h[1] not in own]
        # "his foreign minister" is someone's minister, not the one the article has been naming
        relational = str(row.surface).lower().split()[:1] in (["his"], ["her"], ["their"], ["its"])
        so_far = Counter() if relational else named_before(by_article.get(row.article_id, []), row.start)
        opening = min(by_sentence.get((row.article_id, row.sent_idx - 1), []), default=(0, None))[1]
        results.append(_best_holder(fits, words, so_far, opening))
    return results


def _holder_index(holders: list[tuple]) -> tuple[dict[tuple, list[tuple]], dict[str, int]]:
    """The holders of each (office family, country), in ``holders`` order, and each holder's
    position: a role description is matched against the few holders of its office and country,
    not against every person of the corpus (which grew with the square of the corpus)."""
    by_family_country: dict[tuple, list[tuple]] = {}
    position: dict[str, int] = {}
    for i, holder in enumerate(holders):
        position[holder[0]] = i
        for family in holder[2]:
            by_family_country.setdefault((family, holder[1]), []).append(holder)
    return by_family_country, position


def named_before(people: list[tuple[int, str]], start: int) -> Counter:
    """How often each person is named in the article before ``start``."""
    return Counter(actor for at, actor in people if at < start)


def _best_holder(fits: list[tuple], words: set[str], before: Counter, opening: str | None = None) -> str | None:
    """The holder a role description stands for. The office written out decides first
    ("foreign minister" beats "defence minister"); then the article's own account: the holder
    it has named most so far ("Prime Minister Ali Hassan ... the Prime Minister said" is Hassan,
    even when another country's prime minister is named more often across the corpus); then
    the one the sentence before names first, its subject ("Prime Minister Ali Hassan visited
    Gaza, where he met Prime Minister Omar Said. The Prime Minister declared" is Hassan); then
    the corpus's count."""
    best = max(fits, key=lambda h: (len(words & h[3]), before[h[0]], h[0] == opening, h[4]), default=None)
    return best[0] if best else None


def described_by_sentence(m: pd.DataFrame) -> dict[tuple, list]:
    """(article, sentence) -> [(start, office family, office words, {country})] of the role
    descriptions naming an office other than "counterpart" ("India's foreign minister")."""
    found: dict[tuple, list] = {}
    rows = m[m["resolved_by"].eq("role description") & m["role_family"].ne("counterpart")]
    for row in rows.itertuples():
        country = {row.country} if isinstance(row.country, str) else set()
        found.setdefault((row.article_id, row.sent_idx), []).append(
            (row.start, row.role_family, set(str(row.role_words or "").split()), country))
    return found


def _counterpart_family(before: list[str], role_of: dict) -> str:
    """"His French counterpart": the office of the person "his" refers to (else leader)."""
    for actor in reversed(before):
        families = role_family(role_of.get(actor)) - {"counterpart"}
        if families:
            return sorted(families)[0]
    return "leader"


def build_actors(m: pd.DataFrame, roles: pd.DataFrame, gaz: Gazetteer) -> pd.DataFrame:
    """One row per canonical actor: type, country, role, aliases, counts."""
    known = {r.actor: r for r in roles.itertuples()}
    stats: dict[str, dict] = {}
    for actor, kind, country, surface, article in zip(*columns(m, "actor", "type", "country", "surface", "article_id")):
        s = stats.setdefault(actor, {"types": Counter(), "countries": Counter(), "aliases": set(), "articles": set(), "n": 0})
        s["types"][kind] += 1
        if isinstance(country, str):
            s["countries"][country] += 1
        s["aliases"].add(surface)
        s["articles"].add(article)
        s["n"] += 1
    rows = []
    for actor, s in stats.items():
        entry = gaz.lookup(actor)
        person = known.get(actor)
        rows.append({
            "actor": actor, "type": _most_common(s["types"]),
            "country": _first(person.country if person else None, entry.country if entry else None,
                              _most_common(s["countries"])),
            "role": _first(person.role if person else None, entry.role if entry else None),
            "aliases": sorted(s["aliases"]), "n_mentions": s["n"], "n_articles": len(s["articles"]),
        })
    table = pd.DataFrame(rows, columns=ACTOR_COLUMNS)
    return table.sort_values(["n_mentions", "actor"], ascending=[False, True], ignore_index=True)


def _first(*values):
    """The first value that is a non-empty string, else None."""
    return next((v for v in values if isinstance(v, str) and v), None)
