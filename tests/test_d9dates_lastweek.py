""""Thursday last week" names the Thursday of the calendar week before the writing day, so a
piece that also reports this week's Thursday as past is dated on or after it."""

import pandas as pd
import pytest

from helpers.read import contentdates

DATED = pd.Series({
    "a": "On Thursday Halloran received Ostrowski at the chancery for an hour of talks.",
    "b": "On Thursday Brennecke flew to Tartu to meet Ostrowski and Vaino Kask.",
})
DATES = pd.Series({"a": pd.Timestamp("2022-09-09"), "b": pd.Timestamp("2022-09-15")})


@pytest.mark.parametrize("sentence", ["It began on Thursday last week, when Halloran came.",
                                      "Halloran came on Thursday of last week."])
def test_weekday_last_week_is_the_week_before(sentence):
    (expr, status, _), = contentdates._sentence_cues(sentence)
    friday = pd.Timestamp("2022-09-16")
    assert contentdates.resolve_cue(expr, friday, status) == pd.Timestamp("2022-09-08")
    assert contentdates.resolve_cue(expr, pd.Timestamp("2022-09-19"), status) == pd.Timestamp("2022-09-15")


def test_a_piece_reporting_this_thursday_is_dated_after_it():
    index = contentdates.corpus_index(DATED, DATES)
    undated = ("It began on Thursday last week, when Halloran received Ostrowski at the chancery. "
               "On Thursday Brennecke flew to Tartu to meet Ostrowski and Vaino Kask.")
    found = contentdates.content_date(undated, index)
    assert found is not None and found >= pd.Timestamp("2022-09-15")
