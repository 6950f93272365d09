"""Round-2 reading classes (issue 15): written fractions, leading "point", stacked scales,
durations read by different readers joined, dates. Every snippet was written for these tests."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers import numbers_in_text

REF = pd.Timestamp("2023-03-15")  # a Wednesday


def _rows(text: str, ref: pd.Timestamp = REF) -> list[tuple]:
    df = numbers_in_text(text, date=ref)
    return [(r["surface"], r["kind"], r["value"], r["date"]) for r in df.to_dict("records")]


@pytest.mark.parametrize("text, surface, value", [
    ("The odds were put at 1 over 4.", "1 over 4", 0.25),
    ("He answered one over twelve", "one over twelve", 1 / 12),
    ("The rate fell to point seven.", "point seven", 0.7),
    ("Stacked scales: four lakh crore", "four lakh crore", 4e12),
    ("A budget of a thousand million", "a thousand million", 1e9),
    ("It covered about 1/50 of the field", "1/50", 0.02),
    ("Mix in ⅜ of the flour", "⅜", 0.375),
])
def test_written_numbers(text, surface, value):
    rows = {s: v for s, _, v, _ in _rows(text)}
    assert rows.get(surface) == pytest.approx(value)


@pytest.mark.parametrize("text, absent", [
    ("She earned $900 over 4 years", "900 over 4"),
    ("Sales grew by 400 over 2021.", "400 over 2021"),
    ("At some point two guards left.", "point two"),
])
def test_not_fractions(text, absent):
    assert absent not in {s for s, *_ in _rows(text)}


def test_two_hundreds_after_and_are_two_numbers():
    rows = {s: v for s, _, v, _ in _rows("6 hundred and 5 hundred are listed")}
    assert rows.get("6 hundred") == 600 and rows.get("5 hundred") == 500


@pytest.mark.parametrize("text, surface, minutes", [
    ("They stayed for one week two days", "one week two days", 10080 + 2880),
    ("She took a one year and a quarter break", "one year and a quarter", 525600 * 1.25),
    ("There was a one second delay.", "one second", 1 / 60),
])
def test_durations(text, surface, minutes):
    rows = {s: (k, v) for s, k, v, _ in _rows(text)}
    assert rows.get(surface) == ("duration", pytest.approx(minutes))


MONDAY = pd.Timestamp("2024-06-03")


@pytest.mark.parametrize("text, surface, day", [
    ("We meet three Saturdays from now.", "three Saturdays from now", "2024-06-22"),
    ("They left two Tuesdays ago.", "two Tuesdays ago", "2024-05-21"),
    ("She was born in March of 91", "March of 91", "1991-03-01"),
    ("She was born on 9 March of 04", "9 March of 04", "2004-03-09"),
    ("The charter was sealed on 12 June 1215.", "12 June 1215", "1215-06-12"),
    ("The file is dated 27/05", "27/05", "2024-05-27"),
    ("Send it by 5/29, please.", "5/29", "2024-05-29"),
    ("It was filed 03/09,2021", "03/09,2021", "2021-03-09"),
])
def test_dates(text, surface, day):
    rows = {s: d for s, k, _, d in _rows(text, MONDAY) if k == "date"}
    assert surface in rows and str(pd.Timestamp(rows[surface]).date()) == day


@pytest.mark.parametrize("text, absent", [
    ("It was in April of 25 countries", "April of 25"),
    ("On 5 December 1500 people marched.", "5 December 1500"),
    ("He won 2/3 of the vote", "2/3"),
])
def test_not_those_dates(text, absent):
    assert absent not in {s for s, k, _, _ in _rows(text, MONDAY) if k == "date"}


@pytest.mark.parametrize("text", ["Order part 58213 K-40 soon", "Shelf 40915 x77", "2019-2-30 is no day", "Dated 45-2018, void"])
def test_codes_and_malformed_dates_are_no_figures(text):
    assert _rows(text) == []


@pytest.mark.parametrize("text, surface", [("Output rose in 2001-2009 overall", "2001"), ("They flew 4 F-15 jets", "4"),
                                           ("Revenue was up in 2021-22.", "2021-22")])
def test_year_spans_and_counts_before_codes_stay(text, surface):
    assert surface in {s for s, *_ in _rows(text)}


@pytest.mark.parametrize("text, surface, value", [
    ("They raised two thirds of a million", "two thirds of a million", 2e6 / 3),
    ("Buy 4 dzs at once", "4 dzs", 48),
])
def test_fraction_of_scale_and_dozen_abbreviations(text, surface, value):
    rows = {s: v for s, _, v, _ in _rows(text)}
    assert rows.get(surface) == pytest.approx(value)


@pytest.mark.parametrize("text, surface, day", [
    ("It opens next 2nd of May", "next 2nd of May", "2025-05-02"),
    ("It opens next 5/12", "next 5/12", "2025-05-12"),
])
def test_next_calendar_day(text, surface, day):
    rows = {s: d for s, k, _, d in _rows(text, MONDAY) if k == "date"}
    assert surface in rows and str(pd.Timestamp(rows[surface]).date()) == day


def test_at_one_point_is_an_idiom_not_a_decimal():
    assert "one point one" not in {s for s, *_ in _rows("At one point one of the guards shouted.")}
    assert ("one point five percent", 1.5) in {(s, v) for s, _, v, _ in _rows("Prices rose at one point five percent.")}
