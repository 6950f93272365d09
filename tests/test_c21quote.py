"""Statements (issue 14, session 21): the terms of an agreement text, draft or resolution are no
one's statement unless its author is named; a dateline parsed as the subject is not the speaker;
"an aide to NAME, NAME2, said" is said by the aide named."""
import pytest

from helpers import analyze_text


def statements(text: str):
    return analyze_text(text, date="2031-04-09", outlet="Test Wire").statements


@pytest.mark.parametrize("text", [
    "According to the text, the two sides will pull back their patrols by Friday.",
    "According to the ceasefire text, the two sides will pull back their patrols by Friday.",
    "The resolution, adopted on May 9 by 11 votes to none, calls for an immediate end to the blockade.",
    "The draft resolution calls for an immediate end to the blockade.",
    "According to the draft of the accord, some 9,000 monitors would enter the valley.",
])
def test_an_authorless_agreement_text_is_no_speaker(text):
    assert statements(text).empty


@pytest.mark.parametrize("text, speaker_word", [
    ("According to court documents, Mr. Varga paid the fine in cash.", "court documents"),
    ("According to a Valmoran government document, the plant closed in May.", "government document"),
    ("According to the Halvorsen government's text, the sides will talk again in June.", "Halvorsen"),
    ("The council's resolution calls for an immediate end to the blockade, the envoy said.", "envoy"),
])
def test_a_text_whose_author_is_named_stays(text, speaker_word):
    rows = statements(text)
    assert any(speaker_word in surface for surface in rows["speaker_surface"])


def test_the_speaker_after_a_dateline_is_the_named_person():
    rows = statements("OSLO, March 3 (Harbour Wire) - Gunnar Vik, the head of the fishing union, said on Monday "
                      "he had told his boats to return to port.")
    assert list(rows["speaker"]) == ["Gunnar Vik"]
    assert list(rows["speaker_surface"]) == ["Gunnar Vik"]


@pytest.mark.parametrize("text", [
    "OSLO - The Norwegian coastguard said on Monday it had towed the trawler to port.",
    "NATO, the alliance, said on Monday it would send ships.",
])
def test_a_subject_that_opens_the_sentence_is_kept(text):
    rows = statements(text)
    assert len(rows) == 1 and rows["speaker_surface"].iloc[0] in {"Norwegian coastguard", "NATO"}


def test_the_named_aide_of_a_named_leader_speaks():
    rows = statements("An aide to Halvorsen, Jonas Dahl, said the meeting would take place on Friday.")
    assert list(rows["speaker"]) == ["Jonas Dahl"]


def test_a_name_after_a_common_role_noun_may_be_that_role_holder():
    # "the prime minister, Jonas Dahl": Dahl may be the prime minister, not the aide
    rows = statements("An aide to the prime minister, Jonas Dahl, said the meeting would go ahead.")
    assert "Jonas Dahl" not in set(rows["speaker"])


def test_a_bare_name_after_the_aide_of_a_named_leader_is_the_speakers_surface():
    rows = statements("An aide to Halvorsen, Avi Dahlqvist, said the meeting would take place at 6 p.m. but "
                      "declined to give the venue.")
    assert list(rows["speaker_surface"]) == ["Avi Dahlqvist"]
