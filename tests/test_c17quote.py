"""Statements, session 17: clerical ranks before a speaker's name are titles, not part of the name.

Texts written for these tests (invented people and events; no dev sample's wording)."""

from __future__ import annotations

import pytest

from conftest import statements_of as _statements
from helpers.actors.honorifics import strip_honorifics
from helpers.actors.mentions import strip_titles


@pytest.mark.parametrize("text, person", [
    ("Hojatoleslam Reza Tabrizian said the new dam would ruin the farmers of the valley.", "Reza Tabrizian"),
    ("Grand Ayatollah Hassan Qomavi said the river water belonged to every village.", "Hassan Qomavi"),
    ("Patriarch Ilarion Vostok said the monastery would shelter the flood victims.", "Ilarion Vostok"),
    ("Imam Yusuf Karamba said the mosque would open its doors to the stranded drivers.", "Yusuf Karamba"),
    ("Metropolitan John Vostok said the church would mediate between the two unions.", "John Vostok"),
])
def test_a_clerical_rank_before_a_name_is_a_title(text, person):
    rows = _statements(text)
    assert (rows["speaker"] == person).any(), rows[["speaker_surface", "speaker"]]


@pytest.mark.parametrize("name, bare", [
    ("Hojatoleslam Reza Tabrizian", "Reza Tabrizian"),
    ("Grand Ayatollah Hassan Qomavi", "Hassan Qomavi"),
    ("Metropolitan Ilarion Vostok", "Ilarion Vostok"),
    ("Rev. Thomas Okafor", "Thomas Okafor"),
])
def test_clerical_ranks_are_stripped_from_names(name, bare):
    assert strip_titles(strip_honorifics(name)) == bare


@pytest.mark.parametrize("text, org", [
    ("Cardinal Health said its profits rose in the third quarter.", "Cardinal Health"),
    ("The Metropolitan Opera said the winter season would open in May.", "Metropolitan Opera"),
])
def test_a_rank_word_that_opens_a_firm_name_stays_in_it(text, org):
    rows = _statements(text)
    assert (rows["speaker"] == org).any(), rows[["speaker_surface", "speaker"]]
