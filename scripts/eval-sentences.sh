#!/bin/sh
# Scores briefgen's sentence splitter on the Golden Rules set (48 cases; pySBD 0.3.4 gets 47/48).
# Run from the repository root; the shared benchmarks live beside the repository in ../shared/benchmarks.
#   scripts/eval-sentences.sh [--show-errors]
set -eu
cd "$(dirname "$0")/.."
BENCH=../shared/benchmarks
PRED=$(mktemp /tmp/briefgen-sentences.XXXXXX)
trap 'rm -f "$PRED"' EXIT
swift build -c release --product briefgen-eval >/dev/null
"$(swift build -c release --show-bin-path)/briefgen-eval" sentences "$BENCH/golden_rules_en.jsonl" > "$PRED"
python3 "$BENCH/score_sbd.py" "$BENCH/golden_rules_en.jsonl" "$PRED" "$@"
