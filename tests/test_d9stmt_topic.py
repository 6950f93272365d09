"""Statements, issue 14: "informed X about ...", "briefed X on ..." report what was said (the topic);
"briefed the troops before the parade" with no topic does not.

Texts written for these tests (invented names and events)."""

from __future__ import annotations

import pytest

from conftest import rows_containing as _rows, statements_of as _statements

MEETING = "Peruvian President Ana Ruiz met Ecuadorian President Juan Lopez in Quito. "


@pytest.mark.parametrize("text, fragment, speaker", [
    (MEETING + "Ms. Ruiz has informed Mr. Lopez about the outcome of the vote in Congress.", "outcome of the vote", "Ana Ruiz"),
    (MEETING + "Lopez J., for his part, informed the Peruvian president about the results of his contacts with the rebels.",
     "results of his contacts", "Juan Lopez"),
])
def test_informed_about_a_topic_is_a_statement(text, fragment, speaker):
    rows = _rows(_statements(text), fragment)
    assert (rows["speaker"] == speaker).any(), rows[["speaker", "cue"]]


def test_briefing_without_topic_is_not_a_statement():
    assert _rows(_statements(MEETING + "The general briefed the troops before the parade."), "briefed the troops").empty
