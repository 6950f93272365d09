"""Contact days, session 20: the day a contact is on when the text gives it only through
its status or its story (invented texts, leaders not in the gazetteer)."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers import analyze_text
from helpers.calls.facts import day_words
from helpers.calls.identity import assign_events


def _rows(text: str, date: str = "2031-05-16") -> set:
    calls = analyze_text(text, date=date, outlet="Test Wire").calls
    return {(tuple(sorted(r.participants)), f"{r.date:%Y-%m-%d}" if r.date == r.date else None, r.status)
            for r in calls.itertuples()}


PAIR = ("Arvo Kask", "Tove Lindqvist")


@pytest.mark.parametrize("text, expected", [
    # "the plan" is what they talked about: the call was held, on the last Tuesday (16 May 2031 is a Friday)
    pytest.param("Prime Minister Tove Lindqvist, who discussed the plan with Prime Minister Arvo Kask by phone on "
                 "Tuesday, called it a humanitarian operation.", {(PAIR, "2031-05-13", "happened")}, id="relcl-topic"),
    pytest.param("Tove Lindqvist discussed the plan with Arvo Kask by phone on Tuesday.",
                 {(PAIR, "2031-05-13", "happened")}, id="main-clause-topic"),
    # a plan of the contact itself stays one
    pytest.param("Tove Lindqvist plans to meet Arvo Kask on Tuesday.", {(PAIR, "2031-05-20", "planned")}, id="plans-to"),
    pytest.param("Tove Lindqvist, who will discuss the schedule with Arvo Kask on Tuesday, called it a humanitarian "
                 "operation.", {(PAIR, "2031-05-20", "planned")}, id="will-discuss"),
])
def test_a_plan_that_is_the_topic_of_a_contact_makes_no_plan(text, expected):
    assert _rows(text) == expected


def test_the_newest_entries_of_a_live_page_are_on_its_day_above_an_entry_of_the_day_before():
    page = ("Live: harbour talks in Gdynia collapse\n\n15:20 GMT\n\nThe port is closed, officials say.\n\n"
            "14:05 GMT\n\nRaimo Kettunen spoke by phone with Joana Leal for about 15 minutes, a spokesman "
            "tells us.\n\n23:50 GMT (Tuesday)\n\nThe delegations are still inside the hall.")
    assert _rows(page, date="2031-05-14") == {(("Joana Leal", "Raimo Kettunen"), "2031-05-14", "happened")}


def contact_rows(rows):
    columns = ["article_id", "sent_idx", "participants", "group", "channel", "channel_stated", "background", "date",
               "date_approx", "status", "narrative_date", "reference_day", "guessed_day", "story_date", "told_later",
               "reference"]
    frame = pd.DataFrame(rows, columns=columns)
    for column in ["date", "narrative_date", "reference_day", "guessed_day", "story_date"]:
        frame[column] = pd.to_datetime(frame[column])
    return frame


def test_a_plan_in_an_article_of_an_inferred_day_joins_no_call_of_weeks_before_nor_takes_yesterday():
    pair = ["Okafor Lindqvist", "Tobias Renholm"]
    cm = contact_rows([
        # "Earlier, on 3 May, Lindqvist had a telephone conversation with Renholm" (an article of 4 May)
        ("a", 0, pair, None, "phone", True, False, "2031-05-03", None, "happened", None, "2031-05-04", None, None,
         False, False),
        # "(Yesterday ...) She is expected to speak to Renholm by telephone over the weekend", in an
        # article whose day, 16 May, is only inferred from the corpus
        ("b", 9, pair, None, "phone", True, False, None, None, "expected", "2031-05-15", None, "2031-05-16",
         "2031-05-15", False, False),
    ])
    ids = assign_events(cm)
    assert ids[0].startswith("2031-05-03")
    assert ids[1].startswith("undated ")


@pytest.mark.parametrize("text, expected", [
    # a second time of the same day: two contacts that day (16 May 2031 is a Friday)
    pytest.param("Arvo Kask had briefed Joana Leal on Saturday morning and again in the evening, a spokesman said.",
                 [("2031-05-10", "happened"), ("2031-05-10", "happened")], id="again-in-the-evening"),
    pytest.param("Tove Lindqvist met Raimo Kettunen twice on Sunday, once in the morning and again after 10pm, "
                 "according to her aides.", [("2031-05-11", "happened"), ("2031-05-11", "happened")], id="once-and-again"),
    # a second day: on that day
    pytest.param("Arvo Kask met Tove Lindqvist on Monday and again on Wednesday.",
                 [("2031-05-12", "happened"), ("2031-05-14", "happened")], id="again-on-another-day"),
    # "again" alone repeats an earlier contact the article does not tell: one contact
    pytest.param("Arvo Kask met Tove Lindqvist again on Monday.", [("2031-05-12", "happened")], id="again-alone"),
])
def test_and_again_is_a_second_contact(text, expected):
    calls = analyze_text(text, date="2031-05-16", outlet="Test Wire").calls
    assert sorted((f"{r.date:%Y-%m-%d}", r.status) for r in calls.itertuples()) == expected


STORY = ("OSLO, May 16 (Test Wire) - Talks on the fjord dispute ended in Oslo on Friday without a deal.\n\n"
         "Envoy Raimo Kettunen met Joana Leal in Bergen on Monday for almost four hours, a diplomat said.\n\n"
         "{middle}"
         "Prime Minister Arvo Kask telephoned President Mara Quell after the talks ended, his office said.")


@pytest.mark.parametrize("middle, expected", [
    # three paragraphs on, the story is back at its lead's day (Friday), not at Monday
    ("The alliance said its readiness to act remained in place.\n\n"
     "Foreign Minister Tove Lindqvist said her country would never support strikes.\n\n", "2031-05-16"),
    # the next paragraph still is at Monday
    ("", "2031-05-12"),
])
def test_a_day_named_three_paragraphs_back_no_longer_dates_a_contact(middle, expected):
    calls = analyze_text(STORY.format(middle=middle), date="2031-05-16", outlet="Test Wire").calls
    row = calls[calls["participants"].map(lambda p: "Mara Quell" in p)].iloc[0]
    assert (f"{row.date:%Y-%m-%d}" if row.date == row.date else None) == expected


def test_a_weekday_with_its_month_and_day_is_one_day_the_story_reaches(nlp):
    # "Tuesday, 6 May" is tagged "Tuesday" and "6 May": one day, as the weekday's clause tells it
    sent = next(nlp("When Arvo Kask stepped off a helicopter at Lake Manor on the afternoon of Tuesday, 6 May, "
                    "few officials expected the summit to last a week.").sents)
    assert [words for _, words, said in day_words(sent) if not said] == ["afternoon of Tuesday, 6 May"]


def test_a_month_and_day_the_story_reached_keeps_a_contact_off_the_pairs_other_day():
    pair = ["Okafor Lindqvist", "Tobias Renholm"]
    cm = contact_rows([
        ("a", 0, pair, None, "in_person", True, False, "2031-05-15", None, "happened", None, "2031-05-16", None, None,
         False, False),
        # "(On the afternoon of Tuesday, 6 May ...) Lindqvist met Renholm", in an article of 18 May
        ("b", 3, pair, None, "in_person", True, False, None, None, "happened", "2031-05-06", "2031-05-18", None,
         "2031-05-06", False, False),
    ]).assign(narrative_expr=[None, "afternoon of Tuesday, 6 May"])
    ids = assign_events(cm)
    assert ids[0].startswith("2031-05-15") and ids[1].startswith("2031-05-06")
