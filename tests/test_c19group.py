"""Contacts the reader missed (issue 13, session 19): time spent with someone, a summons by a
named official, seeing someone, and a "with" phrase under a topic's "of" chain. A summons by
a capital or a ministry, a view ("saw X as ...") and a day spent with family are no contacts."""
import pytest

from helpers import analyze_text


def parties(text: str, date: str = "2031-04-09") -> set[tuple[str, ...]]:
    calls = analyze_text(text, date=date, outlet="Test Wire").calls
    return {tuple(sorted(p)) for p in calls["participants"]} if len(calls) else set()


@pytest.mark.parametrize("text, expected", [
    ("In July, at a castle in England, Peter Miller had spent two days with Daniel Okafor and Hassan Rahimi.",
     ("Daniel Okafor", "Hassan Rahimi", "Peter Miller")),
    ("The team, led by Peter Miller, spent two hours at the airport with General Daniel Okafor on Thursday.",
     ("Daniel Okafor", "Peter Miller")),
])
def test_time_spent_with_a_person_is_a_meeting(text, expected):
    assert parties(text) == {expected}


def test_a_day_spent_without_a_named_person_is_no_contact():
    assert parties("Peter Miller spent the day in Geneva with his family.") == set()


def test_summons_by_a_named_official():
    found = parties("Vice Foreign Minister Peter Miller summoned US Ambassador Daniel Okafor late on Tuesday night "
                    "over the visit.")
    assert found == {("Daniel Okafor", "Peter Miller")}


def test_passive_summons_by_a_named_official():
    found = parties("Freedonia's ambassador Daniel Okafor, who was summoned by Foreign Secretary Peter Miller on Monday, "
                    "said the expulsions were a provocation.")
    assert found == {("Daniel Okafor", "Peter Miller")}


def test_summoned_envoys_are_a_group_counterpart():
    calls = analyze_text("Assistant Foreign Minister Peter Miller summoned envoys of the G7 countries this afternoon, "
                         "the foreign ministry says.", date="2031-04-09", outlet="Test Wire").calls
    assert len(calls) == 1
    assert "Peter Miller" in calls["participants"].iloc[0]
    assert "G7" in calls["group"].iloc[0]


@pytest.mark.parametrize("text", [
    "Beijing summoned the US ambassador on Tuesday.",
    "The foreign ministry summoned the Freedonian ambassador, Daniel Okafor, on Monday.",
    "The Foreign Office said Mr Miller had summoned the Freedonian ambassador, and Transport Secretary Hassan Rahimi "
    "suspended the operating permit of the carrier.",
])
def test_summons_without_a_named_summoner_is_no_contact(text):
    assert parties(text) == set()


@pytest.mark.parametrize("text", [
    "Peter Miller is planning a trip to Vienna early next month to see Daniel Okafor in person.",
    "Peter Miller will see Daniel Okafor in Vienna on Monday.",
])
def test_seeing_a_person_is_a_meeting(text):
    assert parties(text) == {("Daniel Okafor", "Peter Miller")}


@pytest.mark.parametrize("text", [
    "Voters saw Daniel Okafor as a reformer.",
    "Peter Miller saw Daniel Okafor win the vote.",
    "Peter Miller said he had seen Daniel Okafor's speech.",
    'Asked whether she would go to Vienna to see President Daniel Okafor, Maria Lindqvist said: "That is not on my '
    'schedule."',
])
def test_a_view_or_a_sight_is_no_meeting(text):
    assert parties(text) == set()


@pytest.mark.parametrize("text", [
    "On Thursday, according to the Foreign Office, Miller discussed the next round of sanctions with Daniel Okafor by "
    "phone, a conversation that lasted about 25 minutes.",
    "Freedonia's Foreign Minister Peter Miller discussed the start of exports with his Arcadian counterpart Daniel "
    "Okafor by phone on Monday, the Freedonian Foreign Ministry said.",
])
def test_with_under_a_topic_chain(text):
    assert any("Daniel Okafor" in p and len(p) == 2 for p in parties(text))


def test_received_a_number_of_named_envoys():
    found = parties("Prime Minister Peter Miller received two of its envoys, Daniel Okafor and Hassan Rahimi, at the "
                    "palace on March 10.")
    assert found == {("Daniel Okafor", "Hassan Rahimi", "Peter Miller")}
