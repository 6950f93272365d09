"""Days counted from the day the story is at rather than from the article's ("The following
Monday", "They met on 6 May. The next day ..."), and the check that a relative day puts no
contact held after the day it is reported on (``dating``)."""

from __future__ import annotations

import re

import pandas as pd

from helpers.calls.dates import EXPLICIT_RE, WEEKDAY_RE, WEEKDAYS, resolve


# "A joint statement promised a truce from Monday morning": the start or end of a span, not a
# day the story is at.
SPAN_BOUND = re.compile(r"^\W*\w*\W*\b(from|until|till|since)\s+(?:\w+\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)

# "The following Monday, X called Y": the first such weekday after the day the story is at, not
# the last one before the article's day
FOLLOWING_WEEKDAY = re.compile(rf"\b(?:the\s+)?following\s+(?P<wd>{'|'.join(WEEKDAYS)})\b", re.I)
NO_FOLLOWING_DAY = "no day: a weekday counted from a day the article does not date"


def following_weekday(expr, counted_from) -> dict | None:
    """``{"date", "date_approx"}`` for "the following Monday" counted from the story's day
    (no day when the story is at a day the article does not date: "Three days after the attack
    ... The following Monday"), or None for other words."""
    found = FOLLOWING_WEEKDAY.search(expr) if isinstance(expr, str) else None
    if found is None:
        return None
    if counted_from is None:
        return {"date": None, "date_approx": None}
    ahead = (WEEKDAYS.index(found["wd"].lower()) - counted_from.weekday() - 1) % 7 + 1
    return {"date": counted_from + pd.Timedelta(days=ahead), "date_approx": None}


AHEAD_OF_REPORT = "no day: a relative day that puts a contact held after the article's day"


def ahead_of_report(result: dict, source, status: str, day, guessed: bool) -> bool:
    """"The next day, X met Y" counted from the article's own day when the story is at some
    other day: a contact that happened is not after the day it is reported on."""
    if status != "happened" or guessed or result["date"] is None or day is None or pd.isna(day):
        return False
    return str(source).startswith("relative day") and pd.Timestamp(result["date"]) > pd.Timestamp(day).normalize()


STORY_REACH = 62  # days back a day named just before a relative cue still counts ("on 6 May ... the next day")


def past_story_day(words: str | None, day, guessed: bool) -> pd.Timestamp | None:
    """The day the story last named, up to two months before the reference day, that a cue
    counting from it ("the next day", "the following Monday") takes for its own: in a
    retrospective ("They met on 5 May. The next afternoon ...") the day is weeks before the
    article's, beyond the week ``story_day`` gives an undated contact."""
    if not isinstance(words, str) or day is None or pd.isna(day) or guessed or SPAN_BOUND.search(words) \
            or not EXPLICIT_RE.search(words) or FOLLOWING_WEEKDAY.search(words):
        return None
    found = resolve(words, day, "happened")["date"]
    return found if found is not None and 0 <= (day - found).days <= STORY_REACH else None


def names_weekday_and_date(words) -> bool:
    """Day words with a weekday and a month and day ("on the afternoon of Tuesday, 5 September")."""
    return isinstance(words, str) and bool(EXPLICIT_RE.search(words)) and bool(WEEKDAY_RE.search(words))
