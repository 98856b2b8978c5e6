#!/usr/bin/env bash
# Display-filter throughput: tiles the Ethernet fixtures into one large capture (as run-bench.sh)
# and times decoding + each display filter over every packet, as the packet list filters it.
# With --tshark-check, also runs TestDisplayFilterTshark over every fixture and public capture.
#
# usage: bench/run-filter-bench.sh [--packets N] [--keep] [--tshark-check] [-- EXPRESSION...]
#   --packets N      size of the generated capture (default 2000000)
#   --keep           keep the temporary directory with the large capture, and say where it is
#   --tshark-check   also compare every expression of tests/data/display-filter-cases.tsv with
#                    tshark on every capture (TCPLENS_FILTER_ORACLE_ALL=1; minutes)
# env: TCPLENS_BENCH_BUILD  build directory (default: <repo>/build-bench)
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(dirname "$HERE")
BUILD=${TCPLENS_BENCH_BUILD:-$REPO/build-bench}
PACKETS=2000000
KEEP=0
TSHARK_CHECK=0
EXPRESSIONS=()
args=()
while (($#)); do
    case "$1" in
    --) shift; EXPRESSIONS=("$@"); break ;;
    --tshark-check) TSHARK_CHECK=1; shift ;;
    *) args+=("$1"); shift ;;
    esac
done
source "$HERE/bench-lib.sh"
bench_parse_args "${args[@]+"${args[@]}"}"
bench_work_dir filter-bench
bench_build tcplens-make-large-capture tcplens-filter-bench

INPUTS=()
for f in "$REPO"/tests/data/*.pcap; do
    # Ethernet (LINKTYPE 1) classic pcap files only, as make-large-capture tiles them.
    [[ "$(od -An -tu4 -j20 -N4 "$f" | tr -d ' ')" == 1 ]] && INPUTS+=("$f")
done
"$BUILD/bench/tcplens-make-large-capture" --packets "$PACKETS" -o "$WORK/large.pcap" "${INPUTS[@]}" >"$WORK/make.log" 2>&1 ||
    { cat "$WORK/make.log" >&2; exit 1; }
"$BUILD/bench/tcplens-filter-bench" "$WORK/large.pcap" "${EXPRESSIONS[@]+"${EXPRESSIONS[@]}"}" | sed "s|$WORK/||"

if ((TSHARK_CHECK)); then
    bench_build TestDisplayFilterTshark
    TCPLENS_FILTER_ORACLE_ALL=1 QT_QPA_PLATFORM=offscreen "$BUILD/tests/TestDisplayFilterTshark"
fi
