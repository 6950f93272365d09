"""The gender of the people an article names, as the article itself gives it: titles ("Mr.",
"Ms."), gendered role words ("spokeswoman Maria Zakharova") and a list of given names
(``data/first_names.csv``). Used by ``antecedents`` and ``continued``.
"""

from __future__ import annotations

import csv
from functools import lru_cache

from spacy.tokens import Doc

from helpers.paths import DATA_DIR

PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
# Words before or inside a name that give its gender: "Mr. Sanders", "spokeswoman Psaki".
GENDER_WORDS = {
    "mr": "m", "mr.": "m", "sir": "m", "lord": "m", "king": "m", "prince": "m", "congressman": "m",
    "spokesman": "m", "chairman": "m", "businessman": "m", "husband": "m", "father": "m", "son": "m",
    "brother": "m", "uncle": "m", "grandfather": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f",
    "miss": "f", "madam": "f", "lady": "f", "dame": "f", "queen": "f", "princess": "f",
    "congresswoman": "f", "spokeswoman": "f", "chairwoman": "f", "businesswoman": "f", "wife": "f",
    "mother": "f", "daughter": "f", "sister": "f", "aunt": "f", "grandmother": "f", "actress": "f",
}
TITLE_WINDOW = 3  # tokens before a name searched for "Mr." or "spokeswoman"


@lru_cache(maxsize=1)
def first_names() -> dict[str, str]:
    """Given name -> "m" or "f" from ``data/first_names.csv``."""
    with open(DATA_DIR / "first_names.csv", encoding="utf-8") as f:
        rows = csv.DictReader(line for line in f if not line.startswith("#"))
        return {r["name"].lower(): r["gender"] for r in rows}


def person_key(surface: str) -> str:
    """The surname a person is referred to by: "Sen. Bernie Sanders's" -> "sanders"."""
    words = surface.replace("\u2019", "'").split()
    return words[-1].lower().removesuffix("'s").strip(".,") if words else ""


def person_genders(doc: Doc, mentions: list[dict]) -> dict[str, str]:
    """Surname -> gender for the article's people, where the article says (else absent).

    Conflicting evidence ("Mr. Lee" and "Ms. Lee", two people) leaves the surname out.
    """
    names = first_names()
    found: dict[str, set[str]] = {}
    for m in mentions:
        if m["type"] != "person":
            continue
        words = m["surface"].split()
        before = doc.char_span(m["start"], m["end"], alignment_mode="expand")
        window = [t.lower_ for t in doc[max(0, before.start - TITLE_WINDOW):before.start]] if before is not None else []
        evidence = {GENDER_WORDS[w.lower()] for w in words[:-1] + window[-1:] if w.lower() in GENDER_WORDS}
        evidence |= {GENDER_WORDS[w] for w in window if w in GENDER_WORDS and w.endswith(("man", "woman"))}
        # the given name: "Russian President Vladimir Putin"
        # (the canonical name's first word first: "Jose Maria Aznar" is a man)
        actor = str(m.get("actor") or "").split()
        given = actor[0] if len(actor) > 1 and actor[0].lower() in names else words[-2] if len(words) > 1 else ""
        if given.lower() in names:
            evidence.add(names[given.lower()])
        for key in {person_key(m["surface"]), m.get("actor")} - {None, ""}:
            found.setdefault(key, set()).update(evidence)
    return {key: next(iter(g)) for key, g in found.items() if len(g) == 1}
