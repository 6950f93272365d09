"""Statements, session 17: clerical ranks before a speaker's name are titles, not part of the name.

Texts written for these tests (invented people and events; no dev sample's wording)."""

from __future__ import annotations

import pytest

from conftest import rows_containing as _rows, statements_of as _statements
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


# Speakers the parser hung on the wrong word (helpers/statements/orphans.py).
@pytest.mark.parametrize("text, fragment, speaker", [
    ("Orla Brennick, who chaired the harbour board for a decade, and fiercely opposed the ferry lease during the 2009 "
     "hearings, last week said the council was seeking to sell the docks.", "seeking to sell the docks", "Brennick"),
    ("At Kelso Point, where it costs new members $9,000 to join, Ivo Marrant, the marina's 70-year-old president and "
     "treasurer, suggested that the troubles of rival clubs could be blamed on poor management.",
     "poor management", "Marrant"),
    ("Few mayors would ever admit this, but Mayor Tilda Ravensworth (a Lusk Democrat so young she has been mistaken "
     "for an intern) says she was lost in her first months in office.", "lost in her first months", "Ravensworth"),
    ("Tilda Ravensworth went on the attack against the port authority on Monday, saying it would abandon the fishing "
     "fleet.", "abandon the fishing fleet", "Ravensworth"),
    ("Councillor Bram Oduya clearly erred in saying that the 40 percent figure came from the treasury.",
     "came from the treasury", "Oduya"),
    ("Bram Oduya was quick to add that the agreement does not include closing the ferry line.",
     "closing the ferry line", "Oduya"),
])
def test_a_speaker_the_parser_hung_elsewhere_is_found(text, fragment, speaker):
    rows = _rows(_statements(text), fragment)
    assert len(rows) >= 1, _statements(text)[["speaker", "cue", "content"]]
    assert rows["speaker"].str.contains(speaker).any(), rows[["speaker", "cue", "content"]]


@pytest.mark.parametrize("text", [
    "Tuesday, after a long night of talks, said the ferry would run again.",  # a day is no speaker
    "In the harbour town of Kelso, where the ferry stops, said to be the oldest pier in the north.",
])
def test_no_speaker_is_made_up_before_an_aside(text):
    rows = _statements(text)
    assert not rows["speaker"].astype(str).str.contains("Tuesday|Kelso").any(), rows[["speaker", "cue", "content"]]
