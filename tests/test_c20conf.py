"""Group contacts (issue 13, session 20): one party's call with several others is one call
when the text says so (a single call noun, "the four leaders" counting all of them); several
parties who "each" spoke to one, or in "separate calls", had one call each; a bare or tallied
plural ("told allies", "nine foreign leaders") and an office with no name ("the Head of
State") are never parties."""
import pytest

from helpers import analyze_text


def parties(text: str, date: str = "2031-04-09") -> set[tuple[str, ...]]:
    calls = analyze_text(text, date=date, outlet="Test Wire").calls
    return {tuple(sorted(p)) for p in calls["participants"]} if len(calls) else set()


ALL_FOUR = ("Daniel Okafor", "Hassan Rahimi", "Maria Lindqvist", "Peter Miller")
EACH_WITH_MILLER = {("Daniel Okafor", "Peter Miller"), ("Hassan Rahimi", "Peter Miller"),
                    ("Maria Lindqvist", "Peter Miller")}


@pytest.mark.parametrize("text", [
    "On Saturday President Peter Miller spoke with Prime Minister Daniel Okafor, Chancellor Hassan Rahimi and "
    "President Maria Lindqvist, his office said. The four leaders agreed to stay in close contact.",
    "Peter Miller's Saturday call with Daniel Okafor, Hassan Rahimi and Maria Lindqvist was mostly about saying "
    "nothing in public.",
])
def test_a_call_the_text_makes_one_is_one_group_contact(text):
    assert parties(text) == {ALL_FOUR}


@pytest.mark.parametrize("text", [
    # "the three leaders" are the counterparts only: three calls
    "On Saturday President Peter Miller spoke by phone with Prime Minister Daniel Okafor, Chancellor Hassan Rahimi "
    "and President Maria Lindqvist, his office said. The three leaders expressed support for his measures.",
    "Daniel Okafor, Hassan Rahimi and Maria Lindqvist each spoke to the Arcadian leader Peter Miller before dusk "
    "on Saturday.",
])
def test_calls_one_by_one_stay_one_row_each(text):
    assert parties(text) == EACH_WITH_MILLER


def test_separate_calls_of_two_parties_with_one_are_two_contacts():
    found = parties("Daniel Okafor and Hassan Rahimi offered their support to Peter Miller in separate calls on Monday.")
    assert found == {("Daniel Okafor", "Peter Miller"), ("Hassan Rahimi", "Peter Miller")}


def test_a_joint_meeting_of_two_with_one_stays_one():
    found = parties("Daniel Okafor and Hassan Rahimi met Peter Miller in Oslo on Monday.")
    assert found == {("Daniel Okafor", "Hassan Rahimi", "Peter Miller")}


@pytest.mark.parametrize("text", [
    "A spokesman said on Tuesday that Peter Miller had now spoken with nine foreign leaders since Saturday.",
    "Peter Miller said he had talked with leaders of more than 20 countries since the invasion.",
    "On Friday the ministers met the Norland envoy Peter Miller.",
    "Peter Miller said he had told allies in a call over the weekend to stay calm.",
    "Peter Miller held calls with foreign leaders on Monday.",
    "Minsk, 27 of June. The President of the Republic of Norland Peter Miller has told about the talks. On 25 of "
    "June the Head of State had the telephone conversation with the President of Arcadia Daniel Okafor.",
])
def test_descriptions_and_tallies_are_no_parties(text):
    found = parties(text)
    assert not any(p.islower() or "leaders" in p or "allies" in p or "Head of State" in p for c in found for p in c)


@pytest.mark.parametrize("text, group", [
    ("Peter Miller met European leaders in Oslo on Monday.", "European leaders"),
    ("Peter Miller spoke by telephone with congressional leaders on Monday.", "congressional leaders"),
])
def test_a_group_the_text_says_whose_is_a_party(text, group):
    assert parties(text) == {tuple(sorted(("Peter Miller", group)))}


@pytest.mark.parametrize("text, expected", [
    ("Arcadia asked for joint action on Wednesday, when Peter Miller flew to Oslo for talks with Prime Minister "
     "Daniel Okafor and Hassan Rahimi.", {("Daniel Okafor", "Hassan Rahimi", "Peter Miller")}),
    ("Peter Miller flew to Oslo on Wednesday for talks with Daniel Okafor.", {("Daniel Okafor", "Peter Miller")}),
])
def test_a_trip_to_a_city_for_talks_with_people_is_a_meeting_with_them(text, expected):
    assert parties(text) == expected


def test_a_trip_to_a_city_with_no_one_named_is_no_contact_and_no_failure():
    corpus = analyze_text("Peter Miller flew to Oslo on Wednesday.", date="2031-04-09", outlet="Test Wire")
    assert corpus.problems.empty and corpus.calls.empty


def test_a_planned_list_of_calls_is_the_one_call_of_them_all_reported_that_day():
    found = parties("An aide says President Peter Miller will speak by phone with Daniel Okafor, Hassan Rahimi and "
                    "Maria Lindqvist this morning.\nPeter Miller's call with Daniel Okafor, Hassan Rahimi and Maria "
                    "Lindqvist this morning lasted about 40 minutes, his office said.")
    assert found == {ALL_FOUR}


def test_a_planned_list_stays_split_when_no_call_of_them_all_is_reported():
    found = parties("An aide says President Peter Miller will speak by phone with Daniel Okafor, Hassan Rahimi and "
                    "Maria Lindqvist this morning.\nPeter Miller then spoke with Daniel Okafor this morning.")
    assert found == EACH_WITH_MILLER


def test_people_after_with_are_counterparts_of_one_call_each():
    found = parties("President Peter Miller spoke by phone on Monday evening with Norland's Emir, His Highness Sheikh "
                    "Daniel Okafor, and with Arcadian President Hassan Rahimi, the Kremlin said, the latest in a string "
                    "of calls with foreign leaders since the weekend revolt.")
    assert found == {("Daniel Okafor", "Peter Miller"), ("Hassan Rahimi", "Peter Miller")}


def test_talks_opening_with_people_are_a_contact_of_them_all():
    found = parties("Maria Lindqvist, named foreign minister in the new cabinet, will travel to Oslo for talks opening "
                    "on Thursday with Hassan Rahimi and Norland Foreign Minister Daniel Okafor.")
    assert found == {("Daniel Okafor", "Hassan Rahimi", "Maria Lindqvist")}


@pytest.mark.parametrize("text, expected", [
    ("The accord was signed at 10.45 pm in the city hall by Peter Miller, Daniel Okafor and Hassan Rahimi after a "
     "final session of more than five hours.", {("Daniel Okafor", "Hassan Rahimi", "Peter Miller")}),
    ("Peter Miller and Daniel Okafor signed a peace accord on Monday evening in Oslo.",
     {("Daniel Okafor", "Peter Miller")}),
])
def test_people_signing_one_text_together_met(text, expected):
    assert parties(text) == expected


@pytest.mark.parametrize("text", [
    "Peter Miller signed the decree on Monday.",
    "Norland signed a maritime deal with Arcadia's government on Monday.",
])
def test_a_signature_of_one_person_or_of_states_is_no_contact(text):
    assert parties(text) == set()


def test_a_separate_meeting_with_two_people_is_one_meeting():
    found = parties("The talks opened on Monday with a session at 10 a.m., after which Peter Miller held a separate "
                    "meeting of about 40 minutes with Daniel Okafor and Hassan Rahimi.")
    assert ("Daniel Okafor", "Hassan Rahimi", "Peter Miller") in found



def test_signings_of_one_day_by_some_of_a_larger_signing_are_that_ceremony():
    found = parties("Peter Miller and Daniel Okafor signed two agreements in Oslo on Monday.\nThe accords were signed "
                    "on Monday in Oslo by Mr Okafor, Peter Miller and Hassan Rahimi.")
    assert found == {("Daniel Okafor", "Hassan Rahimi", "Peter Miller")}


def test_a_signing_named_as_a_time_reference_is_no_contact_of_its_own():
    assert parties("The meeting comes less than a month after Peter Miller and Daniel Okafor signed the Oslo "
                   "agreement on 10 March.") == set()
