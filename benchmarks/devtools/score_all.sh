#!/usr/bin/env bash
# Score sets of development articles with ../shared/eval (P/R of statements, numbers, contacts).
# usage: benchmarks/devtools/score_all.sh REPO OUT SET...   (SET: seeds | polnear | event_X under benchmarks/holdout)
# REPO: a checkout (a worktree works: its helpers are put first on PYTHONPATH); JOBS sets parallel runs (default 2).
REPO=$1; OUT=$2; shift 2
mkdir -p "$OUT"
ROOT=$(cd "$(dirname "$0")/../.." && pwd); OUT=$(mkdir -p "$OUT" && cd "$OUT" && pwd)
export READOUT_CACHE=${READOUT_CACHE:-/tmp/rcache} PYTHONHASHSEED=0 REPO OUT ROOT
one() {
  s=$1; PY=${PY:-$ROOT/.venv/bin/python}; SH=${SHARED:-$ROOT/../shared}
  cd "$REPO"
  if [ "$s" = seeds ]; then A=data/articles; G=$SH/dev/seeds; C="--calls $G/calls.csv"
  elif [ "$s" = polnear ]; then A=$SH/dev/polnear/articles
  else A=benchmarks/holdout/$s/articles; G=benchmarks/holdout/$s; C="--calls $G/calls.csv"; fi
  PYTHONPATH=$REPO $PY -m helpers extract $A --out $OUT/$s > $OUT/$s.extract.log 2>&1
  if [ "$s" = polnear ]; then
    $PY $SH/eval/score_quotes.py $OUT/$s $SH/dev/polnear/gold.csv --json $OUT/$s.json > $OUT/$s.txt 2>&1
  else
    $PY $SH/eval/score.py $OUT/$s $G $C --json $OUT/$s.json > $OUT/$s.txt 2>&1
  fi
  echo "$s done"
}
export -f one
printf '%s\n' "$@" | xargs -P ${JOBS:-2} -I{} bash -c 'one {}'
