"""load_corpus: tables, cache speed, re-parsing only new articles, CLI and add_article."""

from __future__ import annotations

import http.server
import threading
import time
import warnings
from functools import partial

import pandas as pd
import pytest

import helpers
from helpers import parse
from helpers.cli import main as cli_main

from conftest import FIXTURES, SEED_ARTICLES, copy_seeds


def load(folder, **kwargs):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return helpers.load_corpus(folder, **kwargs)


def test_sentence_offsets_point_into_article_text(seed_corpus):
    texts = seed_corpus.articles.set_index("article_id")["text"]
    s = seed_corpus.sentences
    assert len(s) > 150
    assert all(texts[r.article_id][r.start:r.end] == r.text for r in s.itertuples())
    # A closing quote mark stays with its sentence instead of forming one of its own.
    assert not s["text"].str.fullmatch(r"[\"'\u201d\u2019]").any()


def test_second_load_is_ten_times_faster(tmp_path, monkeypatch):
    monkeypatch.setenv("READOUT_CACHE", str(tmp_path / "cache"))
    start = time.perf_counter()
    first = load(SEED_ARTICLES)
    cold = time.perf_counter() - start
    start = time.perf_counter()
    second = load(SEED_ARTICLES)
    warm = time.perf_counter() - start
    print(f"cold {cold:.2f}s warm {warm:.3f}s")
    assert cold >= 10 * warm
    for name, table in first.all_tables().items():
        pd.testing.assert_frame_equal(table, getattr(second, name), check_dtype=False)


def test_adding_an_article_parses_only_that_article(tmp_path, monkeypatch):
    monkeypatch.setenv("READOUT_CACHE", str(tmp_path / "cache"))
    folder = copy_seeds(tmp_path / "articles")
    load(folder)
    parsed = []
    original = parse.write_doc
    monkeypatch.setattr(parse, "write_doc", lambda doc, path: (parsed.append(path), original(doc, path)))
    (folder / "new.html").write_text((FIXTURES / "html" / "wire_story.html").read_text())
    corpus = load(folder)
    new_title = corpus.articles.set_index("article_id").loc["new", "title"]
    assert len(parsed) == 1 + bool(new_title) and len(corpus.articles) == 6  # its text, and its title parsed apart
    assert "new" in set(corpus.sentences["article_id"])


def test_two_processes_give_the_same_tables_as_one(tmp_path, monkeypatch):
    from helpers.corpus import PARALLEL_MIN_ARTICLES

    seeds = load(SEED_ARTICLES)
    paragraphs = [p for text in seeds.articles["text"] for p in text.split("\n\n") if len(p.split()) > 12]
    folder = tmp_path / "articles"
    folder.mkdir()
    for i in range(PARALLEL_MIN_ARTICLES + 2):  # distinct stories, each from a different run of paragraphs
        body = "\n\n".join(paragraphs[(i * 3 + k) % len(paragraphs)] for k in range(4))
        (folder / f"story_{i:02d}.txt").write_text(f"Story {i}\n2022-02-{1 + i % 12:02d}\n\n{body}")
    corpora = []
    for n_process in (1, 2):
        monkeypatch.setenv("READOUT_CACHE", str(tmp_path / f"cache{n_process}"))
        corpora.append(load(folder, n_process=n_process, progress=False))
    serial, parallel = corpora
    assert serial.articles["duplicate_of"].isna().sum() >= PARALLEL_MIN_ARTICLES
    for name, table in serial.all_tables().items():
        pd.testing.assert_frame_equal(table, getattr(parallel, name), check_dtype=False)


def test_cli_extract_writes_every_table(tmp_path, capsys):
    code = cli_main(["extract", str(SEED_ARTICLES), "--out", str(tmp_path / "out")])
    out = capsys.readouterr().out
    assert code == 0
    for name in ("articles", "problems", "sentences"):
        assert (tmp_path / "out" / f"{name}.csv").exists() and (tmp_path / "out" / f"{name}.parquet").exists()
        assert name in out
    assert len(pd.read_parquet(tmp_path / "out" / "articles.parquet")) == 5


def test_cli_exits_non_zero_only_when_nothing_is_read(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    assert cli_main(["extract", str(tmp_path), "--out", str(tmp_path / "out")]) == 1
    assert (tmp_path / "out" / "problems.csv").exists()


@pytest.fixture
def local_site(tmp_path):
    """A web server on 127.0.0.1 serving the saved wire-story page."""
    site = tmp_path / "site"
    site.mkdir()
    (site / "story.html").write_text((FIXTURES / "html" / "wire_story.html").read_text())
    handler = partial(http.server.SimpleHTTPRequestHandler, directory=str(site))
    handler.log_message = lambda *a: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/story.html"
    server.shutdown()


def test_add_article_fetches_a_page_and_records_its_url(tmp_path, local_site):
    folder = tmp_path / "articles"
    saved = helpers.add_article(local_site, folder)
    assert saved.exists() and saved.suffix == ".html"
    sidecar = pd.read_csv(folder / "metadata.csv")
    assert sidecar.loc[0, "url"] == local_site
    articles, problems = helpers.read_articles(folder)
    assert problems.empty and "Ararat Mirzoyan" in articles.loc[0, "text"]
    assert articles.loc[0, "url"] == local_site


def test_add_article_copies_a_file_and_cli_reports_missing_one(tmp_path, capsys):
    source = tmp_path / "mine.txt"
    source.write_text("Talks resume\n" + "The two ministers met in Geneva on Tuesday, officials said. " * 5)
    assert helpers.add_article(str(source), tmp_path / "articles").read_text() == source.read_text()
    assert cli_main(["add", str(tmp_path / "missing.txt"), "--folder", str(tmp_path / "articles")]) == 1
    assert "No such article file" in capsys.readouterr().err


def test_analyze_text_gives_the_tables_of_the_same_text_read_from_a_file(seed_corpus):
    article = seed_corpus.articles.iloc[0]
    one = helpers.analyze_text(article["text"], date=article["date"], outlet=article["outlet"])
    assert one.articles.loc[0, ["outlet", "date", "text"]].tolist() == [article["outlet"], article["date"], article["text"]]
    from_file = seed_corpus.statements[seed_corpus.statements["article_id"] == article["article_id"]]
    columns = ["sent_idx", "start", "end", "cue", "speaker"]
    assert one.statements[columns].reset_index(drop=True).equals(from_file[columns].reset_index(drop=True))
    assert set(one.table_names()) == set(seed_corpus.table_names())


def test_numbers_in_text_reads_one_sentence_and_reports_unusable_text():
    numbers = helpers.numbers_in_text("The two presidents spoke by phone for 62 minutes on Saturday, aides said.",
                                      date="2022-02-12")
    assert ("62 minutes", "duration") in set(zip(numbers["surface"], numbers["kind"]))
    assert pd.Timestamp("2022-02-12") in set(numbers["date"])
    empty = helpers.analyze_text("")
    assert empty.articles.empty and empty.problems["stage"].tolist() == ["clean"]


@pytest.mark.parametrize("text, n_sentences", [
    ("They spoke for an hour, from 7 a.m. Lisbon time (0600 GMT), the office said.", 1),
    ("The meeting began at 9 a.m. EST and lasted two hours.", 1),
    ("They met at 9 a.m. The talks ended at noon.", 2),
    ("Border talks: Live updates, Tuesday 14 March\n0920 GMT: A video call between the two ministers has begun.", 2),
    ("1840 CET - The ministry says the call lasted an hour. It gave no details.", 2),
])
def test_a_clock_time_does_not_end_its_sentence(nlp, text, n_sentences):
    assert len(list(nlp(text).sents)) == n_sentences
