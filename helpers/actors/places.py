"""Lone place words the tagger took for people: "Chad is not a member", "shelling Stepanakert".

spaCy tags a one-word country or town PERSON often enough ("Chad", "Benin", a city it
does not know). Such a word, when no person of the corpus carries it as a name, is the place:
a country when CLDR (Babel's territory names, installed with the lock) knows it, else a place
when the tagger calls the same word a place elsewhere in the corpus or a sentence writes it
after a preposition of place ("in Antakya").
"""

from __future__ import annotations

import re
from functools import lru_cache

import pandas as pd

from helpers.actors.names import fold, is_given_name

# CLDR codes for groupings and test data, not countries: "European Union", "Pseudo-Accents".
NON_COUNTRY_CODES = {"EU", "EZ", "UN", "QO", "ZZ", "XA", "XB"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
# Prepositions of place a person's name hardly follows: "in Antakya", "near Stepanakert".
# ("to" and "from" do: "spoke to Roe", "a letter from Roe".)
LOCATIVE_BEFORE = r"\b(?:in|near|outside|inside|around|at)\s+(?:the\s+)?"


@lru_cache(maxsize=1)
def territory_codes() -> dict[str, str]:
    """Folded English territory name -> ISO code, from CLDR via Babel ("chad" -> "TD")."""
    from babel import Locale

    names = Locale("en").territories
    return {fold(name): code for code, name in names.items()
            if len(code) == 2 and code.isalpha() and code not in NON_COUNTRY_CODES}


def retype_lone_places(m: pd.DataFrame, people: set[str]) -> pd.DataFrame:
    """Person mentions left as a bare name no full name of the corpus explains that are
    places: a territory name ("Chad" -> country TD) or a word the tagger calls a place in
    another sentence of the corpus. A word written with a title ("President Chad") or one
    a person of ``people`` carries stays a person."""
    from helpers.actors.mentions import clean_surface

    person = m["type"].eq("person") & m["actor"].notna()
    as_written = m["surface"].astype(str).map(clean_surface).eq(m["actor"])
    loose = person & m["resolved_by"].isin(["surname only", "full name"]) & as_written
    if not loose.any():
        return m
    candidates = set(m.loc[loose, "actor"])
    titled = set(m.loc[person & ~as_written, "actor"])  # "President Chad", "Mr Dayton": a person
    named = {w for p in people - candidates for w in fold(p).split()}
    placed = set(m.loc[m["label"].isin(PLACE_LABELS), "surface"].map(fold))
    territories = territory_codes()
    m = m.copy()
    for idx in m.index[loose]:
        word = fold(m.at[idx, "actor"])
        if word in named or m.at[idx, "actor"] in titled or is_given_name(word.split()[0]):
            continue  # "Diego Garcia", a "Jordan" the corpus names in full
        if word in territories:
            m.loc[idx, ["type", "country", "resolved_by"]] = ["country", territories[word], "territory name"]
        elif " " not in word and word in placed:
            m.loc[idx, ["type", "resolved_by"]] = ["place", "place named elsewhere"]
        elif " " not in word and _written_as_a_place(m.at[idx, "actor"], m):
            m.loc[idx, ["type", "resolved_by"]] = ["place", "written after a preposition of place"]
    return m


def _written_as_a_place(word: str, m: pd.DataFrame) -> bool:
    """Some sentence of the corpus writes ``word`` after a preposition of place."""
    pattern = re.compile(LOCATIVE_BEFORE + re.escape(word) + r"\b")
    return any(pattern.search(text) for text in set(m.loc[m["surface"].eq(word), "sentence"].dropna()))
