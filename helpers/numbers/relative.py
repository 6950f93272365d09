"""Relative day words: date mentions that name no day of the calendar themselves.

"today", "yesterday evening", "the next day", "the day before", "weeks ago": the text dates
something by them, and the reader resolves them against the article's date, but a careful
reader marking an article's figures leaves them out (``../shared/dev/seeds/README.md``: "deictic
or relative expressions with no numeral or calendar name"). Such rows go to the corpus table
``relative_dates`` instead of ``numbers``; "two days ago", "Friday" and "Christmas" name a
numeral or a calendar day and stay figures.
"""

from __future__ import annotations

import re

import pandas as pd

from helpers.numbers import dates, persian
from helpers.numbers.words import TENS, UNITS

_NUMBER_WORD = re.compile(r"\b(?:%s)\b" % "|".join([*UNITS, *TENS, "an?", "half", "dozen", "couple"]), re.I)


def names_no_calendar_day(surface: str) -> bool:
    """Whether a date mention is relative only: no digit, number word, weekday, month,
    holiday or ordinal ("the following day" yes; "the next Friday", "three days later" no)."""
    low = re.sub(r"\s+", " ", surface.lower().strip())
    return not (re.search(r"\d", low) or _NUMBER_WORD.search(low) or dates.DAY_OR_MONTH.search(low)
                or dates.ORDINAL_WORDS.search(low) or dates.HOLIDAY_RE.search(low) or persian.is_persian_date(low))


def split_relative_dates(figures: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(figures without relative day words, the relative day rows), each keeping its index order."""
    if figures.empty:
        return figures, figures.iloc[0:0]
    relative = (figures["kind"] == "date") & figures["surface"].astype(str).map(names_no_calendar_day)
    return figures[~relative].reset_index(drop=True), figures[relative].reset_index(drop=True)
