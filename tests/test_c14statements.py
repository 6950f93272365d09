"""Statements, session 14: which clause a cue reports when the parser hangs two on it, inverted
attributions around a partial quotation, "who" relative clauses, past-tense answers that the
non-answer filter dropped, verbs joined to a time clause, and nominal cues ("his statements that",
"criticism from rivals that").

Texts written for these tests (invented people and events; no dev sample's wording)."""

from __future__ import annotations

import pytest

from conftest import rows_containing as _rows, statements_of as _statements


def test_clause_right_after_the_cue_is_the_content():
    text = ("Marta Quell ran the ferry board for years, and she was so taken with the offer she said "
            "the council should sign the lease at once.")
    rows = _statements(text)
    said = rows[rows["cue"] == "say"]
    assert len(said) == 1, rows[["speaker", "cue", "content"]]
    assert said["content"].iloc[0].startswith("the council should sign"), said["content"].iloc[0]


def test_inverted_attribution_reports_the_clause_around_its_quote():
    text = 'The pledge to "rebuild every pier" appeals to older voters along the coast, said Ivo Brandt, a pollster in Harlow.'
    rows = _rows(_statements(text), "rebuild every pier")
    assert len(rows) == 1, rows
    assert rows["content"].iloc[0].startswith("The pledge to"), rows["content"].iloc[0]
    assert "appeals to older voters" in rows["content"].iloc[0]


def test_a_who_clause_reports_what_its_antecedent_said():
    text = "The harbour plan was attacked by Senator Orla Finch, who cites it as proof of waste in the port authority."
    rows = _rows(_statements(text), "proof of waste")
    assert rows["speaker"].str.contains("Orla Finch").any(), rows


def test_a_who_clause_does_not_take_the_main_clause():
    text = "Mayor Dov Keller, who once praised the ferry contract, offered a promise that he would not renew it."
    rows = _statements(text)
    praised = rows[rows["cue"] == "praise"]
    assert list(praised["content"]) == ["the ferry contract"], rows[["cue", "content"]]


def test_a_past_did_not_is_an_answer():
    rows = _rows(_statements('"We did not discuss the tariffs," Mayor Dov Keller said.'), "discuss the tariffs")
    assert rows["speaker"].str.contains("Dov Keller").any(), rows


@pytest.mark.parametrize("text", [
    "Mayor Dov Keller said he would not discuss the tariffs.",
    "Mayor Dov Keller said he had no comment on the tariffs.",
])
def test_a_refusal_is_still_no_statement(text):
    assert _rows(_statements(text), "tariffs").empty


def test_a_verb_joined_to_a_time_clause_shares_its_subject():
    text = 'Orla Finch opened the debate when she rose from her seat and later said, "The piers are rotting."'
    rows = _rows(_statements(text), "piers are rotting")
    assert list(rows["speaker_how"]) == ["pronoun unresolved"] and "she" in rows["speaker"].iloc[0], rows


@pytest.mark.parametrize("text, fragment, speaker", [
    ("That ran counter to Senator Orla Finch's earlier statements that the piers were safe.", "piers were safe", "Orla Finch"),
    ("Mayor Dov Keller has faced criticism from Senator Orla Finch that the ferry fares are too high.", "fares are too high", "Orla Finch"),
])
def test_nominal_cues(text, fragment, speaker):
    rows = _rows(_statements(text), fragment)
    assert rows["speaker"].str.contains(speaker).any(), rows


def test_a_statement_noun_without_a_clause_is_no_statement():
    assert _statements("Senator Orla Finch's statement was read aloud in the hall.").empty


def test_issued_warning_gives_one_row():
    rows = _rows(_statements("The port authority issued its warning that the north pier would close."), "north pier")
    assert len(rows) == 1, rows
