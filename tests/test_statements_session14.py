"""Statements, issue 14 classes: translated readouts ("the Chilean side", "it was informed that"),
formal titles before a name, "asked" asides, self-proclamation, whose "his office" it is.

Texts written for these tests (other events and names than any dev sample)."""

from __future__ import annotations

import pytest

from conftest import rows_containing as _rows, statements_of as _statements


@pytest.mark.parametrize("text, fragment, speaker", [
    # a country named as a party to talks speaks as the country
    ("Talks were held in Lima on Monday. The Chilean side stressed the importance of the border agreement.",
     "The Chilean side stressed", "Chile"),
    # a formal title with the name set off after it, a name no list knows
    ("The Minister of Foreign Affairs, Tarek Omran Salhi, who led the delegation, has specified that the plan is only a first step.",
     "has specified", "Salhi"),
    # "his office" is the office of the person the clause is about
    ("Mayor Ana Ruiz met the governor on Friday. Senator Tomas Berg will also attend the summit, his office confirmed.",
     "his office confirmed", "Tomas Berg"),
    # "asked" between commas is a question put to the subject, who then speaks
    ("Ana Ruiz, asked about the vote, said the count was fair and complete.", "asked about the vote", "Ana Ruiz"),
    # a press service speaks for its body
    ("The press service of the Peruvian Foreign Ministry said the talks would resume in March.", "press service", "Peru"),
])
def test_speaker_classes(text, fragment, speaker):
    rows = _rows(_statements(text), fragment)
    assert rows["speaker"].str.contains(speaker, regex=False).any(), rows[["speaker", "speaker_surface", "cue"]]


@pytest.mark.parametrize("text, fragment", [
    ("He asked not to be named because he was not authorised to speak to the press.", "asked not to be named"),
    ("On Monday Ana Ruiz, 41, declared herself interim mayor before a crowd of supporters.", "declared herself"),
    ("Kim visited Seoul in May, and his ministry has avoided calling the takeover a coup.", "avoided calling"),
    ("A Dutch diplomatic source, asked whether Rome backed the plan, declined to comment.", "asked whether Rome"),
])
def test_not_statements(text, fragment):
    assert _rows(_statements(text), fragment).empty


def test_impersonal_passive_takes_the_informing_body():
    text = ("The Ministry of Foreign Affairs of Peru reported that the ministers spoke by telephone on Monday. "
            "It was informed that the Peruvian side has raised the issue of the fishing quotas.")
    rows = _rows(_statements(text), "It was informed that")
    assert not rows.empty and rows["speaker"].str.contains("Ministry", regex=False).any(), rows[["speaker", "cue"]]


def test_impersonal_passive_without_a_source_is_dropped():
    rows = _rows(_statements("Talks ended late. It was informed that the delegation left the capital by night."), "It was informed")
    assert not (rows["cue"] == "inform").any(), rows[["speaker", "cue"]]


def test_welcomed_agreement_is_a_statement_not_a_reception():
    st = _statements("President Ana Ruiz welcomed the ceasefire. The mayor welcomed the delegation at the airport.")
    assert _rows(st, "welcomed the ceasefire")["speaker"].str.contains("Ruiz").any()
    assert _rows(st, "welcomed the delegation").empty
