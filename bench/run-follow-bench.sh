#!/usr/bin/env bash
# Follow TCP Stream on a long conversation: writes one conversation carrying about 100 MB of
# payload (full snap length) into a temporary directory and times tcplens-cli follow in each
# format, and tshark -z follow,tcp,ascii when it is installed (Wireshark's issue 17313: minutes).
#
# usage: bench/run-follow-bench.sh [--packets N] [--keep]
#   --packets N   packets in the conversation (default 110000: about 106 MB of payload)
#   --keep        keep the temporary directory and say where it is
# env: TCPLENS_BENCH_BUILD  build directory (default: <repo>/build-bench)
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(dirname "$HERE")
BUILD=${TCPLENS_BENCH_BUILD:-$REPO/build-bench}
PACKETS=110000
KEEP=0
source "$HERE/bench-lib.sh"
bench_parse_args "$@"
bench_work_dir follow-bench
bench_build tcplens-make-long-conversation tcplens-cli

"$BUILD/bench/tcplens-make-long-conversation" --packets "$PACKETS" --snaplen 65535 -o "$WORK/long.pcap" >&2

seconds() { # prints the wall time of "$@" in seconds
    local start end
    start=$(date +%s.%N)
    "$@" >/dev/null 2>&1
    end=$(date +%s.%N)
    echo "$end - $start" | bc -l
}

"$BUILD/app/tcplens-cli" follow "$WORK/long.pcap" --stream 0 --format binary -o "$WORK/payload.bin"
MB=$(echo "$(stat -c %s "$WORK/payload.bin") / 1000000" | bc -l)
printf 'stream payload: %.1f MB in %s packets\n' "$MB" "$PACKETS"
for format in binary ascii hex; do
    s=$(seconds "$BUILD/app/tcplens-cli" follow "$WORK/long.pcap" --stream 0 --format "$format" -o "$WORK/out.$format")
    printf 'tcplens-cli follow --format %-6s %6.2f s  %7.4f s/MB  %6.0f MB/s\n' "$format" "$s" \
        "$(echo "$s / $MB" | bc -l)" "$(echo "$MB / $s" | bc -l)"
done
if command -v tshark >/dev/null; then
    s=$(seconds tshark -r "$WORK/long.pcap" -q -z follow,tcp,ascii,0)
    printf 'tshark -z follow,tcp,ascii,0      %6.2f s  %7.4f s/MB\n' "$s" "$(echo "$s / $MB" | bc -l)"
fi
