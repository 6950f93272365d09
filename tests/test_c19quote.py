"""Statements, session 19: attributions that interrupt the clause they report, and participles
("..., pointing to X", "..., citing X") that close a speaker's statement with a second one.

Texts written for these tests (invented people and events; no dev sample's wording)."""

from __future__ import annotations

import pytest

from conftest import rows_containing as _rows, statements_of as _statements


def _contents(text: str, cue: str) -> list[str]:
    rows = _statements(text)
    return list(rows[rows["cue"] == cue]["content"])


@pytest.mark.parametrize("text, first_half, second_half", [
    # a subject phrase, the attribution, then the quoted predicate
    ("The council's heavy spending on its parks, Ms. Ines Calloway said, ''is a clear example of planning'' for the future.",
     "heavy spending on its parks", "clear example of planning"),
    # a condition, the attribution, then the main clause (parsed as hanging on that clause's verb)
    ("If the new levy has never been tested in court, Senator Tobias Lind said, there is a simple reason: nobody has broken it.",
     "never been tested in court", "a simple reason"),
    # the attribution after a closing quotation mark
    ("Those who spend hours ''watching late talk shows'' and reading rumours posted on ''odd corners of the web,'' he said, "
     "end up in a debate that is ''cut off from reality.''", "watching late talk shows", "cut off from reality"),
    # the clause before the attribution goes on after it
    ("It is time for the province to be led, she said, ''not only by a tough premier, but by a kind one.''",
     "the province to be led", "a kind one"),
    # a main cue between a condition and the clause it governs
    ("If the flood levy has never been tested in court, Senator Tobias Lind said, there is a simple reason: nobody dared.",
     "never been tested in court", "a simple reason"),
    # the quotation after the attribution goes on with the clause before it
    ("It is time for the province to be led, he said, ''not only by a tough premier, but by a kind and decent one.''",
     "the province to be led", "kind and decent"),
    # an inverted attribution with an apposition
    ("Rather than seeing the levy rise further, said Ines Calloway, a vice president, the firm wants the gap narrowed.",
     "levy rise further", "gap narrowed"),
])
def test_interrupting_attribution_reports_both_halves(text, first_half, second_half):
    contents = _contents(text, "say")
    assert len(contents) == 1, contents
    assert first_half in contents[0] and second_half in contents[0], contents


@pytest.mark.parametrize("text, said, cited, cue", [
    ("Senator Tobias Lind said the new focus on trade is hurting the governor, pointing to Governor Elena Marsh's losses in three counties.",
     "hurting the governor", "losses", "point"),
    ("Mayor Ines Calloway said the vote was a warning, citing the low turnout in the north.",
     "the vote was a warning", "low turnout", "cite"),
    ("Senator Tobias Lind and his lawyers have denied the fraud claims, pointing to high marks that voters gave the plan.",
     "the fraud claims", "high marks", "point"),
    ('"The harbour will flood again," Senator Tobias Lind said, pointing to the broken levee.',
     "The harbour will flood again", "broken levee", "point"),
])
def test_closing_participle_is_a_statement_of_its_own(text, said, cited, cue):
    rows = _statements(text)
    main = rows[rows["content"].str.contains(said, regex=False)]
    assert len(main) == 1 and cited not in main.iloc[0]["content"], rows[["speaker", "cue", "content"]]
    second = rows[(rows["cue"] == cue) & rows["content"].str.contains(cited, regex=False)]
    assert len(second) == 1 and second.iloc[0]["speaker"] == main.iloc[0]["speaker"], rows[["speaker", "cue", "content"]]


def test_words_hanging_on_the_cue_stay_out_of_the_content():
    assert _contents("The harbour plan is dead, the ministry said, without giving details.", "say") == ["The harbour plan is dead"]


@pytest.mark.parametrize("text, fragment", [
    # not yet said
    ("Senator Tobias Lind will say the levy is fair, pointing to the budget.", "budget"),
])
def test_not_a_closing_participle_statement(text, fragment):
    rows = _statements(text)
    assert not rows["content"].str.fullmatch(rf"(?:the )?{fragment}").any(), rows[["speaker", "cue", "content"]]


@pytest.mark.parametrize("participle", ["referring to", "pointing to"])
def test_quote_after_a_closing_participle_continues_the_quoted_row(participle):
    text = f'"We will win," Senator Tobias Lind said, {participle} the council. "They will lose."'
    rows = _statements(text)
    said = rows[rows["cue"] == "say"]
    assert len(said) == 1 and "They will lose" in said.iloc[0]["content"], rows[["speaker", "cue", "content"]]
    other = rows[rows["cue"] != "say"]
    assert list(other["content"]) == ["the council"], rows[["speaker", "cue", "content"]]


def test_interrupting_attribution_keeps_a_quote_split_by_its_cue_as_one_row():
    rows = _rows(_statements('"The levy," Senator Tobias Lind said, "is fair to farmers."'), "levy")
    assert len(rows) == 1 and "fair to farmers" in rows.iloc[0]["content"], rows[["speaker", "cue", "content"]]


def test_a_document_written_is_not_what_it_said():
    assert _contents("Senator Tobias Lind wrote the letter on March 3 to the ministry's acting legal adviser.", "write") == []
    assert _contents("Senator Tobias Lind wrote that the ministry's legal adviser had resigned.", "write") \
        == ["that the ministry's legal adviser had resigned"]


@pytest.mark.parametrize("text, cue, fragment", [
    # the simple present in the writer's voice
    ("Senator Tobias Lind talks about a revolution in farm credit.", "talk", "revolution in farm credit"),
    ("While rivals blame migrants, Ines Calloway points to structural failures in the farm economy.", "point", "structural failures"),
    # speech acts and topic cues new to the lexicon
    ("Senator Tobias Lind lambasted the governor for the river deal.", "lambast", "the governor"),
    ("Mayor Ines Calloway outlined her plan for the harbour on Monday.", "outline", "her plan for the harbour"),
])
def test_present_topic_cues_and_new_speech_acts(text, cue, fragment):
    assert any(fragment in c for c in _contents(text, cue)), _statements(text)[["speaker", "cue", "content"]]


def test_progressive_topic_cue_is_still_no_statement():
    rows = _statements("The two sides are close, the envoy said. They are talking about a first step.")
    assert not (rows["cue"] == "talk").any(), rows[["speaker", "cue", "content"]]
