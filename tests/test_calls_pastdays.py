"""Past and planned contacts dated against the article's day: a recalled month and day lies
before it, a plan after it, and a contact counted back ("four weeks earlier") keeps a span."""

import pandas as pd
import pytest

from helpers.calls.dates import resolve
from helpers.calls.identity import reachable

NOVEMBER = pd.Timestamp("2031-11-10")


@pytest.mark.parametrize("words", ["on March 5", "5 March", "March 5th"])
def test_a_month_and_day_recalled_as_past_is_before_the_article(words):
    # "when the two leaders met in Oslo on March 5", said in November
    assert resolve(words, NOVEMBER, "happened")["date"] == pd.Timestamp("2031-03-05")


def test_a_planned_month_and_day_is_the_next_one():
    # "the envoys will meet on March 5", said in November
    assert resolve("on March 5", NOVEMBER, "planned")["date"] == pd.Timestamp("2032-03-05")
    assert resolve("on November 12", NOVEMBER, "planned")["date"] == pd.Timestamp("2031-11-12")


def test_a_past_month_and_day_just_before_the_new_year():
    assert resolve("December 30", pd.Timestamp("2032-01-03"), "happened")["date"] == pd.Timestamp("2031-12-30")


@pytest.mark.parametrize("words, span", [
    ("four weeks earlier", "2031-10-10/2031-10-16"),
    ("two weeks ago", "2031-10-24/2031-10-30"),
    ("two months ago", "2031-09-01/2031-09-30"),
])
def test_a_contact_counted_back_keeps_an_approximate_span(words, span):
    # "Kovar and Lindqvist had last met in Geneva four weeks earlier"
    found = resolve(words, NOVEMBER, "happened")
    assert found["date"] is None and found["date_approx"] == span


def test_a_plan_joins_no_contact_of_the_pair_before_the_day_it_was_written():
    # "Minister Kovar is due in Oslo on Thursday to brief Lindqvist": not their talks of the week before
    days = {pd.Timestamp("2031-11-06"), pd.Timestamp("2031-11-13")}
    assert reachable(days, NOVEMBER, "planned") == {pd.Timestamp("2031-11-13")}


def test_a_recalled_month_and_day_after_a_plan_word_is_not_read_ahead():
    from helpers.calls.dating import _direction
    sentence = "It is to be recalled that Kovar and Lindqvist held talks in Tromso on 3 and 4 May."
    june = pd.Timestamp("2031-06-14")
    assert resolve("3 and 4 May", june, _direction("3 and 4 May", sentence, "happened"))["date"] == \
        pd.Timestamp("2031-05-04")
    ahead = "Kovar is expected in Oslo on Monday, where he hopes to meet Lindqvist."
    assert _direction("on Monday", ahead, "happened") == "planned"


def test_a_weekday_in_an_undated_story_takes_the_day_another_article_planned():
    # dated article: "Kovar is due in Oslo on Thursday to brief Lindqvist" (identity gave it Thursday 13th);
    # undated analysis guessed as of the 11th: "On Thursday Kovar flew to Oslo to meet Lindqvist"
    from helpers.calls.dating import INFERRED, align_to_dated_contacts
    cm = pd.DataFrame({"article_id": ["plan", "analysis"], "date": [pd.NaT, pd.Timestamp("2031-11-06")],
                       "background": [False, False], "event_id": ["2031-11-13 k", "2031-11-06 k"],
                       "date_source": [None, "weekday + " + INFERRED]})
    refs = {"plan": (pd.Timestamp("2031-11-12"), "header date"), "analysis": (pd.Timestamp("2031-11-11"), INFERRED)}
    aligned = align_to_dated_contacts(cm, ["k", "k"], refs)
    assert aligned["date"].iloc[1] == pd.Timestamp("2031-11-13")


def _pair_anaphor(date_expr, approx):
    return {"pair_anaphor": True, "background": True, "date": pd.NaT, "date_expr": date_expr, "date_approx": approx, "channel": "in_person"}


TALKS = {"participants": ["Anja Lindqvist", "Dario Kovar"], "group": None, "background": False,
         "date": pd.Timestamp("2031-11-08"), "event_id": "2031-11-08 talks"}


def test_a_pair_last_met_weeks_earlier_is_no_part_of_their_current_contact():
    # "Kovar and Lindqvist met in Oslo on Saturday. The two men had last met in Bern four weeks earlier."
    from helpers.calls.linking import earlier_contact_of
    found = earlier_contact_of(_pair_anaphor("in Bern four weeks earlier", "2031-10-10/2031-10-16"), TALKS)
    assert found.startswith("2031-10-11 ")
    # "The two had last met in Bern last month": the month's span, not Saturday's talks
    found = earlier_contact_of(_pair_anaphor("in Bern last month", "2031-10-01/2031-10-31"), TALKS)
    assert found.startswith("~2031-10-01/2031-10-31 ")
    assert earlier_contact_of(_pair_anaphor("on Saturday", None) | {"background": False}, TALKS) is None
