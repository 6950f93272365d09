"""Date mentions: every one kept, resolved against the article's reference date when the text allows.

"Saturday", "last Monday", "February 20", "late December", "Feb. 20, 2022", "21/04/16",
"tomorrow", "two days ago", "three weeks from tomorrow", "Christmas" are date mentions; the
``date`` is NaT when the text does not fix a day or month ("Saturday" in an undated article).
Year-less dates take the occurrence nearest the reference ("late December" in a February
article is the December before). Weekdays take the coming one for future events ("will
travel on Wednesday"), else the past one.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

import pandas as pd
from dateutil.easter import easter

from helpers.numbers import calendar_math, persian, words as numwords

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
WEEKDAY_ABBR = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
RELATIVE_DAYS = {"today": 0, "tonight": 0, "tomorrow": 1, "tmrw": 1, "tmr": 1, "yesterday": -1,
                 "the day after tomorrow": 2, "the day before yesterday": -2, "day after tomorrow": 2,
                 "next day": 1, "following day": 1, "previous day": -1, "day after": 1, "day before": -1}
# "the next day", "the day before": a day counted from the story's last date, not from the reference.
NARRATIVE_DAY = re.compile(r"(?:the )?(?:next|following|previous) day|the day (?:after|before)", re.I)
# Fixed-date holidays (month, day); Easter and the weekday holidays are computed.
HOLIDAYS = {"christmas eve": (12, 24), "christmas": (12, 25), "xmas": (12, 25), "boxing day": (12, 26),
            "new year's eve": (12, 31), "new years eve": (12, 31), "new year eve": (12, 31),
            "new year's day": (1, 1), "new year": (1, 1), "valentine's day": (2, 14), "halloween": (10, 31),
            "independence day": (7, 4), "fourth of july": (7, 4), "juneteenth": (6, 19), "may day": (5, 1),
            "international workers' day": (5, 1), "veterans day": (11, 11), "bastille day": (7, 14),
            "earth day": (4, 22), "st patrick's day": (3, 17), "saint patrick's day": (3, 17),
            "st. patrick's day": (3, 17), "victory day": (5, 9), "unity day": (10, 3), "yuandan": (1, 1)}
# (month, weekday, nth; -1 = last) of holidays that fall on a weekday.
WEEKDAY_HOLIDAYS = {"thanksgiving": (11, 3, 4), "labor day": (9, 0, 1), "memorial day": (5, 0, -1),
                    "presidents' day": (2, 0, 3), "presidents day": (2, 0, 3), "martin luther king day": (1, 0, 3),
                    "mlk day": (1, 0, 3), "mother's day": (5, 6, 2), "father's day": (6, 6, 3)}
OFFSET_HOLIDAYS = {"easter sunday": ("easter", 0), "thanksgiving day": ("thanksgiving", 0),
                   "thanks giving day": ("thanksgiving", 0), "thanks giving": ("thanksgiving", 0), "black friday": ("thanksgiving", 1), "cyber monday": ("thanksgiving", 4),
                   "good friday": ("easter", -2), "easter monday": ("easter", 1)}
# (Hijri month, day) of Islamic holidays, dated by the tabular Islamic calendar (astronomical
# epoch); the day observed can differ by one from country to country.
LUNAR_HOLIDAYS = {"ramadan": (9, 1), "ramazan": (9, 1), "ramzan": (9, 1), "ramadhan": (9, 1), "ramathan": (9, 1),
                  "eid al-fitr": (10, 1), "eid al fitr": (10, 1), "eid ul-fitr": (10, 1), "eid-ul-fitr": (10, 1),
                  "eid al-adha": (12, 10), "eid al adha": (12, 10), "eid al-azha": (12, 10), "eidul azha": (12, 10),
                  "eid ul-adha": (12, 10), "islamic new year": (1, 1), "hijri new year": (1, 1), "arabic new year": (1, 1)}
HOLIDAY_NAMES = sorted([*HOLIDAYS, *WEEKDAY_HOLIDAYS, *OFFSET_HOLIDAYS, *LUNAR_HOLIDAYS, "easter"], key=len, reverse=True)
HOLIDAY_RE = re.compile(r"\b(?:%s)\b" % "|".join(re.escape(h) for h in HOLIDAY_NAMES), re.I)
FUTURE_MODALS = {"will", "'ll", "shall", "could", "would", "may", "might"}
FORWARD_WORDS = r"(beginning|starting|from|until|till|next|by|as early as|as soon as|on or after)$"
UNIT_DAYS = {"day": 1, "week": 7, "fortnight": 14, "month": 30, "year": 365}
NUMERIC_DATE = re.compile(
    r"(?=\d)(?<![\w/.:])(?<!\d-)(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[/-]\d{1,2}[/-](?:\d{4}|\d{2})|\d{1,2}\.\d{1,2}\.\d{4}"
    r"|\d{1,2}\.(?i:I{1,3}|IV|VI{0,3}|IX|XI{0,2})\.(?:19|20)\d{2}"  # "12.II.2015": a Roman month
    r"|(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])|(?:19|20)\d{2}-\d{1,2}|\d{1,2}-(?:19|20)\d{2})"
    r"(?![\w/:]|-\d|\.\d)")
# "on 4/22": a year-less slash date only after a word that introduces a date ("3/4" alone is a fraction).
BARE_SLASH_DATE = re.compile(r"\b(?:on|by|until|from|since|before|after|this)\s+(\d{1,2}/\d{1,2})(?=\s|$|[,.;?!])", re.I)
# "on 11/20, 11/22 or 11/25": the dates listed after the first.
NEXT_SLASH_DATE = re.compile(r"(?:,|,? or|,? and) (\d{1,2}/\d{1,2})(?=\s|$|[,.;?!])", re.I)
THIS_MONTH = re.compile(r"this (?:january|february|march|april|may|june|july|august|september|october|november|december)")
# "on the 21st", "by the 3rd": a day of the month (needs the preposition; "the 21st century" is none).
DAY_OF_MONTH = re.compile(r"\b(?:on|by|until|for|before|after|since|of) ((?:the )?\d{1,2}(?:st|nd|rd|th))\b(?! (?:century|anniversary|[a-z]+ (?:of|in)\b))", re.I)
# "back for the 27.": a bare day number after "the" that ends the clause.
BARE_DAY = re.compile(r"\b(?:on|until|till|for) (the (?:[1-9]|[12]\d|3[01]))(?= ?[.,;!?]| ?$)", re.I)
YEAR_WRITTEN = re.compile(r"\b\d{4}\b|'\d{2}\b|[/-]\d{2,4}$")
ORDINAL_DAY_HINT = re.compile(r"\d(?:st|nd|rd|th)\b")
MONTH_PREFIX = (r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
                r"|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)")
MONTH_WORD = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
QUICK_DATE = re.compile(
    rf"(?:(?P<m1>{MONTH_PREFIX})\.?(?:\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?)?|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{MONTH_PREFIX})\.?)"
    r"(?:,?\s+(?P<y>(?:19|20)\d\d))?", re.I)
ORDINAL_WORDS = re.compile(r"\b(?:(?:twenty|thirty)[- ])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)\b"
                           r"|\b(?:tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth"
                           r"|nineteenth|twentieth|thirtieth)\b")
QUALIFIER = re.compile(r"^(early|mid|late|the end of|the start of|the beginning of|the middle of)[- ]", re.I)


def is_date_mention(text: str) -> bool:
    """Whether a DATE entity names a point in the calendar ("Saturday", "February 12", "late
    December", "2 days ago", "Christmas"), not a span of time ("three years", "recent weeks")."""
    low = text.lower()
    if re.fullmatch(r"(this |next )?\d{1,2}/\d{1,2}(,\s?\d{4})?|(the )?\d{1,2}(st|nd|rd|th)|the \d{1,2}|(the )?\d{1,2}(st|nd|rd|th)?( day)? of .* month", low):
        return True
    if DAY_OR_MONTH.search(low) or NUMERIC_DATE.search(low) or persian.is_persian_date(low):
        return True
    if re.search(r"\b(today|tonight|tomorrow|yesterday|tmrw)\b", low) or _holiday(low) is not None or NARRATIVE_DAY.fullmatch(low):
        return True
    if re.match(r"in (\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|a few) ((business |working )?day|week|fortnight|month|year)s?$", low):
        return True  # "in two weeks": the day two weeks on
    if COUNTED_WEEKDAY.fullmatch(low) and re.search(rf" (?:{_WEEKDAY_WORD})s? ", low):
        return True  # "two Sundays from now"
    return bool(re.search(r"\b(day|week|fortnight|month|year)s? (ago|from now|from today|from tomorrow|later)\b", low))


def resolve(text: str, base: pd.Timestamp | None, future: bool = False, past: bool = False) -> pd.Timestamp | None:
    """Calendar date a date mention names given the reference date ``base``; None when vague."""
    return _resolve(text, None if base is None or pd.isna(base) else pd.Timestamp(base).normalize(), future, past)


@lru_cache(maxsize=8192)  # wire copy reprints the same "on Tuesday" against the same day many times
def _resolve(text: str, base: pd.Timestamp | None, future: bool, past: bool) -> pd.Timestamp | None:
    low = re.sub(r"\s+", " ", text.lower().strip().replace("’", "'")).replace("tmrw", "tomorrow")
    low = ORDINAL_WORDS.sub(lambda m: _ordinal_digits(m.group(0)), low)
    low = re.sub(r"^(on|by|since|until|from|before|after|at|of|for|in(?! (?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|a few) [a-z]))\s+", "", low)
    if base is not None and THIS_MONTH.fullmatch(low):  # "this September": of the reference year
        return pd.Timestamp(base.year, MONTHS.index(low[5:]) + 1, 1)
    low = re.sub(r"^(\d{1,2}/\d{1,2}),\s?(\d{4})$", r"\1/\2", low)  # "08/12,2015"
    if base is not None:
        low = SHORT_YEAR.sub(lambda m: m.group(1) + " " + calendar_math.century(int(m.group(2)), base), low)  # "april of 87"
    found = calendar_math.offset_weekday(low, lambda rest: _relative(rest, base, future))
    if found is not None:
        return found
    for resolver in (calendar_math.numeric, persian.resolve_persian, _relative, _holiday_date, _nth_weekday, _day_of_month, _counted_weekday, _weekday):
        found = resolver(low, base, future)
        if found is not None:
            return found
    nxt = _next_calendar(low, base)
    if nxt is not None:
        return nxt
    if re.search(r"\b(ago|from now|later|next|last|this|previous|coming|past)\b", low):
        return None  # relative phrases dateparser would read against the run date
    digits = _digits(low)
    found = _calendar(digits, base)
    if found is not None and base is not None and not YEAR_WRITTEN.search(digits) and not low.startswith("this "):
        lean = -1 if past else 1 if future else 0  # "since January": the January before; "will meet on June 3": the next
        if lean and (found - base).days * lean < 0:
            shifted = found + pd.DateOffset(years=lean)
            found = shifted if abs((shifted - base).days) <= 366 else found
    return found


SHORT_YEAR = re.compile(rf"^((?:\d{{1,2}}(?:st|nd|rd|th)? )?{MONTH_PREFIX}\.?) of '?(\d\d)$")
COUNTED_WEEKDAY = re.compile(r"(\w+) ([a-z]+?)s? (ago|from now|from today|later|hence)")


def _counted_weekday(low: str, base, future) -> pd.Timestamp | None:
    """ "two Sundays from now", "three Fridays ago": the nth such weekday after (before) the reference."""
    m = COUNTED_WEEKDAY.fullmatch(low)
    if m is None or base is None:
        return None
    day = WEEKDAYS.index(m.group(2)) if m.group(2) in WEEKDAYS else WEEKDAY_ABBR.get(m.group(2))
    count = numwords.parse_number(m.group(1))
    if day is None or count is None or count != int(count) or not 0 < count < 60:
        return None
    first = weekday_date(base, day, m.group(3) != "ago", strict=True)
    return first + pd.Timedelta(days=7 * (int(count) - 1)) * (1 if m.group(3) != "ago" else -1)


def _next_calendar(low: str, base) -> pd.Timestamp | None:
    """ "next 6th of April", "next 5/12": the first such day after the reference."""
    m = re.fullmatch(r"next (.+)", low)
    if m is None or base is None or re.search(r"\b\d{4}\b|'\d\d\b|/\d+/", m.group(1)) or not (MONTH_WORD_RE.search(m.group(1)) or "/" in m.group(1)):
        return None
    found = _calendar(_digits(m.group(1)), base)
    if found is None:
        return None
    return found + pd.DateOffset(years=1) if found <= base else found


def _ordinal_digits(words: str) -> str:
    """ "twenty second" -> "22nd", "eleventh" -> "11th" (a day of the month)."""
    value = numwords.parse_ordinal(words)
    if value is None or not 1 <= value <= 31:
        return words
    n = int(value)
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


NTH = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "last": -1}


def _nth_weekday(low: str, base, future) -> pd.Timestamp | None:
    """ "the first Friday of next month", "the third Wednesday of March 2021", "last Sunday of May"."""
    m = re.fullmatch(r"(?:the )?(first|1st|second|2nd|third|3rd|fourth|4th|last) ([a-z]+)(?: (?:of|in) (?:the )?(.+))?", low)
    if m is None or m.group(2).rstrip("s") not in WEEKDAYS or base is None or (m.group(3) is None and m.group(1) == "last"):
        return None
    rest = m.group(3) or "this month"  # "the second Sunday": of the reference month
    shift = {"next month": 1, "the following month": 1, "following month": 1, "last month": -1,
             "previous month": -1, "this month": 0}.get(rest)
    if shift is not None:
        month = (base.replace(day=1) + pd.DateOffset(months=shift))
    else:
        month = _calendar(_digits("1 " + rest), base)
        if month is None:
            return None
    days = [d for d in pd.date_range(month.replace(day=1), periods=month.days_in_month, freq="D")
            if d.weekday() == WEEKDAYS.index(m.group(2).rstrip("s"))]
    n = NTH[m.group(1)]
    return days[n - 1] if n > 0 and n <= len(days) else days[-1]


def _day_of_month(low: str, base, future) -> pd.Timestamp | None:
    """ "the 21st": the nearest 21st of a month."""
    m = re.fullmatch(r"(?:the )?(\d{1,2})(?:st|nd|rd|th)?(?: day)? of (next|last|this|the following|the previous) month", low)
    if m and base is not None:  # "the 20th of next month"
        month = base.replace(day=1) + pd.DateOffset(months={"next": 1, "the following": 1, "last": -1}.get(m.group(2), 0))
        return month.replace(day=int(m.group(1))) if _has_day(month, int(m.group(1))) else None
    m = re.fullmatch(r"(?:the )?(\d{1,2})(?:st|nd|rd|th)|the (\d{1,2})", low)
    if m is None or base is None:
        return None
    day = int(m.group(1) or m.group(2))
    options = [(base.replace(day=1) + pd.DateOffset(months=k)) for k in (-1, 0, 1)]
    options = [d.replace(day=day) for d in options if _has_day(d, day)]
    return min(options, key=lambda d: abs(d - base)) if options else None


def _relative(low: str, base, future) -> pd.Timestamp | None:
    """ "tomorrow", "2 days ago", "in two weeks", "three weeks from tomorrow", "the day after"."""
    if base is None:
        return None
    day = RELATIVE_DAY.fullmatch(low)
    if day:
        return base + pd.Timedelta(days=RELATIVE_DAYS[day.group(1)])
    m = RELATIVE_SPAN.fullmatch(low)
    if m is None or (m.group(2) is None and not low.startswith("in ")):
        return None
    if m.group(4):
        anchor = resolve(m.group(5), base, future)
    else:
        anchor = base + pd.Timedelta(days=RELATIVE_DAYS.get(m.group(3) or "today", 0))
    if anchor is None:
        return None
    sign = -1 if m.group(2) == "ago" or m.group(4) == "before" else 1
    for count_text, unit in re.findall(rf"({_COUNT}) ({_UNIT})", m.group(1)):
        count = 1 if count_text in {"a", "an", "one"} else numwords.parse_number(count_text)
        if count is None:
            return None
        anchor = _shift(anchor, unit.rstrip("s"), sign * count)
    return anchor


def _shift(anchor: pd.Timestamp, unit: str, count: float) -> pd.Timestamp:
    if unit == "month":
        return anchor + pd.DateOffset(months=int(count))
    if unit == "year":
        return anchor + pd.DateOffset(years=int(count))
    if unit in {"business day", "working day"}:  # weekends skipped
        return anchor + pd.offsets.BDay(int(count))
    return anchor + pd.Timedelta(days=UNIT_DAYS[unit] * count)


def _weekday(low: str, base, future) -> pd.Timestamp | None:
    """ "Saturday", "last Monday", "next Friday", "Friday of next week", "this upcoming Friday"."""
    words = re.findall(r"[a-z]+", low)
    day = next((WEEKDAYS.index(w.rstrip("s")) for w in words if w.rstrip("s") in WEEKDAYS), None)
    if day is None:
        day = next((WEEKDAY_ABBR[w] for w in words if w in WEEKDAY_ABBR), None)
    if day is None or base is None or MONTH_WORD_RE.search(low) or re.search(r"\d/\d", low):
        return None
    ordinal = re.search(r"(?<![/\d-])(\d{1,2})(?:st|nd|rd|th)?(?![/\d-])", low)
    if ordinal:  # "Mon 13th": the nearest month whose 13th is a Monday
        days = [base + pd.DateOffset(months=k) for k in range(-12, 13)]
        days = [d.replace(day=int(ordinal.group(1))) for d in days if _has_day(d, int(ordinal.group(1)))]
        days = [d for d in days if d.weekday() == day]
        return min(days, key=lambda d: abs(d - base)) if days else None
    if re.search(r"\bnext week|\bof next week|\bweek after\b|\bfollowing week\b", low):
        return base - pd.Timedelta(days=base.weekday()) + pd.Timedelta(days=7 + day)
    if re.search(r"\b(last|previous) week|\bof last week|\bprevious week\b", low):
        return base - pd.Timedelta(days=base.weekday()) + pd.Timedelta(days=day - 7)
    if re.search(r"\b(this|coming|upcoming) week\b", low):
        return base - pd.Timedelta(days=base.weekday()) + pd.Timedelta(days=day)
    if re.search(r"\bnext\b", low):  # "next Friday": the Friday of next week (as Recognizers-Text reads it)
        return base - pd.Timedelta(days=base.weekday()) + pd.Timedelta(days=7 + day)
    if re.search(r"\bprevious\b", low):  # "previous Monday": the Monday of the week before
        return base - pd.Timedelta(days=base.weekday()) + pd.Timedelta(days=day - 7)
    if re.search(r"\b(coming|upcoming|following)\b", low):
        return weekday_date(base, day, True, strict=True)
    if re.search(r"\b(last|previous|past)\b", low):
        return weekday_date(base, day, False, strict=True)
    return weekday_date(base, day, future)


def weekday_date(date: pd.Timestamp, weekday: int, future: bool, strict: bool = False) -> pd.Timestamp:
    """The weekday nearest the article date: the coming one for future events, else the past
    one; ``strict`` ("next Friday", "last Monday") never gives the reference day itself."""
    date = pd.Timestamp(date).normalize()
    ahead = (weekday - date.weekday()) % 7 or (7 if strict else 0)
    back = (date.weekday() - weekday) % 7 or (7 if strict else 0)
    return date + pd.Timedelta(days=ahead) if future else date - pd.Timedelta(days=back)


def _holiday(low: str) -> str | None:
    m = HOLIDAY_RE.search(low)
    return m.group(0).lower() if m else None


def _holiday_date(low: str, base, future) -> pd.Timestamp | None:
    """ "Christmas", "last easter", "Thanksgiving 2020", "new year eve"."""
    name = _holiday(low)
    year = re.search(r"\b(1[89]\d\d|20\d\d)\b", low)
    if name is None or (base is None and year is None):
        return None
    if year:
        return _holiday_in(name, int(year.group(1)))
    shift = 1 if re.search(r"\b(next|following|coming)\b", low) else -1 if re.search(r"\b(last|previous|past)\b", low) else 0
    this_year = _holiday_in(name, base.year)
    if shift == 0:  # the occurrence nearest the reference date
        return min((_holiday_in(name, base.year + k) for k in (-1, 0, 1)), key=lambda d: abs(d - base))
    if shift > 0:
        return this_year if this_year > base else _holiday_in(name, base.year + 1)
    if shift < 0:
        return this_year if this_year < base else _holiday_in(name, base.year - 1)
    return this_year


def _holiday_in(name: str, year: int) -> pd.Timestamp:
    if name in OFFSET_HOLIDAYS:
        anchor, days = OFFSET_HOLIDAYS[name]
        return _holiday_in(anchor, year) + pd.Timedelta(days=days)
    if name == "easter":
        return pd.Timestamp(easter(year))
    if name in HOLIDAYS:
        return pd.Timestamp(year, *HOLIDAYS[name])
    if name in LUNAR_HOLIDAYS:
        hijri = round((year - 622) * 33 / 32)
        days = [calendar_math.hijri_date(h, *LUNAR_HOLIDAYS[name]) for h in (hijri - 1, hijri, hijri + 1)]
        return next((d for d in days if d.year == year), days[1])
    month, weekday, nth = WEEKDAY_HOLIDAYS[name]
    days = pd.date_range(pd.Timestamp(year, month, 1), periods=31, freq="D")
    days = [d for d in days if d.month == month and d.weekday() == weekday]
    return days[nth - 1] if nth > 0 else days[-1]


def _digits(low: str) -> str:
    """Number words to digits for dateparser: "january twenty five nineteen eighty six" -> "january 25 1986"."""
    from text_to_num import alpha2digit

    text = re.sub(r"\b(the|of)\b", " ", low)
    text = alpha2digit(text, "en")
    text = re.sub(r"\b(1[0-9]|20) (\d{2})\b", lambda m: m.group(1) + m.group(2), text)  # "19 86"
    return re.sub(r"\s+", " ", text).strip()


@lru_cache(maxsize=4096)
def _calendar(text: str, base: pd.Timestamp | None) -> pd.Timestamp | None:
    """A calendar date by dateparser: "Feb. 20", "late December" (month), "21/04/16", "Dec/2018"."""
    quick = _quick_calendar(text)
    if quick is not None:
        found, has_year = quick
        if has_year:
            return found
        return _nearest_year(found, base) if base is not None else None  # no year, no reference: unknown
    import dateparser

    has_year = bool(re.search(r"\b\d{4}\b|\d[/-]\d{1,2}[/-]\d{2}$|'\d{2}\b", text))
    if base is None and not has_year:
        return None  # "Feb. 20" with no reference date: the year is unknown
    cleaned = QUALIFIER.sub("", text).strip()
    cleaned = WEEKDAY_WORDS.sub("", cleaned).strip()  # "friday 5/12"
    if not re.search(MONTH_WORD, cleaned) and not NUMERIC_DATE.search(cleaned) and not re.search(r"\d+/\d+", cleaned):
        return None  # "the thirty", "4.22": a bare number is not a date
    settings = {"PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["month"], "DATE_ORDER": "MDY"}
    if base is not None:
        settings["RELATIVE_BASE"] = base.to_pydatetime()
    parsed = dateparser.parse(cleaned, languages=["en"], settings=settings)
    if parsed is None:
        return None
    found = pd.Timestamp(parsed).normalize()
    if base is not None and re.search(r"\d[/-]\d{2}$", cleaned) and found.year > base.year + 20:
        found = found.replace(year=found.year - 100)  # "03/18/40" written in 2016: 1940 ("3-7-27": 2027)
    return _nearest_year(found, base) if not has_year and base is not None else found


def _nearest_year(found: pd.Timestamp, base: pd.Timestamp) -> pd.Timestamp:
    """A year-less date in the year that puts it nearest the reference date."""
    candidates = [found.replace(year=base.year + k) for k in (-1, 0, 1) if _valid(found, base.year + k)]
    return min(candidates, key=lambda d: abs(d - base))


def _quick_calendar(text: str) -> tuple[pd.Timestamp, bool] | None:
    """(date, has year) of the forms news copy writes most, read without dateparser (which costs
    milliseconds a call): "February 20", "Feb. 20, 2022", "20 February 2022", "late December", "May 2021"."""
    m = QUICK_DATE.fullmatch(QUALIFIER.sub("", text).strip())
    if m is None:
        return None
    month = next(i + 1 for i, name in enumerate(MONTHS) if name.startswith((m.group("m1") or m.group("m2")).lower()[:3]))
    day, year = int(m.group("d1") or m.group("d2") or 1), m.group("y")
    stand_in = int(year) if year else 2000  # a leap year, so "February 29" stays valid until the year is known
    if day > pd.Timestamp(stand_in, month, 1).days_in_month:
        return None
    return pd.Timestamp(stand_in, month, day), bool(year)


def _has_day(date: pd.Timestamp, day: int) -> bool:
    return day <= date.days_in_month


def _valid(date: pd.Timestamp, year: int) -> bool:
    return not (date.month == 2 and date.day == 29 and (year % 4 or (year % 100 == 0 and year % 400)))


_WEEKDAY_WORD = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?|wednesday|tuesday|thursday|saturday"
_UNIT = r"(?:(?:business |working )?day|week|fortnight|month|year)s?"  # "in four business days"
_COUNT = r"(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|a couple of)"
DAY_OR_MONTH = re.compile(rf"\b({'|'.join(WEEKDAYS)}|{'|'.join(WEEKDAY_ABBR)}|{MONTH_PREFIX})(?![a-z])")
MONTH_WORD_RE = re.compile(rf"\b{MONTH_PREFIX}\b")
WEEKDAY_WORDS = re.compile(rf"\b(?:{'|'.join(WEEKDAYS)}|{'|'.join(WEEKDAY_ABBR)})\b,?\s*")
RELATIVE_DAY = re.compile(r"(?:the )?(%s)(?: (?:morning|afternoon|evening|night))?"
                          % "|".join(sorted(RELATIVE_DAYS, key=len, reverse=True)))
RELATIVE_SPAN = re.compile(rf"(?:in )?((?:{_COUNT} {_UNIT},? (?:and )?)*{_COUNT} {_UNIT})"
                           r"(?: (ago|later|hence|from (now|today|tomorrow|yesterday)|(before|after|from) (.+)))?")
