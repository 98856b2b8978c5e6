#!/usr/bin/env bash
# Records transfers of TestLimitsKernel into this directory: the receiver-window-limited and
# congestion-limited ones under reno (the captures of the README's Windows-chart screenshots) and
# the receiver-window-limited one under bbr (a paced sender, TestKernelLimitSplit). Run as root from
# the top of the repository with a build dir holding TestLimitsKernel (default build-cc), naming
# the cases to record (default all three):
#   sudo tests/data/limits/record-limits.sh [BUILD_DIR [rwnd-reno|congestion-reno|rwnd-bbr ...]]
# rwnd-reno.pcap: a 16 KB receive buffer read 4 KB every 10 ms over a 10 ms RTT, 300 KB sent;
# rwnd-bbr.pcap: the same under bbr, which paces its segments (2-3 ms apart here);
# congestion-reno.pcap: 2 MB through a 20 Mbit/s tbf with a 150 KB queue, 10 ms RTT.
# Both are taken on the sender's veth with a 128-byte snaplen (see the test for the set-up), each
# with the sender socket's tcp_info sidecar (NAME.pcap.tcpinfo.csv, sampled every 50 ms).
set -euo pipefail
build=${1:-build-cc}
shift || true
cases=("${@:-rwnd-reno congestion-reno rwnd-bbr}")
read -r -a cases <<< "${cases[*]}"
here=$(cd "$(dirname "$0")" && pwd)
test=$build/tests/TestLimitsKernel
[[ -x $test ]] || { echo "no $test: build it first (ninja -C $build TestLimitsKernel)" >&2; exit 1; }
TCPLENS_KEEP_LIMIT_CAPTURES=$here QT_QPA_PLATFORM=offscreen "$test" "${cases[@]/#/wireAgreesWithTheKernel:}"
for c in "${cases[@]}"; do ls -l "$here/$c".pcap*; done
