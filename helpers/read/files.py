"""Reading a folder of articles into the ``articles`` and ``problems`` tables.

Formats: ``.txt`` (optional header: title, ``YYYYMMDD`` date, URL — any may be missing),
``.html``/``.htm`` (main text via trafilatura), ``.json``/``.jsonl``/``.csv`` (one article
per record). An optional ``metadata.csv`` sidecar (file, outlet, url, title, date) fills or
overrides metadata. Every input file ends up as an article or as a ``problems`` row.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import warnings
from pathlib import Path
from typing import Iterator

import pandas as pd
from tqdm.auto import tqdm

from helpers import paths
from helpers.cache import read_pickle, write_pickle
from helpers.read import clean, dedupe, html
from helpers.read import dates as read_dates
from helpers.read.records import ARTICLE_COLUMNS, PROBLEM_COLUMNS, InputProblem, RawArticle

ARTICLE_SUFFIXES = {".txt", ".text", ".md", ".html", ".htm", ".json", ".jsonl", ".csv"}
SIDECAR_NAME = "metadata.csv"
MAX_FILE_BYTES = 20_000_000
MIN_WORDS = 20
MIN_ENGLISH_STOPWORD_SHARE = 0.12  # English news prose runs at 0.35-0.5
PROGRESS_MIN_FILES = 20
PARALLEL_MIN_FILES = 200  # fewer new files read faster than worker processes start
PARALLEL_CHUNK_FILES = 25
WESTERN_ENCODINGS = ("cp1252", "latin_1", "iso8859_15", "mac_roman")

TEXT_FIELDS = ("text", "body", "content", "maintext", "article", "full_text")
TITLE_FIELDS = ("title", "headline")
DATE_FIELDS = ("date", "published", "date_publish", "publish_date", "pubdate", "datetime")
URL_FIELDS = ("url", "link", "source_url")
OUTLET_FIELDS = ("outlet", "source", "publisher", "site", "site_name")
DATE_LINE = re.compile(r"^(\d{4})-?(\d{2})-?(\d{2})$")
URL_LINE = re.compile(r"^https?://\S+$")


def read_articles(folder: str | Path, progress: bool | None = None, n_process: int = 1) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Read every article file in ``folder``.

    Args:
        folder: folder of article files (searched recursively).
        progress: show a progress bar; default: only for 20 or more files.
        n_process: worker processes for files not yet in the read cache.

    Returns:
        ``(articles, problems)``. ``articles`` columns: ARTICLE_COLUMNS — article_id (file
        stem, plus ``-N`` for multi-record files), path, outlet (registered domain of the
        URL, else the sidecar or record field, else ``unknown``), url, title, date
        (datetime64), text (cleaned body), n_words, boilerplate (list of "rule: text"),
        duplicate_of (article_id of an earlier copy, or None), text_hash, label (outlet,
        or "unknown · <article_id>" where the outlet is unknown). ``problems``
        columns: path, stage, reason.
    """
    folder = Path(folder)
    problems: list[dict] = []
    if not folder.is_dir():
        problems.append({"path": str(folder), "stage": "read", "reason": "folder does not exist"})
        return _frame([], ARTICLE_COLUMNS), _frame(problems, PROBLEM_COLUMNS)
    sidecar = read_sidecar(folder / SIDECAR_NAME, problems)
    files = list_input_files(folder, problems)
    show = progress if progress is not None else len(files) >= PROGRESS_MIN_FILES
    rows = []
    for found, failed in read_all(files, folder, sidecar, n_process, show):
        rows += found
        problems += failed
    for p in problems:
        warnings.warn(f"{p['path']}: {p['stage']}: {p['reason']}", stacklevel=2)
    articles = _frame(rows, ARTICLE_COLUMNS + ["signature"])
    articles["duplicate_of"] = duplicates_cached(articles)
    return _finish_frame(articles.drop(columns="signature")), _frame(problems, PROBLEM_COLUMNS)


def read_text(text: str, date=None, outlet: str | None = None, title: str | None = None,
              article_id: str = "text", find_boilerplate: bool = True) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The ``articles`` and ``problems`` tables of one text given as a string (no file).

    The text is cleaned like a file's body; ``date`` (anything pandas reads), ``outlet`` and
    ``title`` stand in for the metadata a file's header or sidecar would give; with
    ``find_boilerplate`` off every line is kept as text.
    """
    raw = RawArticle(article_id, f"<{article_id}>", clean.normalize_text(text), title=title,
                     date=None if date is None else str(date), outlet=outlet)
    try:
        rows, problems = [finish_article(raw, {}, min_words=1, find_boilerplate=find_boilerplate)], []
    except InputProblem as exc:
        rows, problems = [], [_problem(raw.path, exc.stage, str(exc))]
    return _finish_frame(_frame(rows, ARTICLE_COLUMNS)), _frame(problems, PROBLEM_COLUMNS)


def _finish_frame(articles: pd.DataFrame) -> pd.DataFrame:
    """Dates as day-precision timestamps and the display label of each source."""
    articles["date"] = pd.to_datetime(articles["date"], errors="coerce", utc=True).dt.tz_localize(None).dt.normalize()
    articles = read_dates.fill_reference_dates(articles)  # url, dateline, text, else the corpus's date
    articles["label"] = source_labels(articles)
    return articles


def read_all(files: list[Path], folder: Path, sidecar: dict, n_process: int, progress: bool) -> list[tuple[list[dict], list[dict]]]:
    """``(articles, problems)`` rows per file, in order: from the read cache, else read (in
    worker processes when asked and enough files are new to repay starting them)."""
    metas = [sidecar.get(path.name, {}) for path in files]
    cached = [_read_cache_path(path, folder, meta) for path, meta in zip(files, metas)]
    results = [read_pickle(path) for path in cached]
    todo = [i for i, result in enumerate(results) if result is None]
    args = ([files[i] for i in todo], [folder] * len(todo), [metas[i] for i in todo])
    if n_process > 1 and len(todo) >= PARALLEL_MIN_FILES:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=n_process) as pool:
            fresh = pool.map(read_one, *args, chunksize=PARALLEL_CHUNK_FILES)
            fresh = list(tqdm(fresh, total=len(todo), desc="reading articles", disable=not progress, unit="file"))
    else:
        fresh = [read_one(*a) for a in tqdm(zip(*args), total=len(todo), desc="reading articles", disable=not progress, unit="file")]
    for i, result in zip(todo, fresh):
        results[i] = result
        write_pickle(cached[i], result)
    return results


def read_one(path: Path, folder: Path, meta: dict) -> tuple[list[dict], list[dict]]:
    """Article rows and problem rows of one input file."""
    rows, problems = [], []
    for item in read_file(path, folder):
        if isinstance(item, dict):
            problems.append(item)
            continue
        try:
            row = finish_article(item, meta)
            rows.append(row | {"signature": dedupe.minhash(dedupe.shingles(row["text"])).tobytes()})
        except InputProblem as exc:
            problems.append(_problem(path, exc.stage, str(exc)))
    return rows, problems


def _read_cache_path(path: Path, folder: Path, meta: dict) -> Path:
    """Read-cache file of one input file, keyed by its path, size and modification time, its
    sidecar metadata and the reader's code, so an unchanged file is not cleaned again."""
    stat = path.stat()
    key = hashlib.sha256(repr((str(path.relative_to(folder)), stat.st_size, stat.st_mtime_ns,
                               sorted(meta.items()), _reader_version())).encode()).hexdigest()[:32]
    return paths.cache_dir() / "read" / f"{key}.pkl"


def duplicates_cached(articles: pd.DataFrame) -> list[str | None]:
    """``dedupe.find_duplicates`` for the whole folder, cached by every article's id and text
    hash: checking near-duplicate candidates dominated warm reruns of large folders."""
    digest = hashlib.sha256(_reader_version().encode())
    for article_id, text_hash in zip(articles["article_id"], articles["text_hash"]):
        digest.update(f"{article_id}|{text_hash}\n".encode())
    cached = paths.cache_dir() / "duplicates" / f"{digest.hexdigest()[:32]}.pkl"
    result = read_pickle(cached)
    if result is None:
        result = dedupe.find_duplicates(articles["article_id"], articles["text"], articles["signature"])
        write_pickle(cached, result)
    return result


def _reader_version() -> str:
    global _READER_VERSION
    if _READER_VERSION is None:
        here = Path(__file__).parent
        digest = hashlib.sha256()
        for source in sorted(here.glob("*.py")):  # every reader module of this subpackage
            digest.update(source.read_bytes())
        _READER_VERSION = digest.hexdigest()[:16]
    return _READER_VERSION


_READER_VERSION: str | None = None


def source_labels(articles: pd.DataFrame) -> pd.Series:
    """Name to show for each article's source: its outlet, or "unknown · <article_id>".

    Articles whose outlet is unknown are kept apart rather than pooled into one
    "unknown" outlet, which would invent a source that does not exist.
    """
    unknown = articles["outlet"].eq("unknown")
    return articles["outlet"].where(~unknown, "unknown · " + articles["article_id"].str[:12])


def list_input_files(folder: Path, problems: list[dict]) -> list[Path]:
    """Article files below ``folder``; other files become problems, hidden files are skipped."""
    files = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        rel = path.relative_to(folder)
        if any(part.startswith(".") for part in rel.parts) or path.name == SIDECAR_NAME:
            continue
        if path.suffix.lower() in ARTICLE_SUFFIXES or not path.suffix:
            files.append(path)
        else:
            problems.append(_problem(path, "read", f"unsupported file type '{path.suffix}'; "
                                     f"use one of {', '.join(sorted(ARTICLE_SUFFIXES))}"))
    return files


def read_file(path: Path, folder: Path) -> Iterator[RawArticle | dict]:
    """Yield the raw articles in one file, or problem rows for what cannot be read."""
    try:
        size = path.stat().st_size
        if size == 0:
            raise InputProblem("read", "empty file")
        if size > MAX_FILE_BYTES:
            raise InputProblem("read", f"file too large ({size:,} bytes > {MAX_FILE_BYTES:,})")
        text = decode_bytes(path.read_bytes())
        stem = str(path.relative_to(folder).with_suffix("")).replace("/", "__")
        suffix = path.suffix.lower()
        if suffix in {".html", ".htm"}:
            yield html.parse_html(text, stem, str(path))
        elif suffix in {".json", ".jsonl", ".csv"}:
            yield from parse_records(text, suffix, stem, path)
        else:
            yield parse_txt(text, stem, str(path))
    except InputProblem as exc:
        yield _problem(path, exc.stage, str(exc))
    except Exception as exc:  # a bad file must never stop the batch
        yield _problem(path, "read", f"unexpected {type(exc).__name__}: {exc}")


def decode_bytes(data: bytes) -> str:
    """Decode bytes as UTF-8, else as the encoding charset-normalizer detects.

    Raises:
        InputProblem: for binary data or bytes no encoding explains.
    """
    if b"\x00" in data[:4096]:
        raise InputProblem("decode", "binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data))
    if not matches:
        raise InputProblem("decode", "could not decode: not UTF-8 and no other encoding fits")
    # Short samples fit several code pages equally well; English news is Western.
    least_chaos = min(m.chaos for m in matches)
    tied = [m for m in matches if m.chaos <= least_chaos + 0.01]
    western = [m for m in tied if m.encoding in WESTERN_ENCODINGS]
    return str((western or tied)[0])


def parse_txt(text: str, article_id: str, path: str) -> RawArticle:
    """Split an optional header (title, YYYYMMDD date, URL lines) from a text file's body."""
    lines = clean.split_paragraphs(clean.normalize_text(text))
    raw = RawArticle(article_id, path, "")
    header = lines[:3]
    taken = 0
    for i, line in enumerate(header):
        if URL_LINE.match(line) and raw.url is None:
            raw.url, taken = line, i + 1
        elif DATE_LINE.match(line) and raw.date is None:
            raw.date, taken = "-".join(DATE_LINE.match(line).groups()), i + 1
    if taken and clean.is_headline_like(lines[0]) and not (URL_LINE.match(lines[0]) or DATE_LINE.match(lines[0])):
        raw.title = lines[0]
    raw.header_lines = lines[:taken]
    raw.body = "\n".join(lines[taken:])
    return raw


def parse_records(text: str, suffix: str, stem: str, path: Path) -> Iterator[RawArticle | dict]:
    """Yield one RawArticle per JSON/JSONL/CSV record; bad records become problems."""
    if suffix == ".csv":
        records = list(csv.DictReader(io.StringIO(text)))
    elif suffix == ".jsonl":
        records = []
        for n, line in enumerate(text.splitlines(), 1):
            if line.strip():
                try:
                    records.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    records.append(None)  # keeps ids equal to line numbers
                    yield _problem(path, "read", f"line {n}: invalid JSON ({exc.msg})")
    else:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputProblem("read", f"invalid JSON at line {exc.lineno}: {exc.msg}") from exc
        records = data if isinstance(data, list) else data.get("articles", [data]) if isinstance(data, dict) else []
    if not records:
        raise InputProblem("read", "no records found")
    for n, record in enumerate(records):
        if record is None:
            continue
        article_id = stem if len(records) == 1 else f"{stem}-{n}"
        body = _field(record, TEXT_FIELDS) if isinstance(record, dict) else None
        if not body:
            yield _problem(path, "read", f"record {n}: no text field (one of {', '.join(TEXT_FIELDS)})")
            continue
        yield RawArticle(
            article_id, str(path), clean.normalize_text(body),
            title=_field(record, TITLE_FIELDS), date=_field(record, DATE_FIELDS),
            url=_field(record, URL_FIELDS), outlet=_field(record, OUTLET_FIELDS),
        )


def finish_article(raw: RawArticle, meta: dict, min_words: int = MIN_WORDS, find_boilerplate: bool = True) -> dict:
    """Apply sidecar metadata, clean the body and check it is usable English text.

    With ``find_boilerplate`` off every paragraph is kept as text (no title taken from the
    first line, nothing removed): for a text the caller has already chosen.
    """
    url = meta.get("url") or raw.url
    paragraphs = clean.split_paragraphs(raw.body)
    title = meta.get("title") or raw.title
    removed = []
    if find_boilerplate:
        if title is None and paragraphs and clean.is_headline_like(paragraphs[0]) and not clean.match_rule(paragraphs[0]):
            title = paragraphs.pop(0)
        if title and clean.is_unrelated_headline(title, paragraphs):
            removed.append(clean.Removed("unrelated headline", title))
            title = paragraphs.pop(0) if paragraphs and clean.is_headline_like(paragraphs[0]) else None
        kept, dropped = clean.remove_boilerplate(paragraphs)
        kept = [clean.collapse_spaces(p) for p in kept]
    else:
        kept, dropped = paragraphs, []
    text = "\n\n".join(kept)
    check_usable(text, min_words)
    return {
        "article_id": raw.article_id, "path": raw.path,
        "outlet": meta.get("outlet") or html.outlet_from_url(url) or raw.outlet or "unknown",
        "url": url, "title": html.strip_site_suffix(title) if title else None,
        "date": meta.get("date") or raw.date, "date_source": read_dates.date_source(raw.path, meta, raw.date),
        "text": text, "n_words": len(text.split()),
        "boilerplate": [f"{r.rule}: {r.text}" for r in removed + dropped],
        "duplicate_of": None, "text_hash": hashlib.sha256(text.encode()).hexdigest(),
    }


def check_usable(text: str, min_words: int = MIN_WORDS) -> None:
    """Raise InputProblem for text too short to be an article or not in English (the share
    of English function words says nothing on fewer than ``MIN_WORDS`` words)."""
    words = text.split()
    if len(words) < max(min_words, 1):
        raise InputProblem("clean", f"only {len(words)} words of text after cleaning (need {min_words})")
    if len(words) < MIN_WORDS:
        return
    from spacy.lang.en.stop_words import STOP_WORDS

    share = sum(w.lower().strip(".,;:\"'") in STOP_WORDS for w in words) / len(words)
    if share < MIN_ENGLISH_STOPWORD_SHARE:
        raise InputProblem("language", f"does not look like English ({share:.0%} English function words)")


def read_sidecar(path: Path, problems: list[dict]) -> dict[str, dict]:
    """Read ``metadata.csv`` (file, outlet, url, title, date) into {file name: fields}."""
    if not path.exists():
        return {}
    try:
        table = pd.read_csv(path, dtype=str).fillna("")
    except Exception as exc:
        problems.append(_problem(path, "read", f"unreadable metadata sidecar: {exc}"))
        return {}
    if "file" not in table.columns:
        problems.append(_problem(path, "read", "metadata sidecar needs a 'file' column"))
        return {}
    return {row["file"]: {k: v for k, v in row.items() if v and k != "file"} for row in table.to_dict("records")}


def _field(record: dict, names: tuple[str, ...]) -> str | None:
    lowered = {str(k).lower(): v for k, v in record.items()}
    for name in names:
        value = lowered.get(name)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _problem(path: Path | str, stage: str, reason: str) -> dict:
    return {"path": str(path), "stage": stage, "reason": reason}


def _frame(rows: list[dict], columns: list[str]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=columns)
