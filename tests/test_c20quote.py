"""Statements, session 20: source phrases other than "according to", nested reports inside any
attributed quotation and nested requests, impersonal passives sourced by an institution, and
telegraphic headline content after "says".

Texts written for these tests (invented people, places and events; no dev sample's wording)."""

from __future__ import annotations

import pytest

import helpers
from conftest import rows_containing as _rows, statements_of as _statements


def _speakers(text: str, fragment: str) -> list[str]:
    return list(_rows(_statements(text), fragment)["speaker"])


@pytest.mark.parametrize("text, fragment, speaker", [
    ("By the data of the Interior Ministry, the convoy crossed the border at dawn.", "convoy crossed", "Ministry"),
    ("In the words of one harbour official, the talks were going nowhere fast.", "talks were going", "official"),
    ("The young captain was, in the envoy's words, completely exhausted by the siege.", "young captain", "envoy"),
    ("By his own account, Tomas Halvorsen spent the night negotiating with the rebels.", "spent the night", "Halvorsen"),
])
def test_a_source_phrase_attributes_its_clause(text, fragment, speaker):
    speakers = _speakers(text, fragment)
    assert any(speaker in s for s in speakers), speakers


@pytest.mark.parametrize("text, fragment", [
    ("In other words, the talks were going nowhere.", "going nowhere"),
    ("By all accounts, the talks were going nowhere.", "going nowhere"),
    ("The audit found forty more messages in Halvorsen's account that were marked secret.", "messages"),
    ("In the account of the meeting published on Friday, the two ministers agreed on a truce.", "agreed on a truce"),
])
def test_a_phrase_naming_no_speaker_gives_no_row(text, fragment):
    assert _speakers(text, fragment) == []


def test_a_third_party_reported_inside_a_quote_gets_a_nested_row():
    text = '"The governor encouraged both mayors to keep talking," Ines Ortega said.'
    rows = _rows(_statements(text), "both mayors")
    assert set(rows["cue"]) >= {"encourage", "say"}, rows[["speaker", "cue"]]


def test_a_passive_inside_a_quote_is_no_nested_row():
    text = '"We are encouraged by the results," said Ines Ortega, a campaign adviser.'
    assert set(_rows(_statements(text), "encouraged")["cue"]) == {"say"}


def test_a_request_reported_by_another_gets_a_nested_row():
    rows = _rows(_statements("The ministry said Tomas Halvorsen asked Rui Mendes for a delay in the vote."), "delay")
    assert "ask" in set(rows["cue"]), rows[["speaker", "cue"]]


@pytest.mark.parametrize("text", [
    "The ministry said it would ask the council for more money.",  # a plan
    "Tomas Halvorsen said he had asked the council for more money.",  # the reporter's own request: one row
    "Tomas Halvorsen made sure everyone knew he had asked permission first.",  # no report around it
])
def test_no_nested_request_row(text):
    assert "ask" not in set(_statements(text)["cue"])


def test_an_impersonal_passive_names_its_institution():
    speakers = _speakers("The building of the consulate will be closed, it was specified in the Ministry.", "consulate")
    assert any("Ministry" in s for s in speakers), speakers


def test_told_to_a_correspondent_in_an_institution():
    text = ("As it was told to the correspondent in the press service of the Velmoran Senate, "
            "Tomas Halvorsen informed Rui Mendes about the talks.")
    rows = _rows(_statements(text), "press service")
    assert "tell" in set(rows["cue"]), rows[["speaker", "cue"]]


def test_an_impersonal_report_without_a_source_is_hearsay():
    assert _statements("It was reported that the troops had crossed the river at night.").empty


def test_a_headline_says_with_a_verbless_clause():
    text = ("Harbour blast: Halvorsen says rebels behind the explosion\n\n"
            "Prime Minister Tomas Halvorsen said on Tuesday that rebels were behind the blast in the harbour.")
    table = helpers.analyze_text(text, date="2031-05-04", outlet="wire", cache=False).statements
    title_rows = table[table["sent_idx"] == -1]
    assert title_rows["content"].str.contains("rebels behind").any(), table[["sent_idx", "speaker", "content"]]


def test_a_source_phrase_inside_the_clause_is_no_source():
    assert _statements("This speech can be summed up in the very words of Tomas Halvorsen at the harbour.").empty


@pytest.mark.parametrize("text, fragment", [
    # the parser puts the name inside the object before the quotation
    ("Jacobs called Okafor \u201cThe Chancellor of the Whole Coast.\u201d Jacobs praised Okafor for holding the union together.",
     "Chancellor of the Whole Coast"),
    ("Early in his campaign, Ines Ortega attacked Rui Mendes, calling him, among other things, \u201ca failed candidate.\u201d",
     "failed candidate"),
])
def test_calling_someone_a_quoted_name_is_speech(text, fragment):
    rows = _rows(_statements(text), fragment)
    assert "call" in set(rows["cue"]), rows[["speaker", "cue", "content"]]


def test_calling_someone_to_say_is_a_phone_call_reported():
    rows = _statements("Ines Ortega called Rui Mendes, his old rival, to say the vote was off.")
    assert "call" not in set(rows["cue"])


def test_repeated_that_is_a_cue_and_repeating_a_test_is_not():
    assert "repeat" in set(_statements("Tomas Halvorsen repeated that the harbour deal is off.")["cue"])
    assert _statements("The engineers repeated the test three times.").empty


@pytest.mark.parametrize("text", [
    "The President of Norland expressed the understanding to the position of the Velmoran side.",
    "The widow of the pilot expressed her grief and anger at the government.",
])
def test_an_expressed_stance_is_a_statement(text):
    assert "express" in set(_statements(text)["cue"])


def test_an_expressed_interest_in_painting_is_no_statement():
    assert _statements("The painter expressed his interest in landscapes through bold colours.").empty


def test_its_own_account_on_a_cue_is_that_cue_row():
    rows = _statements("The council, in its own account of the call, said Tomas Halvorsen had stressed the need for talks.")
    assert "in its own account" not in set(rows["cue"]) and "say" in set(rows["cue"]), rows[["speaker", "cue"]]


def test_a_source_phrase_on_a_verb_of_any_kind():
    speakers = _speakers("By the data of the Harbour Ministry, the conversation continued for forty minutes.", "conversation")
    assert any("Ministry" in s for s in speakers), speakers
