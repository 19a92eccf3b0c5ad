#!/usr/bin/env bash
# scripts/kill-test.sh [TRIALS] — "nothing lost": kills builds at random moments and checks the output is always
# exactly the previous complete site or the new complete one, never a mix, never empty or missing.
#
#   1. Builds briefgen (release; SKIP_BUILD=1 uses .build/release/briefgen as is, BRIEFGEN=path another binary).
#   2. Makes two input sets that give different sites: A (ARTICLES articles, default 300, from the perf kit's
#      make_corpus.py when ../shared/benchmarks/perf is there, else varied copies of seeds/) and B (A with one
#      article edited, one removed and one added). Builds each once into a reference folder and hashes the trees.
#   3. TRIALS times (default 60): starts a build of the other set into the same output, sends SIGINT, SIGTERM or
#      SIGKILL (in turn) after a random delay between 0 and 1.2x a normal build's time, waits, and hashes the
#      output: it must equal A's or B's hash. The next trial starts from whatever the killed one left (so each
#      build must also cope with the staging folder a killed build left behind).
#   4. Finishes with an unkilled build (the output must be exactly the reference) and two builds started at the
#      same moment on the same output: one must fail with the lock message, the output must be complete.
# Prints a table of outcomes; exit 0 when every check held, 1 otherwise. Work folder: $WORK (default a mktemp dir,
# removed at the end unless KEEP=1).
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$PWD
TRIALS=${1:-60}
ARTICLES=${ARTICLES:-300}
WORK=${WORK:-$(mktemp -d /tmp/briefgen-kill-test.XXXXXX)}
mkdir -p "$WORK"
[ "${KEEP:-0}" = 1 ] || trap 'rm -rf "$WORK"' EXIT

if [ -n "${BRIEFGEN:-}" ]; then BIN=$BRIEFGEN
else
  BIN=$REPO/.build/release/briefgen
  [ "${SKIP_BUILD:-0}" = 1 ] || swift build -c release --product briefgen 2>&1 | grep -E 'error|Compiling briefgen|Build complete' || true
fi
[ -x "$BIN" ] || { echo "kill-test: no briefgen binary at $BIN" >&2; exit 2; }

# ---------------------------------------------------------------- two input sets
KIT=$REPO/../shared/benchmarks/perf
A=$WORK/input-a B=$WORK/input-b
if [ -f "$KIT/make_corpus.py" ]; then
  python3 "$KIT/make_corpus.py" "$ARTICLES" "$A" --force >/dev/null
else
  mkdir -p "$A"
  python3 - "$A" "$ARTICLES" seeds <<'PY'
import pathlib, sys
out, n, seeds = pathlib.Path(sys.argv[1]), int(sys.argv[2]), sorted(pathlib.Path(sys.argv[3]).glob("*.txt"))
for i in range(n):
    text = seeds[i % len(seeds)].read_text(encoding="utf-8")
    (out / f"{i:04d}_copy.txt").write_text(text + f"\nOfficials counted {i + 3} damaged buildings on day {i}.", encoding="utf-8")
PY
fi
rm -rf "$B"; cp -r "$A" "$B"
files=("$B"/*)
printf ' Officials said the figures could not be independently verified.' >> "${files[1]}"
rm "${files[2]}"
cp "${files[3]}" "$B/zzzz_added.txt"; printf '\nA new paragraph about %s.' "added" >> "$B/zzzz_added.txt"

tree_hash() {  # sha256 over every file's path and bytes; "missing" when the folder does not exist
  [ -d "$1" ] || { echo missing; return; }
  (cd "$1" && find . -type f -print0 | LC_ALL=C sort -z | xargs -0 -r sha256sum | sha256sum | cut -c1-16)
}
build() { (cd "$WORK" && exec "$BIN" build --quiet --input "$1" --output "$2"); }

build "$A" "$WORK/ref-a" && build "$B" "$WORK/ref-b"
HA=$(tree_hash "$WORK/ref-a") HB=$(tree_hash "$WORK/ref-b")
[ "$HA" != "$HB" ] || { echo "kill-test: the two input sets give the same site" >&2; exit 2; }
OUT=$WORK/public
build "$A" "$OUT"
t0=$(date +%s%N); build "$B" "$OUT"; t1=$(date +%s%N)
NORMAL_MS=$(( (t1 - t0) / 1000000 ))
echo "kill-test: $ARTICLES articles, a normal build takes ${NORMAL_MS} ms; site A $HA, site B $HB; $TRIALS trials"

# ---------------------------------------------------------------- trials
signals=(INT TERM KILL)
declare -A outcome=()
fail=0 current=$HB
for ((t = 1; t <= TRIALS; t++)); do
  if [ "$current" = "$HA" ]; then next=$B; else next=$A; fi
  sig=${signals[$(( (t - 1) % 3 ))]}
  delay_ms=$(( RANDOM % (NORMAL_MS * 12 / 10 + 1) ))
  # (a shell starts background jobs with SIGINT ignored: restore the default, or SIGINT would never stop the build)
  ( cd "$WORK" && exec env --default-signal=INT,TERM "$BIN" build --quiet --input "$next" --output "$OUT" ) >/dev/null 2>&1 &
  pid=$!
  sleep "$(awk -v ms="$delay_ms" 'BEGIN { printf "%.3f", ms / 1000 }')"
  kill -s "$sig" "$pid" 2>/dev/null && killed=killed || killed=finished
  rc=0; { wait "$pid"; } 2>/dev/null || rc=$?
  h=$(tree_hash "$OUT")
  if [ "$h" = "$HA" ]; then state=A; elif [ "$h" = "$HB" ]; then state=B; else state="MIXED($h)"; fi
  if [ "$state" != A ] && [ "$state" != B ]; then fail=1; echo "  trial $t: SIG$sig after ${delay_ms} ms: output is $state — FAIL"; fi
  [ "$h" = "$HA" ] || [ "$h" = "$HB" ] && current=$h
  if { [ "$next" = "$A" ] && [ "$state" = A ]; } || { [ "$next" = "$B" ] && [ "$state" = B ]; }; then
    got=new; else got=old; fi
  key="SIG$sig $killed -> $got site"; [ "$state" = A ] || [ "$state" = B ] || key="SIG$sig $killed -> MIXED"
  outcome[$key]=$(( ${outcome[$key]:-0} + 1 ))
done

# ---------------------------------------------------------------- clean finish, then two builds at once
build "$B" "$OUT"
hb=$(tree_hash "$OUT")
[ "$hb" = "$HB" ] && clean="ok" || { clean="FAIL ($hb)"; fail=1; }
( cd "$WORK" && exec "$BIN" build --quiet --input "$A" --output "$OUT" ) >"$WORK/c1.log" 2>&1 & p1=$!
( cd "$WORK" && exec "$BIN" build --quiet --input "$A" --output "$OUT" ) >"$WORK/c2.log" 2>&1 & p2=$!
r1=0 r2=0; wait "$p1" || r1=$?; wait "$p2" || r2=$?
hc=$(tree_hash "$OUT")
locked=$(grep -l "another briefgen build is writing this output" "$WORK/c1.log" "$WORK/c2.log" 2>/dev/null | wc -l)
if [ "$hc" = "$HA" ] && { [ "$r1" = 0 ] || [ "$r2" = 0 ]; } && { [ "$locked" = 1 ] || [ "$r1$r2" = 00 ]; }; then
  concurrent="ok (exit codes $r1 and $r2; $locked got the lock error)"
else
  concurrent="FAIL (exit codes $r1 $r2, lock messages $locked, output $hc)"; fail=1
fi

echo "outcome of $TRIALS killed builds (old = previous complete site, new = the one being built):"
for k in "${!outcome[@]}"; do printf '  %-40s %4d\n' "$k" "${outcome[$k]}"; done | sort
echo "unkilled build afterwards gives exactly the reference site: $clean"
echo "two builds at once on one output: $concurrent"
leftover=$(find "$WORK" -maxdepth 1 -name '.public.briefgen-old' | wc -l)
echo "rename-away folder left behind: $leftover"
[ "$fail" = 0 ] && echo "kill-test: PASS" || echo "kill-test: FAIL"
exit "$fail"
