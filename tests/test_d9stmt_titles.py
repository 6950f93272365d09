"""Statements, issue 14: speakers named by a title with a nationality word ("the Italian prime
minister") or as the head of state, resolved to the article's holder of that title and country.

Texts written for these tests (invented names and events)."""

from __future__ import annotations

import pytest

from conftest import rows_containing as _rows, statements_of as _statements


@pytest.mark.parametrize("text, fragment, speaker", [
    ("Italian Prime Minister Luca Ferri met Chancellor Anna Vogt in Berlin on Monday. "
     "Ferri's office said the Italian prime minister stressed the need for a common budget.", "common budget", "Luca Ferri"),
    ("Kenyan President Omar Tallis received the envoy. At the same time, the head of state noted that the border "
     "would stay closed.", "border would stay closed", "Omar Tallis"),
    ("Kenyan President Omar Tallis spoke by phone with Ugandan President Ben Okello. "
     "The head of the Kenyan state has expressed hope that trade would resume.", "trade would resume", "Omar Tallis"),
])
def test_title_with_nationality_is_its_holder(text, fragment, speaker):
    rows = _rows(_statements(text), fragment)
    assert (rows["speaker"] == speaker).any(), rows[["speaker", "speaker_surface", "speaker_type"]]


@pytest.mark.parametrize("text, fragment", [
    # the only prime minister named is of another country
    ("British Prime Minister Tom Hale met Chancellor Anna Vogt in Berlin on Monday. "
     "The Italian prime minister said the budget was fine.", "budget was fine"),
    # the Kenyan named holds another office
    ("Ugandan President Ben Okello hosted Kenyan Foreign Minister Omar Tallis. "
     "The Kenyan president said the road would open next month.", "road would open"),
])
def test_title_of_another_nation_is_not_resolved(text, fragment):
    rows = _rows(_statements(text), fragment)
    assert not rows["speaker"].isin(["Tom Hale", "Omar Tallis", "Ben Okello"]).any(), rows[["speaker", "speaker_type"]]


def test_title_reported_by_its_holders_office_is_the_holder():
    text = ("The summit brought together Luca Ferri, Anna Vogt and Tom Hale. "
            "Luca Ferri's office said the Italian prime minister stressed the need for a common budget.")
    rows = _rows(_statements(text), "common budget")
    assert (rows["speaker"] == "Luca Ferri").any(), rows[["speaker", "speaker_surface", "speaker_type"]]
