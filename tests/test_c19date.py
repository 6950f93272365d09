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
