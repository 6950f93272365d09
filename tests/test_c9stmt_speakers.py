"""Statements, issue 14 speaker classes: the name closing a role's phrase in translated word
order, surnames with initials or shared with a place, and unnamed spokespersons of a possessor.

Texts written for these tests (invented names and events)."""

from __future__ import annotations

import pytest

from conftest import rows_containing as _rows, statements_of as _statements


@pytest.mark.parametrize("text, fragment, speaker", [
    # the holder's name closes the role's phrase after the country or body it serves
    ("President of the Republic of Peru Marco Bellini said on Monday that the border would stay open.",
     "border would stay open", "Marco Bellini"),
    ("Spokesperson of the Peruvian Foreign Ministry Lina Ortez said in Lima that the talks went well.",
     "talks went well", "Lina Ortez"),
    ("Official representative of the Peruvian MFA A.Petrova commented that the sanctions were unlawful.",
     "sanctions were unlawful", "Petrova"),
    ("In the night the President of the USA George Bush announced a new deadline for the talks.",
     "new deadline", "George Bush"),
    ("President of the Republic of Azerbaijan I. Aliyev said the ceasefire held.", "ceasefire held", "Aliyev"),
    # a surname with initials, and a surname that is also a place, are the article's person
    ("Prime Minister Boris Kovac met the envoys on Monday. On its results B.Kovac declared that the region will act.",
     "B.Kovac declared", "Boris Kovac"),
    ("Peter Hague, the British foreign secretary, arrived in Rome. Hague told reporters the meeting would set up a contact group.",
     "Hague told reporters", "Peter Hague"),
])
def test_named_speakers(text, fragment, speaker):
    rows = _rows(_statements(text), fragment)
    assert (rows["speaker"] == speaker).any() or rows["speaker"].str.contains(speaker, regex=False).any(), \
        rows[["speaker", "speaker_surface", "speaker_type"]]
    assert (rows["speaker_type"] == "person").any()


def test_principal_after_title_is_not_the_spokesperson():
    rows = _rows(_statements("A spokesman for President Ana Ruiz said the plan was ready."), "plan was ready")
    assert not (rows["speaker"] == "Ana Ruiz").any(), rows[["speaker", "speaker_type"]]


@pytest.mark.parametrize("text, fragment", [
    ("White House spokesman Carl Dorsey said the vote was delayed. "
     "The Prime Minister's official spokesman said Mr Aznar spoke to President Lagos for an hour.", "spoke to President Lagos"),
    ("Prime Minister Jose Aznar met the envoy. In Madrid, Prime Minister Jose Aznar's spokesman said the deal was close.",
     "deal was close"),
])
def test_possessed_spokesperson_is_anonymous(text, fragment):
    rows = _rows(_statements(text), fragment)
    assert not rows.empty and (rows["speaker_type"] == "anonymous").all(), rows[["speaker", "speaker_type"]]
    assert not rows["speaker"].isin(["Carl Dorsey", "Jose Aznar"]).any()


def test_named_spokesperson_keeps_the_name():
    rows = _rows(_statements("Mr Ruiz's spokesman, Ibrahim Kalin, said the talks would go on."), "talks would go on")
    assert (rows["speaker"] == "Ibrahim Kalin").any(), rows[["speaker", "speaker_type"]]


@pytest.mark.parametrize("text, fragment, speaker", [
    # an unnamed spokesman goes on speaking in the next sentence of the paragraph
    ('"The two ministers agreed on the importance of the plan," a government spokesman said in a statement. '
     'He added that the ministers would "keep working closely" on it.', "He added", "government spokesman"),
    # the speaker written after the cue, of unknown gender, before a woman named in another paragraph
    ('Spokeswoman Dana Welk said the talks would resume.\n\nSome analysts doubted it. "Lima must show that it cares," '
     'said Cho Ren-ho, a researcher at the Andes Institute. She said the surprise showed how little had been told.',
     "She said the surprise", "Cho Ren-ho"),
    # the canonical first name gives the gender, not a second given name ("Jose Maria")
    ('Jose Maria Olmedo and Tony Welk met on Monday. Welk said the allies would appeal to the council. '
     '"We have gone the extra mile," Olmedo said. Spain, he added, had worked hard with Chile.', "Spain, he added", "Olmedo"),
])
def test_pronoun_goes_on_with_the_last_speaker(text, fragment, speaker):
    rows = _rows(_statements(text), fragment)
    assert rows["speaker"].str.contains(speaker, regex=False).any(), rows[["speaker", "speaker_how"]]


def test_pronoun_after_a_paragraph_break_is_not_assumed_to_continue():
    text = ('Mr Ruiz said the talks went well.\n\nAna Cortez, a mediator, arrived on Monday. She said the vote was fair.')
    rows = _rows(_statements(text), "vote was fair")
    assert not (rows["speaker"].str.contains("Ruiz")).any(), rows[["speaker", "speaker_how"]]


@pytest.mark.parametrize("text, fragment", [
    ("But nobody claimed a breakthrough, and the talks ended early.", "nobody claimed"),
    ("No official has said the border would open before the vote.", "No official"),
    ("Nobody can ask Peru to accept such maps.", "Nobody can ask"),
    ("A reader asks whether the council changed its mind.", "A reader asks"),
])
def test_no_statement_from_negative_subjects_or_readers_questions(text, fragment):
    assert _rows(_statements(text), fragment).empty


def test_he_after_she_is_not_her():
    rows = _rows(_statements('Ms Dana Ruiz said the plan was weak. "We need details," she said. He said Ruiz would not go far enough.'),
                 "He said Ruiz")
    assert not rows["speaker"].str.contains("Ruiz").any(), rows[["speaker", "speaker_how"]]


def test_he_in_a_clause_after_another_subject_is_not_the_last_speaker():
    rows = _rows(_statements("Carl Wallace said the question was fair. Tom Ruiz quickly disavowed the group, but he slammed "
                             "the media for asking."), "he slammed")
    assert not (rows["speaker_how"] == "pronoun, last speaker").any(), rows[["speaker", "speaker_how"]]
