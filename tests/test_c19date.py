"""Reference dates of articles with no date line: a numeric day in an aggregator's source
tag, and the day read from text cues and the corpus."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.read import contentdates
from helpers.read import dates as read_dates

CORPUS_DAY = pd.Timestamp("2014-11-08")


@pytest.mark.parametrize("line, day", [
    ("tag line: Source: Harbour Post | via NewsDesk Digest | 27/11/2014", "2014-11-27"),  # day-first, unambiguous
    ("tag line: Source: Harbour Post | via NewsDesk Digest | 09/11/2014", "2014-11-09"),  # nearer the corpus day-first
    ("tag line: Source: Harbour Post | 11/09/2014", "2014-11-09"),  # nearer the corpus month-first
])
def test_a_numeric_day_in_a_source_tag_is_the_article_date(line, day):
    assert read_dates.header_line_date([], [line], CORPUS_DAY) == pd.Timestamp(day)


@pytest.mark.parametrize("line", [
    "tag line: Source: Harbour Post | via NewsDesk Digest",  # no day
    "tag line: Tags: ports, 09/11/2014",  # not a source tag
    "tag line: Source: Harbour Post | 09/11/2011",  # too far from the corpus either way
])
def test_a_source_tag_without_a_near_numeric_day_gives_none(line):
    assert read_dates.header_line_date([], [line], CORPUS_DAY) is None


def _undated_live_page_beside(dated_text: str, day: str, page: str) -> pd.DataFrame:
    rows = [{"text": dated_text, "date": pd.Timestamp(day)}, {"text": page, "date": pd.NaT}]
    return pd.DataFrame([{"article_id": f"a{i}", "url": None, "title": None, "boilerplate": None,
                          "duplicate_of": None, "path": None, "date_source": None} | row for i, row in enumerate(rows)])


def test_the_latest_day_divider_of_a_live_page_is_its_date():
    page = ("Harbour strike live: dockers and ministers meet again\n\nWednesday 8 October\n\n"
            "18:10 GMT - Talks resumed in Gdynia.\n\nTuesday 7 October\n\n09:00 GMT - Dockers walked out.")
    articles = _undated_live_page_beside("Oslo, October 6 (Wire) - The dockers voted.", "2014-10-06", page)
    filled = read_dates.fill_reference_dates(articles)
    assert (filled.loc[1, "date"], filled.loc[1, "date_source"]) == (pd.Timestamp("2014-10-08"), "header")


@pytest.mark.parametrize("page", [
    "Harbour strike live\n\nThe dockers met on Wednesday 8 October to vote.",  # inside a sentence, no divider
    "Harbour strike live\n\nThursday 8 October\n\nTalks resumed.",  # 8 October 2014 was no Thursday
])
def test_a_weekday_date_that_is_no_day_divider_does_not_date_the_page(page):
    assert read_dates.latest_day_divider(page, pd.Timestamp("2014-10-06")) is None


@pytest.mark.parametrize("sentence, expr", [
    ("The forum will show whether the states that backed Tallinn last Friday go further.", "last Friday"),
    ("Ilves will decide after the envoys he met yesterday report back.", "yesterday"),
])
def test_a_cue_past_by_its_own_words_is_no_plan(sentence, expr):
    found = contentdates.cues(sentence, {"tallinn", "ilves"})
    assert [(e, s) for e, s, *_ in found] == [(expr, "happened")]


def test_a_weekday_after_a_future_verb_stays_a_plan():
    found = contentdates.cues("The forum will meet in Tallinn on Friday.", {"tallinn"})
    assert [(e, s) for e, s, *_ in found] == [("on Friday", "planned")]
