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
from rapidfuzz import fuzz

from helpers.actors.mentions import MENTION_COLUMNS
from helpers.actors.gazetteer import Gazetteer

ACTOR_COLUMNS = ["actor", "type", "country", "role", "aliases", "n_mentions", "n_articles"]
NAME_VARIANT_MIN_RATIO = 85  # "Volodymyr Zelenskiy" vs "Volodymyr Zelenskyy" scores 95
# Short first names written beside the full one (only the first name differs).
NICKNAMES = {"joe": "joseph", "tony": "antony", "bill": "william", "bob": "robert", "mike": "michael",
             "jim": "james", "tom": "thomas", "dick": "richard", "liz": "elizabeth", "alex": "alexander",
             "sasha": "alexander", "dima": "dmitry", "vova": "vladimir", "ben": "benjamin", "bibi": "benjamin",
             "rishi": "rishi", "ted": "edward", "sam": "samuel", "dan": "daniel", "nick": "nicholas"}
# Words a lost space glues to a surname in scraped text: "Putinsaid", "Bidenand", "Scholzon".
GLUED_WORDS = {"said", "says", "and", "on", "in", "to", "at", "of", "the", "has", "had", "was", "is", "will",
               "told", "also", "with", "who", "spoke", "met", "called", "added", "urged", "warned"}
HYPHEN_TAIL = re.compile(r"-[a-z]{1,4}\b")  # "Jae-in", "Jong-un": the lower-case tail of a given name
# Surname particles: "al-Sisi" is also "Sisi"; "von der Leyen" also "Leyen".
SURNAME_PARTICLES = ("al-", "el-", "bin ", "ibn ", "abu ")
ROLE_FAMILY_WORDS = {
    "leader": ("president", "prime minister", "chancellor", "leader", "premier", "king"),
    "minister": ("minister", "secretary"),
    "aide": ("aide", "adviser", "advisor"),
    "spokesperson": ("spokesman", "spokeswoman", "spokesperson"),
    "envoy": ("ambassador", "envoy"),
}


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
    full = full_name_index(m)
    m = tie_name_parts(m, full)
    open_surname = m["actor"].isna() & m["resolved_by"].eq("surname")
    m.loc[open_surname, "actor"] = [full.get(s, s) for s in m.loc[open_surname, "surface"].map(_bare_surname)]
    m.loc[open_surname & m["actor"].isin(full.values()), "resolved_by"] = "surname in corpus"
    m.loc[open_surname & ~m["actor"].isin(full.values()), "resolved_by"] = "surname only"
    roles = person_roles(m, gaz)
    is_role = m["resolved_by"].eq("role description")
    m.loc[is_role, "actor"] = resolve_roles(m, roles)
    m = m[m["actor"].notna()].reset_index(drop=True)
    if m.empty:
        return pd.DataFrame(columns=MENTION_COLUMNS), pd.DataFrame(columns=ACTOR_COLUMNS)
    return m[MENTION_COLUMNS], build_actors(m, roles, gaz)


def restore_hyphen_tails(m: pd.DataFrame) -> list:
    """"Moon Jae-in" cut at the hyphen by the tokenizer ("Moon Jae"): the person's name
    gets its tail back wherever the sentence shows it."""
    tails: dict[str, str] = {}
    for actor, kind, surface, sentence in zip(m["actor"], m["type"], m["surface"], m["sentence"]):
        if kind != "person" or not isinstance(actor, str) or not isinstance(sentence, str) or " " not in surface:
            continue
        at = sentence.find(surface)
        tail = HYPHEN_TAIL.match(sentence, at + len(surface)) if at >= 0 else None
        if tail and actor.endswith(surface.split()[-1]):
            tails[actor] = actor + tail.group(0)
    return [tails.get(a, a) if isinstance(a, str) else a for a in m["actor"]]


def tie_name_parts(m: pd.DataFrame, full: dict[str, str]) -> pd.DataFrame:
    """A lone name the tagger took for an organisation or a new person ("Faki" beside
    "Moussa Faki Mahamat") is that person when it is part of exactly one full name."""
    parts: dict[str, set] = {}
    for name in set(m.loc[m["type"].eq("person") & m["actor"].notna(), "actor"]):
        for token in name.split()[1:-1]:
            parts.setdefault(token, set()).add(name)
    lone = (m["resolved_by"].isin(["ner", "surname only"]) & m["type"].isin(["person", "organization"])
            & ~m["surface"].astype(str).str.contains(" ") & m["actor"].eq(m["surface"]))
    found = [full.get(s) or (next(iter(parts[s])) if len(parts.get(s, ())) == 1 else None) for s in m.loc[lone, "surface"]]
    hit = pd.Series(found, index=m.index[lone]).dropna()
    m = m.copy()
    m.loc[hit.index, "actor"] = hit
    m.loc[hit.index, "type"] = "person"
    m.loc[hit.index, "resolved_by"] = "surname in corpus"
    return m


def _bare_surname(surface: str) -> str:
    from helpers.actors.mentions import clean_surface, strip_titles

    return strip_titles(clean_surface(surface))


def merge_name_variants(m: pd.DataFrame) -> dict:
    """Map each person name to the best-attested spelling of the same person.

    Merged: transliterations and misspellings (Zelenskyy / Zelenskiy / Zelensky, Sergei /
    Sergey Lavrov, a surname one letter off), a nickname beside the full first name (Tony /
    Antony Blinken, Joe / Joseph Biden) and a name glued to the next word by a lost space
    ("Vladimir Putinsaid"). Gazetteer spellings win, then the most frequent.
    """
    people = m.loc[m["type"].eq("person") & m["actor"].notna(), "actor"]
    counts = Counter(people)
    gazetteer_names = set(m.loc[m["resolved_by"].eq("gazetteer"), "actor"])
    mapping = {name: name for name in m["actor"].dropna().unique()}
    ranked_all = sorted(counts, key=lambda n: (n not in gazetteer_names, -counts[n], n))
    blocks: dict[str, list[str]] = {}
    for name in ranked_all:
        if len(name.split()) >= 2:
            blocks.setdefault(name.split()[-1][:3].lower(), []).append(name)
    for names in blocks.values():
        for i, name in enumerate(names):
            better = next((b for b in names[:i] if mapping[b] == b and same_person(name, b)), None)
            if better:
                mapping[name] = better
    by_surname: dict[str, list[str]] = {}
    for name in ranked_all:
        by_surname.setdefault(name.split()[-1].lower(), []).append(name)
    for name in ranked_all:  # "Vladimir Putinsaid" -> "Vladimir Putin"
        base = unglued(name, by_surname)
        if base and mapping.get(base, base) != name:
            mapping[name] = mapping.get(base, base)
    return mapping


def same_person(a: str, b: str) -> bool:
    """Two spellings of one full name: close overall, or the same surname (one letter of
    slack) with first names that are variants or one a nickname of the other."""
    if fuzz.ratio(a, b) >= NAME_VARIANT_MIN_RATIO:
        return True
    first_a, last_a = a.split()[0].lower(), a.split()[-1].lower()
    first_b, last_b = b.split()[0].lower(), b.split()[-1].lower()
    if len(a.split()) != len(b.split()) or min(len(last_a), len(last_b)) < 4:
        return False
    if not (last_a == last_b or (min(len(last_a), len(last_b)) >= 5 and fuzz.ratio(last_a, last_b) >= 80)):
        return False
    short, long_ = sorted((first_a, first_b), key=len)
    return (NICKNAMES.get(short) == long_ or NICKNAMES.get(long_) == short
            or (len(short) >= 3 and (long_.startswith(short) or long_.endswith(short))))


def unglued(name: str, by_surname: dict[str, list[str]]) -> str | None:
    """The known name a glued form extends by one common word ("Joe Bidensaid" -> "Joe
    Biden"); looked up by surname, so the step stays linear in the number of names."""
    *first, last = name.split()
    for word in GLUED_WORDS:
        stem = last[:-len(word)]
        if len(stem) < 4 or not last.lower().endswith(word) or last[-len(word)].isupper():
            continue
        for other in by_surname.get(stem.lower(), []):
            o_first = other.split()[:-1]
            if other != name and (not first or not o_first or first == o_first):
                return other
    return None


def full_name_index(m: pd.DataFrame) -> dict[str, str]:
    """Surname -> the most mentioned full name with that surname, across the corpus."""
    people = Counter(m.loc[m["type"].eq("person") & m["actor"].notna(), "actor"])
    index: dict[str, str] = {}
    for name, _ in people.most_common():
        parts = name.split()
        if len(parts) < 2:
            continue
        index.setdefault(parts[-1], name)
        for particle in SURNAME_PARTICLES:  # "Sisi" for "Abdel Fattah al-Sisi"
            if parts[-1].lower().startswith(particle) and len(parts[-1]) > len(particle) + 2:
                index.setdefault(parts[-1][len(particle):], name)
        if "-" in parts[-1] and parts[-1][0].isupper() and len(parts) == 2:
            index.setdefault(parts[0], name)  # family name first: "Moon" for "Moon Jae-in"
    return index


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
            "role": _first(entry.role if entry else None, _most_common(learned[actor])),
            "country": _first(entry.country if entry else None, _most_common(countries[actor])),
        })
    return pd.DataFrame(rows, columns=["actor", "role", "country", "n"])


def _most_common(counter: Counter):
    return counter.most_common(1)[0][0] if counter else None


def role_family(role: str | None) -> set[str]:
    """Office families a role text belongs to ("Foreign Minister" -> {"minister"})."""
    text = role.lower() if isinstance(role, str) else ""
    return {family for family, words in ROLE_FAMILY_WORDS.items() if any(w in text for w in words)}


def resolve_roles(m: pd.DataFrame, roles: pd.DataFrame) -> list[str | None]:
    """The person each role-description row of ``m`` names (None when no one fits)."""
    holders = [(r.actor, r.country, role_family(r.role), set(str(r.role).lower().split()), r.n)
               for r in roles.itertuples()]
    named = m[m["actor"].notna()]
    in_article = named.groupby("article_id")["actor"].agg(set).to_dict()
    people = named[named["type"].eq("person")]
    by_sentence: dict[tuple, list] = {}
    for key_, start, actor in zip(zip(people["article_id"], people["sent_idx"]), people["start"], people["actor"]):
        by_sentence.setdefault(key_, []).append((start, actor))
    role_of = dict(zip(roles["actor"], roles["role"]))
    results = []
    for row in m[m["resolved_by"].eq("role description")].itertuples():
        family = row.role_family
        if family == "counterpart":
            before = [a for st, a in by_sentence.get((row.article_id, row.sent_idx), []) if st < row.start]
            family = _counterpart_family(before, role_of)
        words = set(str(row.role_words or "").split())
        fits = [h for h in holders if family in h[2]
                and (h[1] == row.country if isinstance(row.country, str) else h[0] in in_article.get(row.article_id, ()))]
        # The office written out decides between holders: "foreign minister" beats "defence minister".
        best = max(fits, key=lambda h: (len(words & h[3]), h[4]), default=None)
        results.append(best[0] if best else None)
    return results


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
    for actor, kind, country, surface, article in zip(m["actor"], m["type"], m["country"], m["surface"], m["article_id"]):
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
