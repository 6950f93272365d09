"""Issue 15 classes: own sentences, other names and events than the dev data."""
import pytest

import helpers
from helpers.numbers.words import parse_number


@pytest.mark.parametrize("text, value", [
    ("-4/5", -0.8), ("three hundred and two dozen", 324.0), ("one hundred thirty-fifths", 100 / 35),
    ("minus a million and a half", -1.5e6), ("two dozen", 24.0),
])
def test_number_words(text, value):
    assert parse_number(text) == pytest.approx(value)


def _rows(text, date="2024-03-06"):
    df = helpers.numbers_in_text(text, date=date)
    return [(r.surface, r.kind, r.value) for r in df.itertuples()]


@pytest.mark.parametrize("text, surface, kind, value", [
    ("The harbour talks took a quarter of an hour.", "a quarter of an hour", "duration", 15.0),
    ("The envoys waited three quarters of an hour.", "three quarters of an hour", "duration", 45.0),
    ("The pact was signed in nineteen fifty-four.", "nineteen fifty-four", "year", 1954.0),
    ("Rooms 12,14,17 were searched.", "14", "count", 14.0),
    ("Lisbon has five working days to reply.", "five working days", "duration", 7200.0),
    ("a ten-year-old boundary dispute", "ten-year-old", "age", 10.0),
])
def test_classes(text, surface, kind, value):
    assert (surface, kind, value) in _rows(text)


def test_weekday_counted_from_now_and_business_days():
    dates = {r.surface: str(r.date.date()) for r in helpers.numbers_in_text(
        "The panel meets Friday two weeks from now and rules in three business days.", date="2024-03-06").itertuples()}
    assert dates["Friday two weeks from now"] == "2024-03-22"
    assert dates["in three business days"] == "2024-03-11"


@pytest.mark.parametrize("text", ["Which one won?", "That one is the mayor's."])
def test_pronoun_one_is_no_number(text):
    assert _rows(text) == []
