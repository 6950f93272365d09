"""Who the parties of a contact are (issue 13, session 17): venues and sites are no parties,
rank words are no names, a press secretary reports and holds no ministry, a list of parties
the parser broke past a comma stays whole, and a title that names only a body stands for
the body's head."""
import pytest

from helpers import analyze_text
from helpers.actors.offices import role_family


def parties(text: str, date: str = "2031-04-09") -> set[tuple[str, ...]]:
    calls = analyze_text(text, date=date, outlet="Test Wire").calls
    return {tuple(sorted(p)) for p in calls["participants"]} if len(calls) else set()


def named(text: str) -> set[str]:
    return {name for found in parties(text) for name in found}


@pytest.mark.parametrize("text, venue", [
    ("Premier Anne Lodt later went to Birchwood Lodge.", "Birchwood Lodge"),
    ("Envoy Jon Baro visited the Tal Marun crossing on Sunday before meeting Premier Anne Lodt.", "Tal Marun"),
])
def test_venue_is_no_party(text, venue):
    assert venue not in named(text)


def test_venue_rule_keeps_a_person_named_beside_a_venue():
    found = parties("President Donald Trump met Premier Anne Lodt at the Trump hotel on Monday.")
    assert found == {("Anne Lodt", "Donald Trump")}


def test_rank_word_is_no_party():
    found = parties("In the morning the Ambassador Extraordinary and Plenipotentiary of Ruritania in Freedonia "
                    "Jon Baro was received by the Deputy Minister Greta Varn.")
    assert found == {("Greta Varn", "Jon Baro")}


def test_press_secretary_is_a_spokesperson():
    assert role_family("White House press secretary") == {"spokesperson"}
    assert role_family("Foreign Secretary") == {"minister"}


def test_press_secretary_is_not_the_foreign_secretary():
    text = ("Foreign Secretary Tom Harlan flew to Brussels. White House press secretary Mary Olden spoke later. "
            "The foreign secretary met Jon Baro at the alliance headquarters on Monday morning.")
    assert "Mary Olden" not in named(text)


def test_list_broken_past_a_comma_stays_whole():
    found = parties("French Foreign Minister Jean-Paul Morvan hosted Tom Harlan, Turkish Foreign Minister Ali Basri "
                    "and Qatar's foreign minister, Khalid al-Sabri, at the ministry, together with Britain's Dieter Kolb "
                    "and Italy's Greta Varn.")
    assert found == {("Ali Basri", "Dieter Kolb", "Greta Varn", "Jean-Paul Morvan", "Khalid al-Sabri", "Tom Harlan")}


def test_group_list_ends_at_the_verb():
    found = named("On Friday the G7 ministers met UN and Arab League envoy Jon Baro but failed to fix a date.")
    assert "Jon Baro" in found
    assert not found & {"United Nations", "Arab League"}


def test_title_of_a_body_is_its_head():
    found = parties("UN Secretary-General Jon Baro arrived on Monday. The UN chief first raised the idea with "
                    "President Greta Varn when he met her in Zenda on April 26.")
    assert found == {("Greta Varn", "Jon Baro")}


def test_name_beside_a_countrys_title_is_the_party():
    found = parties("The move follows Premier Anne Lodt's phone call last Tuesday with Peru's emir, "
                    "Sheikh Jon Baro bin Tarek, in which she thanked Lima.")
    assert found == {("Anne Lodt", "Jon Baro bin Tarek")}
