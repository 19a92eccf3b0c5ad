#!/bin/sh
# Scores briefgen's dated events on hand-annotated conflict reporting (a benchmark, not a test).
#   scripts/eval-events.sh [GOLD.jsonl] [--show-errors]
# Gold: benchmarks/events_dev.jsonl, 13 wire-style passages (Ukraine, Sudan, Gaza, Myanmar) with a publication date,
# 68 events (sentence, ISO date at its precision, end for ranges), annotated before the system was run on them.
# An event matches when its sentence and date (and end) agree; see scripts/score_events.py.
#
# events_dev (13 passages, 68 gold), 2026-11-26:
#   first run (before any event fix): FIRST_RUN
set -eu
GOLD=${1:-benchmarks/events_dev.jsonl}
[ $# -gt 0 ] && shift
PRED=${PRED:-/tmp/events_pred.jsonl}
CONFIG=${CONFIG:-release}
swift build -c "$CONFIG" --product briefgen-eval >&2
"$(swift build -c "$CONFIG" --show-bin-path)/briefgen-eval" events "$GOLD" > "$PRED"
python3 scripts/score_events.py "$GOLD" "$PRED" "$@"
