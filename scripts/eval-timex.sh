#!/bin/sh
# Scores briefgen's temporal expressions on the TBAQ development set (a benchmark, not a test).
#   scripts/eval-timex.sh [GOLD.jsonl] [scorer options, e.g. --types DATE,TIME --show-errors]
# Run from the repository root; the repository is checked out beside `shared/`.
# Other modes of the same tool: `briefgen-eval timex GOLD --infer-dates` (publication dates inferred with the dct hidden,
# checked against it) and `briefgen-eval timex ARTICLE.txt [--published DATE]` (one article's dates and events).
#
# TBAQ dev (256 docs, 1,822 gold), 2026-11-26:
#   all types : strict F1 85.57, relaxed P/R/F1 93.39/93.03/93.21, value acc 85.13, value F1 79.35, type F1 88.31
#   DATE,TIME : strict F1 86.69, relaxed P/R/F1 92.01/93.03/92.52, value acc 86.69, value F1 80.21
#   --infer-dates: fires on 1 of 256 documents, consistent with its dct (the rule never guesses from a bare year).
set -eu
GOLD=${1:-../shared/benchmarks/timex_tbaq_dev.jsonl}
[ $# -gt 0 ] && shift
PRED=${PRED:-/tmp/pred.jsonl}
CONFIG=${CONFIG:-release}
swift build -c "$CONFIG" --product briefgen-eval >&2
"$(swift build -c "$CONFIG" --show-bin-path)/briefgen-eval" timex "$GOLD" > "$PRED"
python3 ../shared/benchmarks/score_timex.py "$GOLD" "$PRED" "$@"
