#!/usr/bin/env bash
# Builds the whole test suite with AddressSanitizer (Swift and C/C++ code) and UndefinedBehaviorSanitizer (C/C++:
# Yams' libyaml, TOMLKit's toml++), then runs it. The tests start the `briefgen` binary built next to them, so every
# fixture build also runs under the sanitizers.
#
#   scripts/sanitizers.sh [swift test options]          # e.g. scripts/sanitizers.sh --filter Reliability
#
# Notes:
# - swiftc has no `-sanitize=undefined` on Linux ("unsupported option"); Swift code already traps on overflow and
#   out-of-bounds access in debug builds, so UBSan is applied to the C and C++ targets with -Xcc/-Xcxx and linked
#   through clang (-Xclang-linker -fsanitize=undefined).
# - It uses its own scratch folder (.build-asan/), so the normal .build/ is not rebuilt; a first build takes
#   several minutes.
# - scripts/ubsan.supp silences one known UBSan report in TOMLKit's C++ (see the file).
# - libcmark-gfm is the system library and is not instrumented (its calls are still checked by ASan's interceptors).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scratch=.build-asan
flags=(--scratch-path "$scratch" -Xswiftc -sanitize=address
       -Xcc -fsanitize=address,undefined -Xcxx -fsanitize=address,undefined
       -Xswiftc -Xclang-linker -Xswiftc -fsanitize=undefined)
swift build --build-tests "${flags[@]}" 2>&1 | grep -Ev '^\[[0-9]+/[0-9]+\]' || true
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1}"   # leaks: Swift runtime caches are reported
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1:suppressions=$PWD/scripts/ubsan.supp}"
# A crashing child would start Swift's backtracer, which ASan trips on; it then holds the test's pipes open forever.
export SWIFT_BACKTRACE="${SWIFT_BACKTRACE:-enable=no}"
swift test --skip-build "${flags[@]}" "$@"
