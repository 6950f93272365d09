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
