#!/bin/sh
# Scores briefgen's number reading on quantulum3's quantity set (a benchmark, not a test).
# Run from anywhere; the repository is expected beside `shared/` (../shared/benchmarks from the repo root).
#   scripts/eval-quantities.sh [--show-errors] [--set main|ambiguity]
set -eu
cd "$(dirname "$0")/.."
BENCH=../shared/benchmarks
swift build -c release --product briefgen-eval >/dev/null
PRED=$(mktemp /tmp/briefgen-quantities.XXXXXX)
trap 'rm -f "$PRED"' EXIT
.build/release/briefgen-eval quantities "$BENCH/quantities_quantulum3.jsonl" > "$PRED"
python3 "$BENCH/score_quant.py" "$BENCH/quantities_quantulum3.jsonl" "$PRED" "$@"
