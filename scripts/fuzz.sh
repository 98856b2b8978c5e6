#!/usr/bin/env bash
# Fuzzes tcplens with libFuzzer (clang, ASan + UBSan): every harness of tests/fuzz for SECONDS
# seconds (default 20), starting from the regressions and the seed captures of tests/data and
# resources/samples. Builds build-fuzz/ if needed. A finding stops with its input saved under
# build-fuzz/findings/; copy it to tests/fuzz/regressions/ once fixed (README: "Fuzzing").
#   bash scripts/fuzz.sh [SECONDS] [HARNESS...]      harnesses: read flow series
# Environment: FUZZ_MAX_LEN (longest input, 16384), FUZZ_ARGS (more libFuzzer options, e.g. -fork=2).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
shift || true
harnesses=("$@")
((${#harnesses[@]})) || harnesses=(read flow series)
build_dir=${FUZZ_BUILD_DIR:-build-fuzz}

if [[ ! -f "$build_dir/build.ninja" ]]; then
  CC=clang CXX=clang++ cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DTCPLENS_BUILD_GUI=OFF -DTCPLENS_FUZZ=ON >/dev/null
fi
ninja -C "$build_dir" "${harnesses[@]/#/tcplens-fuzz-}"

# Seeds: the small captures of the test data (libFuzzer cuts longer inputs to -max_len anyway).
seeds="$build_dir/fuzz-seeds"
rm -rf "$seeds" && mkdir -p "$seeds"
find tests/data resources/samples -type f \( -name '*.pcap' -o -name '*.pcapng' -o -name '*.cap' \) \
  -size -256k -exec cp {} "$seeds"/ \;
findings="$build_dir/findings"
mkdir -p "$findings"

export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1:allocator_may_return_null=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
status=0
for harness in "${harnesses[@]}"; do
  corpus="$build_dir/fuzz-corpus/$harness"
  mkdir -p "$corpus"
  echo "== fuzz $harness for ${seconds}s"
  if ! "$build_dir/tests/fuzz/tcplens-fuzz-$harness" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
      -max_len="${FUZZ_MAX_LEN:-16384}" ${FUZZ_ARGS:-} -print_final_stats=1 -artifact_prefix="$findings/$harness-" \
      "$corpus" "$seeds" tests/fuzz/regressions 2>"$build_dir/fuzz-$harness.log"; then
    tail -n 60 "$build_dir/fuzz-$harness.log" >&2
    echo "fuzz: harness $harness found a problem; its input is in $findings/" >&2
    status=1
  else
    grep -E '^stat::number_of_executed_units|^stat::new_units_added' "$build_dir/fuzz-$harness.log" || true
  fi
done
exit $status
