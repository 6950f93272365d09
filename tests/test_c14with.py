"""Who the parties of a contact are (issue 13, session 14): a group named by its body, the
"with" phrase under a topic noun, people sat with, contacts one after another, a relative
clause's own tense and leaders of something else than a country."""
import pytest

from helpers import analyze_text


def calls(text: str, date: str = "2031-04-09"):
    return analyze_text(text, date=date, outlet="Test Wire").calls


def parties(text: str, date: str = "2031-04-09") -> set[tuple[str, ...]]:
    found = calls(text, date)
    return {tuple(sorted(p)) for p in found["participants"]} if len(found) else set()


@pytest.mark.parametrize("text, expected", [
    ("On Saturday Tom Harlan was in Vilnius, where he met European Union foreign ministers.",
     {("European Union foreign ministers", "Tom Harlan")}),
    ("Tom Harlan held a video call with his G7 counterparts on Monday.", {("G7 counterparts", "Tom Harlan")}),
    ("Tom Harlan met Arab League leaders in Cairo on Monday.", {("Arab League leaders", "Tom Harlan")}),
])
def test_group_named_by_its_body_stays_a_group(text, expected):
    assert parties(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Foreign Minister Jon Baro discussed grain exports with his Ruritanian counterpart Greta Varn by phone on Monday.",
     {("Greta Varn", "Jon Baro")}),
    ("Sergei Lavrov raised the issue with Antony Blinken by telephone on Monday.", {("Antony Blinken", "Sergey Lavrov")}),
    # no person named: no contact
    ("Sergei Lavrov raised the issue with reporters on Monday.", set()),
    ("Sergei Lavrov raised taxes on Monday.", set()),
])
def test_with_phrase_under_the_topic_noun(text, expected):
    assert parties(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("William Ruto flew to Kampala on Sunday and sat down with Yoweri Museveni and Salva Kiir.",
     {("Salva Kiir", "William Ruto", "Yoweri Museveni")}),
    ("Mike Pompeo sat across the table from Kim Yong Chol on Tuesday.", {("Kim Yong Chol", "Mike Pompeo")}),
    ("William Ruto sat in parliament on Monday.", set()),
])
def test_sat_with(text, expected):
    assert parties(text) == expected


def test_met_one_and_afterwards_another_is_two_meetings():
    found = parties("Sergei Lavrov met Hassan Rouhani and afterwards Ali Khamenei in Tehran on Monday.")
    assert found == {("Hassan Rouhani", "Sergey Lavrov"), ("Ali Khamenei", "Sergey Lavrov")}


def test_met_two_together_stays_one_meeting():
    found = parties("Sergei Lavrov met Hassan Rouhani and Ali Khamenei in Tehran on Monday.")
    assert found == {("Ali Khamenei", "Hassan Rouhani", "Sergey Lavrov")}


def test_relative_clause_keeps_its_own_tense():
    found = calls("President Barack Obama, who spoke with Nicolas Sarkozy by phone on Tuesday, is expected to "
                  "address the nation on Monday.")
    assert list(found["status"]) == ["happened"]
    assert str(found["date"].iloc[0])[:10] == "2031-04-08"


def test_leaders_of_parties_in_a_chamber_are_a_group():
    found = parties("President Jimmy Carter also spoke by telephone with the leaders of both parties in the House "
                    "and the Senate on Sunday.")
    assert ("House", "Jimmy Carter") not in found
    assert ("Jimmy Carter", "Senate") not in found
