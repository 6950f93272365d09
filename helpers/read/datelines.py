"""Where a dateline may stand, and datelines written with a numeric month.

A dateline opens the body ("KYIV, March 3 (Reuters) -"), but the reader does not always
cut the headline off ("Leaders sign pact\n\nLusaka, 14 March, ZANA."), so the first few
lines are tried. State agencies often write the month as a number or a Roman numeral
("Valletta, 03.IV.2019 (MNA).", "Tirana, 21.06.2017 - "): day first, as in every country
that uses these forms.
"""

from __future__ import annotations

import re

import pandas as pd

MAX_DATELINE_LINES = 3  # a dateline follows at most a headline and a subheading
# "LAJES, Azores,", "WASHINGTON, D.C.,": a place and the region or state after it.
PLACE = r"[A-Za-z][A-Za-z .'\u2019-]{1,40}(?:,\s+[A-Z][A-Za-z .'\u2019-]{1,30})?"
ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
_ROMAN = "|".join(sorted(ROMAN_MONTHS, key=len, reverse=True))
# "Valletta, 03.IV.2019 (MNA).", "Tirana, 21.06.2017 -": a place, then the day, month and year
# with dots, then an agency, a dash or the end of the dateline's sentence.
NUMERIC_DATELINE = re.compile(
    rf"(?P<place>{PLACE}),\s+(?P<day>[0-3]?\d)\.\s?(?:(?P<roman>{_ROMAN})|(?P<month>[01]?\d))\.\s?"
    r"(?P<year>(?:19|20)\d\d)(?![\d.]\d)\s*(?:\(|-|\u2013|\u2014|:|\.(?:\s|$)|,)")


# "Cairo, Sunday 12 Rajab 1427 of Hegira corresponding to 6/8/2006 (WNA).": a place, words
# (another calendar's day, a weekday), then the day, month and year with slashes and an agency
# or a dash; a weekday named before it tells day-first from month-first.
SLASHED_DATELINE = re.compile(
    rf"(?P<place>{PLACE}),\s+(?P<lead>[^\n]{{0,80}}?)\b(?P<first>[0-3]?\d)/(?P<second>[0-3]?\d)/"
    r"(?P<year>(?:19|20)\d\d)\b\s*(?:\(|-|\u2013|\u2014|:|\.(?:\s|$)|,)")
WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def line_starts(text: str) -> list[int]:
    """Offsets of the first ``MAX_DATELINE_LINES`` non-empty lines of a text."""
    starts, offset = [], 0
    for line in text.split("\n"):
        if line.strip():
            starts.append(offset + len(line) - len(line.lstrip()))
            if len(starts) == MAX_DATELINE_LINES:
                break
        offset += len(line) + 1
    return starts


def numeric_dateline(text) -> pd.Timestamp | None:
    """The day of a dateline with a numeric or Roman-numeral month in the first lines."""
    if not isinstance(text, str):
        return None
    for start in line_starts(text):
        m = NUMERIC_DATELINE.match(text, start)
        if m is None:
            slashed = slashed_dateline(text, start)
            if slashed is not None:
                return slashed
            continue
        month = ROMAN_MONTHS.index(m["roman"]) + 1 if m["roman"] else int(m["month"])
        try:
            return pd.Timestamp(int(m["year"]), month, int(m["day"]))
        except ValueError:
            continue
    return None


def slashed_dateline(text: str, start: int) -> pd.Timestamp | None:
    """The day of a dateline written "6/8/2006": day first, unless only month first gives the
    weekday the line names ("Sunday ... 6/8/2006" is 6 August, a Sunday)."""
    m = SLASHED_DATELINE.match(text, start)
    if m is None:
        return None
    named = [i for i, name in enumerate(WEEKDAY_NAMES) if re.search(rf"\b{name}\b", m["lead"], re.I)]
    first, second, year = int(m["first"]), int(m["second"]), int(m["year"])
    for day, month in ((first, second), (second, first)):
        try:
            found = pd.Timestamp(year, month, day)
        except ValueError:
            continue
        if not named or found.weekday() in named:
            return found
    return None
