"""Contacts of the same pair on different days: an earlier contact dated only by a season
("as recently as last summer", "earlier in the summer") is its own row, not merged into the
pair's contact of the day the article reports."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.calls.dates import names_a_day, resolve
from helpers.calls.seasons import season_span

DAY = pd.Timestamp("2031-09-20")


@pytest.mark.parametrize("words, span", [
    ("last summer", "2031-06-01/2031-08-31"),
    ("as recently as last summer", "2031-06-01/2031-08-31"),
    ("earlier in the summer", "2031-06-01/2031-08-31"),
    ("last winter", "2030-12-01/2031-02-28"),
    ("last fall", "2030-09-01/2030-11-30"),
    ("in the spring of 2029", "2029-03-01/2029-05-31"),
    ("summer 2027", "2027-06-01/2027-08-31"),
])
def test_a_season_is_a_span_of_the_latest_such_season(words, span):
    assert resolve(words, DAY, "happened") == {"date": None, "date_approx": span, "how": "vague span"}


def test_earlier_in_the_season_the_article_is_in_ends_the_day_before():
    assert season_span("earlier in the summer", pd.Timestamp("2031-07-15")) == "2031-06-01/2031-07-14"
    assert season_span("last summer", pd.Timestamp("2031-07-15")) == "2030-06-01/2030-08-31"


def test_a_planned_contact_in_a_season_is_the_next_one():
    assert season_span("in the spring", DAY, ahead=True) == "2032-03-01/2032-05-31"


@pytest.mark.parametrize("words", ["a summer residence", "the fall of the city", "spring rolls", "the winter palace"])
def test_season_words_that_are_no_time_name_no_span(words):
    assert not names_a_day(words)
    assert resolve(words, DAY, "happened")["date_approx"] is None


@pytest.fixture(scope="module")
def pair_contacts():
    from helpers import analyze_text

    text = ("President Lars Moberg met Prime Minister Aroha Tane in Wellington on Thursday for two hours. "
            "The two leaders had met as recently as last summer, at a trade forum in Oslo. "
            "When Moberg and Tane last met properly, at a summit earlier in the summer, they barely spoke.")
    return analyze_text(text, date="2031-09-20").tables


def test_a_contact_dated_by_a_season_is_its_own_earlier_row(pair_contacts):
    calls = pair_contacts["calls"]
    assert len(calls) == 2
    today = calls[calls["date"] == pd.Timestamp("2031-09-18")]
    earlier = calls[calls["date"].isna()]
    assert len(today) == 1 and len(earlier) == 1
    assert bool(earlier["background"].iloc[0]) and earlier["date_approx"].iloc[0] == "2031-06-01/2031-08-31"


def test_the_mentions_dated_by_a_season_do_not_join_the_day_of_the_article(pair_contacts):
    mentions = pair_contacts["call_mentions"]
    by_sentence = dict(zip(mentions["sent_idx"], mentions["event_id"]))
    assert by_sentence[0].startswith("2031-09-18")
    assert by_sentence[1].startswith("~2031-06-01") and by_sentence[2].startswith("~2031-06-01")
