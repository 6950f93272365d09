"""Spelling variants of person names across the corpus.

One person is written many ways: transliterations and misspellings (Zelenskyy / Zelenskiy,
Sergei / Sergey), a family name written first with or without its hyphen (Lee Myung-bak /
Lee Myung Bak), particles (Adel al-Jubeir / Adel Al Jubair), a nickname beside the full first
name, a name glued to the next word by a lost space ("Putinsaid"), or a person's name tagged
as an organisation. Used by ``canonical``.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

import pandas as pd
from rapidfuzz import fuzz

from helpers.actors.given_names import is_patronymic_end
from helpers.actors.names import block_keys, fold, same_person, same_spelling, sound_keys

SURNAME_VARIANT_MIN_RATIO = 85  # a lone "Tokaev" beside "Kassym-Jomart Tokayev" scores 92
SURNAME_VARIANT_MIN_LEN = 5
# Words a lost space glues to a surname in scraped text: "Putinsaid", "Bidenand", "Scholzon".
GLUED_WORDS = {"said", "says", "and", "on", "in", "to", "at", "of", "the", "has", "had", "was", "is", "will",
               "told", "also", "with", "who", "spoke", "met", "called", "added", "urged", "warned"}


def merge_name_variants(m: pd.DataFrame) -> dict:
    """Map each person name to the best-attested spelling of the same person.

    Merged: transliterations and misspellings (Zelenskyy / Zelenskiy / Zelensky, Sergei /
    Sergey Lavrov, a surname one letter off), a nickname beside the full first name (Tony /
    Antony Blinken, Joe / Joseph Biden) and a name glued to the next word by a lost space
    ("Vladimir Putinsaid"). Gazetteer spellings win, then the spelling most articles use
    (one outlet's "Kalın" yields to three outlets' "Kalin"), then the most frequent; a form
    that cuts a first or last name to an initial ("Wang Y.") never wins over one that writes
    it out ("Wang Yi"), however often a state agency's copy prints it. Articles
    count however the tagger typed the name there ("Jane Roe's" taken for an organisation).
    """
    is_person = m["type"].eq("person") & m["actor"].notna()
    counts = Counter(m.loc[is_person, "actor"])
    n_articles = m.groupby("actor")["article_id"].nunique().to_dict() if "article_id" in m else {}
    gazetteer_names = set(m.loc[m["resolved_by"].eq("gazetteer"), "actor"])
    mapping = {name: name for name in m["actor"].dropna().unique()}
    ranked_all = sorted(counts, key=lambda n: (n not in gazetteer_names, cut_to_initial(n), -n_articles.get(n, 0),
                                               -counts[n], n))
    blocks: dict[str, list[str]] = {}
    for name in ranked_all:
        if len(name.split()) >= 2:  # blocked by initials: Jayshankar / Jaishankar, Lee Myung Bak / Lee Myung-bak
            for initial in block_keys(name):
                blocks.setdefault(initial, []).append(name)
    for names in blocks.values():
        for i, name in enumerate(names):
            if mapping[name] != name:
                continue  # merged already under its other initial
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
    return plain_letter_heads(followed_to_heads(mapping))


def cut_to_initial(name: str) -> bool:
    """The first or the last word of a name is an initial: "Wang Y.", "M. Pompeo" (a middle
    initial, "George H. W. Bush", writes nothing out less)."""
    words = name.replace(".", " ").split()
    return len(words) >= 2 and (len(words[0]) == 1 or len(words[-1]) == 1)


def followed_to_heads(mapping: dict) -> dict:
    """Each name -> the end of its chain: "Yuliya" merged into "Yulia" under one initial and
    "Yulia" into "Julia" under another are all "Julia"."""
    def head(name):
        seen = {name}
        while mapping.get(name, name) != name and mapping[name] not in seen:
            name = mapping[name]
            seen.add(name)
        return name
    return {name: head(name) for name in mapping}


def plain_letter_heads(mapping: dict) -> dict:
    """A person the corpus writes both with and without accents is named in plain letters
    ("Erdoğan" and "Erdogan" -> "Recep Tayyip Erdogan"), as English copy and most readers'
    tools (search, ASCII-only keys) write it."""
    plain = {fold(name): name for name in mapping if isinstance(name, str) and name.isascii()}
    heads = {head: plain.get(fold(head), head) for head in set(mapping.values())
             if isinstance(head, str) and not head.isascii()}
    return {name: heads.get(head, head) for name, head in mapping.items()}


def surname_variant(surname: str, full: dict[str, str]) -> str | None:
    """The full name whose surname is a transliteration of this lone one ("Tokaev" for
    "Tokayev", "Haniya" for "Haniyeh", "Karter" for "Carter": one sound), when exactly one
    surname of the corpus is that close."""
    if not isinstance(surname, str) or len(surname) < SURNAME_VARIANT_MIN_LEN or " " in surname:
        return None
    by_initial, by_sound = _variant_index(tuple(full.items()))
    near = {name for known, name in by_initial.get(surname[:1].lower(), ())
            if fuzz.ratio(fold(known), fold(surname)) >= SURNAME_VARIANT_MIN_RATIO or same_spelling(known, surname)}
    near |= {name for key in sound_keys(surname) for name in by_sound.get(key, ())}
    return next(iter(near)) if len(near) == 1 else None


@lru_cache(maxsize=4)
def _variant_index(full: tuple[tuple[str, str], ...]) -> tuple[dict[str, list], dict[str, set]]:
    """The surnames of ``full`` by initial (lower case) and the names by each sound key of a
    surname long enough to have one: a lone surname is compared with the surnames of its
    initial and looked up by sound, not compared with every surname of the corpus in Python."""
    by_initial: dict[str, list] = {}
    by_sound: dict[str, set] = {}
    for known, name in full:
        by_initial.setdefault(known[:1].lower(), []).append((known, name))
        if len(known) >= SURNAME_VARIANT_MIN_LEN:
            for key in sound_keys(known):
                by_sound.setdefault(key, set()).add(name)
    return by_initial, by_sound


def without_article(surname: str) -> str:
    """A lone surname without the Arabic article written before it: "Al-Safadi" -> "Safadi"."""
    head, dash, rest = surname.partition("-")
    return rest if dash and head.lower() in {"al", "el"} and rest[:1].isupper() else surname


def merged_spelling_surnames(m: pd.DataFrame, bare_name) -> dict[str, str]:
    """Surname -> person, for the surnames of the spellings merged into one person: a lone
    "Dovic" is the "Jan Dović" whose name the corpus also writes "Jan Dovic".

    ``bare_name(surface)`` gives a mention's name without titles. A surname two people's
    spellings end with is left out.
    """
    people = m["type"].eq("person") & m["actor"].notna() & m["surface"].astype(str).str.contains(" ")
    found: dict[str, set[str]] = {}
    for actor, surface in set(zip(m.loc[people, "actor"], m.loc[people, "surface"])):
        bare = bare_name(surface)
        words, own = bare.split(), actor.split()
        if is_patronymic_end(bare) or is_patronymic_end(actor):
            continue  # "Selman" of "Mohammed bin Selman" is his father's name
        if len(words) >= 2 and len(own) >= 2 and words[-1] != own[-1] and len(words[-1]) >= SURNAME_VARIANT_MIN_LEN \
                and words[-1][:1].isupper() and words[-1][1:].islower():
            found.setdefault(words[-1], set()).add(actor)
    return {word: next(iter(actors)) for word, actors in found.items() if len(actors) == 1}


def retag_people_tagged_as_organisations(m: pd.DataFrame) -> pd.DataFrame:
    """"Kassym-Zhomart Tokayev" tagged ORG beside the person "Kassym-Jomart Tokayev": an
    organisation whose name is a spelling of a person's full name is that person."""
    people = sorted(set(m.loc[m["type"].eq("person") & m["actor"].notna(), "actor"]))
    by_initial: dict[str, list[str]] = {}
    for name in people:
        if len(name.split()) >= 2:
            by_initial.setdefault(fold(name.split()[-1])[:1], []).append(name)
    orgs = m["type"].eq("organization") & m["resolved_by"].eq("ner") & m["actor"].notna()
    found = {}
    for org in set(m.loc[orgs, "actor"]):
        if 2 <= len(org.split()) <= 4:
            match = [p for p in by_initial.get(fold(org.split()[-1])[:1], []) if same_person(org, p)]
            if len(match) == 1:
                found[org] = match[0]
    hit = orgs & m["actor"].isin(found)
    m = m.copy()
    m.loc[hit, "actor"] = m.loc[hit, "actor"].map(found)
    m.loc[hit, ["type", "resolved_by"]] = ["person", "name variant"]
    return m


def retag_people_tagged_as_groups(m: pd.DataFrame) -> pd.DataFrame:
    """A person's name the tagger took for a nationality or a people (NORP): "Jan Pieters",
    written as a person elsewhere in the corpus, and then its bare surname "Pieters" (the
    plural-looking -s made it a group) when one such name has that surname.

    Only groups with no country of their own: "Dutch" or "Kurds" name no person.
    """
    people = set(m.loc[m["type"].eq("person") & m["actor"].notna(), "actor"])
    full = {name for name in people if len(name.split()) >= 2}
    by_surname: dict[str, set[str]] = {}
    for name in full:
        by_surname.setdefault(fold(name.split()[-1]), set()).add(name)
    groups = m["type"].eq("group") & m["resolved_by"].eq("ner") & m["actor"].notna() & m["country"].isna()
    names = set(m.loc[groups, "actor"])
    found = {name: name for name in names & full}
    # the bare surname only of a full name the tagger took for a group too ("Republicans" is no
    # surname of a "Log Cabin Republicans" the tagger took for a person)
    for name in names - full:
        bearers = by_surname.get(fold(name), set()) & set(found) if len(name.split()) == 1 else set()
        if len(bearers) == 1:
            found[name] = next(iter(bearers))
    hit = groups & m["actor"].isin(found)
    m = m.copy()
    m.loc[hit, "resolved_by"] = ["person named elsewhere" if a == found[a] else "surname in corpus"
                                 for a in m.loc[hit, "actor"]]
    m.loc[hit, "actor"] = m.loc[hit, "actor"].map(found)
    m.loc[hit, "type"] = "person"
    return m


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


def unglue_word(word: str, full: dict[str, str]) -> str:
    """A lone surname glued to a common word ("Modiand", "Scholzsaid") without it, when the
    stem is a surname of the corpus; else the word unchanged."""
    for glued in GLUED_WORDS:
        stem = word[:-len(glued)]
        if len(stem) >= 3 and word.endswith(glued) and word[-len(glued)].islower() and stem in full:
            return stem
    return word


def split_glued_pairs(m: pd.DataFrame, full: dict[str, str], resolve) -> pd.DataFrame:
    """"Modiand Xi" ("Modi and Xi" with its space lost) names two people, not a new one: the
    mention is split into one row per surname when the glued stem is a surname of the corpus;
    ``resolve(name, ignored)`` gives the person a lone name stands for, ignoring the glued names."""
    first = m["surface"].astype(str).str.extract(r"^([A-Z][a-z]{2,})and\s+([A-Z][\w-]+)$")
    hit = m["type"].eq("person") & first[0].isin(full) & first[1].notna()
    if not hit.any():
        return m
    rows, pairs = [], set(m.loc[hit, "actor"])
    for idx, row in m[hit].iterrows():
        stem, other = first.at[idx, 0], first.at[idx, 1]
        left = row.copy()
        left["surface"], left["end"], left["actor"] = stem, row["start"] + len(stem), full[stem]
        right = row.copy()
        right["surface"], right["start"] = other, row["end"] - len(other)
        right["actor"] = resolve(other, pairs) or other
        left["resolved_by"] = right["resolved_by"] = "glued pair split"
        rows += [left, right]
    return pd.concat([m[~hit], pd.DataFrame(rows)]).sort_index(kind="stable").reset_index(drop=True)
