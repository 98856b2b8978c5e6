#!/usr/bin/env bash
# Records the receiver-window-limited and congestion-limited transfers of TestLimitsKernel (reno)
# into this directory: the captures of the README's Windows-chart screenshots. Run as root from the
# top of the repository with a build dir holding TestLimitsKernel (default build-cc):
#   sudo tests/data/limits/record-limits.sh [BUILD_DIR]
# rwnd-reno.pcap: a 16 KB receive buffer read 4 KB every 10 ms over a 10 ms RTT, 300 KB sent;
# congestion-reno.pcap: 2 MB through a 20 Mbit/s tbf with a 150 KB queue, 10 ms RTT.
# Both are taken on the sender's veth with a 128-byte snaplen (see the test for the set-up), each
# with the sender socket's tcp_info sidecar (NAME.pcap.tcpinfo.csv, sampled every 50 ms).
set -euo pipefail
build=${1:-build-cc}
here=$(cd "$(dirname "$0")" && pwd)
test=$build/tests/TestLimitsKernel
[[ -x $test ]] || { echo "no $test: build it first (ninja -C $build TestLimitsKernel)" >&2; exit 1; }
TCPLENS_KEEP_LIMIT_CAPTURES=$here QT_QPA_PLATFORM=offscreen "$test" \
    wireAgreesWithTheKernel:rwnd-reno wireAgreesWithTheKernel:congestion-reno
ls -l "$here"/rwnd-reno.pcap* "$here"/congestion-reno.pcap*
