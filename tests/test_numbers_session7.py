"""Session 7 classes: written sentences cut by the parser, zone abbreviations, numbers inside names.

Own sentences, other names and events than the dev data."""
import pytest

import helpers
from helpers.numbers.sentences import reading_sentences

from conftest import number_row


def _rows(text, date="2024-03-06"):
    df = helpers.numbers_in_text(text, date=date)
    return [(r.surface, r.kind, r.value) for r in df.itertuples()]


def _sentences(text, cuts):
    """Sentence rows of ``text`` cut at the character offsets ``cuts`` (as a parser might)."""
    bounds = [0, *cuts, len(text)]
    rows = []
    for a, b in zip(bounds, bounds[1:]):
        piece = text[a:b]
        start = a + len(piece) - len(piece.lstrip())
        end = b - (len(piece) - len(piece.rstrip()))
        rows.append({"sent_idx": len(rows), "start": start, "end": end, "text": text[start:end]})
    return rows


@pytest.mark.parametrize("text, cut, joined", [
    ("1420 GMT Ruto has landed in Juba.", 5, True),  # a stamp cut from its entry
    ("LUSAKA, May 4 (Wire) - Two envoys arrived.", 23, True),  # a dateline cut from its sentence
    ("The call began at 9 p.m. and lasted an hour.", 25, True),  # lowercase: the sentence goes on
    ("The call began at 9 p.m. WAT and lasted an hour.", 25, True),  # the zone of a time
    ("Talks ended at noon. Both sides left.", 21, False),
    ("Talks ended at noon.\nBoth sides left", 21, False),  # a line break always ends a sentence
])
def test_reading_sentences_join_parser_fragments(text, cut, joined):
    written = reading_sentences(text, _sentences(text, [cut]))
    assert (written[1] == text) == joined


def test_number_rows_show_the_written_sentence():
    text = "Welcome to the blog.\n\n1420 GMT Ruto has landed in Juba for two days of talks."
    df = helpers.numbers_in_text(text, date="2024-03-06")
    assert set(df["sentence"]) == {"1420 GMT Ruto has landed in Juba for two days of talks."}


@pytest.mark.parametrize("text, surface, zone, utc", [
    ("The summit opened at 1200 PKT in Lahore.", "1200 PKT", "PKT", 420.0),
    ("Voting closed at 6 p.m. EAT on the day.", "6 p.m. EAT", "EAT", 900.0),
])
def test_zone_abbreviations(text, surface, zone, utc):
    df = helpers.numbers_in_text(text, date="2024-03-06")
    row = df[df["surface"] == surface].iloc[0]
    assert (row["timezone"], row["utc_time"]) == (zone, utc)


def test_word_like_zones_count_only_in_capitals():
    df = helpers.numbers_in_text("They met at 7 pm west of the river.", date="2024-03-06")
    assert df["surface"].tolist() == ["7 pm"]


@pytest.mark.parametrize("text, surface, value, name", [
    ("Oslo ordered two more Su-35s for its navy.", "Su-35s", 35.0, "Su-35s"),
    ("The envoys met on the sidelines of the G7 in Bari.", "G7", 7.0, "G7"),
    ("Ankara invoked Article 4 of the treaty.", "4", 4.0, "Article 4 of the treaty"),
    ("The Group of Eight ministers met in Rio.", "Eight", 8.0, "Group of Eight"),
])
def test_numbers_inside_names_are_name_rows(text, surface, value, name):
    df = helpers.numbers_in_text(text, date="2024-03-06")
    row = df[df["surface"] == surface].iloc[0]
    assert (row["kind"], row["value"], row["refers_to"]) == ("name", value, name)


@pytest.mark.parametrize("text, expected", [
    ("Order part 58213 K-40 soon", []),  # a part number and its code
    ("Vera phoned Tom 4 times that week.", [("4", "count", 4.0)]),  # a PERSON tag on "Tom 4" is no name
    ("Use the B2B portal or room W00.", []),
])
def test_not_names(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The vigil starts at 12 noon local time.", [("12 noon local time", "clock_time", 720.0)]),
    ("Nepal keeps GMT+5:45.", []),  # a zone offset is no time of day
    ("Aid is routed through third capitals.", []),  # the idiom, like "third countries"
    ("Two died in a night raid on the port.", [("Two", "count", 2.0)]),  # "night" before a noun says when
    ("The envoys spent a night in Dakar.", [("a night", "duration", 1440.0)]),
])
def test_clock_and_duration_edges(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text, surface", [
    ("Talks resumed in June, the first since the 2019 round.", "first"),
    ("The envoy met them on Monday, the third such visit this year.", "third"),
])
def test_ordinal_word_before_a_noun_is_no_day(text, surface):
    rows = _rows(text)
    assert (surface, "ordinal", float({"first": 1, "third": 3}[surface])) in rows
    assert not any(kind == "date" and surface in s for s, kind, _ in rows)


_row = number_row


def test_durations_set_off_by_commas_are_a_list():
    rows = _rows("The siege lasted 2 years, 5 months, 3 days.")
    assert [r[0] for r in rows] == ["2 years", "5 months", "3 days"]
    assert _rows("The meeting ran 2 hours and 15 minutes.") == [("2 hours and 15 minutes", "duration", 135.0)]


@pytest.mark.parametrize("text, surface, kind, unit, approx", [
    ("Lima sought tens of millions of dollars in aid.", "tens of millions of dollars", "money", "USD", "many"),
    ("Hundreds of euros went missing.", "Hundreds of euros", "money", "EUR", "many"),
    ("Scores of thousands marched.", "Scores of thousands", "count", None, "many"),
    ("Delhi set aside Rs 2,000 crore for relief.", "Rs 2,000 crore", "money", "INR", "exact"),
])
def test_vague_money_and_rupees(text, surface, kind, unit, approx):
    row = _row(text, surface)
    assert (row["kind"], row["unit"] if isinstance(row["unit"], str) else None, row["approx"]) == (kind, unit, approx)


@pytest.mark.parametrize("text, has_first", [
    ("Rutte phoned Kagame first and then Tshisekedi.", False),  # order of doing, no rank
    ("Rutte had first phoned Kagame on Monday.", True),
    ("It was their first call since May.", True),
])
def test_first_after_its_verb_is_no_ordinal(text, has_first):
    assert any(s == "first" for s, _, _ in _rows(text)) == has_first
