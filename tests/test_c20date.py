"""Contact days, session 20: the day a contact is on when the text gives it only through
its status or its story (invented texts, leaders not in the gazetteer)."""

from __future__ import annotations

import pytest

from helpers import analyze_text


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
