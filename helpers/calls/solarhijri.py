"""Days of the Solar Hijri (Iranian) calendar in a contact's words: "on Sunday, 26 Ordibehesht",
"on 4 Khordad 1389".

Iranian agency copy dates events by this calendar, often without its year; a day told without
one is the latest such day up to the reference day (for a plan, the next one). The calendar
itself (``numbers.persian.to_gregorian``) is the numbers stage's.
"""

from __future__ import annotations

import re

import pandas as pd

MONTHS = {"farvardin": 1, "ordibehesht": 2, "khordad": 3, "tir": 4, "mordad": 5, "amordad": 5, "shahrivar": 6,
          "mehr": 7, "aban": 8, "azar": 9, "dey": 10, "day": 10, "bahman": 11, "esfand": 12, "esfandiar": 12}
# "Tir", "Mehr", "Day" are words or names too: only with a day number before them
SOLAR_DAY_RE = re.compile(
    rf"\b(?P<d>[1-9]|[12]\d|3[01])\s+(?P<m>{'|'.join(sorted((m for m in MONTHS if m != 'day'), key=len, reverse=True))})"
    r"\b(?:\s+(?P<y>1[34]\d\d)\b)?", re.I)


def solar_hijri_day(expr: str | None, anchor, status: str = "happened") -> pd.Timestamp | None:
    """The Gregorian day of a Solar Hijri day in the words, its year the one that fits the
    reference day when the words give none."""
    from helpers.numbers.persian import to_gregorian  # imported here: at module load it is a circular import

    found = SOLAR_DAY_RE.search(expr) if isinstance(expr, str) else None
    if found is None:
        return None
    month, day = MONTHS[found["m"].lower()], int(found["d"])
    if found["y"]:
        return to_gregorian(int(found["y"]), month, day)
    if anchor is None or pd.isna(anchor):
        return None
    anchor = pd.Timestamp(anchor).normalize()
    options = [d for d in (to_gregorian(anchor.year - 622 + k, month, day) for k in range(3)) if d is not None]
    if status == "happened" and any(d <= anchor for d in options):
        return max(d for d in options if d <= anchor)
    if status in {"planned", "expected"} and any(d >= anchor for d in options):
        return min(d for d in options if d >= anchor)
    return min(options, key=lambda d: abs((d - anchor).days)) if options else None


def with_solar_day(expr, sentence):
    """"on Sunday, 26 Ordibehesht": the tagger dates only "Sunday"; the Solar Hijri day in
    apposition right after the words joins them."""
    if not isinstance(expr, str) or not isinstance(sentence, str) or SOLAR_DAY_RE.search(expr):
        return expr
    at = sentence.find(expr)
    following = SOLAR_DAY_RE.match(sentence, at + len(expr) + 2) if at >= 0 and sentence[at + len(expr):at + len(expr) + 2] == ", " else None
    return f"{expr}, {following.group(0)}" if following else expr
