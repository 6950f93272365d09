"""``load_corpus`` on a Dask cluster: articles partitioned across workers, tables as Parquet.

Reading (cheap, and needed whole for duplicate detection) runs on the client; parsing and
per-article extraction run on the workers, one partition of articles per task; steps across
articles (canonical actors, statement groups, merged calls) run on the client over the
returned rows, as in ``load_corpus``. Point ``client`` at any ``dask.distributed`` cluster
(``Client("tcp://scheduler:8786")``); every worker needs this package and the spaCy model
installed (``make install``).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from helpers import paths
from helpers.corpus import Corpus, article_frames, extract_chunk
from helpers.statements.headlines import title_text
from helpers.extract import build_corpus_tables
from helpers.read import PROBLEM_COLUMNS, read_articles

PARTITION_ARTICLES = 200
PARQUET_ROWS_PER_FILE = 250_000


def load_corpus_distributed(path: str | Path, client, out: str | Path | None = None,
                            partition_articles: int = PARTITION_ARTICLES, shared_cache: bool = False) -> Corpus:
    """Like ``load_corpus``, with parsing and extraction spread over a Dask cluster.

    Args:
        path: folder of articles (readable from the client).
        client: a ``dask.distributed.Client``.
        out: if given, every table is written there as a Parquet dataset (``out/<table>/``).
        partition_articles: articles per task.
        shared_cache: workers read and fill ``paths.cache_dir()`` (only on a shared disk).

    Returns:
        The Corpus, identical in content to ``load_corpus(path)``.
    """
    articles, problems = read_articles(path, progress=False)
    usable = articles[articles["duplicate_of"].isna()]
    work = [(h, t, [(a, d, title_text(title))]) for h, t, a, d, title in zip(
        usable["text_hash"], usable["text"], usable["article_id"], usable["date"], usable["title"])]
    parts = [work[i:i + partition_articles] for i in range(0, len(work), partition_articles)]
    doc_cache = paths.cache_dir() if shared_cache else None
    folder = paths.cache_dir() / "rows" if shared_cache else None
    futures = client.map(extract_chunk, parts, doc_cache=doc_cache, folder=folder, pure=False)
    rows, failures = {}, []
    for found, failed in client.gather(futures):
        rows.update(found)
        failures += failed
    problems = pd.concat([problems, pd.DataFrame(failures, columns=PROBLEM_COLUMNS)], ignore_index=True)
    per_article = article_frames(rows, usable["article_id"])
    step_failures: list[dict] = []
    tables = build_corpus_tables(articles, per_article, step_failures)
    problems = pd.concat([problems, pd.DataFrame(step_failures, columns=PROBLEM_COLUMNS)], ignore_index=True)
    corpus = Corpus(articles, problems, tables.pop("sentences"), tables)
    if out is not None:
        write_parquet_datasets(corpus.all_tables(), Path(out))
    return corpus


def write_parquet_datasets(tables: dict[str, pd.DataFrame], out: Path) -> list[Path]:
    """Write each table as a Parquet dataset folder ``out/<table>/`` (one schema, many files)."""
    import pyarrow as pa
    import pyarrow.dataset as ds

    written = []
    for name, table in tables.items():
        target = out / name
        arrow = pa.Table.from_pandas(table.reset_index(drop=True), preserve_index=False)
        ds.write_dataset(arrow, target, format="parquet", existing_data_behavior="delete_matching",
                         max_rows_per_file=PARQUET_ROWS_PER_FILE, max_rows_per_group=min(PARQUET_ROWS_PER_FILE, 65_536))
        written.append(target)
    return written
