"""Precision and parties of contacts (issue 13, session 22): counterparts named without the side
that met them are no contact of each other; "called X a terrorist" labels, no call; a contact
told of ("to tell him of the visit") is no contact of teller and told; a fronted clause's object
misread as the subject; a person conjoined to a group counterpart; a trip to a conference has
no guessed host; a carried message is met in person; "spoke in pairs" is no contact of all; a
list of "title, Name" items keeps every name."""
import pytest

from helpers import analyze_text


def calls(text: str, date: str = "2031-04-09"):
    return analyze_text(text, date=date, outlet="Test Wire").calls


def parties(text: str) -> set[tuple[str, ...]]:
    found = calls(text)
    return {tuple(sorted(p)) for p in found["participants"]} if len(found) else set()


@pytest.mark.parametrize("text", [
    # the side that met them is not named: the two are no contact of each other
    "A diplomat said the meeting with Foreign Minister Omar Haddad and his deputy Peter Miller lasted half an hour.",
    "A spokesman said the calls with Omar Haddad and Peter Miller came first.",
    "She later met Omar Haddad and Peter Miller for breakfast.",
    # a label, not a call
    "Omar Haddad called the Arcadian prime minister a terrorist on Friday.",
    "The conference closed on Friday, as Foreign Minister Omar Haddad held up a poster of Peter Miller and called the "
    "Arcadian prime minister a terrorist.",
    # many bilateral contacts, none of them all
    "Peter Miller, Jane Roe, Omar Haddad and Adel Karim all spoke in pairs during the final week.",
])
def test_no_contact_between_the_people_named(text):
    assert parties(text) == set()


@pytest.mark.parametrize("text, expected", [
    ("The talks between Omar Haddad and Peter Miller lasted an hour on Monday.", {("Omar Haddad", "Peter Miller")}),
    ("The first round of direct talks, in Baghdad two years ago, brought together Omar Haddad, the intelligence chief, "
     "and Peter Miller, a deputy secretary.", {("Omar Haddad", "Peter Miller")}),
    ("Jane Roe met Omar Haddad and Peter Miller on Monday.", {("Jane Roe", "Omar Haddad", "Peter Miller")}),
    ("Jane Roe called Peter Miller a day after the vote.", {("Jane Roe", "Peter Miller")}),
])
def test_contacts_of_both_sides_stay(text, expected):
    assert parties(text) == expected


def test_a_fronted_clause_object_is_not_the_caller():
    found = parties("After meeting Peter Miller, Jane Roe called Omar Haddad.")
    assert found == {("Jane Roe", "Peter Miller"), ("Jane Roe", "Omar Haddad")}


def test_a_visit_told_of_is_no_contact_of_the_caller():
    found = calls("On Saturday Jane Roe called Omar Haddad to tell him of the visit.")
    assert set(found["channel"]) == {"phone"}


def test_a_person_beside_a_group_keeps_the_group():
    found = calls("Secretary of State Jane Roe held a video call with her Group of Seven counterparts and the EU's top "
                  "diplomat Josep Borell on Saturday.")
    assert [sorted(p) for p in found["participants"]] == [["Group of Seven counterparts", "Jane Roe", "Josep Borell"]]


@pytest.mark.parametrize("trip", [
    "Secretary of State Jane Roe is scheduled to fly to Rome on Wednesday for an international conference on Lebanon.",
    "Secretary of State Jane Roe will travel to Rome on Monday to participate in the emergency meeting of the "
    "Arab foreign ministers.",
])
def test_a_trip_to_a_gathering_has_no_guessed_host(trip):
    assert parties("Italian Foreign Minister Marco Bianchi said the war must end. " + trip) == set()


def test_a_trip_for_talks_keeps_its_host():
    found = parties("Italian Foreign Minister Marco Bianchi said the war must end. Secretary of State Jane Roe will fly "
                    "to Rome on Wednesday for talks.")
    assert found == {("Jane Roe", "Marco Bianchi")}


def test_a_carried_message_is_met_in_person():
    found = calls("Ambassador Adel Karim met with Speaker Omar Haddad yesterday for one hour and conveyed to him a "
                  "message from Foreign Minister Peter Miller.")
    assert [(sorted(p), c) for p, c in zip(found["participants"], found["channel"])] == [
        (["Adel Karim", "Omar Haddad"], "in_person")]


def test_a_list_of_titled_names_keeps_every_name():
    found = parties("On Saturday Mr Haddad hosted the Turkish prime minister, Peter Miller, the Emir of Qatar, Sheikh "
                    "Adel Karim, and the exiled Hamas leader Jane Roe at his palace.")
    assert found == {("Adel Karim", "Haddad", "Jane Roe", "Peter Miller")}
