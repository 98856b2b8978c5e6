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
while (($#)); do
    case "$1" in
    --packets) PACKETS=${2:?--packets needs a number}; shift 2 ;;
    --keep) KEEP=1; shift ;;
    -h | --help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown argument: $1 (see --help)" >&2; exit 2 ;;
    esac
done

WORK=$(mktemp -d "${TMPDIR:-/tmp}/tcplens-flow-bench.XXXXXX")
cleanup() { if ((KEEP)); then echo "kept: $WORK" >&2; else rm -rf "$WORK"; fi; }
trap cleanup EXIT

if [[ ! -f "$BUILD/build.ninja" ]]; then
    echo "configuring $BUILD (Release)" >&2
    cmake -S "$REPO" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DTCPLENS_BUILD_GUI=OFF >"$WORK/cmake.log" ||
        { cat "$WORK/cmake.log" >&2; exit 1; }
fi
ninja -C "$BUILD" tcplens-make-long-conversation tcplens-flow-bench >"$WORK/build.log" 2>&1 ||
    { cat "$WORK/build.log" >&2; exit 1; }

"$BUILD/bench/tcplens-make-long-conversation" --packets "$PACKETS" -o "$WORK/long.pcap" >&2
"$BUILD/bench/tcplens-flow-bench" "$WORK/long.pcap" --svg "$WORK/long.svg"
