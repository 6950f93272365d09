"""Statements, session 10 classes: a leader's office named by the leader's role and country, state
media as an institution, and a definite counted group ("the two presidents") as the people it counts.

Texts written for these tests (invented people; no dev sample's wording)."""

from __future__ import annotations

import pytest

from conftest import statements_of as _statements


@pytest.mark.parametrize("text, speaker", [
    ("Austrian Prime Minister Anton Kessel met the Chilean envoy on Monday. "
     "Kessel's office said the two men discussed the border crossings.", "Office of the Prime Minister of Austria"),
    # a deputy's office is not the head of government's office
    ("Austrian Deputy Prime Minister Anton Kessel met the Chilean envoy on Monday. "
     "Kessel's office said the two men discussed trade.", "Anton Kessel's office"),
])
def test_leaders_office_is_named_by_role_and_country(text, speaker):
    rows = _statements(text)
    assert list(rows["speaker"]) == [speaker] and (rows["speaker_type"] == "institution").all(), rows[["speaker"]]


def test_state_media_is_an_institution():
    rows = _statements("HANOI, March 2 (Northwire) - Vietnamese state media said the talks would resume next week.")
    assert list(rows["speaker"]) == ["Vietnamese state media"] and list(rows["speaker_type"]) == ["institution"]


def test_definite_counted_group_names_the_people_it_counts():
    rows = _statements("President Maria Ortega met President Tomas Rivas in Lima on Friday. "
                       "The two presidents said the new canal deal was fair.")
    assert len(rows) == 1
    assert set(rows.iloc[0]["speaker"].split("; ")) == {"Maria Ortega", "Tomas Rivas"}
