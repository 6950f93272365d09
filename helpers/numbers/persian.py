"""Dates of the Solar Hijri (Persian) calendar, as Iranian outlets write them in English:
"17 Farvardin 1402" (6 April 2023), "on 28 Esfand" (the nearest such day), "Dey 1394" (a month).

Pure functions: ``persian_date_spans`` finds them, ``resolve_persian`` gives the Gregorian day
(``dates.resolve`` calls it). A month name counts only with a day before it or a year after it,
so the Mehr news agency or a person named Tir is no date.
"""

from __future__ import annotations

import re

import pandas as pd

MONTHS = ["farvardin", "ordibehesht", "khordad", "tir", "mordad", "shahrivar", "mehr", "aban", "azar", "dey",
          "bahman", "esfand"]
MONTH_NAMES = [m.title() for m in MONTHS]  # capitalised, as names are written
_NAMES = "|".join(MONTH_NAMES)
# "17 Farvardin 1402", "3 Farvardin", "Dey 1394"; the month capitalised as a name.
# A weekday before it is part of the mention ("Thursday 17 Farvardin 1402").
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+"
PERSIAN_DATE = re.compile(rf"(?<![\w.])(?:(?i:{_WEEKDAY})?(?:[1-9]|[12]\d|3[01])\s+(?:{_NAMES})(?:\s+1[34]\d\d)?"
                          rf"|(?:{_NAMES})\s+1[34]\d\d)(?![\w-])")
PERSIAN_LOW = re.compile(rf"(?:{_WEEKDAY})?(?:(\d{{1,2}}) )?({'|'.join(MONTHS)})(?: (1[34]\d\d))?")
# Years where the 33-year leap cycles of the calendar restart (the jalaali algorithm).
CYCLE_BREAKS = [-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262, 2324, 2394, 2456, 3178]
MID_MONTH = 15  # a month alone is dated by the Gregorian month its middle falls in


def persian_date_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of Persian-calendar dates (see PERSIAN_DATE)."""
    if not any(name in text for name in MONTH_NAMES):
        return []
    return [m.span() for m in PERSIAN_DATE.finditer(text)]


def is_persian_date(low: str) -> bool:
    m = PERSIAN_LOW.fullmatch(low)
    return m is not None and bool(m.group(1) or m.group(3))


def resolve_persian(low: str, base: pd.Timestamp | None, future: bool = False) -> pd.Timestamp | None:
    """Gregorian date of "17 farvardin 1402"; a day without a year in the Persian year that puts
    it nearest ``base``; a month with a year at the first of the Gregorian month of its middle."""
    m = PERSIAN_LOW.fullmatch(low)
    if m is None or not (m.group(1) or m.group(3)):
        return None
    month = MONTHS.index(m.group(2)) + 1
    if m.group(3) is None:
        if base is None:
            return None
        year = base.year - 621
        options = [d for d in (to_gregorian(y, month, int(m.group(1))) for y in (year - 1, year, year + 1)) if d is not None]
        return min(options, key=lambda d: abs((d - base).days)) if options else None
    if m.group(1) is None:
        middle = to_gregorian(int(m.group(3)), month, MID_MONTH)
        return None if middle is None else pd.Timestamp(middle.year, middle.month, 1)
    return to_gregorian(int(m.group(3)), month, int(m.group(1)))


def to_gregorian(year: int, month: int, day: int) -> pd.Timestamp | None:
    """Gregorian date of day ``day`` of month ``month`` (1-12) of Solar Hijri year ``year``."""
    if not 1 <= month <= 12 or not 1 <= day <= (31 if month <= 6 else 30):
        return None
    gregorian_year, march_day = _new_year(year)
    offset = (month - 1) * 31 if month <= 7 else 6 * 31 + (month - 7) * 30
    return pd.Timestamp(gregorian_year, 3, march_day) + pd.Timedelta(days=offset + day - 1)


def _new_year(year: int) -> tuple[int, int]:
    """(Gregorian year, day of March) of 1 Farvardin of ``year``."""
    leap_persian, previous, jump = -14, CYCLE_BREAKS[0], 0
    for brk in CYCLE_BREAKS[1:]:
        jump = brk - previous
        if year < brk:
            break
        leap_persian += (jump // 33) * 8 + (jump % 33) // 4
        previous = brk
    n = year - previous
    leap_persian += (n // 33) * 8 + ((n % 33) + 3) // 4
    if jump % 33 == 4 and jump - n == 4:
        leap_persian += 1
    gregorian_year = year + 621
    leap_gregorian = gregorian_year // 4 - ((gregorian_year // 100 + 1) * 3) // 4 - 150
    return gregorian_year, 20 + leap_persian - leap_gregorian
