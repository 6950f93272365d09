"""Shorter written forms of one person's name: initials, a dropped middle name, an inverted index form.

Copy writes one person "Mohammad Javad Zarif", "Mohammad Zarif", "M. J. Zarif" and, in
agency indexes, "Zarif M." (surname first, initials after); a family name written first keeps
that order ("Kim J.U." for "Kim Jong Un"). Two forms are one person when the surnames agree
(one letter of slack for a transliteration: "Khrushchov" / "Khrushchev") and the given names
of one are, in order, given names or initials of the other's. Two people who share a surname
never merge: "Kim Jong Il" and "Kim Jong Un", "Jamal" and "Salah" of one family, "George
W. Bush" and "George H. W. Bush" (different initials), a father and his "Jr." son.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from helpers.actors.given_names import PATRONYMICS
from helpers.actors.names import different_initials, fold, generation, is_nickname, same_spelling, sound_keys

GIVEN_VARIANT_MIN_RATIO = 80  # "Hosni" / "Husni" 80, "Mohammad" / "Muhammad" 88; "Jamal" / "Salah" 40
SURNAME_EDIT_MIN_LEN = 6  # "Khrushchov" / "Khrushchev": one edit allowed in surnames this long
SURNAME_SOUND_MIN_LEN = 5  # "Eltsin" / "Yeltsin" sound alike; "Lee" / "Li" are two families
SURNAME_ARTICLES = {"al", "el"}  # "El-Sadat" / "Sadat"


def name_tokens(name: str) -> list[str]:
    """Folded words of a name, a run of initials cut into one letter each: "R.T. Erdogan" ->
    ["r", "t", "erdogan"], "Kim J.U" -> ["kim", "j", "u"]."""
    tokens = []
    for word in fold(name).replace(",", " ").split():
        if "." in word and all(len(part) <= 1 for part in word.split(".")):
            tokens += [part for part in word.split(".") if part]
        else:
            tokens.append(word.strip("."))
    return [t for t in tokens if t]


def readings(name: str) -> list[tuple[str, list[str], bool]]:
    """(surname, given names, surname first) a name can be read as: surname last ("Colin
    Powell") or first ("Powell C.", "Kim J.U", "Kim Jong Un"); ``same_name_form`` says
    which readings may meet."""
    tokens = name_tokens(name)
    if len(tokens) < 2:
        return []
    found = [(tokens[-1], tokens[:-1], False)] if len(tokens[-1]) > 1 else []
    if len(tokens[0]) > 1:
        found.append((tokens[0], tokens[1:], True))
    return found


def same_given(a: str, b: str) -> bool:
    """One given name written two ways: equal, an initial of the other, a transliteration or
    a nickname ("Bobby" / "Robert")."""
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    return same_spelling(a, b) or is_nickname(a, b) or (min(len(a), len(b)) >= 4 and fuzz.ratio(a, b) >= GIVEN_VARIANT_MIN_RATIO)


def same_surname(a: str, b: str) -> bool:
    """One folded surname written two ways: with or without its article ("el-sadat" /
    "sadat"), a transliteration ("eltsin" / "yeltsin": equal sound keys) or one letter off."""
    a, b = _without_article(a), _without_article(b)
    if a == b or same_spelling(a, b) or (min(len(a), len(b)) >= SURNAME_SOUND_MIN_LEN and sound_keys(a) & sound_keys(b)):
        return True
    if _second_part(a) == b or _second_part(b) == a:
        return True  # "ghali" of "boutros-ghali": a double surname written by its second part
    return min(len(a), len(b)) >= SURNAME_EDIT_MIN_LEN and a[0] == b[0] and Levenshtein.distance(a, b) <= 1


def _second_part(surname: str) -> str | None:
    """The second part of a double surname of two long parts: "boutros-ghali" -> "ghali"."""
    first, dash, second = surname.partition("-")
    return second if dash and len(first) >= 4 and len(second) >= 4 and first not in SURNAME_ARTICLES else None


def _surname_keys(surname: str) -> set[str]:
    """Initials a surname is compared under: of it without its article, and of a double
    surname's second part ("boutros-ghali" meets "ghali")."""
    return {_without_article(surname)[0]} | {part[0] for part in [_second_part(surname)] if part}


def _without_article(surname: str) -> str:
    """"al-sisi" -> "sisi": the Arabic article joined to a surname by a hyphen."""
    head, _, rest = surname.partition("-")
    return rest if head in SURNAME_ARTICLES and len(rest) > 2 else surname


def givens_fit(short: list[str], long_: list[str]) -> bool:
    """``short`` are given names of ``long_`` in order ("Tayyip" of "Recep Tayyip", "M. J."
    of "Mohammad Javad"). An initial first stands for the first given name ("J. Roe" is not
    "Ann Jo Roe"); a skipped "bin" makes another man ("Zayed Al Nahyan" is not "Mohamed bin
    Zayed Al Nahyan", he is his father)."""
    i = 0
    for k, word in enumerate(short):
        while i < len(long_) and not same_given(word, long_[i]):
            if (k == 0 and len(word) == 1) or long_[i] in PATRONYMICS:
                return False
            i += 1
        if i == len(long_):
            return False
        i += 1
    return True


def same_name_form(a: str, b: str) -> bool:
    """``a`` and ``b`` are forms of one person's name (see the module docstring)."""
    if generation(a) != generation(b) or different_initials(a, b):
        return False
    for surname_a, given_a, first_a in readings(a):
        for surname_b, given_b, first_b in readings(b):
            if not _readings_meet((given_a, first_a), (given_b, first_b)) or not same_surname(surname_a, surname_b):
                continue
            short, long_ = sorted((given_a, given_b), key=len)
            if short and givens_fit(short, long_):
                return True
    return False


def _initials_only(given: list[str]) -> bool:
    return all(len(w) == 1 for w in given)


def _readings_meet(a: tuple[list[str], bool], b: tuple[list[str], bool]) -> bool:
    """Surname-last readings always meet; a surname-first one meets a surname-last one only
    as an index form with initials ("Powell C." / "Colin Powell"), and another surname-first
    one when either has initials only or both have two given names ("Kim Jong Un")."""
    (given_a, first_a), (given_b, first_b) = a, b
    if not first_a and not first_b:
        return True
    if first_a != first_b:
        return _initials_only(given_a if first_a else given_b)
    return _initials_only(given_a) or _initials_only(given_b) or min(len(given_a), len(given_b)) >= 2


# Russian and Belarusian patronymics ("Nikolaevich", "Vladimirovna"): official copy writes them,
# English copy does not ("Boris Nikolaevich Eltsin" is "Boris Yeltsin"), so they make no name fuller.
PATRONYMIC_END = re.compile(r"(?:ovich|evich|ovna|evna|ichna)$")


def completeness(name: str) -> tuple[int, int, int]:
    """How fully a name is written: spelled-out given names, then fewer patronymics, then letters."""
    tokens = name_tokens(name)
    patronymics = sum(bool(PATRONYMIC_END.search(t)) for t in tokens[1:-1])
    return sum(len(t) > 1 for t in tokens) - patronymics, -patronymics, len(name)


def fuller_forms(names: list[str]) -> dict[str, str]:
    """Each name -> the one fullest form of the same person among ``names``, when one exists.

    A name two fuller forms fit that are not themselves one person ("George Bush" beside
    "George W. Bush" and "George H. W. Bush") stays as it is.
    """
    by_initial: dict[str, list[str]] = {}
    for name in names:
        for surname, *_ in readings(name):
            for key in _surname_keys(surname):
                by_initial.setdefault(key, []).append(name)
    mapping: dict[str, str] = {}
    for name in sorted(set(names)):
        rank = completeness(name)
        pool = {o for surname, *_ in readings(name) for key in _surname_keys(surname) for o in by_initial.get(key, ())}
        fits = {o for o in pool if o != name and completeness(o) > rank and same_name_form(name, o)}
        tops = {o for o in fits if not any(p != o and completeness(p) > completeness(o) and same_name_form(o, p) for p in fits)}
        if len(tops) == 1:
            mapping[name] = next(iter(tops))
    return _without_shared_plain_forms(mapping)


def _without_shared_plain_forms(mapping: dict[str, str]) -> dict[str, str]:
    """Names with a patronymic that map to one plain form but are two people ("Oleg Petrovich
    Roe" and "Oleg Ivanovich Roe" beside "Oleg Roe") keep their own names."""
    by_target: dict[str, list[str]] = {}
    for name, target in mapping.items():
        if completeness(name)[1] < 0:
            by_target.setdefault(target, []).append(name)
    clash = {n for names in by_target.values() for n in names
             if any(o != n and not same_name_form(n, o) for o in names)}
    return {name: target for name, target in mapping.items() if name not in clash}
