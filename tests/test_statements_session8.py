"""Statements, session 8 classes: a named person's words quoted inside an official account get
their own row whatever entity type the tagger gave the name.

Texts written for these tests (other events and names than any dev sample)."""

from __future__ import annotations

import pytest

from conftest import rows_containing as _rows, statements_of as _statements


@pytest.mark.parametrize("text, fragment, cue, speaker", [
    # the name after "that" opens the quotation; the tagger may call it a place
    ("The Foreign Ministry said in a statement that Minister Ana Ruiz spoke with her Chilean counterpart on Monday. "
     "The statement added that Blinken \"reiterated that any attack on the border would meet a firm response.\"",
     "The statement added", "reiterate", "Blinken"),
])
def test_quoted_report_of_a_named_person(text, fragment, cue, speaker):
    rows = _rows(_statements(text), fragment)
    hit = rows[rows["cue"] == cue]
    assert not hit.empty and hit["speaker"].str.contains(speaker).all(), rows[["cue", "speaker", "speaker_surface"]]


@pytest.mark.parametrize("text, fragment, speaker", [
    # ", and told him" parsed as coordinated with the time clause before it
    ("Mayor Ana Ruiz telephoned Governor Tom Lee on Tuesday, hours after the council approved the new budget, "
     "and told him the plan did not change the city's commitment to the schools.", "telephoned Governor", "Ruiz"),
])
def test_cue_after_a_time_clause_goes_with_the_main_verb(text, fragment, speaker):
    rows = _rows(_statements(text), fragment)
    told = rows[rows["cue"] == "tell"]
    assert not told.empty and told["speaker"].str.contains(speaker).all(), rows[["cue", "speaker"]]


@pytest.mark.parametrize("text, fragment, said", [
    # the reported clause parsed as two clauses of "said" ("freed by ..." and "were close ...")
    ("Senator Tom Lee said the Iranians freed by the United States were in some cases close to completing their sentences.",
     "Senator Tom Lee said", "close to completing their sentences"),
])
def test_content_spans_every_clause_of_the_cue(text, fragment, said):
    rows = _rows(_statements(text), fragment)
    assert not rows.empty and rows["content"].str.contains(said).all(), rows[["cue", "content"]]


@pytest.mark.parametrize("text, fragment, content", [
    ("Mr. Lee said things would be settled by June, referring to the party's spring meeting.", "settled by June",
     "things would be settled by June"),
    ('"We are ready," Ruiz said, referring to the council.', "We are ready", "We are ready"),
])
def test_writers_gloss_is_not_content(text, fragment, content):
    rows = _rows(_statements(text), fragment)
    said = rows[rows["cue"] == "say"]  # the gloss may be a row of its own ("refer"), never part of what was said
    assert not said.empty and (said["content"] == content).all(), rows[["cue", "content"]]


@pytest.mark.parametrize("text, fragment, cue", [
    # the quoted name parsed into the object of "called"
    ("Mr. Lee called her handling of the files \u201cextremely careless,\u201d and said the rules were clear.",
     "handling of the files", "call"),
])
def test_called_with_a_quoted_name_inside_the_object(text, fragment, cue):
    rows = _rows(_statements(text), fragment)
    assert (rows["cue"] == cue).any(), rows[["cue", "content"]]


def test_calling_the_police_is_not_a_statement():
    assert _rows(_statements("The next day Ms. Ruiz called the police at noon."), "called the police").empty


@pytest.mark.parametrize("text, fragment, cue", [
    # a participle with its addressee, then a comma and the quotation
    ('Mr. Lee did not seem impressed with the remarks, telling reporters, "A lot of people said the governor should resign."',
     "telling reporters", "tell"),
])
def test_participle_then_quotation_after_a_comma(text, fragment, cue):
    rows = _rows(_statements(text), fragment)
    hit = rows[rows["cue"] == cue]
    assert not hit.empty and hit["speaker"].str.contains("Lee").all(), rows[["cue", "speaker", "content"]]
