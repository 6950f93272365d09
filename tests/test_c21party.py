"""Spurious contacts and wrong parties (issue 13, session 21): a trip to a country whose host
the text does not name is no contact, even when "the meeting" or "the two ministers" is linked
to it; an opposition leader is no country's host and the head of an international body has no
counterpart of his office in the country he visits; a speech to an audience, speaking on a
body's behalf, a vehicle's journey and people travelling together are no contacts; whoever
hands over the transcript of a call is no party to it; a tally of many calls is no contact."""
import pytest

from helpers import analyze_text


def parties(text: str, date: str = "2031-04-09") -> set[tuple[str, ...]]:
    calls = analyze_text(text, date=date, outlet="Test Wire").calls
    return {tuple(sorted(p)) for p in calls["participants"]} if len(calls) else set()


@pytest.mark.parametrize("text", [
    # an unhosted trip, and a handshake of "the two ministers" linked to it: no named counterpart
    "Foreign Minister Peter Miller of Arcadia arrived in Peru on Thursday night. The two ministers shook hands for "
    "the cameras at 9 a.m. on Friday.",
    # a speech to a party's deputies
    "Peter Miller began speaking to the parliamentary group of his Unity Party in Tirana at noon.",
    # co-travellers are no contact of each other
    "Chancellor Peter Miller and President Daniel Okafor arrived in Lima on Tuesday afternoon.",
    "Chancellor Peter Miller and President Daniel Okafor were to fly on to Lima later on Thursday.",
    # a tally of many contacts is none of them
    "Peter Miller, who by his own aides' count has spoken to Daniel Okafor by phone roughly 40 times since the war "
    "began, is uneasy.",
    "Peter Miller has met Daniel Okafor several times since 2029.",
    # the UN's head has no "minister" counterpart in the country he visits
    "Norwegian Foreign Minister Rosa Lunde met her Danish counterpart on Monday. UN Secretary-General Tomas Berg "
    "flew to Oslo on Tuesday.",
])
def test_no_contact_is_made_up(text):
    assert parties(text) == set()


def test_who_hands_over_a_record_of_a_call_is_no_party():
    found = parties("The minister handed Peter Miller the transcript of a telephone conversation between Daniel Okafor "
                    "and Hassan Rahimi.")
    assert found == {("Daniel Okafor", "Hassan Rahimi")}


def test_an_opposition_leader_is_no_host():
    found = parties("Norwegian opposition leader Carla Holm protested on Sunday; Holm said she would fight on, and "
                    "Ms Holm's allies agreed with Holm. Danish Prime Minister Lars Dahl flew to Oslo on Monday, and the "
                    "Norwegian Prime Minister, Ana Vik, spoke to reporters.")
    assert ("Carla Holm", "Lars Dahl") not in found
    assert found == {("Ana Vik", "Lars Dahl")}


@pytest.mark.parametrize("text, expected", [
    ("Peter Miller flew to Lima on Tuesday to meet President Daniel Okafor.", {("Daniel Okafor", "Peter Miller")}),
    ("Peter Miller and Daniel Okafor spoke for an hour on Monday.", {("Daniel Okafor", "Peter Miller")}),
    ("Peter Miller spoke to Daniel Okafor on Monday.", {("Daniel Okafor", "Peter Miller")}),
    ("Peter Miller spoke to Daniel Okafor twice on Monday.", {("Daniel Okafor", "Peter Miller")}),
    ("Peter Miller released a readout of his call with Daniel Okafor on Monday.", {("Daniel Okafor", "Peter Miller")}),
])
def test_real_contacts_stay(text, expected):
    assert parties(text) == expected
