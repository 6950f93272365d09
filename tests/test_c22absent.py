"""Contacts not found at all (issue 13, session 22): a signing "with" hung on the signed text,
a host or guest named by a title with the name beside it, an object the parser reads as the
day's apposition, a subject under a misparsed "since", words said to a person over a named
channel, people shown together at a place, a delegation's named members, and those present
"with the participation of" someone. Each has a near miss that stays no contact."""
import pytest

from helpers import analyze_text


def parties(text: str, date: str = "2031-04-09") -> set[tuple[str, ...]]:
    calls = analyze_text(text, date=date, outlet="Test Wire", cache=False).calls
    return {tuple(sorted(p)) for p in calls["participants"]} if len(calls) else set()


def channels(text: str) -> set[str]:
    calls = analyze_text(text, date="2031-04-09", outlet="Test Wire", cache=False).calls
    return set(calls["channel"]) if len(calls) else set()


def test_signing_with_a_person_hung_on_the_text_is_a_meeting():
    text = ("Pablo Ferreira, who arrived in Lisbon on Thursday night, also signed an agreement with Foreign "
            "Minister Adriana Costa on Friday morning restoring relations.")
    assert parties(text) == {("Adriana Costa", "Pablo Ferreira")}


@pytest.mark.parametrize("text", [
    "Norland signed a trade deal with Adriana Costa's government on Friday.",
    "President Pablo Ferreira signed a decree on Friday with his favourite pen.",
])
def test_signing_with_no_named_counterpart_is_no_contact(text):
    assert parties(text) == set()


def test_received_by_an_office_with_its_holders_name():
    text = ("Omar Haddad heads the group. In late July he was received in Tianjin by Norland's foreign minister, "
            "Adriana Costa.")
    assert parties(text) == {("Adriana Costa", "Omar Haddad")}


def test_a_letter_received_by_a_minister_is_no_meeting():
    assert parties("The letter was received by Norland's foreign minister, Adriana Costa, on Monday.") == set()


def test_object_written_after_the_day_is_the_one_met():
    text = "President Pablo Ferreira met on Wednesday the Prime Minister of Arcadia, Oskar Lind."
    assert parties(text) == {("Oskar Lind", "Pablo Ferreira")}


def test_subject_hung_under_since_meets_with_the_host():
    text = ("Wednesday's meeting was the highest-level contact between the two governments since the foreign "
            "ministers, Pablo Ferreira and Adriana Costa, met in Oslo in March in talks hosted by Norlandic Foreign "
            "Minister Oskar Lind.")
    assert parties(text) == {("Adriana Costa", "Oskar Lind", "Pablo Ferreira")}


@pytest.mark.parametrize("text, channel", [
    ("President Oskar Lind had his own reasons for embarrassment. President Pablo Ferreira had assured him in "
     "person barely a week earlier that Norland would not attack, officials say.", "in_person"),
    ("President Pablo Ferreira told President Oskar Lind by phone on Monday that the border would stay open.",
     "phone"),
])
def test_words_said_over_a_named_channel_are_a_contact(text, channel):
    assert parties(text) == {("Oskar Lind", "Pablo Ferreira")}
    assert channels(text) == {channel}


@pytest.mark.parametrize("text", [
    "President Pablo Ferreira told reporters by phone on Monday that the border would stay open.",
    "President Pablo Ferreira urged President Oskar Lind on Monday to keep the border open.",
    "President Pablo Ferreira told Reuters by telephone that the talks were over.",
])
def test_words_said_with_no_channel_or_no_person_are_no_contact(text):
    assert parties(text) == set()


def test_standing_side_by_side_at_a_place_is_a_meeting():
    text = ("Since President Pablo Ferreira and Chancellor Oskar Lind stood side by side at Versailles last month to "
            "mark the treaty, the two capitals have acted as one.")
    assert parties(text) == {("Oskar Lind", "Pablo Ferreira")}


@pytest.mark.parametrize("text", [
    "President Pablo Ferreira and Chancellor Oskar Lind stood together on the issue of sanctions.",
    "President Pablo Ferreira appeared on television on Monday.",
])
def test_a_stance_or_a_broadcast_is_no_meeting(text):
    assert parties(text) == set()


def test_named_members_of_a_delegation_go_to_its_meeting():
    text = ("In Gaza, the League secretary general, Pablo Ferreira, led a delegation of nine foreign ministers and "
            "Norland's Oskar Lind to meet the Hamas prime minister, Tomas Barreto. The three men appeared together "
            "briefly before cameras at Barreto's office.")
    assert parties(text) == {("Oskar Lind", "Pablo Ferreira", "Tomas Barreto")}


def test_with_the_participation_of_someone_is_presence():
    text = ("The meeting came after President Helena Varga received on Saturday the Prime Minister of Norland Mr. "
            "Pablo Ferreira and President Oskar Lind, with participation of the head of the bureau of the movement "
            "Mr. Tomas Barreto.")
    found = parties(text)
    assert any({"Pablo Ferreira", "Oskar Lind", "Tomas Barreto"} <= set(p) for p in found)


def test_the_two_who_led_the_talks_are_its_parties():
    text = ("Norland and Arcadia finished after two hours. Diplomats say the talks, led by Pablo Ferreira for Norland "
            "and Oskar Lind for Arcadia, covered only the border zone.")
    assert parties(text) == {("Oskar Lind", "Pablo Ferreira")}


def test_talks_led_by_one_person_name_no_contact():
    assert parties("The talks, led by Pablo Ferreira, covered only the border zone.") == set()
