"""Datelines that write the day in a form the usual patterns miss.

Translated agency copy opens with the place and the day written as its own desk writes it,
often after a day of another calendar and before the agency's name:

- "Riga, 4/9/2031 y., Monday (BNS).", "Riga, Monday 4/9/2031 AD corresponding to ... (BNS).":
  a slashed date with words after it (``datelines`` reads one that ends the line's date part);
- "Riga, 4 Muharram 1453 (3.9.2031) / BNS.", "Riga, Wednesday 14 Tir 1410 = 3.9.2031 (BNS).",
  "Riga, 3.IX.31 (BNS).": a dotted date (a Roman month may take a two-digit year);
- "Riga, 2031 year 9 month 3 day (BNS)": the year, month and day words of a literal translation;
- "RIGA, Rabu 7 Ramadan 1453 (3 Septembre 2031) - BNS": a named month in parentheses,
  in English or in one of a few other languages;
- "Riga, Meskerem 3/2024 E.C. (BNS)": a day of the Ethiopian calendar, converted.

Every form needs the line to open with a place and a comma (the first few lines: the
headline may come first) and to close its date part with an agency in parentheses, a slash
and the agency, or a dash.
"""

from __future__ import annotations

import re

import pandas as pd

from helpers.read.datelines import PLACE, ROMAN_MONTHS, WEEKDAY_NAMES, line_starts

_ROMAN = "|".join(sorted(ROMAN_MONTHS, key=len, reverse=True))
MONTH_NAMES = {  # English, then the forms of Malay/Indonesian, French, Spanish, Portuguese, German, Italian
    1: "january januari janvier enero janeiro januar gennaio",
    2: "february februari février fevrier febrero fevereiro februar febbraio",
    3: "march mac maret mars marzo março marco märz marz",
    4: "april avril abril aprile",
    5: "may mei mai mayo maio maggio",
    6: "june jun juni juin junio junho giugno",
    7: "july julai juli juillet julio julho luglio",
    8: "august ogos agustus août aout agosto",
    9: "september septembre septiembre setiembre setembro settembre",
    10: "october oktober octobre octubre outubro ottobre",
    11: "november novembre noviembre novembro",
    12: "december disember desember décembre decembre diciembre dezembro dezember dicembre",
}
MONTH_NUMBER = {name: number for number, names in MONTH_NAMES.items() for name in names.split()}
_NAMED = "|".join(sorted(MONTH_NUMBER, key=len, reverse=True))
ETHIOPIAN_MONTHS = ("meskerem", "tikimt", "hidar", "tahsas", "tir", "yekatit", "megabit", "miyazya", "ginbot",
                    "sene", "hamle", "nehasse", "pagume")
ETHIOPIAN_SPELLINGS = {"tikemt": 2, "tekemt": 2, "hedar": 3, "tahesas": 4, "ter": 5, "yakatit": 6, "maggabit": 7,
                       "miazia": 8, "genbot": 9, "hamle": 11, "nehase": 12, "pagumen": 13} \
    | {name: i + 1 for i, name in enumerate(ETHIOPIAN_MONTHS)}
_ETHIOPIAN = "|".join(sorted(ETHIOPIAN_SPELLINGS, key=len, reverse=True))
_YEAR = r"(?:19|20)\d\d"
DATE_FORMS = (
    rf"(?P<s1>[0-3]?\d)/(?P<s2>[0-3]?\d)/(?P<sy>{_YEAR})(?![\d/])",
    rf"(?P<dd>[0-3]?\d)\.\s?(?:(?P<droman>{_ROMAN})\.\s?(?P<dyy>\d\d)|(?:(?P<droman2>{_ROMAN})|(?P<dm>[01]?\d))\.\s?"
    rf"(?P<dy>{_YEAR}))(?![\d.]\d)",
    rf"(?P<cy>{_YEAR})\s+year\s+(?P<cm>[01]?\d)\s+month\s+(?P<cd>[0-3]?\d)\s+day\b",
    rf"(?<=\()(?:(?P<nd>[0-3]?\d)\s+(?:de\s+)?(?P<nm>{_NAMED})\.?|(?P<nm2>{_NAMED})\.?\s+(?P<nd2>[0-3]?\d),?)"
    rf"\s+(?:de\s+)?(?P<ny>{_YEAR})(?=\))",
    rf"(?:(?P<em>{_ETHIOPIAN})\s+(?P<ed>[0-3]?\d)|(?P<ed2>[0-3]?\d)\s+(?P<em2>{_ETHIOPIAN}))[/,\s]\s*(?P<ey>20\d\d)"
    r"\s*E\.?\s?C\.?",
)
OTHER_DATELINE = re.compile(
    rf"{PLACE},\s+(?P<lead>[^\n()]{{0,80}}?(?:[(=]\s*)?)(?:{'|'.join(DATE_FORMS)})"
    r"(?P<trail>\)?[^\n()]{0,50}?)\s*(?:\([^()\n]{1,40}\)|/\s*[A-Z]|[-\u2013\u2014]\s)", re.I)
TWO_DIGIT_PIVOT = 50  # "3.IX.31": 2031; "29.X.91": 1991 (state agencies wrote two digits last century)


def other_form_dateline(text) -> pd.Timestamp | None:
    """The day of a dateline in one of the forms above, in the first lines of a text."""
    if not isinstance(text, str):
        return None
    for start in line_starts(text):
        m = OTHER_DATELINE.match(text, start)
        found = _day(m) if m is not None else None
        if found is not None:
            return found
    return None


def _day(m: re.Match) -> pd.Timestamp | None:
    if m["sy"]:
        return _slashed(int(m["s1"]), int(m["s2"]), int(m["sy"]), m.group(0))
    if m["dd"]:
        roman = m["droman"] or m["droman2"]
        month = ROMAN_MONTHS.index(roman.upper()) + 1 if roman else int(m["dm"])
        year = int(m["dy"]) if m["dy"] else _century(int(m["dyy"]))
        return _timestamp(year, month, int(m["dd"]))
    if m["cy"]:
        return _timestamp(int(m["cy"]), int(m["cm"]), int(m["cd"]))
    if m["ny"]:
        month = MONTH_NUMBER[(m["nm"] or m["nm2"]).lower()]
        return _timestamp(int(m["ny"]), month, int(m["nd"] or m["nd2"]))
    if m["ey"]:
        return ethiopian_to_gregorian(int(m["ey"]), ETHIOPIAN_SPELLINGS[(m["em"] or m["em2"]).lower()],
                                      int(m["ed"] or m["ed2"]))
    return None


def _century(two_digits: int) -> int:
    return (1900 if two_digits >= TWO_DIGIT_PIVOT else 2000) + two_digits


def _slashed(first: int, second: int, year: int, line: str) -> pd.Timestamp | None:
    """Day first, unless only month first gives the weekday the dateline names."""
    named = [i for i, name in enumerate(WEEKDAY_NAMES) if re.search(rf"\b{name}\b", line, re.I)]
    for day, month in ((first, second), (second, first)):
        found = _timestamp(year, month, day)
        if found is not None and (not named or found.weekday() in named):
            return found
    return None


ETHIOPIAN_EPOCH = 1723855  # Julian day number before day 1 of year 0 in the formula below
UNIX_EPOCH_JDN = 2440588


def ethiopian_to_gregorian(year: int, month: int, day: int) -> pd.Timestamp | None:
    """A day of the Ethiopian calendar (twelve months of 30 days and a 13th of 5 or 6, a leap
    day every fourth year) as a Gregorian day: Meskerem 1, 2010 E.C. is 11 September 2017."""
    if not (1 <= month <= 13 and 1 <= day <= (6 if month == 13 else 30)):
        return None
    jdn = ETHIOPIAN_EPOCH + 365 * year + year // 4 + 30 * (month - 1) + day
    return pd.Timestamp("1970-01-01") + pd.Timedelta(days=jdn - UNIX_EPOCH_JDN)


def _timestamp(year: int, month: int, day: int) -> pd.Timestamp | None:
    try:
        return pd.Timestamp(year, month, day)
    except ValueError:
        return None
