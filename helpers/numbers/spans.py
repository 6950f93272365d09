"""Where the numbers are in a text: maximal number phrases, split where one number ends.

Pure string functions. ``number_phrases("one hundred and sixteen troops")`` gives one phrase
(0, 23, 116.0); "fifty sixty thirty and eleven" gives four; "between 100,000 and 130,000"
gives two phrases that ``ranges`` joins. Phrases of articles alone ("a", "an") or ordinal
words alone ("third countries") are not numbers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from helpers.numbers import words as numwords

_WORDS = sorted({*numwords.UNITS, *numwords.TENS, *numwords.SCALES, *numwords.FRACTIONS, *numwords.ORDINALS, "dozen"},
                key=len, reverse=True)
WORD = r"(?:%s)s?" % "|".join(_WORDS)
DIGITS = r"[-+\u2212]?(?:\d{1,3}/\d{1,3}(?![\d/])|\d[\d,]*(?:\.\d+)?|\.\d+)(?:[½⅓⅔¼¾⅕⅛]|\s?(?:k|K|mn|bn|bln|mln|mil|tn|tln|trn|m|b)\b)?|[½⅓⅔¼¾⅕⅛]"
# One piece of a number phrase; connectors ("and", "a", "point", "-") only count between pieces.
PIECE = re.compile(rf"(?<![\w.])(?:{DIGITS}(?![\d]|(?:st|nd|rd|th)\b)|{WORD}(?![\w]))|(?<!\w)(?:and|a|an|point|minus|negative|over)(?!\w)|\s-\s|-", re.I)
CONNECTORS = {"and", "a", "an", "point", "-", "over"}
SIGNS = {"minus", "negative"}
LONE_WORDS = {"a", "an", "half", "halves", "quarter", "quarters", "second", "seconds"}
MAX_PIECES = 14


@dataclass
class Phrase:
    start: int
    end: int
    text: str
    value: float


def number_phrases(text: str) -> list[Phrase]:
    """Every number phrase in ``text``, left to right, each with its value."""
    found: list[Phrase] = []
    for run in _runs(text):
        found += _segment(text, run)
    return found


def _runs(text: str) -> list[list[re.Match]]:
    """Runs of adjacent pieces separated by spaces only ("one hundred and sixteen")."""
    runs: list[list[re.Match]] = []
    for m in PIECE.finditer(text):
        if runs and len(runs[-1]) < MAX_PIECES and text[runs[-1][-1].end():m.start()].strip() == "":
            runs[-1].append(m)
        else:
            runs.append([m])
    return runs


def _segment(text: str, run: list[re.Match]) -> list[Phrase]:
    """Longest pieces that read as one number, left to right."""
    out, i = [], 0
    while i < len(run):
        for j in range(len(run), i, -1):
            phrase = _phrase(text, run[i:j])
            if phrase is not None:
                out.append(phrase)
                i = j
                break
        else:
            i += 1
    return out


def _phrase(text: str, pieces: list[re.Match]) -> Phrase | None:
    first, last = pieces[0].group(0).strip().lower(), pieces[-1].group(0).strip().lower()
    if first in CONNECTORS - {"a", "an"} or last in CONNECTORS | SIGNS:
        return None
    words = [p.group(0).strip().lower() for p in pieces]
    if all(w in LONE_WORDS or w in SIGNS for w in words):
        return None
    if len(words) == 1 and words[0] in numwords.ORDINALS:
        return None  # "first", "third", "fifth": ordinals, read by the ordinal reader
    start, end = pieces[0].start(), pieces[-1].end()
    surface = text[start:end]
    value = numwords.parse_number(surface)
    if value is None:
        if len(words) > 1 and numwords.parse_ordinal(surface) is not None:
            return Phrase(start, end, surface, None)  # "twenty-fifth", "one hundred twenty first": an ordinal
        return None
    return Phrase(start, end, surface, value)
