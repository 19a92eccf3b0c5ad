#!/usr/bin/env bash
# Fuzzes the article reader and the text analysis with libFuzzer (decode → front matter → metadata lines →
# Markdown blocks → ArticleAnalyzer, plus the Markdown escaper through cmark) on arbitrary bytes.
#
#   scripts/fuzz.sh [SECONDS] [-- libFuzzer options]     # default 600 s; e.g. scripts/fuzz.sh 60 -- -jobs=2
#
# What it does:
#   1. builds the `briefgen-fuzz` product in release with `-sanitize=fuzzer,address` and `-DBRIEFGEN_FUZZ` into
#      .build-fuzz/ (its own scratch folder, so the normal .build/ is not rebuilt). The target's `main` then calls
#      libFuzzer's `LLVMFuzzerRunDriver` with `LLVMFuzzerTestOneInput`; see Sources/briefgen-fuzz.
#   2. writes a seed corpus at run time into .build-fuzz/corpus/ (never committed): the seed articles, both as
#      .txt and .md, and the first 40 TimeBank texts from /work/shared/benchmarks/timex_tbaq_dev.jsonl if present,
#      plus a few hand-made hostile files (front matter, BOMs, CR line ends).
#   3. runs the fuzzer for SECONDS (-max_total_time) with -max_len=65536 and -timeout=10; crash, leak and
#      timeout inputs land in .build-fuzz/artifacts/.
#
# The first byte of an input picks the format (odd: Markdown). Reproduce a crash in a debug build with
#   swift build --product briefgen-fuzz && .build/debug/briefgen-fuzz .build-fuzz/artifacts/crash-…
# and keep it as a regression test in Tests/BriefgenSiteTests/ReliabilityFuzzRegressionTests.swift.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-600}"; shift || true
[ "${1:-}" = "--" ] && shift
scratch=.build-fuzz
swift build -c release --scratch-path "$scratch" --product briefgen-fuzz \
  -Xswiftc -DBRIEFGEN_FUZZ -Xswiftc -sanitize=fuzzer,address 2>&1 | grep -Ev '^\[[0-9]+/[0-9]+\]' || true
binary="$scratch/release/briefgen-fuzz"
[ -x "$binary" ] || { echo "fuzz build failed" >&2; exit 1; }

corpus="$scratch/corpus"; artifacts="$scratch/artifacts"
mkdir -p "$corpus" "$artifacts"
python3 - "$corpus" <<'PY'
import glob, json, os, sys
out = sys.argv[1]
def put(name, data, markdown=False):
    with open(os.path.join(out, name), "wb") as f:
        f.write(bytes([1 if markdown else 0]) + data)
for path in sorted(glob.glob("seeds/*")):
    data = open(path, "rb").read()
    base = os.path.basename(path)
    put("seed-txt-" + base, data)
    put("seed-md-" + base, data, True)
bench = "/work/shared/benchmarks/timex_tbaq_dev.jsonl"
if os.path.exists(bench):
    for i, line in enumerate(open(bench, encoding="utf-8")):
        if i >= 40: break
        record = json.loads(line)
        text = record.get("text") or record.get("document") or ""
        put(f"timebank-{i:02d}", text.encode("utf-8"), i % 2 == 1)
put("front-matter", b"---\ntitle: \"A: b\"\npublished: 2025-04-25\nsource: https://example.org/x\n---\n# Head\n\nKyiv said 12 people died on Monday.\n", True)
put("bom-crlf", b"\xef\xbb\xbfsource: https://a.org\r\nOn April 3, 2024, 45 people were injured.\r\n\rimage source from:x\n")
put("utf16", b"\xff\xfe" + "Officials said 3 people died on 2 May 2023.\n".encode("utf-16-le"))
PY
echo "corpus: $(ls "$corpus" | wc -l) files; running for ${seconds}s" >&2
export SWIFT_BACKTRACE="${SWIFT_BACKTRACE:-enable=no}"   # the Swift backtracer trips ASan while a crash is reported
exec "$binary" "$corpus" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=4096 \
  -artifact_prefix="$artifacts/" -print_final_stats=1 "$@"
