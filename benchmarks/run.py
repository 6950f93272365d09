"""Speed and scale benchmark: raw spaCy parse vs full load_corpus, 1 vs 2 processes, warm
reruns and peak memory, on corpora of 100, 1,000 and 10,000 articles.

    python benchmarks/run.py                         # 100 1000 10000
    python benchmarks/run.py --sizes 100 1000        # quicker

Corpora are built by recombining the sentences of data/articles into new articles (12-25
sentences, varied outlets and dates, seeded). Each measurement runs in its own process so
its peak memory (ru_maxrss) is its own. Results: printed table and benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUTLETS = ["dailyexample.co.uk", "wireservice.example.com", "capitalpost.example.org", "eveningherald.example.net",
           "worldbrief.example.com", "thenewsdesk.example.co.uk", "globalmonitor.example.org", "morningstar.example.com"]
SENTENCES_PER_ARTICLE = (12, 25)


def build_corpus(folder: Path, n: int, seed: int = 12) -> None:
    """Write ``n`` recombined articles (txt with title, date and URL header) into ``folder``."""
    import helpers

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus = helpers.load_corpus(ROOT / "data" / "articles")
    pool = corpus.sentences["text"].tolist()
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        sentences = rng.sample(pool, rng.randint(*SENTENCES_PER_ARTICLE))
        outlet = rng.choice(OUTLETS)
        day = 1 + rng.randrange(20)
        header = f"{sentences[0][:70].rstrip('.')}\n202202{day:02d}\nhttps://www.{outlet}/news/{i}\n"
        (folder / f"bench_{i:05d}.txt").write_text(header + "\n".join(sentences))


def step(name: str, folder: str, cache: str, n_process: int) -> dict:
    """One measurement in this process: returns seconds and peak memory."""
    import helpers
    from helpers import parse
    from helpers.read import read_articles

    os.environ["READOUT_CACHE"] = cache
    warnings.simplefilter("ignore")
    parse.load_pipeline()  # model load is timed separately, not in any step
    start = time.perf_counter()
    if name == "raw_parse":
        articles, _ = read_articles(folder, progress=False)
        nlp = parse.load_pipeline()
        t0 = time.perf_counter()
        for _ in nlp.pipe(articles["text"], batch_size=parse.BATCH_SIZE):
            pass
        seconds = time.perf_counter() - t0
    else:
        corpus = helpers.load_corpus(folder, n_process=n_process, progress=False)
        seconds = time.perf_counter() - start
        sizes = {k: len(v) for k, v in corpus.all_tables().items()}
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss + resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {"step": name, "seconds": seconds, "peak_mb": peak / 1024, **({"tables": sizes} if name != "raw_parse" else {})}


def run_step(name: str, folder: Path, cache: Path, n_process: int = 1) -> dict:
    out = subprocess.run([sys.executable, __file__, "--step", name, "--folder", str(folder), "--cache", str(cache),
                          "--processes", str(n_process)], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def measure(n: int, workdir: Path) -> dict:
    folder, cache1, cache2 = workdir / f"corpus_{n}", workdir / f"cache1_{n}", workdir / f"cache2_{n}"
    build_corpus(folder, n)
    raw = run_step("raw_parse", folder, cache1)
    full1 = run_step("full_cold", folder, cache1, 1)
    full2 = run_step("full_cold", folder, cache2, 2)
    warm = run_step("full_warm", folder, cache1, 1)
    return {"n": n, "raw": raw["seconds"], "full1": full1["seconds"], "full2": full2["seconds"],
            "warm": warm["seconds"], "peak_mb": max(full1["peak_mb"], warm["peak_mb"]),
            "peak2_mb": full2["peak_mb"], "tables": warm["tables"]}


def report(results: list[dict]) -> str:
    lines = [
        "| articles | raw nlp.pipe (s) | load_corpus 1 proc (s) | extraction overhead | load_corpus 2 procs (s) | speed-up | warm rerun (s) | warm per 1k articles (s) | peak MB (1 proc) | peak MB (2 procs, all processes) |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in results:
        lines.append(
            f"| {r['n']:,} | {r['raw']:.1f} | {r['full1']:.1f} | {r['full1'] / r['raw'] - 1:+.0%} | {r['full2']:.1f} | "
            f"{r['full1'] / r['full2']:.2f}x | {r['warm']:.2f} | {1000 * r['warm'] / r['n']:.2f} | {r['peak_mb']:.0f} | {r['peak2_mb']:.0f} |")
    return "\n".join(lines)


def machine() -> str:
    return f"{platform.platform()}, Python {platform.python_version()}, {os.cpu_count()} cores"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000])
    parser.add_argument("--step")
    parser.add_argument("--folder")
    parser.add_argument("--cache")
    parser.add_argument("--processes", type=int, default=1)
    args = parser.parse_args()
    if args.step:
        print(json.dumps(step(args.step, args.folder, args.cache, args.processes)))
        return
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            results.append(measure(n, Path(tmp)))
            print(report(results).splitlines()[-1], flush=True)
    table = report(results)
    print(table)
    text = (f"# Benchmark results\n\nMachine: {machine()}. Command: `python benchmarks/run.py --sizes "
            f"{' '.join(map(str, args.sizes))}`.\n\n{table}\n\nTable sizes at the largest corpus: "
            f"{json.dumps(results[-1]['tables'])}\n")
    (ROOT / "benchmarks" / "RESULTS.md").write_text(text)


if __name__ == "__main__":
    main()
