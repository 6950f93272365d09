"""Command line: ``python -m helpers extract DIR --out OUT`` and ``python -m helpers add URL|FILE``."""

from __future__ import annotations

import argparse
import sys
import warnings
from pathlib import Path

from helpers.charts.style import flat_table
from helpers.corpus import load_corpus
from helpers.read.add import add_article


def write_tables(tables: dict, out: Path) -> list[str]:
    """Write each table as CSV (lists joined by ';') and Parquet; return summary lines."""
    out.mkdir(parents=True, exist_ok=True)
    lines = []
    for name, table in tables.items():
        flat_table(table).to_csv(out / f"{name}.csv", index=False)
        table.to_parquet(out / f"{name}.parquet", index=False)
        lines.append(f"{name:<14} {len(table):>7,} rows  -> {out / name}.csv|.parquet")
    return lines


def _extract(args):
    if not args.scheduler:
        return load_corpus(args.folder, cache=not args.no_cache, n_process=args.processes)
    from dask.distributed import Client

    from helpers.distributed import load_corpus_distributed

    with Client(args.scheduler) as client:
        return load_corpus_distributed(args.folder, client, out=args.out / "datasets")


def main(argv: list[str] | None = None) -> int:
    """Entry point; returns the process exit code."""
    parser = argparse.ArgumentParser(prog="python -m helpers", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    extract = sub.add_parser("extract", help="extract every table from a folder of articles")
    extract.add_argument("folder", type=Path)
    extract.add_argument("--out", type=Path, required=True, help="output folder for CSV and Parquet tables")
    extract.add_argument("--processes", type=int, default=1, help="spaCy processes for new articles")
    extract.add_argument("--no-cache", action="store_true", help="ignore and do not fill the cache")
    extract.add_argument("--scheduler", help="address of a Dask scheduler (tcp://host:8786): parse on the cluster "
                         "and also write OUT/<table>/ Parquet datasets")
    add = sub.add_parser("add", help="fetch a URL or copy a file into the articles folder")
    add.add_argument("source", help="http(s) URL or path of an article file")
    add.add_argument("--folder", type=Path, default=None, help="articles folder (default data/articles)")
    args = parser.parse_args(argv)
    if args.command == "add":
        try:
            print(f"added {add_article(args.source, args.folder)}")
        except (OSError, ConnectionError) as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
        return 0
    with warnings.catch_warnings(record=True):
        warnings.simplefilter("always")
        corpus = _extract(args)
    for line in write_tables(corpus.all_tables(), args.out):
        print(line)
    for problem in corpus.problems.itertuples():
        print(f"problem: {problem.path}: {problem.stage}: {problem.reason}", file=sys.stderr)
    if corpus.articles.empty:
        print(f"error: no article could be read from {args.folder}", file=sys.stderr)
        return 1
    return 0
