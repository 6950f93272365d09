"""Quotation marks: finding quoted spans in text, tolerant of every mark and of unclosed quotes.

Straight and curly, double and single marks are paired by position; an apostrophe inside a
word ("Russia's", "won't") is never a mark. A quote left open runs to the end of its
paragraph — an unclosed mark never raises.
"""

from __future__ import annotations

from typing import NamedTuple

OPENERS = {"\u201c": "\u201d", "\u2018": "\u2019", '"': '"', "'": "'"}
CLOSERS = {"\u201d", "\u2019", '"', "'"}
DOUBLE = {"\u201c", "\u201d", '"'}
# Two apostrophes as a double mark (''like this'', a house style of some newspapers' archives):
# read as '"' plus a filler that is neither space nor a word character, so offsets stay put.
TWO_APOSTROPHES, AS_DOUBLE = "''", '"\x7f'


class Quote(NamedTuple):
    """A quoted span: ``start``/``end`` cover the words inside the marks."""

    start: int
    end: int
    closed: bool


def is_apostrophe(text: str, i: int) -> bool:
    """True for a mark between letters or after a plural s ("Russia's", "states' ")."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if text[i] not in {"'", "\u2019"}:
        return False
    return (before.isalnum() and after.isalnum()) or (before in "sS" and after == " " and text[i] == "'")


def find_quotes(text: str) -> list[Quote]:
    """Quoted spans of a text (one paragraph or sentence at a time works best)."""
    if TWO_APOSTROPHES in text:
        text = text.replace(TWO_APOSTROPHES, AS_DOUBLE)
    quotes: list[Quote] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch in OPENERS and _opens(text, i):
            end = _closing(text, i)
            if end is None:
                stop = text.find("\n", i)
                stop = n if stop < 0 else stop
                if stop - (i + 1) >= 2:
                    quotes.append(Quote(i + 1, stop, False))
                i = stop
                continue
            start = i + 2 if text[i + 1] == AS_DOUBLE[1] else i + 1
            if end - start >= 2:
                quotes.append(Quote(start, end, True))
            i = end + 1
            continue
        i += 1
    return quotes


def _opens(text: str, i: int) -> bool:
    """A mark opens a quote when it follows a space, bracket, dash or line start and precedes a word."""
    if text[i] in {"'", "\u2019"} and is_apostrophe(text, i):
        return False
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{\u2014\u2013-:,") and not after.isspace()


def _closing(text: str, i: int) -> int | None:
    """Index of the mark closing the quote opened at ``i``, within its paragraph.

    A mark of the same kind first; else any closing mark (copy that opens with ' and
    closes with " is common after careless editing).
    """
    same = _closing_of_kind(text, i, text[i] in DOUBLE)
    return same if same is not None else _closing_of_kind(text, i, text[i] not in DOUBLE)


def _closing_of_kind(text: str, i: int, double: bool) -> int | None:
    j = i + 1
    while j < len(text) and text[j] != "\n":
        ch = text[j]
        if ch in CLOSERS and (ch in DOUBLE) == double and not is_apostrophe(text, j):
            before = text[j - 1]
            after = text[j + 1] if j + 1 < len(text) else " "
            if not before.isspace() and not after.isalnum():
                return j
        j += 1
    return None
