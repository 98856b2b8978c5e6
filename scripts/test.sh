#!/usr/bin/env bash
# Command 2 of the README: install what is missing, build, run every test with CTest,
# then run the core suites again under AddressSanitizer + UndefinedBehaviorSanitizer, then fuzz
# every harness of tests/fuzz for a bounded time (FUZZ_SECONDS each, default 20) from a fixed seed.
# Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh

export QT_QPA_PLATFORM=offscreen
jobs=$(nproc)

echo "== build (RelWithDebInfo) and test"
bash scripts/build.sh
(cd build && ctest --output-on-failure -j "$jobs")

echo "== build with AddressSanitizer + UndefinedBehaviorSanitizer (core, CLI and their tests) and test"
BUILD_DIR=build-asan BUILD_TYPE=Debug bash scripts/build.sh -DTCPLENS_SANITIZE=ON -DTCPLENS_BUILD_GUI=OFF
# Leak checking is off: Qt's and fontconfig's one-time allocations are not ours to fix.
export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1:halt_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
(cd build-asan && ctest --output-on-failure -j "$jobs")

# A fixed seed makes the bounded run the same sequence of inputs on every machine (a slower one
# runs a prefix of it), so the suite's verdict is reproducible: exploring goes on in longer runs of
# scripts/fuzz.sh with random seeds, and what they find lands in tests/fuzz/regressions.
echo "== fuzz (clang, libFuzzer, ASan + UBSan): every harness for ${FUZZ_SECONDS:-20} s (seed ${FUZZ_SEED:-1})"
FUZZ_BUILD_DIR=build-fuzz FUZZ_ARGS="-seed=${FUZZ_SEED:-1} -runs=${FUZZ_RUNS:-20000} ${FUZZ_ARGS:-}" \
  bash scripts/fuzz.sh "${FUZZ_SECONDS:-20}"
