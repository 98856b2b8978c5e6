#!/usr/bin/env bash
# Builds the flow-graph benchmark (Release), writes one TCP conversation of N packets into a
# temporary directory and measures the flow graph on it: load, model, layout, a view's frame,
# narration, and the SVG and ASCII exports (time and memory).
#
# usage: bench/run-flow-bench.sh [--packets N] [--keep]
#   --packets N   packets in the conversation (default 500000)
#   --keep        keep the temporary directory (capture and SVG) and say where it is
# env: TCPLENS_BENCH_BUILD  build directory (default: <repo>/build-bench)
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(dirname "$HERE")
BUILD=${TCPLENS_BENCH_BUILD:-$REPO/build-bench}
PACKETS=500000
KEEP=0
source "$HERE/bench-lib.sh"
bench_parse_args "$@"
bench_work_dir flow-bench
bench_build tcplens-make-long-conversation tcplens-flow-bench

"$BUILD/bench/tcplens-make-long-conversation" --packets "$PACKETS" -o "$WORK/long.pcap" >&2
"$BUILD/bench/tcplens-flow-bench" "$WORK/long.pcap" --svg "$WORK/long.svg"
