"""Days of the Solar Hijri (Iranian) calendar in a contact's words: "on Sunday, 26 Ordibehesht",
"on 4 Khordad 1389".

Iranian agency copy dates events by this calendar, often without its year; a day told without
one is the latest such day up to the reference day (for a plan, the next one). The year begins
at the March equinox; its day in March follows the 33-year cycles of the arithmetic calendar
(``_march_day``, after the breaks of the Jalaali algorithm), right for the years reported.
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
BREAKS = [-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262, 2324, 2394, 2456, 3178]


def _march_day(year: int) -> int:
    """The day in March of the Gregorian year ``year + 621`` on which Solar Hijri ``year`` begins."""
    leap_j, previous, jump = -14, BREAKS[0], 0
    for brk in BREAKS[1:]:
        jump = brk - previous
        if year < brk:
            break
        leap_j += jump // 33 * 8 + jump % 33 // 4
        previous = brk
    n = year - previous
    leap_j += n // 33 * 8 + (n % 33 + 3) // 4
    if jump % 33 == 4 and jump - n == 4:
        leap_j += 1
    gregorian = year + 621
    leap_g = gregorian // 4 - (gregorian // 100 + 1) * 3 // 4 - 150
    return 20 + leap_j - leap_g


def solar_hijri_to_gregorian(year: int, month: int, day: int) -> pd.Timestamp | None:
    """A Solar Hijri day as a Gregorian one: 1 Farvardin 1389 is 21 March 2010."""
    if not (1 <= month <= 12 and 1 <= day <= (31 if month <= 6 else 30)) or not BREAKS[0] < year < BREAKS[-1]:
        return None
    before = (month - 1) * 31 if month <= 7 else 186 + (month - 7) * 30
    return pd.Timestamp(year=year + 621, month=3, day=_march_day(year)) + pd.Timedelta(days=before + day - 1)


def solar_hijri_day(expr: str | None, anchor, status: str = "happened") -> pd.Timestamp | None:
    """The Gregorian day of a Solar Hijri day in the words, its year the one that fits the
    reference day when the words give none."""
    found = SOLAR_DAY_RE.search(expr) if isinstance(expr, str) else None
    if found is None:
        return None
    month, day = MONTHS[found["m"].lower()], int(found["d"])
    if found["y"]:
        return solar_hijri_to_gregorian(int(found["y"]), month, day)
    if anchor is None or pd.isna(anchor):
        return None
    anchor = pd.Timestamp(anchor).normalize()
    options = [d for d in (solar_hijri_to_gregorian(anchor.year - 622 + k, month, day) for k in range(3)) if d is not None]
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
