"""Statements and numbers in the headline: rows with sent_idx -1, offsets into the title,
speakers resolved with the body's names, body rows untouched, title in the cache keys."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers import analyze_text
from helpers.corpus import _row_key, corpus_key
from helpers.statements.headlines import TITLE_SENT_IDX

BODY = ("Portuguese Foreign Minister Teresa Valadares spoke with her Moroccan counterpart on Tuesday. "
        "Valadares said the two countries would sign a fisheries accord before the summer.\n\n"
        "Morocco's foreign ministry said the talks had been cordial.")
DATE = "2024-03-12"


def title_rows(table: pd.DataFrame) -> pd.DataFrame:
    return table[table["sent_idx"] == TITLE_SENT_IDX]


@pytest.mark.parametrize("title, speaker, cue", [
    ("Valadares says fisheries accord with Morocco is close", "Teresa Valadares", "say"),
    ("Valadares tells Morocco the fisheries accord must be signed soon", "Teresa Valadares", "tell"),
    ("Morocco says fisheries talks with Portugal were cordial", "Morocco", "say"),
    ("Fisheries accord is close, officials say", None, "say"),
])
def test_headline_statement_rows(title, speaker, cue):
    corpus = analyze_text(BODY, date=DATE, title=title)
    rows = title_rows(corpus.statements)
    assert len(rows) == 1
    row = rows.iloc[0]
    assert row["sentence"] == title
    assert row["cue"] == cue
    assert title[row["start"]:row["end"]] == row["content"]
    if speaker:
        assert row["speaker"] == speaker
    else:
        assert row["speaker_type"] == "anonymous"


@pytest.mark.parametrize("title", [
    "Portugal and Morocco hold fisheries talks in Rabat",   # no cue
    "Valadares calls Moroccan counterpart as fisheries talks stall",  # a phone call, not speech
    "Negotiators argue over fishing quotas",               # speaker is neither a named actor nor a source
    "Valadares declares state of emergency in fishing ports",  # a performative act, not a statement
])
def test_headline_without_statement_gives_no_row(title):
    corpus = analyze_text(BODY, date=DATE, title=title)
    assert title_rows(corpus.statements).empty


def test_headline_calls_for_is_speech():
    corpus = analyze_text(BODY, date=DATE, title="Valadares calls for a fisheries accord before summer")
    rows = title_rows(corpus.statements)
    assert rows["speaker"].tolist() == ["Teresa Valadares"]


def test_body_rows_unchanged_by_title():
    plain = analyze_text(BODY, date=DATE)
    titled = analyze_text(BODY, date=DATE, title="Valadares says fisheries accord with Morocco is close")
    columns = ["sent_idx", "start", "end", "speaker", "content"]
    body = titled.statements[titled.statements["sent_idx"] >= 0]
    pd.testing.assert_frame_equal(body[columns].reset_index(drop=True), plain.statements[columns].reset_index(drop=True))
    assert (titled.mentions["sent_idx"] >= 0).all()
    assert len(titled.sentences) == len(plain.sentences)


def test_headline_numbers():
    title = "Valadares and Morocco agree three-week pause in fisheries accord talks"
    corpus = analyze_text(BODY, date=DATE, title=title)
    rows = title_rows(corpus.numbers)
    assert rows["surface"].tolist() == ["three-week"]
    row = rows.iloc[0]
    assert title[row["start"]:row["end"]] == "three-week"
    assert row["sentence"] == title


def test_title_in_cache_keys():
    assert _row_key("abc", DATE, "A title") != _row_key("abc", DATE, "Another title")
    assert _row_key("abc", DATE) == _row_key("abc", DATE, "")
    first = analyze_text(BODY, date=DATE, title="Valadares says accord is close")
    second = analyze_text(BODY, date=DATE, title="Morocco says talks were cordial")
    assert corpus_key(first.articles) != corpus_key(second.articles)
    assert title_rows(second.statements)["speaker"].tolist() == ["Morocco"]


def test_headline_surname_with_apostrophe_resolves_to_body_person():
    body = ("Fleet owner Declan O'Rourke said on Monday that the harbour strike would cost millions. "
            "O'Rourke added that talks with the unions would resume on Friday.")
    corpus = analyze_text(body, date=DATE, title="O'Rourke says harbour strike will cost millions")
    rows = title_rows(corpus.statements)
    assert rows["speaker"].tolist() == ["Declan O'Rourke"]


def test_headline_declares_clause_is_a_statement():
    body = ("Portuguese Foreign Minister Teresa Valadares spoke on Tuesday about the fisheries talks. "
            "Valadares said the talks had failed.")
    corpus = analyze_text(body, date=DATE, title="Valadares declares the fisheries talks a failure")
    assert title_rows(corpus.statements)["speaker"].tolist() == ["Teresa Valadares"]
