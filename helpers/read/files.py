"""Reading a folder of articles into the ``articles`` and ``problems`` tables.

Formats: ``.txt`` (optional header: title, byline, date as ``YYYYMMDD`` or in words
("Published 20 August 2021"), URL — any may be missing),
``.html``/``.htm`` (main text via trafilatura), ``.json``/``.jsonl``/``.csv`` (one article
per record), ``.pdf`` and ``.docx`` (``documents.py``; also when renamed, by content). An
optional ``metadata.csv`` sidecar (file, outlet, url, title, date) fills or overrides
metadata. Every input path ends up as an article or as a ``problems`` row (``inputs.py``).
"""

from __future__ import annotations

import hashlib
import re
import warnings
from pathlib import Path
from typing import Iterator

import pandas as pd
from tqdm.auto import tqdm

from helpers import paths
from helpers.cache import read_pickle, write_pickle
from helpers.read import clean, dedupe, documents, html, inputs, outlets
from helpers.read.decode import decode_bytes, sniff_kind
from helpers.read.inputs import ARTICLE_SUFFIXES, MAX_FILE_BYTES, SIDECAR_NAME, list_input_files
from helpers.read import dates as read_dates
from helpers.read.records import ARTICLE_COLUMNS, PROBLEM_COLUMNS, InputProblem, RawArticle
from helpers.read.structured import DATE_FIELDS, OUTLET_FIELDS, TEXT_FIELDS, TITLE_FIELDS, URL_FIELDS, parse_records

__all__ = ["ARTICLE_SUFFIXES", "DATE_FIELDS", "MAX_FILE_BYTES", "OUTLET_FIELDS", "SIDECAR_NAME", "TEXT_FIELDS",
           "TITLE_FIELDS", "URL_FIELDS", "decode_bytes", "list_input_files", "parse_records", "read_articles",
           "read_text", "source_labels"]
MIN_WORDS = 20
MIN_ENGLISH_STOPWORD_SHARE = 0.12  # English news prose runs at 0.35-0.5
PROGRESS_MIN_FILES = 20
PARALLEL_MIN_FILES = 200  # fewer new files read faster than worker processes start
PARALLEL_CHUNK_FILES = 25

DATE_LINE = re.compile(r"^(\d{4})-?(\d{2})-?(\d{2})$")
URL_LINE = re.compile(r"^https?://\S+$")
# A page's own date line in words: "Published 20 August 2021", "Updated: Aug. 20, 2021, 10:14 BST",
# "Friday, 20 August 2021". Only a whole line of the header counts, so a dated sentence never does.
_STAMP_WORDS = r"(?:(?:first\s+|last\s+)?(?:published|posted|updated|modified|dated?)\s*:?\s*(?:on\s+)?)"
_WEEKDAY = rf"(?:{clean.WEEKDAY},?\s+)"
_CLOCK = r"(?:\s*[,|\u2013\u2014-]?\s*(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,5})?)"
WORDED_DATE_LINE = re.compile(rf"^{_STAMP_WORDS}?{_WEEKDAY}?(?P<date>{read_dates.FULL_DATE.pattern}){_CLOCK}?\.?\s*$",
                              re.IGNORECASE)
BYLINE = re.compile(r"^by\s+(?-i:[A-Z][\w.'\u2019-]+)(?:\s+(?:(?-i:[A-Z][\w.'\u2019-]+)|and|de|van|von|al|bin))"
                    r"{0,5}(?:\s*[,|]\s*[^.]{0,40})?$", re.IGNORECASE)


def read_articles(folder: str | Path, progress: bool | None = None, n_process: int = 1) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Read every article file in ``folder``.

    Args:
        folder: folder of article files (searched recursively).
        progress: show a progress bar; default: only for 20 or more files.
        n_process: worker processes for files not yet in the read cache.

    Returns:
        ``(articles, problems)``. ``articles`` columns: ARTICLE_COLUMNS — article_id (file
        stem, plus ``-N`` for multi-record files), path, outlet (the sidecar field, else the
        registered domain of the URL, else the record field, else inferred from the text by
        ``outlets.decide_outlet``, else ``unknown``), outlet_source (sidecar, url, record,
        inferred, or None), outlet_evidence (the words that gave the outlet away, and wire
        credits that are not the outlet), url, title, date
        (datetime64), text (cleaned body), n_words, boilerplate (list of "rule: text"),
        duplicate_of (article_id of an earlier copy, or None), text_hash, label (outlet,
        or "unknown · <article_id>" where the outlet is unknown), read_flags (list of
        ARTICLE_FLAGS names, e.g. "short"). ``problems`` columns: path, stage, reason.
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
    results = [read_pickle(path) if path else None for path in cached]
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
        if cached[i] is not None:
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


def _read_cache_path(path: Path, folder: Path, meta: dict) -> Path | None:
    """Read-cache file of one input file, keyed by its path, size and modification time, its
    sidecar metadata and the reader's code, so an unchanged file is not cleaned again; None
    for a file that vanished since it was listed (reading it then says so)."""
    try:
        stat = path.stat()
    except OSError:
        return None
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
        # every reader module, and the data files outlet inference reads (gazetteer, countries)
        for source in sorted(here.glob("*.py")) + sorted(paths.DATA_DIR.glob("*.csv")):
            digest.update(source.read_bytes())
        _READER_VERSION = digest.hexdigest()[:16]
    return _READER_VERSION


_READER_VERSION: str | None = None


def source_labels(articles: pd.DataFrame) -> pd.Series:
    """Name to show for each article's source: its outlet ("Al Jazeera (inferred)" when
    inferred from the text), or "unknown · <article_id>".

    Articles whose outlet is unknown are kept apart rather than pooled into one
    "unknown" outlet, which would invent a source that does not exist.
    """
    columns = articles.reindex(columns=["outlet", "outlet_source", "article_id", "outlet_evidence"])
    return pd.Series([outlets.outlet_label(*row) for row in columns.itertuples(index=False)], index=articles.index, dtype=object)


def read_file(path: Path, folder: Path) -> Iterator[RawArticle | dict]:
    """Yield the raw articles in one file, or problem rows for what cannot be read."""
    try:
        data = inputs.read_input_bytes(path, MAX_FILE_BYTES)
        stem = str(path.relative_to(folder).with_suffix("")).replace("/", "__")
        suffix = path.suffix.lower()
        document = read_document(data, suffix, stem, str(path))
        if document is not None:
            yield document
            return
        text = decode_bytes(data)
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


def read_document(data: bytes, suffix: str, stem: str, path: str) -> RawArticle | None:
    """A PDF or Word document, told by its content whatever its extension (a press release
    saved as ``release.txt`` is the PDF it is, flagged ``renamed``); None for other files.

    Raises:
        InputProblem: for a ``.pdf``/``.docx`` whose content is something else.
    """
    kind = sniff_kind(data)
    readers = {"pdf": documents.read_pdf, "docx": documents.read_docx}
    if kind not in readers:
        if suffix in {".pdf", ".docx"}:
            found = decode_problem(data)
            raise InputProblem("read", f"named {suffix} but {found}")
        return None
    raw = readers[kind](data, stem, path)
    raw.flags += [kind] + (["renamed"] if suffix != f".{kind}" else [])
    return raw


def decode_problem(data: bytes) -> str:
    """What a file that should be a document is instead, in words."""
    try:
        decode_bytes(data)
    except InputProblem as exc:
        return f"is {exc}"
    return "is plain text, not a document"


def parse_txt(text: str, article_id: str, path: str) -> RawArticle:
    """Split an optional header (title, YYYYMMDD date, URL lines) from a text file's body."""
    lines = clean.split_paragraphs(clean.normalize_text(text))
    raw = RawArticle(article_id, path, "")
    header = lines[:4]
    taken = 0
    for i, line in enumerate(header):
        if URL_LINE.match(line) and raw.url is None:
            raw.url, taken = line, i + 1
        elif DATE_LINE.match(line) and raw.date is None:
            raw.date, taken = "-".join(DATE_LINE.match(line).groups()), i + 1
        elif raw.date is None and (worded := worded_header_date(line)):
            raw.date = worded
            if re.match(_STAMP_WORDS, line, re.IGNORECASE):
                taken = i + 1  # "Published ...": the page's stamp; a bare day line stays story text
        elif BYLINE.match(line) and i > 0:
            taken = max(taken, i + 1)  # "By Jane Roe" under the title: header, not story
    if taken and clean.is_headline_like(lines[0]) and not (URL_LINE.match(lines[0]) or DATE_LINE.match(lines[0])):
        raw.title = lines[0]
    raw.header_lines = lines[:taken]
    raw.body = "\n".join(lines[taken:])
    return raw


def worded_header_date(line: str) -> str | None:
    """ISO date of a header line that is only a date in words ("Published 20 August 2021")."""
    m = WORDED_DATE_LINE.match(line)
    if m is None:
        return None
    found = read_dates.text_date(m.group("date"))
    return found.strftime("%Y-%m-%d") if found is not None else None


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
    boilerplate = [f"{r.rule}: {r.text}" for r in removed + dropped]
    return {
        "article_id": raw.article_id, "path": raw.path,
        **outlets.decide_outlet(meta.get("outlet"), html.outlet_from_url(url), raw.outlet, title, text, boilerplate),
        "url": url, "title": html.strip_site_suffix(title) if title else None,
        "date": meta.get("date") or raw.date, "date_source": read_dates.date_source(raw.path, meta, raw.date),
        "text": text, "n_words": len(text.split()),
        "boilerplate": boilerplate,
        "duplicate_of": None, "text_hash": hashlib.sha256(text.encode()).hexdigest(),
        "read_flags": raw.flags + (["short"] if len(text.split()) < MIN_WORDS else []),
    }


def check_usable(text: str, min_words: int = MIN_WORDS) -> None:
    """Raise InputProblem for text too short to be an article or not in English (the share
    of English function words says nothing on fewer than ``MIN_WORDS`` words).

    Fewer than ``min_words`` words are kept when they are complete sentences (a wire flash:
    "Macron spoke with Putin by phone on Saturday, the Elysee said."), never for menus and
    link lists ("Home News Sport Weather").
    """
    words = text.split()
    if len(words) < max(min_words, 1) and not clean.is_complete_sentences(text):
        raise InputProblem("clean", f"only {len(words)} words of text after cleaning (need {min_words} "
                           "or one complete sentence)")
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


_problem = inputs.problem


def _frame(rows: list[dict], columns: list[str]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=columns)
