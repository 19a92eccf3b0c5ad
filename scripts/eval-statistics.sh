#!/bin/sh
# Scores the statistic extractor on briefgen's own annotated sets (a benchmark, not a test):
#   benchmarks/statistics_dev.jsonl      48 passages, 66 figures, used while building the rules
#   benchmarks/statistics_heldout.jsonl  27 passages, 41 figures, annotated before the first run
# Prints P/R/F1 (value + sentence) and, on matched figures, qualifier, attribution (who) and verification accuracy.
#   scripts/eval-statistics.sh [--show-errors]
set -eu
cd "$(dirname "$0")/.."
swift build -c release --product briefgen-eval >/dev/null
for set in dev heldout; do
    printf '%s: ' "$set"
    .build/release/briefgen-eval statistics "benchmarks/statistics_$set.jsonl" "$@"
done
