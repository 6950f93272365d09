"""Reference dates of undated articles: day-first agency datelines, weekday-named headline
days, and the day an article's own weekdays agree with the dated articles of the corpus."""

import pandas as pd
import pytest

from helpers.read import contentdates
from helpers.read import dates as read_dates

CORPUS_DAY = pd.Timestamp("2023-03-15")


@pytest.mark.parametrize("text, expected", [
    ("Lusaka, 14 March, ZANA. The ministers met.", "2023-03-14"),
    ("Harare, 2 March (NAB) - Talks went on.", "2023-03-02"),
    ("GABORONE, March 9 (Wire) - Talks went on.", "2023-03-09"),
    ("Lusaka, 14 March, the ministers met again.", None),  # a place and a day opening a sentence
    ("The ministers met in Lusaka on 14 March.", None),
])
def test_year_less_datelines_day_or_month_first(text, expected):
    found = read_dates._dateline_near(text, CORPUS_DAY)
    assert (str(found.date()) if found is not None else None) == expected


def test_dated_agency_dateline():
    assert read_dates.article_date(None, "Lusaka, 14 March 2023, ZANA. Talks went on.") == (
        pd.Timestamp("2023-03-14"), "dateline")


@pytest.mark.parametrize("title, chrome, expected", [
    ("Water talks: live updates, Tuesday 14 March", None, "2023-03-14"),
    (None, ["subheading: Our live coverage, Thursday, March 16"], "2023-03-16"),
    (None, ["subheading: Last updated 16/03/2023 - 09:10 GMT"], "2023-03-16"),
    ("Water talks: live updates, Monday 14 March", None, None),  # the weekday disagrees: no date
    (None, ["related teaser line: Related: Tuesday 14 March recap"], None),
])
def test_weekday_named_day_in_headline_or_subheading(title, chrome, expected):
    found = read_dates.header_line_date(title, chrome, CORPUS_DAY)
    assert (str(found.date()) if found is not None else None) == expected


DATED = pd.Series({
    "a": "Okonkwo spoke by phone with Valdivieso on Tuesday about the Tarija dam. Marsden will meet Quiroga "
         "in Sucre on Wednesday.",
    "b": "Quiroga and Okonkwo met in Lima on Thursday morning for three hours. Valdivieso stayed away.",
})
DATES = pd.Series({"a": pd.Timestamp("2023-03-14"), "b": pd.Timestamp("2023-03-16")})


def test_undated_article_takes_the_day_its_weekdays_agree_with():
    index = contentdates.corpus_index(DATED, DATES)
    undated = ("The week began with Okonkwo calling Valdivieso on Tuesday. On Wednesday Marsden sat down with "
               "Quiroga in Sucre. This morning Quiroga and Okonkwo met in Lima.")
    assert contentdates.content_date(undated, index) == pd.Timestamp("2023-03-16")


def test_future_cue_reads_forward():
    index = contentdates.corpus_index(DATED, DATES)
    # said on Monday the 13th: Tuesday's call and Wednesday's meeting are still to come
    undated = ("Okonkwo is expected to phone Valdivieso on Tuesday. Marsden will travel to Sucre to meet Quiroga "
               "on Wednesday.")
    assert contentdates.content_date(undated, index) == pd.Timestamp("2023-03-13")


@pytest.mark.parametrize("undated", [
    "Halvorsen met Ilves in Tallinn on Tuesday. Ilves called Halvorsen again on Wednesday.",  # another event
    "Okonkwo spoke on Tuesday.",  # too little evidence
    "",
])
def test_no_content_date_without_agreeing_evidence(undated):
    index = contentdates.corpus_index(DATED, DATES)
    assert contentdates.content_date(undated, index) is None


def test_first_word_of_a_sentence_is_a_name_only_if_capitalised_elsewhere():
    keys = contentdates.name_keys("During the call Okonkwo thanked Valdivieso.", {"okonkwo", "valdivieso"})
    assert keys == {"okonk", "valdi"}


def test_one_agreeing_cue_is_enough_only_for_an_article_already_matched_to_the_event():
    index = contentdates.corpus_index(DATED, DATES)
    undated = "Okonkwo phoned Valdivieso on Tuesday."
    assert contentdates.content_date(undated, index) is None
    assert contentdates.content_date(undated, index, contentdates.MIN_SUPPORT_SAME_EVENT) == pd.Timestamp("2023-03-14")


def test_past_cues_the_corpus_does_not_date_pull_the_day_to_the_end_of_the_story():
    index = contentdates.corpus_index(DATED, DATES)
    # Tuesday's call and Thursday's meeting are confirmed; the Friday and Saturday the corpus
    # does not report run on from them, so the piece was written on Saturday the 18th, not Thursday
    undated = ("Okonkwo called Valdivieso on Tuesday. On Thursday Quiroga and Okonkwo met in Lima. "
               "Ferreyra flew home on Friday. Brandauer resigned on Saturday.")
    assert contentdates.content_date(undated, index) == pd.Timestamp("2023-03-18")


def test_a_past_cue_days_after_the_story_does_not_move_the_day():
    index = contentdates.corpus_index(DATED, DATES)
    # "Monday" would be the 20th only if the piece were written four days after its last confirmed
    # day, with nothing reported in between: it is the Monday before, and the day stays the 16th
    undated = ("Okonkwo called Valdivieso on Tuesday. On Thursday Quiroga and Okonkwo met in Lima. "
               "Brandauer had resigned on Monday.")
    assert contentdates.content_date(undated, index) == pd.Timestamp("2023-03-16")
