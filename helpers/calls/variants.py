"""One participant, one name: spelling variants of a person across the corpus's contacts.

Articles spell one person differently ("Tayyip Erdogan" / "Recep Tayyip Erdogan",
"Mevlut Cavusoglu" / "Mevlüt Çavuşoğlu", "S Jaishankar" / "Jayshankar", a bare surname),
and a contact reported under two spellings would become two rows. Two names are one
person when their surnames match (accents folded, or one letter apart in a long name)
and their first or last given names agree (the same, one an initial of the other); a
bare surname joins a fuller name only when exactly one fits.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

# Letters NFKD does not decompose into a base letter and a mark.
_FOLD = str.maketrans({"ı": "i", "ø": "o", "ł": "l", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe"})


def fold(name: str) -> list[str]:
    """Lower-case tokens without accents or dots ("Mevlüt Çavuşoğlu" -> mevlut cavusoglu)."""
    text = unicodedata.normalize("NFKD", name.lower().translate(_FOLD))
    text = "".join(c for c in text if not unicodedata.combining(c)).replace(".", " ")
    return [t for t in text.replace("-", " ").split() if t.isalpha()]


def one_edit(x: str, y: str) -> bool:
    """Equal, or one insertion, deletion or substitution apart in names of six letters or more."""
    if x == y:
        return True
    if abs(len(x) - len(y)) > 1 or min(len(x), len(y)) < 6:
        return False
    if len(x) == len(y):
        differ = [i for i, (a, b) in enumerate(zip(x, y)) if a != b]
        # one substitution, or two neighbours swapped ("Kyungwha" / "Kyunghwa")
        return len(differ) == 1 or (len(differ) == 2 and differ[1] == differ[0] + 1 and x[differ[0]] == y[differ[1]]
                                    and x[differ[1]] == y[differ[0]])
    short, long_ = sorted((x, y), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


# Name particles ("bin", "al", "van", "de"): never a given name of their own, so two men of one
# family ("X bin Y Al Thani", "Z bin W Al Thani") do not agree on "al".
PARTICLES = {"al", "el", "bin", "bint", "ibn", "ben", "abu", "umm", "de", "da", "di", "du", "van", "von", "der",
             "den", "le", "la", "dos", "das"}


def _given(tokens: list[str]) -> list[str]:
    return [t for t in tokens[:-1] if t not in PARTICLES]


def _prefix(a: list[str], b: list[str]) -> bool:
    """A short form that is the start of a fuller name ("Sabah al-Ahmad" of "Sabah al-Ahmad
    al-Jaber al-Sabah"): at least two names besides particles."""
    short, long_ = sorted((a, b), key=len)
    return len(short) < len(long_) and long_[:len(short)] == short and len([t for t in short if t not in PARTICLES]) >= 2


def _given_agree(a: str, b: str) -> bool:
    return one_edit(a, b) or (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b))


def _extra_last_part(a: list[str], b: list[str]) -> bool:
    """"Deby Itno" of "Mahamat Idriss Deby": a two-part name whose first part is the fuller
    name's surname, with one more family name after it (as some countries write it)."""
    short, long_ = sorted((a, b), key=len)
    return (len(short) == 2 and len(long_) >= 3 and short[0] == long_[-1] and len(short[0]) >= 4
            and not {short[0], short[1]} & PARTICLES and short[1] not in long_)


def same_person(a: list[str], b: list[str]) -> bool:
    """Folded names of one person: same surname, and the first or the last given name agrees
    ("Recep Tayyip" / "Tayyip", "Tomas Ferreira" / "Tomas", "S" / "Subrahmanyam"), or one has none;
    or the family name written first ("Moon Jae-in" / "Moon J.-i.", "Kang Kyung-wha" / "Kang Kyung-hwa")."""
    return same_person_surname_last(a, b) or family_name_first(a, b)


def family_name_first(a: list[str], b: list[str]) -> bool:
    """Both names start with one family name and their given names agree: each in order (an
    initial for a syllable), or all written as one word one edit apart."""
    if len(a) < 2 or len(b) < 2 or a[0] != b[0] or a[0] in PARTICLES:
        return False
    given_a, given_b = a[1:], b[1:]
    if one_edit("".join(given_a), "".join(given_b)):
        return True
    return len(given_a) == len(given_b) and all(_given_agree(x, y) for x, y in zip(given_a, given_b)) \
        and any(len(x) == 1 or len(y) == 1 for x, y in zip(given_a, given_b))


def same_person_surname_last(a: list[str], b: list[str]) -> bool:
    """``same_person`` for names written with the surname last."""
    if a and b and (_prefix(a, b) or _extra_last_part(a, b)):
        return True
    if not a or not b or not one_edit(a[-1], b[-1]):
        return False
    if len(a) == 1 or len(b) == 1:
        return True
    given_a, given_b = _given(a), _given(b)
    if not given_a or not given_b:
        return not given_a and not given_b
    if len(given_a) >= 2 and len(given_b) >= 2:  # "Sabah Khalid" and "Sabah Ahmad Jaber": two men of one family
        return _in_order(*sorted((given_a, given_b), key=len))
    return _given_agree(given_a[0], given_b[0]) or _given_agree(given_a[-1], given_b[-1])


def _in_order(short: list[str], long_: list[str]) -> bool:
    """Each given name of the shorter list agrees with one of the longer, in the same order."""
    rest = iter(long_)
    return all(any(_given_agree(name, other) for other in rest) for name in short)


def canonical_names(names: Iterable[str], weight: dict[str, float]) -> dict[str, str]:
    """Map each variant to the full name its person is reported under most (``weight``, e.g.
    mentions; ties to the longer name). A name that fits two different people stays as it is."""
    distinct = sorted(set(names), key=lambda n: (-weight.get(n, 0), -len(fold(n)), n))
    folded = {n: fold(n) for n in distinct}
    heads: list[str] = []
    mapping: dict[str, str] = {}
    for name in distinct:
        if len(folded[name]) < 2:
            continue
        fits = [h for h in heads if same_person(folded[h], folded[name])]
        if len(fits) == 1:
            mapping[name] = fits[0]
        elif not fits:
            heads.append(name)
    for name in distinct:
        if len(folded[name]) == 1:
            fits = {mapping.get(n, n) for n in distinct if n != name and same_person(folded[n], folded[name])}
            if len(fits) == 1:
                mapping[name] = next(iter(fits))
    return mapping


def person_variants(names: Iterable[str], kind, weight: dict[str, float]) -> dict[str, str]:
    """``canonical_names`` over the people among ``names`` (``kind(name)`` is "person"), and over
    other names ending in a person's surname ("National Security Advisor Ajit Doval" typed as a
    body); countries, places and bodies such as "the Chinese Foreign Ministry" are left alone."""
    names = set(names)
    people = {n for n in names if kind(n) == "person"}
    surnames = {fold(n)[-1] for n in people if fold(n)}
    others = {n for n in names - people if kind(n) not in {"country", "place"} and fold(n) and fold(n)[-1] in surnames}
    return canonical_names(people | others, weight)
