"""A day of the month named without its month: "on 10th", "in the afternoon of 28",
"during the night of 9th to 10th".

Translated agency copy names the day of the reference month this way ("Premier X on 10th
held talks with Y"); the tagger marks no date there, so the words are found in the clause's
text. A bare number counts only after a part of the day ("the morning of 29") and before no
noun ("the afternoon of 28 countries" is a count); after "on" it needs its ordinal ending.
"""

from __future__ import annotations

import re

_DAY = r"(?:[1-9]|[12]\d|3[01])"
_PART = r"(?:morning|afternoon|evening|night|noon)"
# "the night of 9th to 10th": the second day, as what happens in such a night mostly falls after midnight
_ORDINAL = r"(?:st|nd|rd|th)"
MONTH_DAY_RE = re.compile(
    rf"\b(?:(?i:on)\s+(?:the\s+)?(?P<d1>{_DAY}){_ORDINAL}\b"
    rf"|(?i:{_PART})\s+of\s+(?:the\s+)?(?P<d2>{_DAY})(?P<o2>{_ORDINAL})?"
    rf"(?:\s+(?:to|and|-)\s+(?:the\s+)?(?P<d3>{_DAY}){_ORDINAL}?)?"
    r"(?(o2)\b|(?=\s*(?:[,.;:)]|$|\b(?:in|at|to|and|until|till|when|with|from|on|during|after|before|[A-Z]\w*)\b))))")
MONTH_WORD_AFTER = re.compile(r"^\s*(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.I)


def month_day(text) -> int | None:
    """The day of the month that words name without a month, or None."""
    found = MONTH_DAY_RE.search(text) if isinstance(text, str) else None
    if found is None or MONTH_WORD_AFTER.match(text[found.end():]):
        return None
    return int(found["d3"] or found["d2"] or found["d1"])


def month_day_phrases(text: str, low: int, high: int) -> list[tuple[int, str]]:
    """(offset, words) of such days between two offsets of a text."""
    return [(m.start(), m.group(0)) for m in MONTH_DAY_RE.finditer(text, low, high)
            if not MONTH_WORD_AFTER.match(text[m.end():])]
