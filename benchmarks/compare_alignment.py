"""Compare claim alignment methods on the hand-annotated sample (tests/fixtures/gold/claims.md).

    python benchmarks/compare_alignment.py          # lexical, and embeddings when installed

Prints pairwise precision/recall/F1 of "same claim" links across articles for each method
and a range of thresholds, and the time each takes.
"""

from __future__ import annotations

import sys
import tempfile
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

import helpers  # noqa: E402
from gold import parse_gold_claims  # noqa: E402
from test_claims import alignment_score  # noqa: E402

THRESHOLDS = {"lexical": [0.15, 0.2, 0.25, 0.3, 0.4], "embeddings": [0.4, 0.5, 0.55, 0.6, 0.7]}


def main() -> None:
    gold = parse_gold_claims(ROOT / "tests" / "fixtures" / "gold" / "claims.md")
    with tempfile.TemporaryDirectory() as folder:
        for art in gold:
            (Path(folder) / f"{art['name']}.txt").write_text(art["date"].replace("-", "") + "\n" + "\n".join(art["paragraphs"]))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            corpus = helpers.load_corpus(folder)
    for method, thresholds in THRESHOLDS.items():
        for threshold in thresholds:
            start = time.perf_counter()
            try:
                result = alignment_score(gold, corpus, method=method, threshold=threshold)
            except RuntimeError as exc:
                print(f"{method}: skipped ({exc})")
                break
            print(f"{method:<10} threshold {threshold:<5} P {result['precision']:.2f} R {result['recall']:.2f} "
                  f"F1 {result['f1']:.2f}  ({time.perf_counter() - start:.2f} s)")


if __name__ == "__main__":
    main()
