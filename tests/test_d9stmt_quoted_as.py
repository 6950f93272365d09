"""Statements, issue 14 nested attribution: "X quoted Y as saying" and "Y was quoted as saying by X"
give a row for the quoted person and one for the source quoting them.

Texts written for these tests (invented names and events)."""

from __future__ import annotations

import pytest

from conftest import rows_containing as _rows, statements_of as _statements

MEETING = "Peruvian President Ana Ruiz met Ecuadorian President Juan Lopez in Quito. "


@pytest.mark.parametrize("text, fragment, speaker, quoter", [
    (MEETING + "Presidential spokesman Tomas Vera spoke to reporters. Vera quoted Ruiz as saying the summit had been a success.",
     "summit had been", "Ana Ruiz", "Tomas Vera"),
    (MEETING + '"We want peace," Ruiz was quoted as saying by her spokesman Tomas Vera.', "We want peace", "Ana Ruiz", None),
])
def test_quoted_person_and_quoter_each_get_a_row(text, fragment, speaker, quoter):
    rows = _rows(_statements(text), fragment)
    assert (rows["speaker"] == speaker).any(), rows[["speaker", "cue"]]
    assert (rows["cue"] == "quote").any(), rows[["speaker", "cue"]]
    if quoter:
        assert (rows["speaker"] == quoter).any(), rows[["speaker", "cue"]]


def test_quoting_a_document_is_not_a_statement_of_it():
    rows = _rows(_statements(MEETING + "The paper quoted a line from the 1990 treaty in its editorial."), "quoted a line")
    assert rows.empty, rows[["speaker", "cue"]]
