"""Comparing person names: are two spellings one person?

Used per article (``mentions``: which full name a lone surname stands for) and across the
corpus (``canonical``: merging transliterations, misspellings and nicknames).
"""

from __future__ import annotations

import unicodedata

from rapidfuzz import fuzz

NAME_VARIANT_MIN_RATIO = 85  # "Volodymyr Zelenskiy" vs "Volodymyr Zelenskyy" scores 95
# Short first names written beside the full one (only the first name differs).
NICKNAMES = {"joe": "joseph", "tony": "antony", "bill": "william", "bob": "robert", "mike": "michael",
             "jim": "james", "tom": "thomas", "dick": "richard", "liz": "elizabeth", "alex": "alexander",
             "sasha": "alexander", "dima": "dmitry", "vova": "vladimir", "ben": "benjamin", "bibi": "benjamin",
             "rishi": "rishi", "ted": "edward", "sam": "samuel", "dan": "daniel", "nick": "nicholas"}


def fold(name: str) -> str:
    """Case- and accent-folded name: "Mevlüt Çavuşoğlu" -> "mevlut cavusoglu"."""
    text = unicodedata.normalize("NFKD", name.replace("\u0131", "i"))
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


def different_initials(a: str, b: str) -> bool:
    """The names differ in an initial written in both: different people ("John A. Smith")."""
    initials = lambda n: [w.strip(".") for w in n.split()[:-1] if len(w.strip(".")) == 1]
    return bool(initials(a)) and bool(initials(b)) and initials(a) != initials(b)


def same_person(a: str, b: str) -> bool:
    """Two spellings of one full name: close overall, or the same surname (one letter of
    slack) with first names that are variants or one a nickname of the other."""
    a, b = fold(a), fold(b)
    if different_initials(a, b):
        return False  # "George H. W. Bush" and "George W. Bush"
    if fuzz.ratio(a, b) >= NAME_VARIANT_MIN_RATIO:
        return True
    first_a, last_a = a.split()[0], a.split()[-1]
    first_b, last_b = b.split()[0], b.split()[-1]
    if len(a.split()) != len(b.split()) or min(len(last_a), len(last_b)) < 4:
        return False
    if not (last_a == last_b or (min(len(last_a), len(last_b)) >= 5 and fuzz.ratio(last_a, last_b) >= 80)):
        return False
    short, long_ = sorted((first_a, first_b), key=len)
    return (NICKNAMES.get(short) == long_ or NICKNAMES.get(long_) == short
            or (len(short) >= 3 and (long_.startswith(short) or long_.endswith(short))))
