"""Speakers given as a title, a leader's phrase or a pronoun (session 20): resolved to the person
the article itself names, or left unresolved when no antecedent is reliable.

Texts written for these tests (invented people and events; no dev sample's wording)."""

from __future__ import annotations

import pytest

from conftest import rows_containing as _rows, statements_of as _statements

# Translated state-media order: the office, then the name; "the Head of State" and "the President"
# afterwards stand for the article's own leader, not the other country's president it names.
STATE_MEDIA = (
    "President Ion Vetrila of Moldova has told in detail about the talks on the river dam. "
    "About it the Head of State has informed at a ceremony for young officers on Tuesday.\n\n"
    "As the President has told, on Friday the President of Latvia Janis Ozolins has called him. "
    "\"We have agreed to meet again in spring,\" the Head of State has told.\n\n"
    "The President has underlined that Moldova will not pay for the new dam alone."
)


@pytest.mark.parametrize("fragment", [
    "About it the Head of State",
    "\"We have agreed to meet again",
    "The President has underlined",
])
def test_leader_phrase_and_bare_title_are_the_articles_own_leader(fragment):
    speakers = set(_rows(_statements(STATE_MEDIA), fragment)["speaker"])
    assert speakers == {"Ion Vetrila"}


def test_head_of_state_is_no_person_of_its_own():
    speakers = set(_statements(STATE_MEDIA)["speaker"])
    assert "Head of State" not in speakers and "Janis Ozolins" not in speakers


def test_pronoun_after_a_name_closing_the_subjects_title():
    text = ("Ion Vetrila has charged the army to stay calm. "
            "The official representative of the State Customs Service Petru Lungu has refrained from the comments "
            "about the border. He has told only that \"the checkpoints work as usual\".")
    assert list(_rows(_statements(text), "He has told only")["speaker"]) == ["Petru Lungu"]


def test_according_to_him_is_the_source_not_the_person_reported_on():
    text = ("The Moldovan president Ion Vetrila spoke at a ceremony on Tuesday. "
            "\"We have found a way out,\" Vetrila told the officers. "
            "According to him, the Latvian leader Janis Ozolins has agreed to the plan.")
    assert list(_rows(_statements(text), "According to him")["speaker"]) == ["Ion Vetrila"]


def test_according_to_him_never_the_person_of_the_same_sentence():
    text = ("Janis Ozolins rang the palace on Friday. "
            "According to him, Janis Ozolins has agreed to the plan.")
    speakers = set(_rows(_statements(text), "According to him")["speaker"])
    assert "Janis Ozolins" not in speakers


LIVE_BLOG = (
    "All times are GMT.\n\n"
    "21:05 GMT\n\n"
    "Government spokesman Tomas Rebane has just finished speaking to reporters. "
    "The government spokesman says the case against Piret Saar will be dropped and that Saar \"will go abroad\". "
    "He says the president accepted the offer.\n\n"
    "20:30 GMT\n\n"
    "Video from Tartu shows soldiers leaving the barracks. Lauri Kask waved to the crowd.\n\n"
    "19:55 GMT\n\n"
    "The rebels' audio message is out. He says his men will turn around \"to avoid bloodshed\".\n\n"
    "Lauri Kask later told the crowd to go home.\n\n"
    "19:10 GMT\n\n"
    "Lauri Kask arrived in Tartu."
)


def test_live_entry_pronoun_takes_no_antecedent_from_another_entry():
    speakers = set(_rows(_statements(LIVE_BLOG), "He says his men")["speaker"])
    assert "Lauri Kask" not in speakers


def test_live_entry_pronoun_goes_on_with_the_speaker_named_by_office():
    speakers = list(_rows(_statements(LIVE_BLOG), "He says the president accepted")["speaker"])
    assert speakers == ["Tomas Rebane"]


def test_contact_pronoun_her_is_the_woman_not_the_last_man_named():
    import helpers

    text = ("Omar Haddad welcomed Anna Lindqvist to Oslo on Monday and thanked Haddad's staff. "
            "On Tuesday her talks with Giorgio Ferri in Rome lasted three hours.")
    calls = helpers.analyze_text("Headline of the day\n\n" + text, date="2023-05-04", outlet="wire", cache=False).call_mentions
    rome = calls[calls["sentence"].str.contains("her talks")]
    assert [sorted(p) for p in rome["participants"]] == [["Anna Lindqvist", "Giorgio Ferri"]]
