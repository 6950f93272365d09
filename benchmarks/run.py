"""Speed and scale benchmark: raw spaCy parse vs full load_corpus, 1 vs 2 processes, warm
reruns, peak memory, and how each step across articles scales, on corpora of 100, 1,000
and 10,000 articles.

    python benchmarks/run.py                         # 100 1000 10000 (about 90 min, 2 cores)
    python benchmarks/run.py --sizes 100 1000        # quicker

Corpora are built by recombining the sentences of data/articles into new articles (12-25
sentences, varied outlets and dates, seeded), so every sentence is reprinted word for word
in many articles, as syndicated wire copy is. Each measurement runs in its own process so
its peak memory (ru_maxrss) is its own; on corpora of up to 1,000 articles each timing is
the best of two runs, because this shared machine's speed drifts by 10-20% between runs.
Results: printed tables, benchmarks/RESULTS.md and benchmarks/scaling.png/.svg.
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
REPEAT_UP_TO = 1000  # corpora up to this size are timed twice (best run kept)
CROSS_ARTICLE_STEPS = ["canonical actors", "speakers and statement groups", "call merging and order",
                       "claim alignment", "figure disagreements", "distinctive terms",
                       "claim alignment, edited reprints"]
# Per-article steps, as (module attribute of helpers.extract, function, label); headlines included.
PER_ARTICLE_STEPS = [("actor_mentions", "extract_mentions", "actor mentions"),
                     ("statement_extract", "extract_statements", "statements"),
                     ("number_extract", "extract_numbers", "numbers"),
                     ("contact_mentions", "extract_call_mentions", "call mentions")]


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
    elif name == "cross_article":
        return {"step": name, "steps": cross_article_seconds(folder, cache)}
    elif name == "per_article":
        return {"step": name, "steps": per_article_seconds(folder, cache)}
    else:
        corpus = helpers.load_corpus(folder, n_process=n_process, progress=False)
        seconds = time.perf_counter() - start
        sizes = {k: len(v) for k, v in corpus.all_tables().items()}
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss + resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {"step": name, "seconds": seconds, "peak_mb": peak / 1024, **({"tables": sizes} if name != "raw_parse" else {})}


def cross_article_seconds(folder: str, cache: str) -> dict[str, float]:
    """Seconds of each step that works across articles, from cached per-article rows (the
    corpus-level table cache is removed first so those steps run)."""
    import shutil

    import helpers
    from helpers import extract

    shutil.rmtree(Path(cache) / "tables", ignore_errors=True)
    from helpers.actors import load_gazetteer

    load_gazetteer()  # loaded once per session; not part of any step
    seconds: dict[str, float] = {}
    for module, function, label in [("canonical", "resolve_mentions", CROSS_ARTICLE_STEPS[0]),
                                    ("speakers", "resolve_speakers", CROSS_ARTICLE_STEPS[1]),
                                    ("contact_merge", "build_call_tables", CROSS_ARTICLE_STEPS[2])]:
        setattr(getattr(extract, module), function, timed(getattr(getattr(extract, module), function), label, seconds))
    corpus = helpers.load_corpus(folder, progress=False)
    for label, call in [(CROSS_ARTICLE_STEPS[3], lambda: helpers.align_claims(corpus)),
                        (CROSS_ARTICLE_STEPS[4], lambda: helpers.find_disagreements(corpus)),
                        (CROSS_ARTICLE_STEPS[5], lambda: helpers.distinctive_terms(corpus))]:
        timed(call, label, seconds)()
    edited = edited_reprints(corpus)
    timed(lambda: helpers.align_claims(edited), CROSS_ARTICLE_STEPS[6], seconds)()
    return seconds


def per_article_seconds(folder: str, cache: str) -> dict[str, float]:
    """Seconds of each per-article extraction step over the corpus, on Docs from the parse
    cache (the row and table caches are removed first, so every step runs), and the whole
    ``load_corpus`` of that run."""
    import shutil

    import helpers
    from helpers import extract

    for kind in ("rows", "tables"):
        shutil.rmtree(Path(cache) / kind, ignore_errors=True)
    seconds: dict[str, float] = {}
    for module, function, label in PER_ARTICLE_STEPS:
        owner = getattr(extract, module)
        setattr(owner, function, timed(getattr(owner, function), label, seconds))
    start = time.perf_counter()
    helpers.load_corpus(folder, progress=False)
    seconds["load_corpus, Docs from cache"] = time.perf_counter() - start
    return seconds


def edited_reprints(corpus, seed: int = 3):
    """The corpus's sentences with 60% of them edited (one or two words replaced, maybe one
    dropped), as outlets rework wire copy: claim alignment then faces many near-identical,
    not identical, wordings of each fact. Only the sentence terms are edited (no parse)."""
    from types import SimpleNamespace

    rng = random.Random(seed)
    sentences = corpus.sentences.copy()
    vocabulary = sorted({w for t in sentences["terms"].fillna("") for w in t.split()})
    edited = []
    for terms in sentences["terms"].fillna(""):
        words = terms.split()
        if words and rng.random() < 0.6:
            for _ in range(rng.randint(1, 2)):
                words[rng.randrange(len(words))] = rng.choice(vocabulary)
            if len(words) > 3 and rng.random() < 0.5:
                del words[rng.randrange(len(words))]
        edited.append(" ".join(words))
    sentences["terms"] = edited
    return SimpleNamespace(sentences=sentences, articles=corpus.articles)


def timed(function, label: str, seconds: dict[str, float]):
    """``function`` that adds its run time to ``seconds[label]``."""
    def run(*args, **kwargs):
        start = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            seconds[label] = seconds.get(label, 0.0) + time.perf_counter() - start
    return run


def run_step(name: str, folder: Path, cache: Path, n_process: int = 1) -> dict:
    out = subprocess.run([sys.executable, __file__, "--step", name, "--folder", str(folder), "--cache", str(cache),
                          "--processes", str(n_process)], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def measure(n: int, workdir: Path) -> dict:
    folder = workdir / f"corpus_{n}"
    build_corpus(folder, n)
    repeats = 2 if n <= REPEAT_UP_TO else 1
    runs: dict[str, list[dict]] = {"raw": [], "full1": [], "full2": []}
    for attempt in range(repeats):  # interleaved, so a slow spell of the machine hits every step
        cache1, cache2 = workdir / f"cache1_{n}_{attempt}", workdir / f"cache2_{n}_{attempt}"
        runs["raw"].append(run_step("raw_parse", folder, cache1))
        runs["full1"].append(run_step("full_cold", folder, cache1, 1))
        runs["full2"].append(run_step("full_cold", folder, cache2, 2))
    warm = run_step("full_warm", folder, cache1, 1)
    cross = run_step("cross_article", folder, cache1, 1)
    per_article = run_step("per_article", folder, cache1, 1)
    best = {key: min(r["seconds"] for r in found) for key, found in runs.items()}
    return {"n": n, **best, "warm": warm["seconds"], "peak_mb": max(r["peak_mb"] for r in runs["full1"] + [warm]),
            "peak2_mb": max(r["peak_mb"] for r in runs["full2"]), "tables": warm["tables"], "cross": cross["steps"],
            "per_article": per_article["steps"], "repeats": repeats}


def report(results: list[dict]) -> str:
    lines = [
        "| articles | runs | raw nlp.pipe (s) | load_corpus 1 proc (s) | extraction overhead | load_corpus 2 procs (s) | "
        "speed-up | articles/s (1 proc / 2 procs) | warm rerun (s) | peak MB (1 proc) | peak MB (2 procs) |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in results:
        lines.append(
            f"| {r['n']:,} | {r['repeats']} | {r['raw']:.1f} | {r['full1']:.1f} | {r['full1'] / r['raw'] - 1:+.0%} | {r['full2']:.1f} | "
            f"{r['full1'] / r['full2']:.2f}x | {r['n'] / r['full1']:.1f} / {r['n'] / r['full2']:.1f} | {r['warm']:.2f} | {r['peak_mb']:.0f} | {r['peak2_mb']:.0f} |")
    return "\n".join(lines)


def scaling_report(results: list[dict]) -> str:
    """Seconds per step across articles, and the growth exponent between the two largest
    corpora (1 = linear, 2 = quadratic)."""
    sizes = [r["n"] for r in results]
    lines = ["| step across articles | " + " | ".join(f"{n:,} articles (s)" for n in sizes) + " | growth exponent |",
             "|---|" + "---|" * (len(sizes) + 1)]
    for label in CROSS_ARTICLE_STEPS:
        seconds = [r["cross"].get(label, float("nan")) for r in results]
        lines.append(f"| {label} | " + " | ".join(f"{s:.2f}" for s in seconds) + f" | {growth_exponent(sizes, seconds)} |")
    return "\n".join(lines)


def per_article_report(results: list[dict]) -> str:
    """Seconds of each per-article step and its share of a cold ``load_corpus`` (1 process)."""
    timed_runs = [r for r in results if r.get("per_article")]
    if not timed_runs:
        return "(not measured in this run)"
    lines = ["| per-article step | " + " | ".join(f"{r['n']:,} articles: s (share of load_corpus)" for r in timed_runs) + " |",
             "|---|" + "---|" * len(timed_runs)]
    for _, _, label in PER_ARTICLE_STEPS:
        cells = [f"{r['per_article'][label]:.2f} ({r['per_article'][label] / r['full1']:.1%})" for r in timed_runs]
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def growth_exponent(sizes: list[int], seconds: list[float]) -> str:
    import math

    if len(sizes) < 2 or min(seconds[-2:]) <= 0:
        return "n/a"
    return f"{math.log(seconds[-1] / seconds[-2]) / math.log(sizes[-1] / sizes[-2]):.2f}"


def plot_scaling(results: list[dict]) -> None:
    """Log-log chart of every cross-article step's seconds against corpus size."""
    import matplotlib
    import matplotlib.ticker

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from helpers import export_chart

    sizes = [r["n"] for r in results]
    fig, ax = plt.subplots(figsize=(7.5, 4.5))
    for label in CROSS_ARTICLE_STEPS:
        ax.plot(sizes, [max(r["cross"].get(label, 0.0), 1e-3) for r in results], marker="o", label=label)
    top = max(results[-1]["cross"].values())
    ax.plot(sizes, [top * n / sizes[-1] for n in sizes], color="grey", linestyle=":", label="linear growth")
    exponents = [growth_exponent(sizes, [r["cross"].get(label, 0.0) for r in results]) for label in CROSS_ARTICLE_STEPS]
    steepest = max((float(e) for e in exponents if e != "n/a"), default=float("nan"))
    ax.set(xscale="log", yscale="log", xlabel="articles in the corpus", ylabel="seconds",
           title=f"Steps across articles: time grows at most as articles^{steepest:.2f} (1 = linear)")
    ax.xaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(lambda x, _: f"{x:,.0f}"))
    ax.set_xticks(sizes)
    ax.xaxis.set_minor_formatter(matplotlib.ticker.NullFormatter())
    ax.legend(fontsize=8, frameon=False, loc="upper left", bbox_to_anchor=(1.01, 1))
    data = scaling_frame(results)
    export_chart(fig, "scaling", data=data, folder=ROOT / "benchmarks")


def scaling_frame(results: list[dict]):
    import pandas as pd

    return pd.DataFrame([{"articles": r["n"], "step": label, "seconds": r["cross"].get(label)}
                         for r in results for label in CROSS_ARTICLE_STEPS])


def remeasured_note(results: list[dict]) -> str:
    """Say so when the cross-article timings were re-run (``--step cross_article``) on the
    same corpora after a fix, rather than in the run that timed the parse."""
    notes = sorted({r["cross_remeasured"] for r in results if r.get("cross_remeasured")})
    return "" if not notes else " Re-measured on the same corpora after: " + "; ".join(notes) + "."


def machine() -> str:
    return f"{platform.platform()}, Python {platform.python_version()}, {os.cpu_count()} cores"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000])
    parser.add_argument("--step")
    parser.add_argument("--folder")
    parser.add_argument("--cache")
    parser.add_argument("--processes", type=int, default=1)
    parser.add_argument("--replot", action="store_true", help="only redo RESULTS.md and the chart from results.json")
    args = parser.parse_args()
    if args.step:
        print(json.dumps(step(args.step, args.folder, args.cache, args.processes)))
        return
    saved = ROOT / "benchmarks" / "results.json"
    if args.replot:  # rewrite RESULTS.md and the chart from the last run's measurements
        results = json.loads(saved.read_text())
    else:
        results = []
        with tempfile.TemporaryDirectory() as tmp:
            for n in args.sizes:
                results.append(measure(n, Path(tmp)))
                print(report(results).splitlines()[-1], flush=True)
                saved.write_text(json.dumps(results, indent=1))
    table, scaling, per_article = report(results), scaling_report(results), per_article_report(results)
    print(table)
    print(per_article)
    print(scaling)
    text = (f"# Benchmark results\n\nMachine: {machine()}. Command: `python benchmarks/run.py --sizes "
            f"{' '.join(str(r['n']) for r in results)}`.\n\n## Parse and extraction\n\n{table}\n\n"
            f"Table sizes at the largest corpus: {json.dumps(results[-1]['tables'])}\n\n"
            f"## Per-article steps\n\nTimed on cached Docs, as a share of the cold 1-process load_corpus."
            f"\n\n{per_article}\n\n"
            f"## Steps across articles\n\nTimed on the cached rows of each corpus; chart: scaling.png."
            f"{remeasured_note(results)}\n\n{scaling}\n")
    (ROOT / "benchmarks" / "RESULTS.md").write_text(text)
    plot_scaling(results)


if __name__ == "__main__":
    main()
