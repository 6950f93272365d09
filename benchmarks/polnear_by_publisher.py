"""PolNeAR statement scores per publisher.

The quote scorer (``score_quotes.py``) reports one figure for the whole PolNeAR sample. This
script runs it once per publisher, on the gold rows of that publisher's articles only (the
scorer keeps only predictions for articles that have gold rows), reads each run's ``--json``
output and prints content P/R/F1 and speaker accuracy per publisher, then the whole sample.

The publisher is the part of an article id before its first underscore
(``<publisher>_<YYYY-MM-DD>_<slug>``, as the sample's README describes).

usage: python benchmarks/polnear_by_publisher.py PRED_DIR [--gold GOLD_CSV] [--scorer SCORE_QUOTES_PY]
       [--json OUT]
"""

from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
import tempfile
from pathlib import Path

# ../shared beside the repository, as the README and CI expect
SHARED = Path(__file__).resolve().parents[2] / "shared"
DEFAULT_GOLD = SHARED / "dev" / "polnear" / "gold.csv"
DEFAULT_SCORER = SHARED / "eval" / "score_quotes.py"
FIGURES = ("gold", "pred", "quote_P", "quote_R", "quote_F1", "speaker_acc_on_matched", "speaker_scored")
ALL = "(all)"


def publisher_of(file_name: str) -> str:
    """'nyt_2016-01-05_some-slug.txt' -> 'nyt'."""
    return file_name.split("_", 1)[0]


def read_gold(path: Path) -> tuple[list[str], list[dict]]:
    """The gold CSV's header and rows, as the scorer will read them (all columns kept)."""
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        return list(reader.fieldnames or []), list(reader)


def score_subset(pred_dir: Path, header: list[str], rows: list[dict], scorer: Path, work: Path, name: str) -> dict:
    """Run the scorer on ``rows`` of the gold and return its --json figures."""
    gold_path, json_path = work / f"{name}.csv", work / f"{name}.json"
    with gold_path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=header)
        writer.writeheader()
        writer.writerows(rows)
    subprocess.run([sys.executable, str(scorer), str(pred_dir), str(gold_path), "--json", str(json_path)],
                   check=True, stdout=subprocess.DEVNULL)
    return json.loads(json_path.read_text())


def scores_by_publisher(pred_dir: Path, gold: Path, scorer: Path) -> dict[str, dict]:
    """Scorer figures for each publisher and for the whole sample, keyed by publisher."""
    header, rows = read_gold(gold)
    publishers = sorted({publisher_of(r["file"]) for r in rows})
    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        for publisher in publishers:
            subset = [r for r in rows if publisher_of(r["file"]) == publisher]
            out[publisher] = score_subset(pred_dir, header, subset, scorer, Path(tmp), publisher)
        out[ALL] = score_subset(pred_dir, header, rows, scorer, Path(tmp), "all")
    return out


def format_table(scores: dict[str, dict]) -> str:
    """A Markdown table: one line per publisher, the whole sample last."""
    lines = ["| publisher | gold | pred | content P | content R | content F1 | speaker acc | speakers scored |",
             "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for publisher, m in scores.items():
        lines.append("| " + " | ".join([publisher] + [str(m.get(k, "")) for k in FIGURES]) + " |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pred", type=Path, help="folder with statements.csv from `python -m helpers extract`")
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--scorer", type=Path, default=DEFAULT_SCORER)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    if not (args.pred / "statements.csv").exists():
        parser.error(f"no statements.csv in {args.pred}: run `python -m helpers extract ARTICLES --out {args.pred}` first")
    scores = scores_by_publisher(args.pred, args.gold, args.scorer)
    print(format_table(scores))
    if args.json:
        args.json.write_text(json.dumps(scores, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
