#!/usr/bin/env python3
"""usage: calls_why.py OUT SET...
Gold misses: ABSENT (no row with those parties), DATE (parties found on another day), PARTS (a row that day shares
a party). Unmatched predicted rows: DUP (same parties as a matched row), WRONGDATE (gold parties, another day),
PARTIAL (shares a party with a gold contact that day), SPURIOUS (anything else)."""
import re, sys
from pathlib import Path
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT.parent / "shared" / "eval"))
import score as S
args = sys.argv[1:]; verbose = False
out, sets = Path(args[0]), args[1:]
tot = {}
for s in sets:
    gdir = ROOT.parent / "shared" / "dev" / "seeds" if s == "seeds" else ROOT / "benchmarks" / "holdout" / s
    names = S.Names(S.read(gdir / "actors.csv"))
    pred, gold = S.read(out / s / "calls.csv"), S.read(gdir / "calls.csv")
    arts = S.read(out / s / "articles.csv"); ids = set(arts["article_id"])
    if "scored" in gold: gold = gold[~gold["scored"].astype(str).str.startswith("no")]
    gold = gold[gold["supporting_files"].map(lambda f: any(Path(x.strip()).stem in ids for x in str(f).split(";") if x.strip()))]
    parts = lambda v: frozenset(x.strip() if x.strip().startswith("[") else names.canon(x) for x in re.split(r"[;|,]", str(v)) if x.strip())
    day = lambda v: "" if str(v)[:10].lower() in ("nan", "nat", "none", "") else str(v)[:10]
    P = [(parts(r.get("participants", "")), day(r.get("date", "")), r) for _, r in pred.iterrows()]
    def same(gp, pp):
        named = [x for x in gp if not x.startswith("[")]
        return len(gp) == len(pp) and all(any(names.same(x, y) for y in pp) for x in named)
    def share(gp, pp): return any(names.same(x, y) for x in gp for y in pp if not x.startswith("["))
    used, lines, matched = set(), [], []
    for _, g in gold.iterrows():
        gp, gd = parts(g["participants"]), day(g.get("date", ""))
        hit = None
        for i, (pp, pd_, _) in enumerate(P):
            if i in used: continue
            ok = (len(pp) >= 3 and any(names.same(names.canon(str(g["participants"]).split(";")[0]), y) for y in pp)) if len(gp) >= 4 else same(gp, pp)
            if ok and (not gd or not pd_ or gd == pd_): hit = i; break
        if hit is not None:
            used.add(hit); matched.append((gp, gd)); continue
        if any(same(gp, pp) for pp, _, _ in P): cat = "DATE"
        elif any(share(gp, pp) and (pd_ == gd or not pd_) for pp, pd_, _ in P): cat = "PARTS"
        else: cat = "ABSENT"
        tot[cat] = tot.get(cat, 0) + 1
        lines.append(f"  {cat:9} gold {g['event_id']} {'; '.join(sorted(gp))} @{gd} {g.get('channel','')} | {str(g.get('supporting_files',''))[:60]}")
    golds = [(parts(g["participants"]), day(g.get("date", ""))) for _, g in gold.iterrows()]
    for i, (pp, pd_, r) in enumerate(P):
        if i in used: continue
        if any(same(gp, pp) for gp, _ in matched): cat = "DUP"
        elif any(same(gp, pp) for gp, _ in golds): cat = "WRONGDATE"
        elif any(share(gp, pp) and (gd == pd_ or not pd_ or not gd) for gp, gd in golds): cat = "PARTIAL"
        else: cat = "SPURIOUS"
        tot[cat] = tot.get(cat, 0) + 1
        ev = str(r.get("evidence", r.get("sentence", "")))[:150] if verbose else ""
        lines.append(f"  {cat:9} pred {'; '.join(sorted(pp))} @{pd_} {r.get('channel','')} {r.get('date_how', '')} {ev}")
    print(f"{s}: gold {len(gold)} pred {len(P)}"); print("\n".join(lines))
print("TOTAL", tot)
