"""Randomly generated inputs (hypothesis): random bytes, encodings, nesting and sizes up to
5 MB never stop a batch, and every file is accounted for in ``articles`` or ``problems``."""

from __future__ import annotations

import tempfile
import warnings
from pathlib import Path

from hypothesis import HealthCheck, given, settings, strategies as st

from helpers import cli, parse
from helpers.read import files, html
from helpers.read.records import InputProblem

import inputs_factory as factory

SUFFIXES = [".txt", ".html", ".json", ".jsonl", ".csv", ".pdf", ".docx", ".md", ""]
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "cp1252"]
TAGS = ["div", "span", "section", "article", "td", "li", "blockquote", "font", "b"]
QUICK = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def read_folder(contents: dict[str, bytes]):
    """Write ``contents`` into a fresh folder and read it; return (folder, articles, problems)."""
    folder = Path(tempfile.mkdtemp(prefix="readout-random-"))
    for name, data in contents.items():
        (folder / name).write_bytes(data)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        articles, problems = files.read_articles(folder)
    return folder, articles, problems


names = st.tuples(st.text("abcxyz_", min_size=1, max_size=8), st.sampled_from(SUFFIXES)).map("".join)


@QUICK
@given(st.dictionaries(names, st.binary(max_size=6_000), min_size=1, max_size=6))
def test_random_bytes_are_each_an_article_or_a_problem(contents):
    folder, articles, problems = read_folder(contents)
    assert factory.accounted(folder, articles, problems) == set()


@QUICK
@given(st.sampled_from(ENCODINGS), st.lists(st.sampled_from(factory.STORY + ["Caf\u00e9 r\u00e9sum\u00e9s and na\u00efve d\u00e9j\u00e0 vu were mentioned too."]),
                                            min_size=2, max_size=6))
def test_random_encodings_read_as_the_same_text(encoding, sentences):
    text = "\n".join(sentences)
    _, articles, problems = read_folder({"a.txt": text.encode(encoding), "b.txt": text.encode("utf-8")})
    assert problems.empty or problems["reason"].str.contains("words of text").all()
    if len(articles) == 2:
        assert articles["text"].iloc[0] == articles["text"].iloc[1]


@settings(max_examples=15, deadline=None)
@given(st.integers(0, 12_000), st.sampled_from(TAGS), st.booleans())
def test_random_nesting_falls_back_to_visible_text(depth, tag, close):
    story = "".join(f"<p>{s}</p>" for s in factory.STORY)
    page = f"<html><body>{f'<{tag}>' * depth}{story}{f'</{tag}>' * depth if close else ''}</body></html>"
    try:
        raw = html.parse_html(page, "x", "x")
    except InputProblem as exc:
        raise AssertionError(f"depth {depth}: {exc}") from exc
    assert factory.STORY[1] in raw.body.replace("\n", " ")


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.integers(1, 5_000_000), st.sampled_from(["transcript", "one byte", "nul", "html"]))
def test_random_sizes_up_to_5_mb(size, kind):
    if kind == "transcript":
        data = factory.transcript(size, seed=size).encode()[:size]
    elif kind == "html":
        data = factory.deep_html(size // 5_000, factory.STORY).encode()
    else:
        data = (b"\x00" if kind == "nul" else b"a") * size
    folder, articles, problems = read_folder({f"big{'.html' if kind == 'html' else '.txt'}": data})
    assert factory.accounted(folder, articles, problems) == set()
    if kind in {"transcript", "html"} and size > 2_000:
        assert len(articles) == 1


@settings(max_examples=4, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(names, st.binary(max_size=2_000), max_size=4))
def test_cli_exits_0_when_one_article_is_readable(contents):
    contents = {k: v for k, v in contents.items() if k != "flash.txt"} | {"flash.txt": factory.FLASH.encode()}
    folder = Path(tempfile.mkdtemp(prefix="readout-cli-"))
    for name, data in contents.items():
        (folder / name).write_bytes(data)
    assert cli.main(["extract", str(folder), "--out", str(folder.parent / f"{folder.name}-out"), "--no-cache"]) == 0


@settings(max_examples=50, deadline=None)
@given(st.text(st.sampled_from("ab .\n"), max_size=3_000), st.integers(8, 400))
def test_random_pieces_rebuild_the_text(text, limit):
    pieces = parse.split_pieces(text, limit)
    assert "".join(pieces) == text and all(len(p) <= limit for p in pieces)
