"""Whatever lands in the folder: every path becomes an article or a problem row with a
reason a person understands, and nothing blocks. Inputs are built here (inputs_factory)."""

from __future__ import annotations

import os
import pickle
import signal
import warnings
from pathlib import Path

import pandas as pd
import pytest

from helpers import cache
from helpers.read import clean, files, inputs
from helpers.read.decode import decode_bytes, sniff_kind
from helpers.read.records import InputProblem

import inputs_factory as factory


def read_quietly(folder):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return files.read_articles(folder)


@pytest.fixture
def never_block():
    """Fail instead of hanging if anything opens a FIFO and waits for a writer."""
    def timeout(*_):
        raise TimeoutError("reading blocked")

    previous = signal.signal(signal.SIGALRM, timeout)
    signal.alarm(120)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


@pytest.fixture
def awkward(tmp_path, never_block):
    folder = tmp_path / "inbox"
    cases = factory.build_folder(folder)
    articles, problems = read_quietly(folder)
    by_name = {str(Path(p).relative_to(folder)): row for p, row in zip(articles["path"], articles.to_dict("records"))}
    reasons = {str(Path(p).relative_to(folder)): r for p, r in zip(problems["path"], problems["reason"])}
    return folder, cases, articles, problems, by_name, reasons


def test_every_path_is_an_article_or_a_problem(awkward):
    folder, cases, articles, problems, by_name, reasons = awkward
    assert factory.accounted(folder, articles, problems) == set()
    assert set(by_name) | set(reasons) == set(cases)
    assert not set(by_name) & set(reasons)


@pytest.mark.parametrize("name, words", [
    ("dangling.txt", "broken link"),
    ("pipe.txt", "named pipe"),
    ("folder.txt", "folder named like a file"),
    ("scan.pdf", "without a text layer"),
    ("image_as.txt", "PNG image"),
    ("archive.txt", "ZIP archive"),
    ("nav.txt", "words of text"),
])
def test_problems_say_what_the_file_is(awkward, name, words):
    reasons = awkward[5]
    assert words in reasons[name]


@pytest.mark.parametrize("name, flags, snippet", [
    ("utf16.txt", [], "Tallinn \u2014 Tuesday"),
    ("utf32.txt", [], "on Friday"),
    ("utf16_nobom.txt", [], "fourth round"),
    ("release.pdf", ["pdf"], "met in Tallinn on Monday"),
    ("release_pdf.txt", ["pdf", "renamed"], "fifth round"),
    ("notes.docx", ["docx"], "on Wednesday"),
    ("deep.html", ["visible-text"], "on Saturday"),
    ("flash.txt", ["short"], "by phone on Sunday"),
    ("flash.json", ["short"], "by phone on Monday"),
    ("folder.txt/inside.txt", [], "met in Riga"),
])
def test_awkward_files_are_read_as_articles(awkward, name, flags, snippet):
    row = awkward[4][name]
    assert row["read_flags"] == flags
    assert snippet in row["text"]


def test_documents_keep_metadata_and_paragraphs(awkward):
    by_name = awkward[4]
    pdf, word = by_name["release.pdf"], by_name["notes.docx"]
    assert pdf["title"] == "Fishing talks make progress" and str(pdf["date"].date()) == "2023-03-14"
    assert word["title"] == "Notes on the fishing talks" and str(word["date"].date()) == "2023-03-15"
    # Hard-wrapped PDF lines are joined: no paragraph breaks inside a sentence.
    assert "third round of talks on fishing rights." in pdf["text"]
    assert pdf["text"].count("\n\n") == by_name["release_pdf.txt"]["text"].count("\n\n") == len(factory.STORY) - 1
    assert "'not text'" not in by_name["deep.html"]["text"] and "Home" not in by_name["deep.html"]["text"]


def test_unreadable_file_is_a_problem(tmp_path, monkeypatch):
    (tmp_path / "locked.txt").write_text("\n".join(factory.STORY))
    (tmp_path / "open.txt").write_text("\n".join(factory.STORY).replace("Tallinn", "Oslo"))
    real_open = os.open

    def refuse(path, *args, **kwargs):  # as root chmod 000 still reads: refuse like the OS would
        if str(path).endswith("locked.txt"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(inputs.os, "open", refuse)
    articles, problems = read_quietly(tmp_path)
    assert list(articles["path"].map(lambda p: Path(p).name)) == ["open.txt"]
    assert "permission denied" in problems.set_index("path")["reason"][str(tmp_path / "locked.txt")]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_chmod_000_file_is_a_problem(tmp_path):
    locked = tmp_path / "locked.txt"
    locked.write_text("\n".join(factory.STORY))
    locked.chmod(0)
    try:
        articles, problems = read_quietly(tmp_path)
    finally:
        locked.chmod(0o644)
    assert articles.empty and "permission denied" in problems["reason"].iloc[0]


def test_file_vanishing_after_listing_or_while_reading(tmp_path, monkeypatch):
    for name in ("gone.txt", "cut.txt", "kept.txt"):
        (tmp_path / name).write_text("\n".join(factory.STORY).replace("Tallinn", name[:-4].title()))
    real_list = files.list_input_files

    def list_then_delete(folder, problems):
        listed = real_list(folder, problems)
        (tmp_path / "gone.txt").unlink()
        return listed

    def read_cut_short(fh, limit):  # the copy being written is shorter than its size said
        data = fh.read(limit)
        if os.readlink(f"/proc/self/fd/{fh.fileno()}").endswith("cut.txt"):
            raise FileNotFoundError(2, "No such file or directory")
        return data

    monkeypatch.setattr(files, "list_input_files", list_then_delete)
    monkeypatch.setattr(inputs, "_read_all", read_cut_short)
    articles, problems = read_quietly(tmp_path)
    reasons = dict(zip(problems["path"].map(lambda p: Path(p).name), problems["reason"]))
    assert list(articles["path"].map(lambda p: Path(p).name)) == ["kept.txt"]
    assert "disappeared" in reasons["gone.txt"] and "disappeared" in reasons["cut.txt"]


def test_file_that_changes_size_while_read_is_a_problem(tmp_path, monkeypatch):
    (tmp_path / "growing.txt").write_text("\n".join(factory.STORY))
    monkeypatch.setattr(inputs, "_read_all", lambda fh, limit: fh.read(limit)[:-10])
    articles, problems = read_quietly(tmp_path)
    assert articles.empty and "changed while it was being read" in problems["reason"].iloc[0]


@pytest.mark.parametrize("data, kind", [
    (b"%PDF-1.7\n...", "pdf"),
    (b"\x89PNG\r\n\x1a\n" + bytes(20), "a PNG image"),
    (b"\xff\xd8\xff\xe0" + bytes(20), "a JPEG image"),
    (b"\x1f\x8b\x08" + bytes(20), "a gzip archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(20), "an old Microsoft Office document (.doc/.xls/.ppt)"),
    (b"The talks resumed on Monday.", None),
    (b"PKU is not a zip archive.", None),
])
def test_binary_files_are_named(data, kind):
    assert sniff_kind(data) == kind


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32",
                                      "utf-32-le", "utf-32-be", "cp1252"])
def test_decode_encodings(encoding):
    text = "The minister\u2019s caf\u00e9 talks \u201cwent well\u201d on Tuesday.\n" * 3
    assert decode_bytes(text.encode(encoding)) == text


def test_utf16_mark_with_broken_body_is_a_decode_problem():
    with pytest.raises(InputProblem, match="UTF-16"):
        decode_bytes(b"\xff\xfeA\x00\x00\xd8")  # a lone surrogate half


@pytest.mark.parametrize("text, complete", [
    ("The Vestrian president spoke with the Norland premier by phone on Sunday, his office said.", True),
    ("\u201cWe will meet again soon,\u201d the minister told reporters on Monday.", True),
    ("Talks will resume next week, officials said.", True),
    ("The Kremlin said Putin and Scholz discussed Ukraine.", True),
    ("Home News World Politics Sport", False),
    ("Home | News | Sport | Contact us | About us | Terms of use.", False),
    ("Contact Us About Us Terms Of Use Privacy Policy.", False),
    ("Share this article.", False),
    ("Read more about the talks in Geneva", False),
    ("Skip to main content", False),
    ("", False),
])
def test_short_texts_kept_only_as_complete_sentences(text, complete):
    assert clean.is_complete_sentences(text) is complete


@pytest.mark.parametrize("paragraph, rule", [
    ("We use cookies to give you the best experience on our website.", "cookie notice"),
    ("\u00a9 2024 Example Media Group. All rights reserved.", "copyright"),
    ("The minister said cookies were served at the reception.", None),
])
def test_cookie_and_copyright_lines_are_boilerplate(paragraph, rule):
    assert clean.match_rule(paragraph) == rule


def test_cache_writes_are_atomic_and_damaged_entries_recomputed(tmp_path, monkeypatch):
    entry = tmp_path / "c" / "entry.pkl"
    cache.write_pickle(entry, {"a": 1})
    assert cache.read_pickle(entry) == {"a": 1}
    assert list(entry.parent.glob("*.tmp")) == []
    entry.write_bytes(pickle.dumps({"a": 1})[:5])  # a run killed halfway before this fix
    assert cache.read_pickle(entry) is None
    # A folder read twice with damaged read-cache entries gives the same tables.
    monkeypatch.setenv("READOUT_CACHE", str(tmp_path / "cache"))
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("\n".join(factory.STORY))
    first, _ = read_quietly(folder)
    for path in (tmp_path / "cache").rglob("*.pkl"):
        path.write_bytes(b"\x80\x05broken")
    second, _ = read_quietly(folder)
    pd.testing.assert_frame_equal(first, second)


def _hammer(path: Path, value: int) -> None:
    for _ in range(200):
        cache.write_pickle(path, [value] * 50_000)


def test_two_processes_writing_one_entry_never_leave_a_mixed_file(tmp_path):
    import multiprocessing

    entry = tmp_path / "shared.pkl"
    context = multiprocessing.get_context("fork")
    writers = [context.Process(target=_hammer, args=(entry, v)) for v in (1, 2)]
    for w in writers:
        w.start()
    seen = set()
    while any(w.is_alive() for w in writers):
        value = cache.read_pickle(entry)
        if value is not None:
            seen.add((len(value), value[0], value[-1]))
    for w in writers:
        w.join()
    assert seen <= {(50_000, 1, 1), (50_000, 2, 2)}
    assert list(tmp_path.glob("*.tmp")) == []


@pytest.mark.parametrize("page, paragraphs", [
    ("The two delegations met for three hours on\nTuesday in the old town hall of the city.\n"
     "A second round is planned for the spring, they said.", 2),
    ("The talks were described as constructive by\nboth sides, who agreed to meet again.", 1),
    ("Officials said the diplo-\nmatic effort would go on.", 1),
    ("First block.\n\nSecond block.", 2),
])
def test_pdf_lines_rejoined_into_paragraphs(page, paragraphs):
    from helpers.read.documents import pdf_paragraphs

    found = pdf_paragraphs(page)
    assert len(found) == paragraphs
    assert "\n" not in "".join(found) and "diplo-" not in "".join(found)


@pytest.mark.parametrize("page, shown, hidden", [
    ("<html><head><title>T</title><body><p>{s}</p></body>", True, None),  # <head> never closed
    ("<body><nav>Home World</nav><div><p>{s}</p></div><footer>Contact</footer></body>", True, "Home World"),
    ("<body><script>var a = 1;</script><p>{s}</p><style>p {{color: red}}</style></body>", True, "var a"),
])
def test_visible_text_fallback(page, shown, hidden):
    from helpers.read import html

    raw = html.visible_text_article(page.format(s=factory.STORY[0]), "x", "x")
    assert (factory.STORY[0] in raw.body) is shown and raw.flags == ["visible-text"]
    assert hidden is None or hidden not in raw.body
