"""Contacts whose parties are counted or listed (issue 13, session 16): "the four leaders",
"The four", "the talks of A, B and C", "the leaders of A, B and C discussed ... by
telephone", "a call that would include D"."""
import pytest

from helpers import analyze_text
from tests.conftest import load_quietly

SUMMIT = ("Chilean President Tomas Arvelo, Peruvian President Ruth Okafor, Bolivian President Jon Baro and "
          "Ecuadorean President Ines Cadell met in Arica on Monday to discuss the river dispute. ")


def contacts(text: str, date: str = "2031-05-09") -> list[tuple]:
    found = analyze_text(text, date=date, outlet="Test Wire").calls
    return sorted((str(d)[:10], tuple(sorted(p)), c) for d, p, c in zip(found["date"], found["participants"], found["channel"]))


FOUR = ("Ines Cadell", "Jon Baro", "Ruth Okafor", "Tomas Arvelo")


def test_the_four_leaders_are_the_four_listed_before():
    text = SUMMIT + "Diplomats said little progress was made. The four leaders spoke again by phone on Wednesday, an aide said."
    assert contacts(text) == [("2031-05-05", FOUR, "in_person"), ("2031-05-07", FOUR, "phone")]


def test_the_four_with_a_verb_the_parser_leaves_without_subject():
    found = analyze_text(SUMMIT + "The four first met in Quito in March.", date="2031-05-09", outlet="Test Wire").calls
    assert [tuple(sorted(p)) for p in found["participants"]] == [FOUR, FOUR]
    assert found["date_approx"].tolist()[1] == "2031-03-01/2031-03-31" and found["background"].tolist() == [False, True]


def test_a_count_with_no_list_and_no_contact_of_that_size_is_no_contact():
    assert contacts("The four leaders spoke again by phone on Wednesday, an aide said.") == []
    # three named before, not four: the count does not fit, nothing is guessed
    text = ("Tomas Arvelo, Ruth Okafor and Jon Baro met in Arica on Monday. "
            "The four leaders spoke again by phone on Wednesday, an aide said.")
    assert contacts(text) == [("2031-05-05", ("Jon Baro", "Ruth Okafor", "Tomas Arvelo"), "in_person")]


def test_the_talks_of_a_list_of_people():
    text = ("The talks of President Tomas Arvelo of Chile, President Ruth Okafor of Peru and Prime Minister "
            "Jon Baro of Bolivia began on Tuesday at 18:00 and lasted nine hours.")
    assert contacts(text) == [("2031-05-06", ("Jon Baro", "Ruth Okafor", "Tomas Arvelo"), "in_person")]


def test_the_leaders_of_listed_countries_discussed_by_telephone():
    text = ("Chilean President Tomas Arvelo, Peruvian President Ruth Okafor and Bolivian President Jon Baro met in "
            "Arica on Friday. Diplomats said little progress was made. "
            "The leaders of Chile, Peru and Bolivia discussed the dispute by telephone on Sunday, officials said.")
    assert ("2031-05-04", ("Jon Baro", "Ruth Okafor", "Tomas Arvelo"), "phone") in contacts(text)
    # "discussed" with one subject and no one else is no contact
    assert contacts("Tomas Arvelo discussed the dispute on Sunday, officials said.") == []


def test_a_call_that_would_include_another_party():
    text = "Tomas Arvelo and Jon Baro agreed to hold a telephone conversation on Sunday that would include Ines Cadell."
    found = contacts(text)
    assert [p for _, p, _ in found] == [("Ines Cadell", "Jon Baro", "Tomas Arvelo")]


def test_the_four_leaders_in_another_article_join_that_days_contact(tmp_path):
    (tmp_path / "summit.txt").write_text(
        "Leaders meet on river dispute\nPublished 9 May 2031\n\n" + SUMMIT.replace("on Monday", "on Wednesday")
        + "They agreed to meet again.\n", encoding="utf-8")
    (tmp_path / "brief.txt").write_text(
        "River talks end\nPublished 9 May 2031\n\nOn Wednesday the four leaders met for about three hours in Arica, "
        "officials said. Protesters gathered outside.\n", encoding="utf-8")
    calls = load_quietly(tmp_path).calls
    assert [tuple(sorted(p)) for p in calls["participants"]] == [FOUR]
    assert calls["n_sources"].tolist() == [2] and calls["duration_min"].tolist() == [180]


def test_a_call_that_will_include_several_is_one_call():
    text = ("Foreign Minister Tomas Arvelo will chair the call, which will include Canada's Ruth Okafor, "
            "Chile's Jon Baro and Peru's Ines Cadell, the ministry said.")
    assert [p for _, p, _ in contacts(text)] == [FOUR]


def test_did_not_meet_or_shake_hands_denies_both():
    assert contacts("Tomas Arvelo and Peru's Infrastructure Minister Ines Cadell sat at opposite ends of the table "
                    "and did not meet or shake hands.") == []
    assert [p for _, p, _ in contacts("Tomas Arvelo did not meet Ines Cadell but shook hands with Jon Baro.")] == [
        ("Jon Baro", "Tomas Arvelo")]
