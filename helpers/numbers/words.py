"""Reading numbers as written in news copy: digits, number words, ranges, approximations.

Pure string functions, no spaCy: ``parse_number("three million")`` -> 3000000.0,
``parse_number("1,700")`` -> 1700.0, ``approximation("more than")`` -> "more_than".
"""

from __future__ import annotations

import re

UNITS = {
    "zero": 0, "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "dozen": 12, "half": 0.5, "couple": 2,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000, "mn": 1_000_000, "bn": 1_000_000_000, "m": 1_000_000, "k": 1_000}
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "twentieth": 20,
}
# Longest phrases first so "well over" wins over "over".
APPROXIMATORS = [
    ("no fewer than", "at_least"), ("at least", "at_least"), ("up to", "up_to"), ("as many as", "up_to"),
    ("well over", "more_than"), ("more than", "more_than"), ("upwards of", "more_than"), ("over", "more_than"),
    ("in excess of", "more_than"), ("fewer than", "less_than"), ("less than", "less_than"), ("under", "less_than"),
    ("just under", "nearly"), ("close to", "nearly"), ("nearly", "nearly"), ("almost", "nearly"),
    ("approximately", "about"), ("an estimated", "about"), ("estimated", "about"), ("roughly", "about"),
    ("around", "about"), ("several", "about"), ("some", "about"), ("about", "about"), ("approx", "about"), ("circa", "about"),
]
DURATION_MINUTES = {
    "second": 1 / 60, "minute": 1, "min": 1, "hour": 60, "hr": 60, "day": 1440, "week": 10080,
    "month": 43200, "year": 525600,
}
NUMERIC = re.compile(r"^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$")
ORDINAL_DIGITS = re.compile(r"^(\d+)(st|nd|rd|th)$", re.I)


def parse_number(text: str) -> float | None:
    """Value of a number written with digits and/or words, or None.

    Handles separators ("14,000"), decimals ("1.5"), scale words ("3 million", "three
    million"), hyphenated words ("twenty-five") and "a/an" ("an hour" -> 1).
    """
    words = text.lower().replace("-", " ").replace("\u2013", " ").split()
    if not words:
        return None
    total, current, seen = 0.0, 0.0, False
    for word in words:
        word = word.strip(".,;:()")
        if NUMERIC.match(word):
            current += float(word.replace(",", ""))
        elif word in UNITS:
            current += UNITS[word]
        elif word in TENS:
            current += TENS[word]
        elif word in SCALES:
            current = (current or 1) * SCALES[word]
            if SCALES[word] >= 1000:
                total, current = total + current, 0.0
        elif word == "and" and seen:
            continue
        else:
            return None
        seen = True
    return total + current if seen else None


def parse_ordinal(text: str) -> float | None:
    """Value of an ordinal ("third", "53rd"), or None."""
    word = text.lower().strip(".,")
    if word in ORDINALS:
        return float(ORDINALS[word])
    match = ORDINAL_DIGITS.match(word)
    return float(match.group(1)) if match else None


def approximation(preceding: str) -> str:
    """Approximation category of the words just before a number ("more than" -> more_than)."""
    text = " " + preceding.lower().strip() + " "
    for phrase, category in APPROXIMATORS:
        if text.endswith(" " + phrase + " "):
            return category
    return "exact"


def duration_unit(word: str) -> float | None:
    """Minutes in one unit of time ("hours" -> 60, "hourlong" -> 60), or None."""
    word = word.lower().rstrip("s").replace("-long", "").replace("long", "")
    return DURATION_MINUTES.get(word)
