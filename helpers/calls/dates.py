"""The date of a contact from the words of its clause and a reference date.

A clause says "on Wednesday", "last Monday", "a day earlier", "later in the day",
"February 12", "earlier this week" or "late December"; the reference date is the article's
own date, its dateline ("KYIV, March 3 (Reuters) -") or, for an undated article, the date
the rest of the corpus gives its main contact (``merge.py`` finds it). Exact days go to
``date``; vague spans ("earlier this week", "late December") only to ``date_approx`` as
an ISO interval "2022-02-07/2022-02-11", so a past contact is never taken for today's.
"""

from __future__ import annotations

import re

import pandas as pd

from helpers.calls.monthdays import month_day
from helpers.calls.seasons import names_a_season, season_span
from helpers.calls.solarhijri import SOLAR_DAY_RE, solar_hijri_day

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(MONTHS)} | {"sept": 9}
# Same-day and next/previous-day cues: "later that day", "a day earlier", "tonight".
DAY_OFFSETS = {
    r"\b(today|tonight|this (morning|afternoon|evening)|(earlier|later) (in the|that|the|in) (day|evening|morning)"
    r"|(earlier|later) today|the same day)\b": 0,
    r"\b(yesterday|a day earlier|the day before|the previous day|last night)\b": -1,
    r"\b(tomorrow|a day later|the next day|the following day)\b": 1,
}
MONTH_PART = {"early": (1, 10), "mid": (11, 20), "late": (21, 31), "end": (21, 31)}
MONTH_RE = "|".join(MONTHS + sorted(MONTH_ABBR, key=len, reverse=True))
EXPLICIT_RE = re.compile(
    rf"\b(?:(?P<m1>{MONTH_RE})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{MONTH_RE})\.?)"
    r"(?:,?\s+(?P<y>\d{4}))?\b", re.I)
MONTH_ONLY_RE = re.compile(rf"\b(?:(?P<part>early|mid|late|end of)[\s-]+)?(?:in\s+)?(?P<m>{'|'.join(MONTHS)})"
                           r"(?:\s+(?P<y>\d{4}))?\b", re.I)
WEEKDAY_RE = re.compile(rf"\b(?P<rel>last|next|this|on|coming)?\s*(?P<wd>{'|'.join(WEEKDAYS)})\b", re.I)
# "on a Friday almost two weeks ago", "one Tuesday in May": a weekday of some other week, not the last one;
# "On the Saturday, at the summit, ...", "that Thursday afternoon": the weekday of the week the story is at
DISTANT_WEEKDAY = re.compile(rf"\b(?:a|one|every|the|that)\s+(?:{'|'.join(WEEKDAYS)})\b"
                             r"|\b(?:weeks|months|years)\s+(?:ago|earlier|before)\b", re.I)
DATELINE_RE = re.compile(rf"^[A-Z][A-Z .,'-]{{2,40}},?\s+(?:\w+\s+)?(?P<m>{MONTH_RE})\.?\s+(?P<d>\d{{1,2}})"
                         r"(?:,?\s+(?P<y>\d{4}))?\s*(?:\([^)]{1,30}\))?\s*[-\u2013\u2014]", re.M | re.I)


def names_a_day(expr: str) -> bool:
    """Whether words can give a day or span ("on Sunday", "late December"), unlike a length
    the tagger also calls a date ("for about two hours", "48 hours")."""
    text = expr.lower()
    return bool(EXPLICIT_RE.search(expr) or WEEKDAY_RE.search(text) or MONTH_ONLY_RE.search(text)
                or month_day(expr) is not None or SOLAR_DAY_RE.search(expr) or any(re.search(p, text) for p in DAY_OFFSETS)
                or re.search(r"\b(week|month|year|(19|20)\d\d)\b", text) or names_a_season(text)
                or bool(FUTURE_DAYS.search(text) or WEEKEND.search(text)))


# "in the coming days", "before the weekend": a span ahead of the reference day, never that day itself
FUTURE_DAYS = re.compile(r"\b(?:the\s+)?(?:coming|next\s+few|next\s+several)\s+days\b|\bthe\s+days\s+ahead\b", re.I)
WEEKEND = re.compile(r"\b(?P<rel>before\s+the|this|next|the\s+coming)\s+weekend\b", re.I)


# Cues relative to the day the narrative is at ("He met X on Friday. He had spoken with Y a
# day earlier"), not to the article's date as "yesterday" and "today" are.
NARRATIVE_OFFSETS = {
    r"\b(earlier|later) that (day|evening|morning|afternoon)|the same (day|evening|night|morning)\b": 0,
    # "a few hours later", also after the words the tagger ran in: "called Aoun a few hours later"
    r"(?:^|\s)(?:just |only |a few |several |some )?(hours|minutes) (later|earlier|afterwards)$": 0,
    r"\b(a day earlier|the day before|the previous day|the previous evening)\b": -1,
    r"\b(a day later|the next day|the following day|the next morning)\b": 1,
}


def names_a_fixed_day(expr: str) -> bool:
    """Words that fix a day against the article's date alone ("on Friday", "June 9",
    "yesterday"), unlike "a day earlier" or "later that day"."""
    text = expr.lower()
    if any(re.search(p, text) for p in NARRATIVE_OFFSETS) or re.search(r"\b(last|next|this) week\b", text):
        return False
    return bool(EXPLICIT_RE.search(expr) or WEEKDAY_RE.search(text) or month_day(expr) is not None
                or SOLAR_DAY_RE.search(expr) or re.search(r"\b(today|tonight|yesterday|this (morning|afternoon|evening)|last night)\b", text))


def narrative_offset(expr: str | None) -> int | None:
    """Days from the narrative's day that a relative cue says, or None."""
    text = (expr or "").lower()
    if EXPLICIT_RE.search(expr or "") or WEEKDAY_RE.search(text):
        return None  # "later on Tuesday": the weekday decides
    counted = COUNTED_DAYS.search(text)  # "two days earlier"
    if counted:
        return int(counted["n"]) * (-1 if counted["way"] == "earlier" else 1)
    return next((offset for pattern, offset in NARRATIVE_OFFSETS.items() if re.search(pattern, text)), None)


COUNTED_DAYS = re.compile(r"^(?P<n>[2-5]) days (?P<way>earlier|later)$")


def resolve(expr: str | None, anchor, status: str) -> dict:
    """``{"date", "date_approx", "how"}`` for a date expression against the reference day.

    ``status`` chooses the direction of a bare weekday: a contact that happened on
    "Tuesday" is the last Tuesday up to the reference day, a planned one the next, also when
    the reference day was inferred from the corpus (``contentdates`` puts it on or after the
    last day the article reports, so a past weekday never lies after it).
    """
    none = {"date": None, "date_approx": None, "how": None}
    if not expr:
        return none
    text = expr.lower()
    anchor = pd.Timestamp(anchor).normalize() if anchor is not None and pd.notna(anchor) else None
    explicit = EXPLICIT_RE.search(expr)
    if explicit:
        day = _explicit_day(explicit, anchor, status)
        if day is not None:
            return {"date": day, "date_approx": None, "how": "explicit date" if explicit["y"] or anchor is None
                    else "month and day"}
    if anchor is None:
        return none
    solar = solar_hijri_day(expr, anchor, status)  # "on Sunday, 26 Ordibehesht": that day, not the last Sunday
    if solar is not None:
        return {"date": solar, "date_approx": None, "how": "solar hijri day"}
    for pattern, offset in DAY_OFFSETS.items():
        if re.search(pattern, text):
            return {"date": anchor + pd.Timedelta(days=offset), "date_approx": None, "how": "relative day"}
    ordinal = month_day(expr)  # "On the 2nd, Wang had a call", "in the afternoon of 28"
    if ordinal is not None:
        day = _day_of_month(anchor, ordinal, ahead=status in {"planned", "expected"})
        if day is not None:
            return {"date": day, "date_approx": None, "how": "day of month"}
    weekday = WEEKDAY_RE.search(text)
    if weekday and not DISTANT_WEEKDAY.search(text):
        return {"date": _weekday(anchor, WEEKDAYS.index(weekday["wd"].lower()), (weekday["rel"] or "").lower(), status),
                "date_approx": None, "how": "weekday"}
    span = _vague_span(text, anchor, status in {"planned", "expected"})
    return {"date": None, "date_approx": span, "how": "vague span"} if span else none


def _explicit_day(match: re.Match, anchor, status: str = "happened") -> pd.Timestamp | None:
    """A day and month in the year that fits: for a contact that happened ("when they met in
    Moscow on March 5") the latest such day up to the reference day, for a plan the next one,
    else the nearest."""
    month_word = (match["m1"] or match["m2"]).lower().rstrip(".")
    month = MONTHS.index(month_word) + 1 if month_word in MONTHS else MONTH_ABBR.get(month_word[:4], MONTH_ABBR.get(month_word[:3]))
    day = int(match["d1"] or match["d2"])
    years = [int(match["y"])] if match["y"] else ([anchor.year - 1, anchor.year, anchor.year + 1] if anchor is not None else [])
    candidates = [pd.Timestamp(year=y, month=month, day=day) for y in years if day <= 31 and _valid(y, month, day)]
    if not candidates:
        return None
    if anchor is None or match["y"]:
        return candidates[0]
    if status == "happened" and any(d <= anchor for d in candidates):
        latest = max(d for d in candidates if d <= anchor)
        soon = [d for d in candidates if anchor < d <= anchor + NEAR_FUTURE]
        # "on January 12" in an article of 11 January: no contact of a year ago told without its year
        return None if soon and (anchor - latest).days > FAR_PAST_DAYS else latest
    if status in {"planned", "expected"} and any(d >= anchor for d in candidates):
        return min(d for d in candidates if d >= anchor)
    return min(candidates, key=lambda d: abs((d - anchor).days))


NEAR_FUTURE = pd.Timedelta(days=31)
FAR_PAST_DAYS = 300


def _valid(year: int, month: int, day: int) -> bool:
    try:
        pd.Timestamp(year=year, month=month, day=day)
    except ValueError:
        return False
    return True


def _day_of_month(anchor: pd.Timestamp, day: int, ahead: bool) -> pd.Timestamp | None:
    """"on the 2nd": that day of the reference month, else of the month before (or after, for a plan)."""
    month = anchor.to_period("M")
    if ahead and day < anchor.day or not ahead and day > anchor.day:
        month = month + (1 if ahead else -1)
    return pd.Timestamp(year=month.year, month=month.month, day=day) if day <= month.days_in_month else None


def _weekday(anchor: pd.Timestamp, wd: int, rel: str, status: str) -> pd.Timestamp:
    back = (anchor.weekday() - wd) % 7
    if rel == "last":  # "last Monday" said on a Saturday: the Monday of that week, never the day itself
        return anchor - pd.Timedelta(days=back or 7)
    ahead = (wd - anchor.weekday()) % 7
    if rel == "next":  # "next Thursday" said on a Thursday: a week on, never the day itself
        return anchor + pd.Timedelta(days=ahead or 7)
    if rel == "coming" or status in {"planned", "expected"}:
        return anchor + pd.Timedelta(days=ahead)
    return anchor - pd.Timedelta(days=back)


def _vague_span(text: str, anchor: pd.Timestamp, ahead: bool = False) -> str | None:
    """ISO interval for "earlier this week", "last week", "late December", "last month";
    a bare month is the last one for a contact that happened, the next for a planned one."""
    monday = anchor - pd.Timedelta(days=anchor.weekday())
    if re.search(r"\bearlier (this|in the) week\b", text):
        return _interval(monday, max(monday, anchor - pd.Timedelta(days=1)))
    if re.search(r"\bthis week\b", text):
        return _interval(monday, monday + pd.Timedelta(days=6))
    if re.search(r"\bnext week\b", text):
        return _interval(monday + pd.Timedelta(days=7), monday + pd.Timedelta(days=13))
    ahead_span = _days_ahead(text, anchor)
    if ahead_span:
        return ahead_span
    if re.search(r"\b(later|end of) this month\b", text):
        return _interval(anchor, anchor + pd.offsets.MonthEnd(0))
    if re.search(r"\blast week\b", text):
        return _interval(monday - pd.Timedelta(days=7), monday - pd.Timedelta(days=1))
    counted = COUNTED_BACK_RE.search(text)
    if counted:
        return _counted_back(counted, anchor)
    if re.search(r"\b(last|previous) month\b", text):
        first = (anchor.replace(day=1) - pd.Timedelta(days=1)).replace(day=1)
        return _interval(first, anchor.replace(day=1) - pd.Timedelta(days=1))
    plural = MONTHS_AGO_RE.search(text)
    if plural:
        return _months_ago(plural, anchor)
    season = season_span(text, anchor, ahead)  # "as recently as last summer", "earlier in the summer"
    if season:
        return season
    month = MONTH_ONLY_RE.search(text)
    if month:
        number = MONTHS.index(month["m"].lower()) + 1
        if month["y"]:
            year = int(month["y"])
        elif ahead:
            year = anchor.year if number >= anchor.month else anchor.year + 1
        else:
            year = anchor.year if number <= anchor.month else anchor.year - 1
        first = pd.Timestamp(year=year, month=number, day=1)
        last = first + pd.offsets.MonthEnd(0)
        low, high = MONTH_PART.get((month["part"] or "").split()[0].lower(), (1, 31)) if month["part"] else (1, 31)
        return _interval(first + pd.Timedelta(days=low - 1), min(last, first + pd.Timedelta(days=high - 1)))
    year = re.search(r"\b(?:in |since )?(19|20)(\d\d)\b", text)
    if year:
        start = pd.Timestamp(year=int(year[1] + year[2]), month=1, day=1)
        return _interval(start, start + pd.offsets.YearEnd(0))
    if re.search(r"\blast year\b", text):
        start = pd.Timestamp(year=anchor.year - 1, month=1, day=1)
        return _interval(start, start + pd.offsets.YearEnd(0))
    return None


def _days_ahead(text: str, anchor: pd.Timestamp) -> str | None:
    """"in the coming days": the week after the reference day; "before the weekend": up to its
    Friday; "this weekend", "next weekend": that Saturday and Sunday."""
    if FUTURE_DAYS.search(text):
        return _interval(anchor + pd.Timedelta(days=1), anchor + pd.Timedelta(days=7))
    weekend = WEEKEND.search(text)
    if weekend is None:
        return None
    saturday = anchor + pd.Timedelta(days=(5 - anchor.weekday()) % 7) if anchor.weekday() != 6 else anchor - pd.Timedelta(days=1)
    rel = weekend["rel"].lower()
    if rel.startswith("before"):
        return _interval(anchor, max(anchor, saturday - pd.Timedelta(days=1)))
    if rel == "next":
        saturday += pd.Timedelta(days=7)
    return _interval(saturday, saturday + pd.Timedelta(days=1))


NUMBER_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "several": 3, "a few": 3, "few": 3}
COUNTED_BACK_RE = re.compile(rf"\b(?P<n>\d{{1,2}}|{'|'.join(sorted(NUMBER_WORDS, key=len, reverse=True))})\s+"
                             r"(?P<unit>week|month)s?\s+(?:ago|earlier|before|previously)\b")


def _counted_back(match: re.Match, anchor: pd.Timestamp) -> str:
    """"four weeks earlier", "two months ago": a span around that many weeks back (the
    writer rounds), or the whole month that many months back; never one exact day."""
    count = int(match["n"]) if match["n"].isdigit() else NUMBER_WORDS[match["n"]]
    if match["unit"] == "week":
        middle = anchor - pd.Timedelta(weeks=count)
        return _interval(middle - pd.Timedelta(days=3), min(anchor - pd.Timedelta(days=1), middle + pd.Timedelta(days=3)))
    month = anchor.to_period("M") - count
    return _interval(month.start_time, month.end_time.normalize())


MONTHS_AGO_RE = re.compile(rf"\b(?P<n>\d|{'|'.join(sorted(NUMBER_WORDS, key=len, reverse=True))})\s+"
                           rf"(?P<m>{'|'.join(MONTHS)})e?s\s+ago\b")


def _months_ago(match: re.Match, anchor: pd.Timestamp) -> str | None:
    """"two Novembers ago": the second-latest November before the reference month."""
    count = int(match["n"]) if match["n"].isdigit() else NUMBER_WORDS.get(match["n"])
    if not count:
        return None
    number = MONTHS.index(match["m"]) + 1
    year = (anchor.year if number < anchor.month else anchor.year - 1) - (count - 1)
    first = pd.Timestamp(year=year, month=number, day=1)
    return _interval(first, first + pd.offsets.MonthEnd(0))


def _interval(first: pd.Timestamp, last: pd.Timestamp) -> str:
    return f"{first:%Y-%m-%d}/{last:%Y-%m-%d}"


def interval_contains(interval: str | None, day) -> bool:
    """Whether an ISO interval "a/b" includes the day."""
    if not isinstance(interval, str) or day is None or pd.isna(day):
        return False
    first, last = (pd.Timestamp(p) for p in interval.split("/"))
    return first <= pd.Timestamp(day) <= last


def dateline_date(text: str, year_hint: int | None) -> pd.Timestamp | None:
    """The day of a wire dateline in the first lines: "KYIV, March 3 (Reuters) -"."""
    match = DATELINE_RE.search(text[:600] if isinstance(text, str) else "")
    if not match:
        return None
    month_word = match["m"].lower()
    month = MONTHS.index(month_word) + 1 if month_word in MONTHS else MONTH_ABBR.get(month_word[:3])
    year = int(match["y"]) if match["y"] else year_hint
    if year is None or month is None or not _valid(year, month, int(match["d"])):
        return None
    return pd.Timestamp(year=year, month=month, day=int(match["d"]))
