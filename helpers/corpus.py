"""``load_corpus``: read, parse (cached) and extract every table for a folder of articles.

Work per article (parse, sentences, mentions, statements, numbers, call mentions) is cached
on disk by the article's text hash, title, date, pipeline and the helper code's version, so a
rerun on unchanged articles reads small row files and never loads spaCy. Work across
articles (canonical actors, statement groups, merged calls) runs on those rows every time.
"""

from __future__ import annotations

import hashlib
import warnings
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from helpers import parse, paths
from helpers.read.files import read_articles, read_text
from helpers.read.records import PROBLEM_COLUMNS
from helpers.cache import read_pickle, write_pickle
from helpers.extract import ARTICLE_TABLES, STEP_FAILURES, add_title_rows, extract_article, build_corpus_tables
from helpers.statements.headlines import title_text

if TYPE_CHECKING:
    from spacy.tokens import Doc

PARALLEL_MIN_ARTICLES = 20
CHUNK_ARTICLES = 20
CHUNKS_PER_WORKER = 8  # small last chunks keep both cores busy to the end
TABLE_ORDER = [
    "articles", "problems", "sentences", "mentions", "actors", "statements", "numbers",
    "relative_dates", "call_mentions", "calls",
]


@dataclass
class Corpus:
    """All tables of a corpus (see README's column dictionary)."""

    articles: pd.DataFrame
    problems: pd.DataFrame
    sentences: pd.DataFrame
    tables: dict[str, pd.DataFrame] = field(default_factory=dict)

    def __getattr__(self, name: str) -> pd.DataFrame:
        tables = self.__dict__.get("tables", {})
        if name in tables:
            return tables[name]
        raise AttributeError(f"Corpus has no table {name!r}; tables: {', '.join(self.table_names())}")

    def table_names(self) -> list[str]:
        """Names of the tables this corpus has, in data-flow order."""
        names = ["articles", "problems", "sentences", *self.tables]
        return [n for n in TABLE_ORDER if n in names] + [n for n in names if n not in TABLE_ORDER]

    def all_tables(self) -> dict[str, pd.DataFrame]:
        """Every table by name."""
        return {name: getattr(self, name) for name in self.table_names()}


def load_corpus(
    path: str | Path | None = None,
    *,
    cache: bool = True,
    n_process: int = 1,
    progress: bool | None = None,
) -> Corpus:
    """Read, parse and extract every table for the articles in ``path``.

    Args:
        path: folder of articles; default ``paths.articles_dir()``.
        cache: use and fill the on-disk cache (``paths.cache_dir()``).
        n_process: worker processes for articles not yet cached (reading, parsing, extraction).
        progress: show progress bars; default only for 20 or more articles.

    Returns:
        A Corpus. Duplicate articles (``duplicate_of`` set) stay in ``articles`` but are
        not extracted again, so nothing is counted twice.
    """
    articles, problems = read_articles(path or paths.articles_dir(), progress=progress, n_process=n_process)
    return corpus_from_articles(articles, problems, cache=cache, n_process=n_process, progress=progress)


def analyze_text(text: str, date=None, outlet: str | None = None, title: str | None = None,
                 *, cache: bool = True) -> Corpus:
    """Every table for one text given as a string: no file, same tables as ``load_corpus``.

    Args:
        text: the article's text (plain text; paragraphs separated by line breaks).
        date: its reference date (anything pandas reads, e.g. "2022-02-12"); weekdays and
            year-less dates resolve against it.
        outlet: the outlet's name, shown in labels; default "unknown".
        title: its headline.
        cache: use and fill the parse cache.

    Returns:
        A Corpus of one article (id "text"). A text that cannot be used (too short, not
        English) gives a Corpus with an empty ``articles`` table and the reason in ``problems``.
    """
    articles, problems = read_text(text, date=date, outlet=outlet, title=title)
    return corpus_from_articles(articles, problems, cache=cache)


def numbers_in_text(text: str, date=None) -> pd.DataFrame:
    """Every number and date of one text, dated against ``date`` (see ``analyze_text``): the
    ``numbers`` table and, in text order among them, the relative day words ("today", "the next
    day") that a corpus keeps apart in ``relative_dates``.

    Every line is read as text (nothing is taken as a title or boilerplate), so ``start`` and
    ``end`` point into ``text`` as given, up to the normalised punctuation and spaces.
    """
    articles, problems = read_text(text, date=date, find_boilerplate=False)
    corpus = corpus_from_articles(articles, problems)
    if corpus.relative_dates.empty:
        return corpus.numbers
    found = pd.concat([corpus.numbers, corpus.relative_dates], ignore_index=True)
    return found.sort_values(["sent_idx", "start"], kind="stable", ignore_index=True)


def corpus_from_articles(articles: pd.DataFrame, problems: pd.DataFrame, *, cache: bool = True,
                         n_process: int = 1, progress: bool | None = None) -> Corpus:
    """Parse, extract and combine every table for an ``articles`` table already read."""
    saved = paths.cache_dir() / "tables" / f"{corpus_key(articles)}.pkl" if cache else None
    tables = read_pickle(saved) if saved else None
    if tables is None:  # some article is new or changed: extract what is missing, recombine
        show = progress if progress is not None else len(articles) >= 20
        usable = articles[articles["duplicate_of"].isna()]
        rows, failures = extract_rows(usable, cache, n_process, show)
        per_article = article_frames(rows, usable["article_id"])
        tables = build_corpus_tables(articles, per_article, failures)
        tables["failures"] = pd.DataFrame(failures, columns=PROBLEM_COLUMNS)
        if saved and not failures:
            write_pickle(saved, tables)
    tables = dict(tables)
    problems = pd.concat([problems, tables.pop("failures")], ignore_index=True)
    return Corpus(articles, problems, tables.pop("sentences"), tables)


def corpus_key(articles: pd.DataFrame) -> str:
    """Key of the tables across articles: every article's identity, text and metadata, and
    the code version. Any change to one article recomputes the corpus-level tables."""
    digest = hashlib.sha256(rows_version().encode())
    columns = ["article_id", "text_hash", "title", "date", "outlet", "label", "url", "duplicate_of"]
    for row in articles.reindex(columns=columns).itertuples(index=False):
        digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()[:32]


def extract_rows(articles: pd.DataFrame, cache: bool, n_process: int, progress: bool):
    """Per-article rows for every article: from the row cache, else parsed and extracted.

    With ``n_process > 1`` uncached articles are split into chunks that worker processes
    parse and extract end to end, so extraction runs in parallel with parsing.
    """
    folder = paths.cache_dir() / "rows" / rows_version() if cache else None
    found: dict[str, dict] = {}
    todo: dict[str, list[tuple[str, pd.Timestamp, str]]] = {}
    for art in articles.reindex(columns=["article_id", "text_hash", "date", "title"]).itertuples():
        title = title_text(art.title)
        cached = read_pickle(folder / f"{_row_key(art.text_hash, art.date, title)}.pkl") if folder else None
        if cached is not None:
            found[art.article_id] = cached
        else:
            todo.setdefault(art.text_hash, []).append((art.article_id, art.date, title))
    texts = {h: t for h, t in zip(articles["text_hash"], articles["text"]) if h in todo}
    work = [(h, texts[h], todo[h]) for h in todo]
    doc_cache = paths.cache_dir() if cache else None
    if n_process > 1 and len(work) >= PARALLEL_MIN_ARTICLES:
        rows, failures = _extract_parallel(work, doc_cache, folder, n_process, progress)
    else:
        rows, failures = extract_chunk(work, doc_cache, folder, progress)
    for failure in failures:
        warnings.warn(f"{failure['path']}: extraction failed: {failure['reason']}", stacklevel=2)
    return found | rows, failures


def extract_chunk(work: list, doc_cache: Path | None, folder: Path | None, progress: bool = False):
    """Parse and extract a list of (text_hash, text, [(article_id, date, title)]); cache the rows.

    Every body is extracted first, then the titles, parsed as their own Docs (cached by the
    title's hash): the bodies' rows are those of an extraction without titles. An article
    that cannot be parsed or extracted becomes a failure row; the others go on.
    """
    found, failures, unparsed = {}, [], []
    owners = {h: owners for h, _, owners in work}
    keys, failed_articles = {}, set()
    for text_hash, doc in parse.iter_docs([(h, t) for h, t, _ in work], doc_cache, 1, progress, unparsed):
        for article_id, date, title in owners[text_hash]:
            try:
                found[article_id] = extract_article(doc, date)
            except Exception as exc:  # one article's failure never loses the batch
                failures.append({"path": article_id, "stage": "extract", "reason": f"{type(exc).__name__}: {exc}"})
                continue
            keys[article_id] = (_row_key(text_hash, date, title), date, title)
    title_docs = parse_titles({title for _, _, title in keys.values()}, doc_cache)
    for article_id, (key, date, title) in keys.items():
        result = found[article_id]
        if title in title_docs:
            add_title_rows(result, title_docs[title], date)
        failed_steps = result.pop(STEP_FAILURES, [])
        failures += [{"path": article_id, **step} for step in failed_steps]
        if folder and not failed_steps:  # not cached: the problem is reported again on every run
            write_pickle(folder / f"{key}.pkl", result)
    for failure in unparsed:
        failures += [{"path": article_id, "stage": "parse", "reason": failure["reason"]}
                     for article_id, _, _ in owners[failure["text_hash"]]]
    return found, failures


def parse_titles(titles: set[str], doc_cache: Path | None) -> dict[str, Doc]:
    """title -> its parsed Doc, for every non-empty title (a title that fails to parse has none)."""
    by_hash = {hashlib.sha256(f"title|{t}".encode()).hexdigest(): t for t in titles if t}
    return {by_hash[h]: doc for h, doc in parse.iter_docs(list(by_hash.items()), doc_cache, 1, False, [])}


def _extract_parallel(work: list, doc_cache, folder, n_process: int, progress: bool):
    from concurrent.futures import ProcessPoolExecutor

    from tqdm.auto import tqdm

    size = max(1, min(CHUNK_ARTICLES, -(-len(work) // (n_process * CHUNKS_PER_WORKER))))
    chunks = [work[i:i + size] for i in range(0, len(work), size)]
    found, failures = {}, []
    parse.load_pipeline()  # loaded once here; forked workers share it
    with ProcessPoolExecutor(max_workers=n_process) as pool:
        jobs = pool.map(extract_chunk, chunks, [doc_cache] * len(chunks), [folder] * len(chunks))
        for rows, failed in tqdm(jobs, total=len(chunks), desc="parsing", unit="chunk", disable=not progress):
            found.update(rows)
            failures += failed
    return found, failures


@lru_cache(maxsize=1)
def rows_version() -> str:
    """Version of the row cache: pipeline key plus a hash of the helper code and data files."""
    digest = hashlib.sha256(parse.pipeline_key().encode())
    package = Path(__file__).parent
    for source in sorted(package.rglob("*.py")) + sorted(paths.DATA_DIR.glob("*.csv")):
        digest.update(source.read_bytes())
    return digest.hexdigest()[:16]


def _row_key(text_hash: str, date, title: str = "") -> str:
    return hashlib.sha256(f"{text_hash}|{date}|{title}".encode()).hexdigest()[:32]


def article_frames(rows: dict[str, dict], order) -> dict[str, pd.DataFrame]:
    """One frame per per-article table from each article's rows, in corpus ``order``.

    Consumes ``rows``: each table's row dicts are released once its frame is built, so a
    large corpus never holds two copies of its rows.
    """
    position = {article_id: i for i, article_id in enumerate(order)}
    ordered = sorted(rows, key=lambda article_id: position.get(article_id, len(position)))
    frames = {}
    for table in ARTICLE_TABLES:
        records = []
        for article_id in ordered:
            for row in rows[article_id].pop(table, []):
                row["article_id"] = article_id
                records.append(row)
        frame = pd.DataFrame.from_records(records) if records else pd.DataFrame(columns=["article_id"])
        frames[table] = frame[["article_id", *frame.columns.drop("article_id")]]
    return frames
