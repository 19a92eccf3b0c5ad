#!/bin/sh
# Evaluates topic segmentation: (a) seed 001 with its heading lines removed — are the real boundaries found on or within
# one sentence? (b) Pk on a Choi-style synthetic benchmark built from the TimeBank/AQUAINT news documents
# (200 samples × 10 runs of 3–11 sentences from different documents, fixed random seed).
# Run from anywhere; the shared benchmarks live beside the repository in ../shared/benchmarks.
#   scripts/eval-segments.sh [SAMPLES]
set -eu
cd "$(dirname "$0")/.."
BENCH=../shared/benchmarks
swift build -c release --product briefgen-eval >/dev/null
"$(swift build -c release --show-bin-path)/briefgen-eval" segments seeds/001_d30e6bfd71bd188e.txt \
    "$BENCH/timex_tbaq_dev.jsonl" "${1:-200}"
