"""Relative day words are date references, not figures: a corpus keeps them in
``relative_dates``, ``numbers`` holds the figures a careful reader marks, and
``numbers_in_text`` still reads both. Every snippet was written for these tests."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers import analyze_text, numbers_in_text
from helpers.numbers.relative import names_no_calendar_day, split_relative_dates

TEXT = ("The Ruritanian envoy flew to Vellmar on Friday and met the regent the next day, aides said. "
        "He said today that 40 prisoners would be freed within two days of the vote. "
        "The two sides had last met three weeks ago, and again yesterday evening, an aide said.")


@pytest.mark.parametrize("surface", ["today", "Yesterday", "the next day", "The following day",
                                     "the day before", "weeks ago", "months later", "tonight"])
def test_relative_only(surface):
    assert names_no_calendar_day(surface)


@pytest.mark.parametrize("surface", ["Friday", "the next Friday", "three weeks ago", "two days later",
                                     "March 3", "late December", "Christmas", "the 27th", "2 Esfand", "a week ago"])
def test_calendar_or_numeral(surface):
    assert not names_no_calendar_day(surface)


def test_corpus_keeps_relative_days_apart():
    corpus = analyze_text(TEXT, date="2031-05-14", cache=False)
    figures = set(corpus.numbers["surface"])
    relative = set(corpus.relative_dates["surface"])
    assert {"Friday", "40", "three weeks ago"} <= figures
    assert {"the next day", "today", "yesterday"} <= relative
    assert not figures & relative
    assert list(corpus.relative_dates.columns) == list(corpus.numbers.columns)


def test_relative_days_keep_their_dates():
    relative = analyze_text(TEXT, date="2031-05-14", cache=False).relative_dates.set_index("surface")
    assert relative.loc["today", "date"] == pd.Timestamp("2031-05-14")
    assert relative.loc["yesterday", "date"] == pd.Timestamp("2031-05-13")


def test_numbers_in_text_reads_every_date_in_text_order():
    found = numbers_in_text(TEXT, date="2031-05-14")
    surfaces = list(found["surface"])
    assert {"the next day", "today", "Friday", "40"} <= set(surfaces)
    assert surfaces.index("Friday") < surfaces.index("the next day") < surfaces.index("today") < surfaces.index("40")


def test_split_of_no_rows():
    empty = pd.DataFrame(columns=["kind", "surface"])
    figures, relative = split_relative_dates(empty)
    assert figures.empty and relative.empty
