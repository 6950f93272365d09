"""Statements, session 13: topic cues ("talked about the budget", "pointed to the ruling"),
"called for X to do Y" parsed as a for-clause, and transcript turns labelled with capitalised
surnames the parser does not tag as people.

Texts written for these tests (invented people and events; no dev sample's wording)."""

from __future__ import annotations

import pytest

from conftest import rows_containing as _rows, statements_of as _statements


@pytest.mark.parametrize("text, fragment, speaker", [
    ("Governor Elena Marsh talked about the cost of river dredging at a town meeting on Monday.", "river dredging", "Elena Marsh"),
    ("Senator Tobias Lind spoke of his years as a ferry pilot.", "ferry pilot", "Tobias Lind"),
    ("The defence lawyers pointed to an earlier ruling by the appeals court.", "earlier ruling", "lawyers"),
    ("Mayor Ines Calloway also mentioned the flooded tunnel under the harbour.", "flooded tunnel", "Ines Calloway"),
    ("Ines Calloway gave a long speech, speaking movingly of the miners lost in the collapse.", "miners lost", "Ines Calloway"),
])
def test_topic_cue_reports_its_topic(text, fragment, speaker):
    rows = _rows(_statements(text), fragment)
    assert rows["speaker"].str.contains(speaker).any(), rows[["speaker", "cue", "content"]]


@pytest.mark.parametrize("text, fragment", [
    # not yet said
    ("Governor Elena Marsh will speak about the dredging plan on Friday.", "dredging plan"),
    # a conversation's subject is a contact, not a statement
    ("Governor Elena Marsh spoke with Mayor Ines Calloway about the dredging plan.", "dredging plan"),
    # a refusal
    ("Governor Elena Marsh declined to talk about the dredging plan.", "dredging plan"),
    ("Governor Elena Marsh did not mention the dredging plan.", "dredging plan"),
    # a thing, not a speaker
    ("The new figures point to a slowdown in dredging work.", "slowdown"),
    # the present tense is mostly a quotation whose marks were stripped
    ("The two sides are close, the envoy said. They are talking about a first step.", "first step"),
    # a time, not a topic
    ("Governor Elena Marsh spoke for about an hour.", "an hour"),
])
def test_not_a_topic_statement(text, fragment):
    rows = _rows(_statements(text), fragment)
    assert not (rows["cue"].isin({"talk", "speak", "mention", "point"})).any(), rows[["speaker", "cue", "content"]]


def test_topic_inside_another_statement_is_not_a_second_row():
    rows = _statements("Mayor Ines Calloway said the governor spoke of a crisis in the harbour.")
    assert list(rows["cue"]) == ["say"], rows[["speaker", "cue", "content"]]


def test_called_for_someone_to_act():
    rows = _rows(_statements("After the vote, Senator Tobias Lind called for the harbour master to resign."), "harbour master to resign")
    assert (rows["cue"] == "call").any() and rows["speaker"].str.contains("Tobias Lind").any(), rows[["speaker", "cue"]]


TRANSCRIPT = """Transcript of the evening programme.

NADIA FERREIRA: Why did you leave the race so early?

OKONKWO: We ran out of money and we ran out of time, frankly.

FERREIRA: Do you regret the decision now?

OKONKWO: Not for a moment, I would do it again."""


def test_transcript_turns_with_capital_surnames():
    rows = _statements(TRANSCRIPT)
    turns = rows[rows["cue"] == ":"]
    assert _rows(turns, "ran out of money")["speaker_surface"].str.contains("OKONKWO").any(), turns[["speaker_surface", "content"]]
    assert _rows(turns, "regret the decision")["speaker_surface"].str.contains("FERREIRA").any(), turns[["speaker_surface", "content"]]


def test_lone_capital_label_is_no_speaker():
    rows = _statements("The council met on Monday.\n\nUPDATE: The vote was moved to Friday because of the storm.\n\nMore follows.")
    assert rows[rows["cue"] == ":"].empty, rows[["speaker_surface", "content"]]
