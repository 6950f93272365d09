"""Where the numbers are in a text: maximal number phrases, split where one number ends.

Pure string functions. ``number_phrases("one hundred and sixteen troops")`` gives one phrase
(0, 23, 116.0); "fifty sixty thirty and eleven" gives four; "between 100,000 and 130,000"
gives two phrases that ``ranges`` joins. Phrases of articles alone ("a", "an") or ordinal
words alone ("third countries") are not numbers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from helpers.numbers import words as numwords

_WORDS = sorted({*numwords.UNITS, *numwords.TENS, *numwords.SCALES, *numwords.FRACTIONS, *numwords.ORDINALS, "dozen", "doz", "dz"},
                key=len, reverse=True)
WORD = r"(?:%s)s?" % "|".join(_WORDS)
DIGITS = r"[-+\u2212]?(?:\d{1,3}/\d{1,3}(?![\d/])|" + numwords.SCIENTIFIC.pattern + "|" + numwords.GROUPED.pattern + r"|(?:\d{1,3}(?:,\d{3})+(?![\d])|\d{1,2}(?:,\d\d)+,\d{3}(?![\d])|\d+)(?:\.\d+)?|\.\d+)(?:[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅐⅛⅜⅝⅞⅑⅒]|\s?(?:k|K|mn|bn|bln|mln|mil|tn|tln|trn|m|b)\b)?|[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅐⅛⅜⅝⅞⅑⅒]"
# One piece of a number phrase; connectors ("and", "a", "point", "-") only count between pieces.
PIECE = re.compile(rf"(?<![\w.])(?:(?:{DIGITS})(?![\d]|(?:st|nd|rd|th)\b)|{WORD}(?![\w]))|(?<!\w)(?:and|a|an|point|minus|negative|over|of)(?!\w)|\s-\s|-", re.I)
# "point fifteen" (0.15) at the start of a clause or after a copula; not "at some point two men".
LEAD_POINT = r"(?<!\w)point\s+(?=[a-z])"
BEFORE_POINT = re.compile(r"(?:^|[,;:(]|\b(?:is|was|are|were|be|equals|of|by|to|just|only|minus|negative))\s*$", re.I)
_ANCHOR = rf"(?<![\w.])(?:(?:{DIGITS})(?![\d]|(?:st|nd|rd|th)\b)|{WORD}(?![\w]))"
# "three million, two hundred and forty": a comma after a scale word, before a smaller group
# that has its own scale word, writes one number (not "$3 million, one official said").
SCALE_COMMA = (r"(?:(?<=thousand)|(?<=million)|(?<=billion)|(?<=trillion)),\s+"
               r"(?=(?:[a-z]+[\s-]+){1,3}(?:hundred|thousand|million)\b)")
# "&" stands for "and" ("two hundred & forty"); "o"/"oh" after "point" is a zero ("one point o five")
CONNECTOR = r"(?:and|&|an?|point(?:\s+oh?(?=\s))*|over|of)"
RUN = re.compile(rf"(?:(?<!\w)(?:(?:minus|negative)\s+(?:an?\s+)?|an?\s+)|{LEAD_POINT})?{_ANCHOR}"
                 rf"(?:(?:\s+|\s*-\s*|{SCALE_COMMA})(?:{CONNECTOR}\s+)*{_ANCHOR})*", re.I)
CONNECTORS = {"and", "a", "an", "point", "-", "over", "of"}
SIGNS = {"minus", "negative"}
LONE_WORDS = {"a", "an", "half", "halves", "quarter", "quarters", "second", "seconds", "doz", "dozs", "dz", "dzs"}
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
    """Runs of adjacent pieces separated by spaces only ("one hundred and sixteen"): found as
    whole phrases first (a pattern anchored on digits or number words), then cut into pieces."""
    runs: list[list[re.Match]] = []
    phrases = [m for start, end in number_windows(text) for m in RUN.finditer(text, start, end)]
    for phrase in phrases:
        pieces = list(PIECE.finditer(text, phrase.start(), phrase.end()))
        for i in range(0, len(pieces), MAX_PIECES):
            runs.append(pieces[i:i + MAX_PIECES])
    return runs


def _segment(text: str, run: list[re.Match]) -> list[Phrase]:
    """Longest pieces that read as one number, left to right."""
    out, i = [], 0
    while i < len(run):
        for j in range(len(run), i, -1):
            phrase = _phrase(text, run[i:j])
            if phrase is not None and _steals_head(run, i, j):
                continue  # "3 hundred and 2 hundred": the 2 heads the next number
            if phrase is not None:
                out.append(phrase)
                i = j
                break
        else:
            i += 1
    return out


def _steals_head(run: list[re.Match], i: int, j: int) -> bool:
    """Whether the phrase run[i:j] ends "... and N" where N is followed by a scale word that the
    phrase could not take ("3 hundred and 2 hundred" is 300 and 200, not 302 and 100)."""
    if j >= len(run) or j - i < 3 or run[j - 2].group(0).strip().lower() != "and":
        return False
    nxt = run[j].group(0).strip().lower()
    return nxt.rstrip("s") in numwords.SCALES and nxt.rstrip("s") != "hundred" or (
        nxt.rstrip("s") == "hundred" and any(p.group(0).strip().lower().rstrip("s") == "hundred" for p in run[i:j]))


def _phrase(text: str, pieces: list[re.Match]) -> Phrase | None:
    first, last = pieces[0].group(0).strip().lower(), pieces[-1].group(0).strip().lower()
    if first in CONNECTORS - {"a", "an", "point"} or last in CONNECTORS | SIGNS:
        return None
    if first == "point" and (len(pieces) < 2 or not BEFORE_POINT.search(text[max(0, pieces[0].start() - 12):pieces[0].start()])):
        return None
    words = [p.group(0).strip().lower() for p in pieces]
    if words[1:2] == ["point"] and AT_ONE.search(text, max(0, pieces[0].start() - 4), pieces[0].end() + 1) \
            and not RATE_AFTER.match(text, pieces[-1].end()):
        return None  # "at one point one of them left": the idiom, not 1.1
    if all(w in LONE_WORDS or w in SIGNS for w in words):
        return None
    if len(words) == 1 and words[0] in numwords.ORDINALS:
        return None  # "first", "third", "fifth": ordinals, read by the ordinal reader
    start, end = pieces[0].start(), pieces[-1].end()
    surface = text[start:end]
    if "over" in words:
        value = _over(surface, text[end:])
        return None if value is None else Phrase(start, end, surface, value)
    value = numwords.parse_number(surface)
    if value is None:
        if len(words) > 1 and numwords.parse_ordinal(surface) is not None:
            return Phrase(start, end, surface, None)  # "twenty-fifth", "one hundred twenty first": an ordinal
        return None
    return Phrase(start, end, surface, value)


AT_ONE = re.compile(r"\bat (?=one\b)", re.I)  # the idiom "at one point"; "stood at two point five" is 2.5
RATE_AFTER = re.compile(r"\s*(?:%|percent|per cent|pc|points?)\b", re.I)
CLAUSE_END = re.compile(r"\s*(?:[.,;:!?)]|$)")
YEAR_LIKE = re.compile(r"(?:1[89]|20)\d\d$")


def _over(surface: str, after: str) -> float | None:
    """ "1 over 3", "one over twenty-one": a fraction written out, below one, ending its clause;
    "$2000 over 3 years", "a rise of 300 over 2019" are no fractions."""
    head, _, tail = surface.lower().partition(" over ")
    if not tail or "over" in tail.split() or not CLAUSE_END.match(after) or YEAR_LIKE.match(tail.strip()):
        return None
    sign = -1.0 if head.split()[0] in SIGNS else 1.0
    num = numwords.parse_number(" ".join(w for w in head.split() if w not in SIGNS))
    den = numwords.parse_number(tail)
    if num is None or not den or abs(num) >= den:
        return None
    return sign * num / den


WORD_SCAN = re.compile(r"\w+")
NUMBER_WORDS = frozenset(w.lower() for w in _WORDS) | frozenset(w + "s" for w in _WORDS) | {"noon", "midday", "midnight", "mid"}


@lru_cache(maxsize=8)
def scan_words(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, lowercased word) of every word: scanned once per text, shared by the finders."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a character whose lower case is longer ("İ"): lower word by word
        return tuple((m.start(), m.end(), m.group(0).lower()) for m in WORD_SCAN.finditer(text))
    return tuple((m.start(), m.end(), m.group()) for m in WORD_SCAN.finditer(lowered))


@lru_cache(maxsize=8)
def number_windows(text: str) -> tuple[tuple[int, int], ...]:
    """Windows around digits, number words and clock words, shared by the number and clock finders."""
    return tuple(windows_near(text, _is_number_word, 24, 36))


def _is_number_word(word: str) -> bool:
    return not word.isalpha() or word in NUMBER_WORDS


def windows_near(text: str, is_anchor, before: int, after: int) -> list[tuple[int, int]]:
    """Merged character windows around the words ``is_anchor`` accepts (lowercased).

    The long patterns of this package run only inside these windows: scanning words and
    testing them against a set costs a fraction of trying a pattern at every character."""
    found: list[tuple[int, int]] = []
    for word_start, word_end, word in scan_words(text):
        if is_anchor(word):
            start, end = max(0, word_start - before), min(len(text), word_end + after)
            while end < len(text) and text[end].isalnum():  # never cut a word: "200 mil|es" is no multiplier
                end += 1
            if found and start <= found[-1][1]:
                found[-1] = (found[-1][0], end)
            else:
                found.append((start, end))
    return found


SHARE_AHEAD = re.compile(r"^\s+(?:in|out of)\s+([\w-]+)", re.I)
LINK = re.compile(r"://|\bwww\.|@\w|\?\w+=|&\w+=")


def share_ahead(after: str) -> bool:
    """ "one in three adults": the text after "one" opens a share ("in three"), so "one" is no pronoun."""
    m = SHARE_AHEAD.match(after)
    return bool(m) and numwords.parse_number(m.group(1)) is not None


def in_link(text: str, at: int) -> bool:
    """Whether ``at`` lies in a link or address ("https://host:44300/?id=1687", "name@host2.org")."""
    start = text.rfind(" ", 0, at) + 1
    end = text.find(" ", at)
    return bool(LINK.search(text, start, end if end >= 0 else len(text)))


# "2015-1-32", "32-2015": digit groups glued by hyphens around a year that no row reads whole
# (no date, season or range): a malformed date or a code, none of its parts a figure.
GLUED_GROUPS = re.compile(r"(?<![\w/.-])\d+(?:-\d+)+(?![\w/.-])")
YEAR_PART = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
# "24703 L-202", "24703 m212": a long bare number before a letters-and-digits code is a part number.
CODE_AFTER = re.compile(r"\s+[A-Za-z]{1,3}-?\d+(?![\w.,]*[a-z]{2})", re.I)


def drop_code_parts(rows: list[dict], text: str) -> list[dict]:
    """Rows without the pieces of malformed dates and codes (see GLUED_GROUPS, CODE_AFTER)."""
    if "-" in text:
        for m in GLUED_GROUPS.finditer(text):
            parts = m.group(0).split("-")
            if not YEAR_PART.search(m.group(0)) or all(YEAR_PART.fullmatch(p) for p in parts):
                continue  # "1990-2000": two years
            inside = [r for r in rows if m.start() <= r["start"] and r["end"] <= m.end()]
            if inside and not any(r["start"] == m.start() and r["end"] == m.end() for r in inside):
                rows = [r for r in rows if r not in inside]
    return [r for r in rows if not _before_code(r, text) and not _after_part_number(r, text)]


PART_NUMBER_BEFORE = re.compile(r"(?<![\w.,])\d{5,}\s+$")


def _after_part_number(row: dict, text: str) -> bool:
    """ "part 58213 K-40": a designation after a long bare number is the rest of a code."""
    return row["kind"] == "name" and bool(PART_NUMBER_BEFORE.search(text, max(0, row["start"] - 16), row["start"]))


def _before_code(row: dict, text: str) -> bool:
    surface = row["surface"]
    return row["kind"] == "count" and surface.isdigit() and len(surface) >= 5 and bool(CODE_AFTER.match(text, row["end"]))
