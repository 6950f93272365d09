"""A 2 MB one-line transcript among every awkward input: the CLI exits 0, every input is
accounted for, and the long article's rows point exactly into its text. Plus: pieces,
and failures of one article, one piece or one step across articles never lose the batch."""

from __future__ import annotations

import os
import warnings

import pandas as pd
import pytest

from helpers import cli, corpus, extract, parse
from helpers.actors import canonical
from helpers.read.files import read_text

import inputs_factory as factory

LONG_CHARS = 2_000_000


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    """The awkward folder with the transcript, through ``python -m helpers extract``."""
    root = tmp_path_factory.mktemp("long")
    folder, out = root / "inbox", root / "out"
    cases = factory.build_folder(folder, long_chars=LONG_CHARS)
    saved = os.environ.get("READOUT_CACHE")
    os.environ["READOUT_CACHE"] = str(root / "cache")
    try:
        code = cli.main(["extract", str(folder), "--out", str(out)])
    finally:
        if saved is None:
            os.environ.pop("READOUT_CACHE", None)
        else:
            os.environ["READOUT_CACHE"] = saved
    tables = {name: pd.read_parquet(out / f"{name}.parquet") for name in ("articles", "problems", "sentences", "statements", "numbers")}
    return folder, cases, code, tables


def test_cli_exits_0_and_accounts_for_every_input(extracted):
    folder, cases, code, tables = extracted
    assert code == 0
    assert factory.accounted(folder, tables["articles"], tables["problems"]) == set()
    assert "transcript" in set(tables["articles"]["article_id"])
    assert not tables["problems"]["stage"].isin(["parse", "extract", "corpus"]).any()


@pytest.mark.parametrize("table, surface", [("sentences", "text"), ("statements", "content"), ("numbers", "surface")])
def test_long_article_rows_point_exactly_into_its_text(extracted, table, surface):
    tables = extracted[3]
    text = tables["articles"].set_index("article_id").loc["transcript", "text"]
    rows = tables[table][tables[table]["article_id"] == "transcript"]
    assert len(text) > LONG_CHARS * 0.95
    assert len(rows) > 1000  # the templates give a sentence, statement or figure every ~80 characters
    assert all(text[s:e] == v for s, e, v in zip(rows["start"], rows["end"], rows[surface]))
    if table == "sentences":  # sentence numbers run on across pieces and runs, without gaps
        assert list(rows["sent_idx"]) == list(range(len(rows)))
        assert rows["end"].iloc[-1] > len(text) - 200


@pytest.mark.parametrize("text, limit", [
    ("one two three. " * 40, 100),
    ("para one\n\npara two is longer\n" * 30, 64),
    ("x" * 1000, 90),  # one word longer than a piece: cut at the limit
    ("", 10),
    ("short", 10),
])
def test_pieces_rebuild_the_text_and_respect_the_limit(text, limit):
    pieces = parse.split_pieces(text, limit)
    assert "".join(pieces) == text
    assert all(len(p) <= limit for p in pieces)


def test_parse_long_offsets_exact(monkeypatch):
    monkeypatch.setattr(parse, "PIECE_CHARS", 2_000)
    text = factory.transcript(12_000, seed=3).replace(" Question", "\nQuestion")
    doc = parse.parse_long(parse.load_pipeline(), text)
    assert doc.text == text
    rows = parse.sentence_rows(doc)
    assert all(text[r["start"]:r["end"]] == r["text"] for r in rows)


def test_runs_of_sentences_give_the_rows_of_the_whole_article(monkeypatch):
    text = factory.transcript(6_000, seed=5)
    doc = parse.load_pipeline()(text)
    date = pd.Timestamp("2023-03-14")
    whole = extract.extract_article(doc, date)
    monkeypatch.setattr(extract, "EXTRACT_CHUNK_CHARS", 1_000)
    runs = extract.extract_article(doc, date)
    assert runs["sentences"] == whole["sentences"]
    for table in ("numbers", "statements"):
        assert [(r["start"], r["end"], r["sent_idx"]) for r in runs[table]] == \
               [(r["start"], r["end"], r["sent_idx"]) for r in whole[table]]


@pytest.mark.parametrize("row, expected", [
    ({"sent_idx": 2, "start": 5, "end": 9, "speaker_start": None, "start_time": 600}, {"sent_idx": 12, "start": 105, "end": 109, "speaker_start": None, "start_time": 600}),
    ({"participant_spans": [(1, 4, "Kim")], "addressee_end": 3}, {"participant_spans": [(101, 104, "Kim")], "addressee_end": 103}),
    ({"quoted": True, "value": 7}, {"quoted": True, "value": 7}),
])
def test_shift_row(row, expected):
    assert extract.shift_row(dict(row), 100, 10) == expected


def _two_articles(tmp_path):
    (tmp_path / "good.txt").write_text("\n".join(factory.STORY))
    (tmp_path / "bad.txt").write_text(factory.transcript(3_000, seed=9) + " The talks were held in Explodia.")


class _FailingPipeline:
    """The real pipeline, except on any text naming "Explodia"."""

    def __init__(self, nlp):
        self.nlp = nlp

    def __call__(self, text):
        if "Explodia" in text:
            raise ValueError("simulated parser crash")
        return self.nlp(text)

    def pipe(self, items, **kwargs):
        items = list(items)
        if any("Explodia" in text for text, _ in items):
            raise ValueError("simulated parser crash")
        return self.nlp.pipe(items, **kwargs)


def test_a_failed_parse_is_a_problem_row_and_the_rest_goes_on(tmp_path, monkeypatch):
    _two_articles(tmp_path)
    nlp = parse.load_pipeline()
    monkeypatch.setattr(parse, "load_pipeline", lambda: _FailingPipeline(nlp))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        result = corpus.load_corpus(tmp_path, cache=False)
    failed = result.problems[result.problems["stage"] == "parse"]
    assert list(failed["path"]) == ["bad"] and "simulated parser crash" in failed["reason"].iloc[0]
    assert set(result.sentences["article_id"]) == {"good"}


def _story_corpus_with_crash(monkeypatch, module, name: str, error: Exception):
    """The factory story's corpus with ``module.name`` replaced by a function raising ``error``."""
    def crash(*_):
        raise error

    monkeypatch.setattr(module, name, crash)
    articles, problems = read_text("\n".join(factory.STORY), date="2023-03-14")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return corpus.corpus_from_articles(articles, problems, cache=False)


def test_a_failed_step_across_articles_empties_only_its_tables(monkeypatch):
    result = _story_corpus_with_crash(monkeypatch, canonical, "resolve_mentions", RuntimeError("simulated canonical failure"))
    step = result.problems[result.problems["stage"] == "corpus"]
    assert len(step) == 1 and "canonical actors" in step["reason"].iloc[0]
    assert result.mentions.empty and result.actors.empty
    assert list(result.mentions.columns)[:4] == ["article_id", "sent_idx", "start", "end"]
    assert not result.numbers.empty and not result.sentences.empty


def test_cli_exit_code_says_whether_anything_was_read(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(40))
    assert cli.main(["extract", str(tmp_path / "in"), "--out", str(tmp_path / "out1"), "--no-cache"]) == 1
    (tmp_path / "in" / "flash.txt").write_text(factory.FLASH)
    assert cli.main(["extract", str(tmp_path / "in"), "--out", str(tmp_path / "out2"), "--no-cache"]) == 0


def test_a_failed_step_of_one_article_keeps_its_other_tables(monkeypatch):
    from helpers.calls import mentions as contact_mentions

    result = _story_corpus_with_crash(monkeypatch, contact_mentions, "extract_call_mentions",
                                      TypeError("simulated contact failure"))
    step = result.problems[result.problems["stage"] == "extract call mentions"]
    assert len(step) == 1 and "simulated contact failure" in step["reason"].iloc[0]
    assert result.call_mentions.empty
    assert not result.statements.empty and not result.numbers.empty and not result.mentions.empty
