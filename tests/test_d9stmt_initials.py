"""Statements, issue 14: a surname followed by the initial of the given name ("Lopez J.", the order
of translated official copy) is the article's person of that surname, even when the tagger
took the form for a person of its own.

Texts written for these tests (invented names and events)."""

from __future__ import annotations

from conftest import rows_containing as _rows, statements_of as _statements


def test_surname_with_trailing_initial_is_the_named_person():
    text = ("Peruvian President Ana Ruiz spoke by phone with Ecuadorian President Juan Lopez. "
            "Lopez J., for his part, informed the Peruvian side that the border would open.")
    rows = _rows(_statements(text), "border would open")
    assert (rows["speaker"] == "Juan Lopez").any(), rows[["speaker", "speaker_surface"]]


def test_trailing_initial_with_two_namesakes_is_left_alone():
    text = ("Juan Lopez met Maria Lopez in Lima. Lopez J., for his part, informed the press that the border would open.")
    rows = _rows(_statements(text), "border would open")
    assert not rows["speaker"].isin(["Maria Lopez"]).any(), rows[["speaker", "speaker_surface"]]
