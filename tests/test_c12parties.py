"""Who the parties of a contact are (issue 13): titles with a nationality, a leader's office,
"the leaders of X's parties", buildings travelled to, and meetings of three held together."""
import pytest

from helpers import analyze_text


def parties(text: str, date: str = "2031-04-09") -> set[tuple[str, ...]]:
    calls = analyze_text(text, date=date, outlet="Test Wire").calls
    return {tuple(sorted(p)) for p in calls["participants"]} if len(calls) else set()


@pytest.mark.parametrize("text, expected", [
    # a nationality before a title fits the country written after the name
    ("President Olu Danmaro of Nigeria landed on Monday. Mr Harlan received the Nigerian president at the lodge on Monday.",
     {("Harlan", "Olu Danmaro")}),
    # a title with "a" is no one named
    ("Mr Harlan received a Hungarian minister on Monday.", set()),
])
def test_country_qualified_titles(text, expected):
    assert parties(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the office stands for the one leader of its country the article names
    ("When Mr Obuya visited the White House on Monday, President Joe Biden pressed him on the talks.",
     {("Joe Biden", "Obuya")}),
    # an office that only reports is not a party
    ("Barack Obama, Tomas Ellery and Greta Varn agreed on Tuesday to act together, Downing Street said after "
     "a video conference between the leaders.", set()),
])
def test_leader_office(text, expected):
    assert parties(text, "2021-11-10") == expected


def test_leaders_of_a_countrys_parties_are_a_group():
    found = parties("Premier Anne Lodt met the leaders of Ruritania's main parties on Monday.")
    assert found == {("Anne Lodt", "leaders of Ruritania's main parties")}


def test_building_travelled_to_is_no_party():
    found = parties("On Monday Premier Anne Lodt went to the Cedar Residence, where she met Jon Baro.")
    assert ("Anne Lodt", "Cedar Residence") not in found
    assert ("Anne Lodt", "Jon Baro") in found


@pytest.mark.parametrize("text, expected", [
    ("Minister Tomas Ellery will receive both Greta Varn and Jon Baro on Friday for a tripartite meeting.",
     {("Greta Varn", "Jon Baro", "Tomas Ellery")}),
    ("Minister Tomas Ellery met both Greta Varn and Jon Baro on Friday.",
     {("Greta Varn", "Tomas Ellery"), ("Jon Baro", "Tomas Ellery")}),
])
def test_meeting_of_three_held_together(text, expected):
    assert parties(text) == expected
