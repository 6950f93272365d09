"""Compare the reference dates the reader gives articles with the gold dates of the held-out sets.

    PYTHONPATH=. python scripts/check_article_dates.py [SET ...] [--pred OUT]

Without ``--pred`` each set's articles are read with ``helpers.read.read_articles`` (fast: no
parsing); with it, ``OUT/SET.pred/articles.csv`` written by ``python -m helpers extract`` is read.
Prints exact / off / missing counts (articles whose gold date is empty are counted apart), split
by ``date_source``, then every wrong or missing date with its offset in days.
"""

from __future__ import annotations

import argparse
import collections
from pathlib import Path

import pandas as pd

HOLDOUT = Path(__file__).resolve().parents[1] / "benchmarks" / "holdout"


def predicted_dates(set_dir: Path, pred: Path | None) -> pd.DataFrame:
    """article_id, date, date_source of one set: read now, or from an extract run's table."""
    if pred is not None:
        return pd.read_csv(pred / f"{set_dir.name}.pred" / "articles.csv", dtype=str)
    from helpers.read import read_articles
    found = read_articles(set_dir / "articles")
    found = found[0] if isinstance(found, tuple) else found
    return found[["article_id", "date", "date_source"]].astype(str).replace({"NaT": "", "None": "", "nan": ""})


def compare(set_dir: Path, pred: Path | None):
    """Yield (file prefix, gold date, predicted date, date_source, class) for each gold article."""
    gold = pd.read_csv(set_dir / "articles.csv", dtype=str).fillna("")
    table = predicted_dates(set_dir, pred).fillna("")
    by_prefix = {a[:3]: (d[:10], s) for a, d, s in zip(table["article_id"], table["date"], table["date_source"])}
    for file, day in zip(gold["file"], gold["date"]):
        found, source = by_prefix.get(file[:3], ("", "absent"))
        kind = "no gold" if not day else "missing" if not found else "exact" if found == day else "off"
        yield file[:3], day, found, source or "(none)", kind


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("sets", nargs="*")
    parser.add_argument("--pred", type=Path)
    args = parser.parse_args()
    sets = [HOLDOUT / s for s in args.sets] or sorted(p for p in HOLDOUT.glob("event_*") if p.is_dir())
    totals, by_source, wrong = collections.Counter(), collections.defaultdict(collections.Counter), []
    for set_dir in sets:
        for prefix, day, found, source, kind in compare(set_dir, args.pred):
            totals[kind] += 1
            by_source[source][kind] += 1
            if kind in {"off", "missing"}:
                offset = (pd.Timestamp(found) - pd.Timestamp(day)).days if found else ""
                wrong.append(f"{set_dir.name} {prefix} gold {day} predicted {found or '-'} {source} {offset}")
    print("total", dict(totals))
    for source, counts in sorted(by_source.items()):
        print(f"  {source:12s} {dict(counts)}")
    print("\n".join(wrong))


if __name__ == "__main__":
    main()
