#!/usr/bin/env python3
"""usage: summ.py OUT [BASE]  -- per-set table and means of contacts/statements/numbers (and diffs vs BASE)."""
import json, sys
from pathlib import Path
KEYS = ["calls.F1", "calls.P", "calls.R", "statements.speaker_F1", "numbers.detect_F1", "numbers.value_acc", "numbers.counted_acc"]
SHORT = ["cF1", "cP", "cR", "sF1", "nF1", "nVal", "nCnt"]
def load(d):
    out = {}
    for f in sorted(Path(d).glob("*.json")):
        if f.stem == "polnear":
            continue
        m = json.loads(f.read_text())
        row = {k: float(m[k]) for k in KEYS if k in m}
        op = str(m.get("calls.order_pairs_right", "0/0")).split("/")
        row["ok"], row["n"] = int(op[0]), int(op[1])
        out[f.stem] = row
    return out
a = load(sys.argv[1]); b = load(sys.argv[2]) if len(sys.argv) > 2 else {}
sets = sorted(a if not b else set(a) & set(b))
print("set".ljust(12), " ".join(s.rjust(6) for s in SHORT), " order")
for s in sets:
    r = a[s]; line = " ".join(f"{r.get(k, float('nan')):6.3f}" for k in KEYS)
    if b:
        d = [r.get(k, 0) - b[s].get(k, 0) for k in KEYS]
        flag = "  " + " ".join(f"{x:+.3f}" if abs(x) > 1e-9 else "   .  " for x in d[:4])
    else:
        flag = ""
    print(s.ljust(12), line, f"{r['ok']}/{r['n']}", flag)
def means(d):
    return {k: sum(d[s].get(k, 0) for s in sets) / len(sets) for k in KEYS}, sum(d[s]["ok"] for s in sets), sum(d[s]["n"] for s in sets)
for name, d in [("NEW", a)] + ([("BASE", b)] if b else []):
    m, ok, n = means(d)
    print(f"{name} mean over {len(sets)}:", " ".join(f"{s}={m[k]:.3f}" for s, k in zip(SHORT, KEYS)), f"order={ok}/{n}", f"cF1sum={m['calls.F1']*len(sets):.2f}")
for p in [Path(sys.argv[1]) / "polnear.json"] + ([Path(sys.argv[2]) / "polnear.json"] if b else []):
    if p.exists():
        m = json.loads(p.read_text()); print(p, {k: v for k, v in m.items() if not k.startswith("_") and not isinstance(v, (dict, list))})
