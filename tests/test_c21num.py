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


def figures(text: str) -> list[tuple]:
    return [(r.surface, r.kind, r.value, r.unit) for r in numbers_in_text(text, date="2031-05-14").itertuples()]


@pytest.mark.parametrize("text, want", [
    ("Tehran offered 5 billion rials in aid.", ("5 billion rials", "money", 5e9, "IRR")),
    ("Cairo pledged 300 million Egyptian pounds to the fund.", ("300 million Egyptian pounds", "money", 3e8, "EGP")),
    ("The credit of 2,000m pesetas was approved.", ("2,000m pesetas", "money", 2e9, "ESP")),
    ("Athens paid 400 million drachmas.", ("400 million drachmas", "money", 4e8, "GRD")),
    ("Kuwait gave 30 million Kuwaiti dinars.", ("30 million Kuwaiti dinars", "money", 3e7, "KWD")),
    ("Baghdad paid 40 billion dinars.", ("40 billion dinars", "money", 4e10, "dinars")),
    ("Reserves fell to about US$1.7bn last week.", ("US$1.7bn", "money", 1.7e9, "USD")),
])
def test_money_in_more_currencies(text, want):
    assert want in figures(text)


@pytest.mark.parametrize("text", ["A 500 pound bomb fell on the depot.", "Five real problems remain.",
                                  "The 40 Russian lira claim is false."])
def test_words_that_are_no_currency(text):
    assert not [f for f in figures(text) if f[1] == "money"]


@pytest.mark.parametrize("text, want", [
    ("State radio read out a second, tougher letter from the regent.", ("second", "ordinal", 2.0)),
    ("The pilot, aged 33 years, was freed.", ("33 years", "age", 33.0)),
    ("Disarmament must end in the first half of 2027 year.", ("2027 year", "year", 2027.0)),
    ("The call lasted a quarter of hour.", ("a quarter of hour", "duration", 15.0)),
    ("Osei met the speaker for about two hours this evening.", ("two hours", "duration", 120.0)),
    ("The island has 1.813 inhabitants and a garrison of 12.000 men.", ("12.000", "count", 12000.0)),
    ("The island has 1.813 inhabitants and a garrison of 12.000 men.", ("1.813", "count", 1813.0)),
])
def test_figures_read_right(text, want):
    assert want in [f[:3] for f in figures(text)]


@pytest.mark.parametrize("text, want", [
    ("Wait a second, he said.", ("a second", "duration")),
    ("The index rose 1.125 points.", ("1.125", "count")),
    ("The truce begins at six hours this evening.", ("six hours this evening", "clock_time")),
])
def test_readings_kept(text, want):
    assert want in [f[:2] for f in figures(text)]


def test_written_out_sum_in_pesos_is_money():
    assert ("two million, three hundred thousand pesos", "money", 2_300_000, "pesos") in figures(
        "The fund raised two million, three hundred thousand pesos.")


@pytest.mark.parametrize("text, want", [
    ("Xinhua Beijing, 2031 year 6 month 29 day electricity (reporter Li).", ("2031 year 6 month 29 day", "date", 20310629.0)),
    ("Haikou, 2031 year 4 month (Agency) -- The crew was freed.", ("2031 year 4 month", "date", 20310401.0)),
])
def test_dates_written_year_month_day(text, want):
    assert want in [f[:3] for f in figures(text)]


def test_no_such_literal_day():
    assert not [f for f in figures("Beijing, 2031 year 2 month 30 day (Agency).") if f[1] == "date" and "month" in f[0]]
