"""Statements, session 12: what was said when a cue's object holds a short quotation, when a
", saying ..." clause carries the quotation, and when the closing attribution is parsed as a
second clause; a "he" that goes on with "the Prime Minister" or "the crown prince".

Texts written for these tests (invented people; no dev sample's wording)."""

from __future__ import annotations

import pytest

from pathlib import Path

from conftest import load_script, rows_containing, statements_of as _statements


def _content(rows, cue: str) -> list[str]:
    return list(rows[rows["cue"] == cue]["content"])


@pytest.mark.parametrize("text, cue, expected", [
    # the object around a shudder quote is what was said, not the quoted words alone
    ("Senator Mara Quint called the budget plan “a recipe for ruin” on Tuesday.", "call", "the budget plan “a recipe for ruin”"),
    ("Governor Ellis Brand accused the mayor of a “habit of secrecy” in the tender.", "accuse",
     "the mayor of a “habit of secrecy” in the tender"),
    # a quotation after ", saying" is the saying's; the first cue keeps its object
    ("Senator Mara Quint criticized the harbour deal signed in Oslo last week, saying it went “nowhere near far enough.”",
     "criticize", "the harbour deal signed in Oslo last week"),
    ("Ms. Quint noted her years as mayor of the port city, saying “we faced hard winters together.”", "note",
     "her years as mayor of the port city"),
])
def test_content_of_a_cue_with_a_quote_in_its_object(text, cue, expected):
    assert _content(_statements(text), cue) == [expected]


def test_saying_keeps_its_quotation():
    rows = _statements("Senator Mara Quint criticized the harbour deal signed in Oslo last week, "
                       "saying it went “nowhere near far enough.”")
    said = _content(rows, "say")
    assert len(said) == 1 and "nowhere near far enough" in said[0]


def test_coordinated_verb_is_not_part_of_the_object():
    rows = _statements("Mayor Tomas Verde urged calm and said the talks with the union would go on.")
    assert _content(rows, "urge") == ["calm"]
    assert _content(rows, "say") == ["the talks with the union would go on"]


def test_whole_quote_object_stays_the_quote():
    rows = _statements("“The strike is over,” Mayor Tomas Verde said on Friday.")
    assert _content(rows, "say") == ["The strike is over"]


def test_closing_attribution_parsed_as_a_second_clause():
    rows = _statements("Despite two costly defeats on Tuesday night, Senator Ivo Lark remains committed to seeing "
                       "the primary through to the convention, his top aide, Rhea Stone, told The Harbor Times.")
    told = rows[rows["cue"] == "tell"]
    assert list(told["speaker"]) == ["Rhea Stone"]
    assert told["content"].iloc[0].startswith("Despite two costly defeats")


def test_and_joined_clause_is_no_closing_attribution():
    rows = _statements("The council approved the budget, and the mayor told reporters it was fair.")
    told = rows[rows["cue"] == "tell"]
    assert list(told["content"]) == ["it was fair"]


def test_object_stops_before_a_coordinated_clause():
    rows = _statements("Senator Mara Quint blasted the deal, and Governor Ellis Brand told reporters it was fair.")
    assert _content(rows, "blast") == ["the deal"]


def test_he_goes_on_with_the_prime_minister():
    rows = _statements("Prime Minister Omar Delacroix addressed parliament on Thursday. "
                       "“This is our offer of peace,” the Prime Minister told lawmakers. "
                       "He said that he had tried to phone his neighbour on Wednesday.")
    said = rows_containing(rows, "tried to phone")
    assert list(said["speaker"]) == ["Omar Delacroix"]


def test_he_goes_on_with_the_crown_prince_not_with_the_host_named_after():
    rows = _statements("Prime Minister Omar Delacroix met the visiting crown prince on Sunday. "
                       "Delacroix drove his guest into the city. "
                       "“Our peoples stand together,” the crown prince told a banquet. "
                       "He called Delacroix “a brother before a partner”.")
    called = rows_containing(rows, "a brother before")
    assert "Omar Delacroix" not in list(called["speaker"])


def test_she_does_not_go_on_with_the_crown_prince():
    rows = _statements("Foreign Minister Alma Reyes met the crown prince on Sunday. "
                       "“Our peoples stand together,” the crown prince told a banquet. "
                       "She said the visit had gone well.")
    said = rows_containing(rows, "had gone well")
    assert "crown prince" not in [str(s).lower() for s in said["speaker"]]


def _publisher_script():
    return load_script(Path(__file__).parent.parent / "benchmarks" / "polnear_by_publisher.py")


def test_publisher_is_the_id_prefix():
    script = _publisher_script()
    assert script.publisher_of("wash-post_2016-01-02_some-story.txt") == "wash-post"
    assert script.publisher_of("nyt_2015-11-09_jobs.txt") == "nyt"


def test_publisher_table_has_one_line_per_publisher():
    script = _publisher_script()
    table = script.format_table({"nyt": {"gold": 3, "pred": 2, "quote_P": 1.0, "quote_R": 0.667, "quote_F1": 0.8,
                                         "speaker_acc_on_matched": 1.0, "speaker_scored": 2},
                                 script.ALL: {"gold": 3, "pred": 2}})
    lines = table.splitlines()
    assert len(lines) == 4 and lines[2].startswith("| nyt | 3 | 2 | 1.0 | 0.667 | 0.8 | 1.0 | 2 |")
    assert lines[3].startswith("| (all) | 3 | 2 |")
