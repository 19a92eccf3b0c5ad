#!/bin/sh
# Scores briefgen's temporal expressions on the TBAQ development set (a benchmark, not a test).
#   scripts/eval-timex.sh [GOLD.jsonl] [scorer options, e.g. --types DATE,TIME --show-errors]
# Run from the repository root; the repository is checked out beside `shared/`.
set -eu
GOLD=${1:-../shared/benchmarks/timex_tbaq_dev.jsonl}
[ $# -gt 0 ] && shift
PRED=${PRED:-/tmp/pred.jsonl}
CONFIG=${CONFIG:-release}
swift build -c "$CONFIG" --product briefgen-eval >&2
"$(swift build -c "$CONFIG" --show-bin-path)/briefgen-eval" timex "$GOLD" > "$PRED"
python3 ../shared/benchmarks/score_timex.py "$GOLD" "$PRED" "$@"
