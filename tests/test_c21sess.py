"""Contacts of more than two parties (issue 13, session 21): people the clause places in the
room ("accompanied by", "in the presence of", "witnessed by", "with A looking on") are parties
of that contact; people who travel together to a place are no contact of each other, so
their meeting with the host is not split into pairs."""
import pytest

from helpers import analyze_text


def parties(text: str, date: str = "2031-04-09") -> set[tuple[str, ...]]:
    calls = analyze_text(text, date=date, outlet="Test Wire", cache=False).calls
    return {tuple(sorted(p)) for p in calls["participants"]} if len(calls) else set()


@pytest.mark.parametrize("text, expected", [
    ("Defence Secretary Pablo Ferreira, accompanied by General Tomas Barreto and adviser Oskar Lind, met President "
     "Adriana Costa on Monday evening in Lisbon.",
     ("Adriana Costa", "Oskar Lind", "Pablo Ferreira", "Tomas Barreto")),
    ("President Adriana Costa received Envoy Pablo Ferreira in Lisbon on Monday in the presence of Foreign Minister "
     "Tomas Barreto.",
     ("Adriana Costa", "Pablo Ferreira", "Tomas Barreto")),
    ("President Helena Varga, President Adriana Costa and President Pablo Ferreira initialled the agreement at noon "
     "on Monday, with Secretary Tomas Barreto and mediator Oskar Lind looking on.",
     ("Adriana Costa", "Helena Varga", "Oskar Lind", "Pablo Ferreira", "Tomas Barreto")),
    ("President Pablo Ferreira, President Adriana Costa and President Oskar Lind signed the text on Monday in a "
     "ceremony witnessed by Secretary Helena Varga and mediator Tomas Barreto.",
     ("Adriana Costa", "Helena Varga", "Oskar Lind", "Pablo Ferreira", "Tomas Barreto")),
])
def test_people_present_are_parties_of_the_one_contact(text, expected):
    assert parties(text) == {expected}


@pytest.mark.parametrize("text", [
    "President Pablo Ferreira met President Adriana Costa on Monday, accompanied by 18 aides.",
    "President Pablo Ferreira met President Adriana Costa on Monday while Oskar Lind watched the match at home.",
])
def test_words_that_name_no_one_present_add_no_party(text):
    assert parties(text) == {("Adriana Costa", "Pablo Ferreira")}


def test_fellow_travellers_meet_their_host_together():
    found = parties("President Helena Varga and President Oskar Lind arrived in Oslo on Friday morning and spent "
                    "more than seven hours with President Pieter Janssen at the palace.")
    assert found == {("Helena Varga", "Oskar Lind", "Pieter Janssen")}


def test_travelling_together_is_no_contact():
    assert parties("President Helena Varga and President Oskar Lind flew to Oslo on Monday.") == set()


def test_they_after_a_company_is_the_company():
    found = parties("President Helena Varga, the bloc's mediator, was joined by President Oskar Lind, Norland's Tomas "
                    "Barreto and former president Adriana Costa. They met President Pieter Janssen at State House on "
                    "Friday, an official said.")
    assert found == {("Adriana Costa", "Helena Varga", "Oskar Lind", "Pieter Janssen", "Tomas Barreto")}


def test_two_parties_joined_by_others_are_one_meeting():
    found = parties("The decisive meeting took place on Saturday evening in the lodge. President Pablo Ferreira and "
                    "President Adriana Costa were joined by Foreign Minister Tomas Barreto, Secretary Oskar Lind and "
                    "the Attorney General, Helena Varga.")
    assert found == {("Adriana Costa", "Helena Varga", "Oskar Lind", "Pablo Ferreira", "Tomas Barreto")}


@pytest.mark.parametrize("text", [
    "President Pablo Ferreira was joined by his aides on Monday.",
    "The ministers arrived on Monday. They met President Pieter Janssen.",
])
def test_no_company_no_party(text):
    assert parties(text) == set()


@pytest.mark.parametrize("text", [
    "Foreign ministers Oskar Lind and Tomas Barreto met in Geneva in March in talks hosted by Foreign Minister "
    "Adriana Costa.",
    "The ministers met in Brussels on Wednesday in a session chaired by Foreign Minister Adriana Costa, with Oskar "
    "Lind and Tomas Barreto attending.",
])
def test_host_chair_and_attendees_are_parties(text):
    assert parties(text) == {("Adriana Costa", "Oskar Lind", "Tomas Barreto")}


def test_a_host_country_is_no_party():
    assert parties("Oskar Lind met Tomas Barreto at the summit hosted by Norland on Monday.") == \
        {("Oskar Lind", "Tomas Barreto")}


def test_a_trip_to_meet_two_is_one_meeting_of_three():
    found = parties("President Pablo Ferreira was expected to fly on to Lisbon later on Wednesday evening to meet "
                    "Portuguese President Adriana Costa and Norland's president-elect Tomas Barreto, who has been "
                    "staying in the capital since Sunday, officials said.")
    assert found == {("Adriana Costa", "Pablo Ferreira", "Tomas Barreto")}


def test_the_hosts_of_a_conference_of_many_are_no_contact_of_their_own():
    calls = analyze_text("Donors pledged aid on Sunday at a video conference co-hosted by President Oskar Lind and "
                         "Secretary-General Adriana Costa.", date="2031-04-09", outlet="Test Wire", cache=False).calls
    assert "video" not in set(calls["channel"]) if len(calls) else True
