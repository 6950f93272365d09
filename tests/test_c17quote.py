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
    ("In addition to Mayor Kell, two Labour members of the council from Lusk, Tilda Ravensworth and Ivo Marrant, "
     "have said they will not back the lease.", "will not back the lease", "members"),
    ("Tilda Ravensworth on Thursday stepped up her attacks on the harbour board, saying it is \"weak on safety, "
     "you know that.", "weak on safety", "Ravensworth"),
    ("The harbour plan has won over Ivo Marrant, who came out and endorsed the lease during a call with reporters "
     "on Tuesday.", "the lease", "Marrant"),
    ("And the ferry contract, which Tilda Ravensworth had called a \"disaster\" and promised to \"tear up\"?",
     "tear up", "Ravensworth"),
    ("Since announcing in October that he would not seek a third term, Mr. Oduya has been a loyal ally of the mayor.",
     "would not seek a third term", "Oduya"),
    ("Councillor Bram Oduya clearly erred in saying that the 40 percent figure came from the treasury.",
     "came from the treasury", "Oduya"),
    ("Bram Oduya was quick to add that the agreement does not include closing the ferry line.",
     "closing the ferry line", "Oduya"),
])
def test_a_speaker_the_parser_hung_elsewhere_is_found(text, fragment, speaker):
    rows = _rows(_statements(text), fragment)
    assert len(rows) >= 1, _statements(text)[["speaker", "cue", "content"]]
    assert rows["speaker"].str.contains(speaker).any(), rows[["speaker", "cue", "content"]]


def test_the_quotation_before_a_speaker_and_an_aside_is_the_content():
    text = ('"We have had better seasons than this one," harbour pilot Ivo Marrant, wearing a yellow coat and '
            '"Save the Pier" badges, said matter-of-factly as the gulls circled the quay.')
    rows = _statements(text)
    said = rows[rows["speaker"].str.contains("Marrant")]
    assert len(said) == 1, rows[["speaker", "cue", "content"]]
    assert said["content"].iloc[0].startswith("We have had better seasons"), said["content"].iloc[0]


@pytest.mark.parametrize("text", [
    "Tuesday, after a long night of talks, said the ferry would run again.",  # a day is no speaker
    "In the harbour town of Kelso, where the ferry stops, said to be the oldest pier in the north.",
])
def test_no_speaker_is_made_up_before_an_aside(text):
    rows = _statements(text)
    assert not rows["speaker"].astype(str).str.contains("Tuesday|Kelso").any(), rows[["speaker", "cue", "content"]]


# "according to X" reports the clause it belongs to (helpers/statements/nominal.py).
@pytest.mark.parametrize("text, starts, not_in", [
    ('Kell went to that hearing, and she will probably go to the next one, because, according to Kell, the press '
     'would call her a "coward" if she did not.', "the press would call her", "went to that hearing"),
    ("Ravensworth leads Oduya by 40 votes according to a count by the Lusk Herald, but the councillor has vowed to "
     "fight on and win over as many members as possible.", "Ravensworth leads Oduya", "vowed to fight on"),
    ("After the flood, Oduya publicly blamed the damage on the old dam while \u2014 according to letters found in the "
     "inquiry into the port \u2014 knowing the dam had no part in it.", "knowing the dam had no part", "blamed the damage"),
])
def test_according_to_reports_the_clause_it_opens_or_closes(text, starts, not_in):
    rows = _statements(text)
    cited = rows[rows["cue"] == "according to"]
    assert len(cited) == 1, rows[["speaker", "cue", "content"]]
    assert cited["content"].iloc[0].startswith(starts) and not_in not in cited["content"].iloc[0], cited["content"].iloc[0]


@pytest.mark.parametrize("text, speaker, starts", [
    ('Ravensworth then addressed the dock workers again: "Here is what I regret. I regret they did not listen."',
     "Ravensworth", "Here is what I regret"),
    ('The harbour board, in a note on the ferry dispute, worded it even more carefully: "The board\'s practice was to '
     'consult the unions on every lease."', "harbour board", "The board's practice"),
])
def test_a_quotation_after_a_verb_its_object_and_a_colon_is_what_was_said(text, speaker, starts):
    rows = _statements(text)
    said = rows[rows["content"].str.startswith(starts)]
    assert len(said) == 1 and speaker in said["speaker"].iloc[0], rows[["speaker", "cue", "content"]]


def test_a_colon_after_an_act_without_a_quotation_is_no_statement():
    assert _statements("She cut the ribbon at noon: the ferry was open.").empty


def test_a_clause_added_after_the_cue_keeps_its_own_content():
    text = ('"You do not win the vote by how many wards you win," Oduya said, adding that he will have to win some '
            'of the large wards in March.')
    rows = _statements(text)
    added = rows[rows["cue"] == "add"]
    assert len(added) == 1 and added["content"].iloc[0].startswith("that he will have to win"), rows[["cue", "content"]]


def _parsed(nlp, words, heads, deps, pos, tags=None):
    """A Doc with a given (mis)parse, as the parser gives it in some contexts."""
    from spacy.tokens import Doc

    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags or ["" for _ in words],
               spaces=[w not in {'"', ","} and nxt not in {",", ".", '"'} for w, nxt in zip(words, words[1:] + [""])])


def test_a_name_tagged_as_an_adverb_after_a_quoted_cue_is_the_speaker(nlp):
    from helpers.statements.cues import find_subject

    words = ['"', "It", "is", "valuable", ",", '"', "said", "Brennick", ",", "explaining", "he", "left", "."]
    heads = [6, 2, 6, 2, 6, 6, 6, 6, 6, 6, 11, 9, 6]
    deps = ["punct", "nsubj", "ccomp", "acomp", "punct", "punct", "ROOT", "advmod", "punct", "advcl", "nsubj", "ccomp", "punct"]
    pos = ["PUNCT", "PRON", "AUX", "ADJ", "PUNCT", "PUNCT", "VERB", "ADV", "PUNCT", "VERB", "PRON", "VERB", "PUNCT"]
    doc = _parsed(nlp, words, heads, deps, pos, tags=["``", "PRP", "VBZ", "JJ", ",", "''", "VBD", "RB", ",", "VBG", "PRP", "VBD", "."])
    assert find_subject(doc[6]).text == "Brennick"


def test_a_name_parsed_as_the_subject_of_its_aside_speaks_for_the_cue(nlp):
    from helpers.statements.cues import find_subject

    words = ["Brennick", ",", "who", "opposed", "the", "lease", ",", "said", "it", "failed", "."]
    heads = [3, 0, 3, 7, 5, 3, 7, 7, 9, 7, 7]  # the parser gave "Brennick" to "opposed" and hung that on "said"
    deps = ["nsubj", "punct", "dep", "ccomp", "det", "dobj", "punct", "ROOT", "nsubj", "ccomp", "punct"]
    pos = ["PROPN", "PUNCT", "PRON", "VERB", "DET", "NOUN", "PUNCT", "VERB", "PRON", "VERB", "PUNCT"]
    doc = _parsed(nlp, words, heads, deps, pos, tags=["NNP", ",", "WP", "VBD", "DT", "NN", ",", "VBD", "PRP", "VBD", "."])
    assert find_subject(doc[7]).text == "Brennick"


def test_according_to_at_the_end_after_an_adverb_reports_what_came_before():
    text = ("Brennick met both mayors on Monday, and has kept up a stream of calls since, according to officials "
            "in Lusk.\nThe talks resume on Friday.")
    rows = _statements(text)
    cited = rows[rows["cue"] == "according to"]
    assert len(cited) == 1 and cited["content"].iloc[0].startswith("Brennick met both mayors"), rows[["cue", "content"]]
