"""Who takes part in a contact, and what is no contact (invented texts): the reporter of a
call is no party, a parser's misread object, bodies listed after "the heads of", an office
standing for its holder, a day counted from an event, dispositions and people carried."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers import analyze_text


def _contacts(text: str, date: str = "2031-05-08") -> set:
    calls = analyze_text(text, date=date, outlet="Test Wire").calls
    return {(tuple(sorted(r.participants)), None if pd.isna(r.date) else f"{r.date:%Y-%m-%d}")
            for r in calls.itertuples()}


CASES = [
    pytest.param(
        "Ministry spokesman Tomas Varga said the talks had been useful. Varga declined to say more.\n\n"
        "On Monday, Raimo Kettunen spoke with Portuguese Foreign Minister Joana Leal and, after that call, with "
        "Spain's foreign minister, Carlos Ibarra Soto, Varga said.",
        {(("Joana Leal", "Raimo Kettunen"), "2031-05-05"), (("Carlos Ibarra Soto", "Raimo Kettunen"), "2031-05-05")},
        id="reporter-after-a-titled-counterpart"),
    pytest.param(
        "On Tuesday, Raimo Kettunen rang Joana Leal, the Portuguese foreign minister, and only after that did he "
        "call Carlos Ibarra Soto.",
        {(("Joana Leal", "Raimo Kettunen"), "2031-05-06"), (("Carlos Ibarra Soto", "Raimo Kettunen"), "2031-05-06")},
        id="object-read-as-second-subject"),
    pytest.param(
        "Nordic Council chairperson Raimo Kettunen spoke with Joana Leal on Monday. Ministers met in Oslo. "
        "The Nordic Council chairperson then flew to Lisbon on Wednesday, where he met Aurelio Bastidas.",
        {(("Joana Leal", "Raimo Kettunen"), "2031-05-05"), (("Aurelio Bastidas", "Raimo Kettunen"), "2031-05-07")},
        id="pronoun-after-an-office-subject"),
    pytest.param(
        "Imran Varga said on Thursday that he was ready to speak to Joana Leal at any time.", set(), id="ready-to"),
    pytest.param(
        "Kettunen said Joana Leal was willing to meet Carlos Ibarra Soto.", set(), id="willing-to"),
    pytest.param(
        "The captured pilot, Aurelio Bastidas, will be examined in Porto before being flown to Lisbon.", set(),
        id="carried-is-no-visit"),
    pytest.param(
        "Late on Thursday, Raimo Kettunen held a video conference with Norway's Erik Lund Berg, Portugal's Joana "
        "Leal, Malta's Carmel Vella Zammit and the envoy Aurelio Bastidas, two diplomats said.",
        {(("Aurelio Bastidas", "Carmel Vella Zammit", "Erik Lund Berg", "Joana Leal", "Raimo Kettunen"), "2031-05-08")},
        id="list-of-possessed-names"),
    pytest.param(
        "William Ruto met Paul Kagame in Kigali on Sunday. Ruto also met Victor Ingabire in Kigali on Sunday. "
        "Kenya's president William Ruto, who met Kagame and Ingabire in Kigali on Sunday, briefed Joana Leal by "
        "phone on Monday.",
        {(("Paul Kagame", "William Ruto"), "2031-05-04"), (("Victor Ingabire", "William Ruto"), "2031-05-04"),
         (("Joana Leal", "William Ruto"), "2031-05-05")},
        id="summary-of-one-to-one-meetings-and-a-briefing"),
    pytest.param("A ministry spokesman briefed reporters on Monday.", set(), id="briefing-reporters-is-no-contact"),
    pytest.param(
        "Raimo Kettunen's two calls on Monday, first to Joana Leal and then to Carlos Ibarra Soto, produced little, "
        "and Aurelio Bastidas's dash to Madrid came only after the deal was done.",
        {(("Joana Leal", "Raimo Kettunen"), "2031-05-05"), (("Carlos Ibarra Soto", "Raimo Kettunen"), "2031-05-05")},
        id="subject-beside-the-contact-noun-is-no-party"),
    pytest.param(
        "Finnish Prime Minister Joana Leal said the vote would go ahead. Raimo Kettunen spoke with Carlos Ibarra Soto "
        "on Monday. Later on Monday Kettunen called the Finnish prime minister to assure her of support.",
        {(("Carlos Ibarra Soto", "Raimo Kettunen"), "2031-05-05"), (("Joana Leal", "Raimo Kettunen"), "2031-05-05")},
        id="called-an-office-holder"),
    pytest.param(
        "Carlos Ibarra Soto met Joana Leal on Monday. Ibarra's foreign minister, Aurelio Bastidas, is expected to "
        "travel to New York this weekend.",
        {(("Carlos Ibarra Soto", "Joana Leal"), "2031-05-05")}, id="owner-of-a-title-is-not-its-holder"),
    pytest.param(
        "Carlos Ibarra Soto spoke with Joana Leal on Monday. He is due in Lisbon on May 13 for his first formal "
        "meeting with Aurelio Bastidas.",
        {(("Carlos Ibarra Soto", "Joana Leal"), "2031-05-05"), (("Aurelio Bastidas", "Carlos Ibarra Soto"), "2031-05-13")},
        id="his-is-he"),
    pytest.param(
        "Earlier on Friday, Minister of State Adel al-Rashid called on Prime Minister Joana Leal at her office in "
        "Lisbon. The envoy called on Carlos Ibarra Soto to stop the strikes.",
        {(("Adel al-Rashid", "Joana Leal"), "2031-05-02")}, id="called-on-a-person-is-a-visit"),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_parties_of_a_contact(text, expected):
    assert _contacts(text) == expected


def test_a_day_counted_from_an_event_dates_no_contact():
    found = _contacts("Raimo Kettunen announced the plan on Monday evening. On the first Monday of the crisis, "
                      "Kettunen rang Joana Leal. The following day, he called Carlos Ibarra Soto.", "2031-05-15")
    assert found == {(("Joana Leal", "Raimo Kettunen"), None), (("Carlos Ibarra Soto", "Raimo Kettunen"), None)}


def test_bodies_listed_after_the_heads_of_stand_for_their_heads():
    corpus = analyze_text(
        "Raimo Kettunen will hold a video conference on Thursday with Nordic Council chairperson Joana Leal, "
        "Baltic Assembly Secretary-General Carlos Ibarra Soto and the envoy Aurelio Bastidas, his office said. "
        "Kettunen on Friday led a video conference with the heads of the Nordic Council, the Baltic Assembly "
        "and the regional bloc NORBA.", date="2031-05-07", outlet="Test Wire")
    roles = dict(zip(corpus.actors["actor"], corpus.actors["role"]))
    assert roles["Carlos Ibarra Soto"] == "Baltic Assembly Secretary-General"
    assert sorted(map(sorted, corpus.calls["participants"])) == [
        ["Aurelio Bastidas", "Carlos Ibarra Soto", "Joana Leal", "Raimo Kettunen"],
        ["Carlos Ibarra Soto", "Joana Leal", "Raimo Kettunen"]]


@pytest.mark.parametrize("names, expected", [
    (["Mahamat Aurelio Bastidas", "Bastidas Moreno"], {"Bastidas Moreno": "Mahamat Aurelio Bastidas"}),
    (["Aurelio Bastidas Moreno", "Bastidas Leon"], {}),  # "Bastidas" is not this man's surname
    (["Joana Ribeiro Al", "Al Cunha"], {}),  # a particle is no surname
])
def test_a_name_with_one_more_family_name_after_the_surname(names, expected):
    from helpers.calls.variants import canonical_names
    found = canonical_names(names, {names[0]: 5, names[1]: 1})
    assert {k: v for k, v in found.items() if k == names[1]} == expected


def test_a_trip_in_a_plan_is_planned_and_its_meeting_shares_its_day():
    calls = analyze_text("Raimo Kettunen is due to see Carlos Ibarra Soto on Thursday in Madrid, before flying on to "
                         "Lisbon on Friday to meet Joana Leal.", date="2031-05-06", outlet="Test Wire").calls
    leal = calls[calls["participants"].map(lambda p: "Joana Leal" in p)]
    assert [(r.status, f"{r.date:%Y-%m-%d}") for r in leal.itertuples()] == [("planned", "2031-05-09")]


def test_talks_where_someone_went_are_in_person():
    calls = analyze_text("Raimo Kettunen landed in Lisbon on Tuesday and went straight to the presidential palace, "
                         "where he talked with Joana Leal for two hours.", date="2031-05-08", outlet="Test Wire").calls
    assert set(calls["channel"]) == {"in_person"}


def test_a_spokesperson_who_reports_a_contact_is_no_party():
    found = _contacts("Presidential spokesman Tomas Varga said Raimo Kettunen spoke with Joana Leal by phone on "
                      "Monday. During the call with Varga present, Kettunen described the talks as useful, "
                      "Varga said.")
    assert not any("Tomas Varga" in people for people, _ in found)


@pytest.mark.parametrize("text, expected", [
    ("Premier Raimo Kettunen pressed Joana Leal for a seat at the table during a telephone call on Monday.",
     {(("Joana Leal", "Raimo Kettunen"), "2031-05-05")}),
    ("Raimo Kettunen thanked Joana Leal for her support in a call on Monday.",
     {(("Joana Leal", "Raimo Kettunen"), "2031-05-05")}),
    ("Raimo Kettunen discussed the truce during a call on Monday.", set()),
])
def test_the_object_of_what_one_party_did_during_a_contact_is_the_other(text, expected):
    assert _contacts(text) == expected


@pytest.mark.parametrize("text", [
    "The talks between Foreign Minister Raimo Kettunen and his counterpart Joana Leal began on Monday, a diplomat "
    "said, and ran through the night with Carlos Ibarra Soto shuttling between the two delegations.",
    "On Monday, Raimo Kettunen held talks with Joana Leal hosted by Carlos Ibarra Soto.",
])
def test_the_host_or_mediator_of_talks_takes_part(text):
    assert _contacts(text) == {(("Carlos Ibarra Soto", "Joana Leal", "Raimo Kettunen"), "2031-05-05")}


def test_the_chair_of_a_session_a_group_met_for_is_no_party_of_the_group():
    found = _contacts("On Monday the 27 EU foreign ministers met in Brussels for an emergency session chaired by "
                      "Carlos Ibarra Soto.")
    assert not any("Carlos Ibarra Soto" in people for people, _ in found)
