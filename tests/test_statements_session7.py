"""Statements, session 7 classes: a pronoun speaker is never a person named in what was said;
a role's holder named after the role's whole phrase; phone calls and money pledges are not
statements; people described by the body they serve are unnamed people, not the body.

Texts written for these tests (other events and names than any dev sample)."""

from __future__ import annotations

import pytest

from conftest import rows_containing as _rows, statements_of as _statements


@pytest.mark.parametrize("text, fragment, speaker", [
    # the person inside the content is not the "he" who said it
    ("Council spokesman Pavel Horak said the ministers would meet in Vienna. Tomas Berg is expected to attend, he said.",
     "expected to attend", "Pavel Horak"),
    # the name set off after the place the role is for
    ("The U.N. envoy to Chad, Oskar Lindqvist, told the council on Monday that neither side was ready.",
     "envoy to Chad", "Oskar Lindqvist"),
    # translated word order: the holder's name closes the title
    ("The press secretary of the Peruvian President Maria Quispe told journalists that the visit was postponed.",
     "press secretary", "Maria Quispe"),
    ("The official representative of the Ministry Andrei Volkov declared that the talks had failed.",
     "official representative", "Andrei Volkov"),
])
def test_speaker_classes(text, fragment, speaker):
    rows = _rows(_statements(text), fragment)
    assert rows["speaker"].str.contains(speaker, regex=False).any(), rows[["speaker", "speaker_surface", "cue"]]


@pytest.mark.parametrize("text, fragment, speaker", [
    # English order: the name after "for" is the principal, so the spokesman stays unnamed
    ("A spokesman for Chilean President Ana Ruiz said the talks were useful.", "A spokesman for", "Ana Ruiz"),
    ("An aide to Senator Tom Lee, a Democrat, said the bill would pass.", "An aide to", "Tom Lee"),
])
def test_principal_is_not_the_speaker(text, fragment, speaker):
    rows = _rows(_statements(text), fragment)
    assert not rows.empty and not (rows["speaker"] == speaker).any(), rows[["speaker", "speaker_surface", "cue"]]


@pytest.mark.parametrize("text, fragment", [
    ("After the summit, Ruiz called the Bolivian president to assure him of her support.", "called the Bolivian"),
    ("The next day she called Oskar Lindqvist, the envoy known for his patience.", "called Oskar"),
    ("Lima and Quito pledged $2 billion to the fund in 2021.", "pledged $2 billion"),
])
def test_not_statements(text, fragment):
    assert _rows(_statements(text), fragment).empty


@pytest.mark.parametrize("text, fragment", [
    ("Ruiz called Lindqvist a liar on Monday.", "a liar"),
    ("Ruiz called on Lindqvist to resign.", "called on"),
    ("Ruiz pledged that the aid would arrive within a week.", "pledged that"),
])
def test_still_statements(text, fragment):
    assert not _rows(_statements(text), fragment).empty


@pytest.mark.parametrize("text, fragment", [
    ('As one OPEC ambassador put it: "Nobody agrees on the quota."', "OPEC ambassador"),
    ("Navy loyalists now accuse the admiral of having been naive.", "Navy loyalists"),
])
def test_described_people_are_unnamed(text, fragment):
    rows = _rows(_statements(text), fragment)
    assert not rows.empty and (rows["speaker_type"] == "anonymous").all(), rows[["speaker", "speaker_type"]]


@pytest.mark.parametrize("text, fragment", [
    ("At the rally, Ruiz called Lindqvist, her rival for the post, a “fraud.”", "her rival"),
    ("Some voters have called her to say they will not vote for the mayor again.", "called her to say"),
])
def test_calls_that_report_words(text, fragment):
    assert not _rows(_statements(text), fragment).empty


def test_quote_of_two_sentences_stays_on_the_cue_sentence():
    text = '"We came to talk and to be heard. Nobody here wants a fight, but the vote stands," the delegate said.'
    rows = _statements(text)
    assert len(rows) == 1 and rows.iloc[0]["sentence"].startswith("Nobody here"), rows[["sentence", "speaker"]]
    assert rows.iloc[0]["content"].startswith("We came to talk"), rows["content"]


@pytest.mark.parametrize("text, fragment", [
    ("A Chilean diplomatic source, asked whether Lima backed the plan, declined to comment.", "asked whether Lima"),
    ("Asked whether Quito still recognised the border, Ruiz declined to answer.", "Asked whether Quito"),
])
def test_questions_put_to_a_source_are_not_its_statements(text, fragment):
    assert _rows(_statements(text), fragment).empty


@pytest.mark.parametrize("text, fragment, speaker", [
    ("A spokesman for the Ministry of Mines, Raveen Kotar, said the licences had been withdrawn.", "Ministry of Mines", "Kotar"),
    ("We waited for three days, his father, retired Colonel J. Mbeki, told a local channel.", "his father", "Mbeki"),
])
def test_untagged_name_after_a_role(text, fragment, speaker):
    rows = _rows(_statements(text), fragment)
    assert rows["speaker"].str.contains(speaker, regex=False).any(), rows[["speaker", "speaker_surface", "cue"]]


@pytest.mark.parametrize("text, fragment", [
    ("The minister explained the principled position of the Peruvian side on the border dispute.", "principled position"),
    ("The head of the Chilean state has expressed that the Chilean side stands by its neighbour.", "has expressed that"),
    ("The Bolivian side expressed its thanks to the kingdom for its efforts.", "expressed its thanks"),
])
def test_translated_readout_cues(text, fragment):
    assert not _rows(_statements(text), fragment).empty


def test_explaining_rules_is_not_a_position():
    assert _rows(_statements("He explained the rules of the game to the children."), "explained the rules").empty


def test_bare_cue_at_paragraph_end_takes_the_quotation_before_it():
    text = ('At a rally in Lima, he knocked Ruiz for not reporting loans.\n\n"How do you control . . . these big banks, '
            'when you owe them money?" Castillo said to a crowd of about 500.\n\nThe rally ended at noon.')
    rows = _statements(text)
    assert (rows["cue"] == "say").any() and rows["content"].str.contains("big banks").any(), rows[["speaker", "content"]]


@pytest.mark.parametrize("text, fragment, expected", [
    ("Lee's campaign sent out a press release saying Ruiz owes voters an explanation.", "press release", True),
    ("The ministry posted a video urging citizens to stay home during the storm.", "posted a video", True),
    ("Ruiz sent a letter to Lee on Friday after the vote.", "sent a letter", False),
])
def test_things_sent_with_words(text, fragment, expected):
    assert _rows(_statements(text), fragment).empty is not expected


def test_she_is_the_woman_named_further_back_not_a_nearby_name_of_unknown_gender():
    text = ("Foreign ministry spokeswoman Lin Hua told reporters that the talks went well. Ortiz said the two sides "
            "should meet halfway. Ortiz stressed that the border was calm. Okafor said Nigeria was ready to talk. "
            "Okafor added that trade would resume. She added that the two sides agreed to meet again.")
    rows = _rows(_statements(text), "She added")
    assert (rows["speaker"] == "Lin Hua").all() and not rows.empty, rows[["speaker", "speaker_how"]]


@pytest.mark.parametrize("text, fragment", [
    ("A year later, Mr. Castillo called Ana Ruiz.", "called Ana Ruiz"),
    ("An anti-tax group called Our Future is ramping up its operations.", "Our Future"),
])
def test_calls_that_name_or_ring_are_not_statements(text, fragment):
    assert _rows(_statements(text), fragment).empty
