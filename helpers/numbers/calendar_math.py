"""Calendar arithmetic with no text reading: digit-only dates, two-digit years, the tabular
Islamic calendar. Pure functions used by ``dates.resolve``."""

from __future__ import annotations

import math
import re

import pandas as pd


ROMAN_MONTHS = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"]
# "6.4.2023", "12.II.2015": dots between day, month and year write the day first (the US
# writes slashes); "5.13.2015" can only be month first.
DOTTED_DATE = re.compile(r"(\d{1,2})\.(\d{1,2}|[ivx]{1,4})\.((?:19|20)\d{2})")


def numeric(low: str, base, future) -> pd.Timestamp | None:
    """ "20200701", "6.4.2023" (6 April), "12.II.2015", "2015-3" and "12-2015" (month
    precision): forms dateparser misreads."""
    m = DOTTED_DATE.fullmatch(low)
    if m:
        day, year = int(m.group(1)), int(m.group(3))
        month = ROMAN_MONTHS.index(m.group(2)) + 1 if m.group(2) in ROMAN_MONTHS else int(m.group(2)) if m.group(2).isdigit() else 0
        if month > 12 and day <= 12:
            day, month = month, day
        try:
            return pd.Timestamp(year, month, day)
        except ValueError:
            return None
    m = re.fullmatch(r"((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])", low)
    if m:
        return pd.Timestamp(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = re.fullmatch(r"((?:19|20)\d{2})-(\d{1,2})|(\d{1,2})-((?:19|20)\d{2})", low)
    if m:
        year, month = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        return pd.Timestamp(int(year), int(month), 1) if 1 <= int(month) <= 12 else None
    return None


def century(two_digits: int, base: pd.Timestamp) -> str:
    """A two-digit year: this century up to ten years past the reference, else the last one."""
    return str(2000 + two_digits if 2000 + two_digits <= base.year + 10 else 1900 + two_digits)


def hijri_date(year: int, month: int, day: int) -> pd.Timestamp:
    """Gregorian date of a day of the tabular Islamic calendar."""
    julian_day = day + math.ceil(29.5 * (month - 1)) + (year - 1) * 354 + (3 + 11 * year) // 30 + 1948438.5 - 1
    return pd.Timestamp("1970-01-01") + pd.Timedelta(days=int(julian_day - 2440587.5))


# "Monday two weeks from now", "3 weeks after Christmas on Friday": a weekday and a date counted from another.
OFFSET_WEEKDAY = re.compile(r"(?P<a>mon|tue|wed|thu|fri|sat|sun)[a-z]*,? (?P<ra>.+ (?:ago|from \w+|later|hence|before .+|after .+))"
                            r"|(?P<rb>.+ (?:ago|from \w+|later|hence|before .+|after .+)),? on (?P<b>mon|tue|wed|thu|fri|sat|sun)[a-z]*")
_DAY_KEYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


def offset_weekday(low: str, resolve_offset) -> pd.Timestamp | None:
    """That weekday in the week (Sunday to Saturday, as Recognizers-Text counts) of the counted date."""
    m = OFFSET_WEEKDAY.fullmatch(low)
    if m is None:
        return None
    counted = resolve_offset(m.group("ra") or m.group("rb"))
    if counted is None:
        return None
    sunday = counted - pd.Timedelta(days=(counted.weekday() + 1) % 7)
    return sunday + pd.Timedelta(days=(_DAY_KEYS.index(m.group("a") or m.group("b")) + 1) % 7)
