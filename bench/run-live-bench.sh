#!/usr/bin/env bash
# Measures the live-capture engine's sustained rate on a veth pair: tcplens-traffic-gen sends TCP
# segments of 64 conversations from one network namespace at each rate, tcplens-live-bench
# captures them in the other (engine on its thread, a second thread taking batches into the
# views' stores every 50 ms) and prints what it captured, what the kernel dropped and the cost.
#
# usage: sudo bench/run-live-bench.sh [--rates "100000 200000 300000"] [--seconds S]
#                                     [--payload BYTES] [--buffer-mib M]
# env: TCPLENS_BENCH_BUILD  build directory (default: <repo>/build-bench; `build` works too)
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(dirname "$HERE")
BUILD=${TCPLENS_BENCH_BUILD:-$REPO/build-bench}
RATES="100000 200000 300000"
SECONDS_PER_RUN=5
PAYLOAD=16
BUFFER_MIB=32

while (($#)); do
    case "$1" in
    --rates) RATES=${2:?}; shift 2 ;;
    --seconds) SECONDS_PER_RUN=${2:?}; shift 2 ;;
    --payload) PAYLOAD=${2:?}; shift 2 ;;
    --buffer-mib) BUFFER_MIB=${2:?}; shift 2 ;;
    -h | --help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown argument: $1 (see --help)" >&2; exit 2 ;;
    esac
done
[[ $(id -u) -eq 0 ]] || { echo "run as root (network namespaces, packet capture)" >&2; exit 1; }

if [[ ! -f "$BUILD/build.ninja" ]]; then
    cmake -S "$REPO" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DTCPLENS_BUILD_GUI=OFF >/dev/null
fi
cmake --build "$BUILD" --target tcplens-live-bench tcplens-traffic-gen >/dev/null

TAG=lb$$
NETNS="$REPO/tests/support/live-netns.sh"
bash "$NETNS" up "$TAG" $$
trap 'bash "$NETNS" down "$TAG"' EXIT
OUT=$(mktemp -d "${TMPDIR:-/tmp}/tcplens-live-bench.XXXXXX")
trap 'bash "$NETNS" down "$TAG"; rm -rf "$OUT"' EXIT

echo "machine: $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg), kernel $(uname -r)"
echo "traffic: TCP segments with $PAYLOAD payload bytes ($((14 + 40 + PAYLOAD))-byte frames), 64 conversations"
for rate in $RATES; do
    echo "== offered $rate packets/s for $SECONDS_PER_RUN s, buffer $BUFFER_MIB MiB"
    ip netns exec "tlc-$TAG" "$BUILD/bench/tcplens-live-bench" --interface "lc-$TAG" \
        --seconds $((SECONDS_PER_RUN + 2)) --buffer-mib "$BUFFER_MIB" --output "$OUT/live.pcapng" \
        >"$OUT/bench.txt" 2>&1 &
    bench=$!
    for _ in $(seq 50); do grep -q listening "$OUT/bench.txt" 2>/dev/null && break; sleep 0.1; done
    sleep 0.5
    ip netns exec "tls-$TAG" "$BUILD/bench/tcplens-traffic-gen" --interface "ls-$TAG" --rate "$rate" \
        --duration "$SECONDS_PER_RUN" --payload "$PAYLOAD" | sed 's/^/generator /'
    wait "$bench" || true
    grep -v listening "$OUT/bench.txt"
done
