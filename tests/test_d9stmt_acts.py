"""Statements, issue 14 precision: a ballot's result and a protest march are acts, not statements,
while an official's rejection or a body's demand still is one.

Texts written for these tests (invented events)."""

from __future__ import annotations

import pytest

from conftest import rows_containing as _rows, statements_of as _statements


@pytest.mark.parametrize("text, fragment", [
    ("On Sunday, voters rejected the peace plan by less than half a percentage point.", "voters rejected"),
    ("Days after Peruvians rejected the reform by fewer than 30,000 votes, the president resigned.", "Peruvians rejected"),
    ("Thousands of workers marched through the capital on Friday demanding that the mine stay open.", "marched through"),
])
def test_votes_and_marches_are_not_statements(text, fragment):
    assert _rows(_statements(text), fragment).empty


@pytest.mark.parametrize("text, fragment, cue", [
    ("The minister rejected the accusation and said the plan was sound.", "rejected the accusation", "reject"),
    ("The union demanded that the mine stay open.", "union demanded", "demand"),
])
def test_spoken_rejections_and_demands_stay(text, fragment, cue):
    rows = _rows(_statements(text), fragment)
    assert (rows["cue"] == cue).any(), rows[["speaker", "cue"]]
