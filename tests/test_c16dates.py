"""Contacts and article dates put on the wrong day: numeric datelines, datelines after an
uncut headline, present-tense plans with a weekday, weekdays of the story's own week."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.calls.dates import resolve
from helpers.read import contentdates
from helpers.read import dates as read_dates

CORPUS_DAY = pd.Timestamp("2019-04-05")


@pytest.mark.parametrize("text, day", [
    ("Valletta, 03.IV.2019 (MNA). The harbour talks ended in the morning.", "2019-04-03"),
    ("Port deal signed after a night of talks in the capital\n\nValletta, 03.IV.2019 (MNA). The talks ended.",
     "2019-04-03"),
    ("Tirana, 21.06.2017 - The two delegations met at the ministry.", "2017-06-21"),
    ("Skopje, 2.XI.2018: The ministers signed the protocol.", "2018-11-02"),
])
def test_a_dotted_dateline_with_a_numeric_or_roman_month_is_the_article_date(text, day):
    assert read_dates.article_date(None, text) == (pd.Timestamp(day), "dateline")


@pytest.mark.parametrize("text", [
    "The index closed at 3.2.2019 levels, traders in Valletta said.",  # no place before the date
    "Harbour talks\nFerry strike\nDock workers walk out\nValletta, 03.IV.2019 (MNA). Late line.",  # not in the first lines
    "Valletta, 31.II.2019 (MNA). No such day.",
])
def test_a_dotted_date_that_is_no_dateline_is_not_read_as_one(text):
    assert read_dates.article_date(None, text)[1] != "dateline"


def test_a_year_less_dateline_with_a_region_after_the_place():
    text = "CASTRIES, St Lucia, April 4 (Island Wire) - The two premiers met at the port."
    assert read_dates._dateline_near(text, CORPUS_DAY) == pd.Timestamp("2019-04-04")


def test_a_dateline_after_a_headline_left_in_the_text_dates_an_undated_article():
    articles = pd.DataFrame([{"article_id": f"a{i}", "url": None, "title": None, "boilerplate": None,
                              "duplicate_of": None, "path": None, "date_source": None} | row for i, row in enumerate([
        {"text": "Oslo, April 2 (Wire) - The ministers met.", "date": pd.Timestamp("2019-04-02")},
        {"text": "Ministers hope for a harbour accord soon\n\nValletta, 04.IV.2019 (MNA). The talks went on.",
         "date": pd.NaT}])])
    filled = read_dates.fill_reference_dates(articles)
    assert filled.loc[1, "date"] == pd.Timestamp("2019-04-04") and filled.loc[1, "date_source"] == "dateline"


@pytest.mark.parametrize("words", ["On the Saturday", "that Thursday afternoon"])
def test_a_weekday_of_the_story_week_gets_no_day_from_the_reference_date(words):
    assert resolve(words, pd.Timestamp("2019-04-17"), "happened")["date"] is None


def test_a_weekday_of_the_story_week_is_no_cue_for_an_undated_article():
    text = "On the Saturday, at the port forum, Ingrid Solberg met Tomas Varga in a hotel suite."
    assert [c[0] for c in contentdates.cues(text, {"ingrid", "solberg", "tomas", "varga"})] == []
    found = contentdates.cues("On Saturday Ingrid Solberg met Tomas Varga.", {"ingrid", "solberg", "tomas", "varga"})
    assert [c[0] for c in found] == ["On Saturday"]


def _contact(text: str, date: str) -> pd.DataFrame:
    from helpers import analyze_text

    return analyze_text(text, date=date).tables["call_mentions"]


@pytest.mark.parametrize("text, day", [
    ("Prime Minister Aroha Tane is hosting President Lars Moberg in Wellington on Thursday.", "2031-05-15"),
    ("Chancellor Ingrid Solberg is flying to Ottawa on Monday to meet President Tomas Varga.", "2031-05-19"),
])
def test_a_present_tense_contact_with_a_weekday_is_planned_for_the_coming_one(text, day):
    found = _contact(text, "2031-05-14")  # a Wednesday
    assert not found.empty
    assert set(found["status"]) == {"planned"} and set(found["date"]) == {pd.Timestamp(day)}


def test_a_past_tense_contact_with_a_weekday_stays_in_the_past():
    found = _contact("Prime Minister Aroha Tane met President Lars Moberg in Wellington on Thursday.", "2031-05-14")
    assert list(found["status"]) == ["happened"] and list(found["date"]) == [pd.Timestamp("2031-05-08")]


def test_a_conjoined_plan_does_not_take_the_day_of_the_past_verb_it_joins():
    text = "Foreign Minister Ama Osei flew to Lagos on Sunday and {} President Pieter Dekker there."
    planned = _contact(text.format("will meet"), "2031-05-21")
    assert list(planned["status"]) == ["planned"] and planned["date"].isna().all()
    held = _contact(text.format("met"), "2031-05-21")
    assert list(held["date"]) == [pd.Timestamp("2031-05-18")]
