#!/usr/bin/env bash
# Records fresh captures from the Linux stack in shapes tests/data does not hold (no SACK and no
# timestamps under loss, ECN, heavy IPv6 loss, loss both ways, zero-window probes
# without options), optionally re-records the fixtures themselves into the same folder, and
# measures tcplens's analysis against tshark on them with bench/analysis-agreement.py.
# New random drops and ISNs on every run: data nobody has seen before.
#
# usage: sudo bench/kernel-agreement.sh [--cli PATH] [--fixtures] [--keep]
#   --cli PATH   tcplens-cli to measure (default build-core/app/tcplens-cli)
#   --fixtures   also record every fixture of tests/data/record-fixtures.sh (adds ~3 minutes)
#   --keep       keep the captures (the folder is printed)
# Needs root, tcpdump, tshark, nftables, tc, ethtool, python3 (as tests/data/record-fixtures.sh).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
CLI=$ROOT/build-core/app/tcplens-cli
WITH_FIXTURES=0
KEEP=0
while [[ $# -gt 0 ]]; do
    case $1 in
    --cli) CLI=$(realpath "$2"); shift 2 ;;
    --fixtures) WITH_FIXTURES=1; shift ;;
    --keep) KEEP=1; shift ;;
    *) echo "usage: $0 [--cli PATH] [--fixtures] [--keep]" >&2; exit 2 ;;
    esac
done
[[ $EUID -eq 0 ]] || { echo "error: needs root (network namespaces)" >&2; exit 1; }
[[ -x $CLI ]] || { echo "error: no tcplens-cli at $CLI (build it, or pass --cli)" >&2; exit 1; }

OUT=$(mktemp -d "${TMPDIR:-/tmp}/tcplens-kernel-agreement.XXXXXX")
chmod 755 "$OUT" # tcpdump drops to its own user to write
# shellcheck source=../tests/data/netns-lib.sh
source "$ROOT/tests/data/netns-lib.sh"
finish() {
    tl_cleanup
    if [[ $KEEP -eq 1 ]]; then echo "captures kept in $OUT"; else rm -rf "$OUT"; fi
}
trap finish EXIT

# drop_data NS PORT_MATCH RULE: drop data segments (neither SYN nor FIN) matching PORT_MATCH
# ("dport 6001", "sport 6005") and the nft RULE as they enter NS, after the capture tap. (Drops
# on the way out of a namespace are no loss: the sender's stack is told and sends again later.)
drop_data() {
    ip netns exec "$1" nft -f - <<NFT
table inet tl_bench_loss {
    chain drops {
        type filter hook prerouting priority raw; policy accept;
        tcp $2 tcp flags & (syn | fin) == 0 $3 drop
    }
}
NFT
}
no_drops() { ip netns exec "$1" nft delete table inet tl_bench_loss; }
pace() { tl_cli tc qdisc add dev "$TL_CLI_IF" root tbf rate 20mbit burst 32kb limit 1mb; }
unpace() { tl_cli tc qdisc del dev "$TL_CLI_IF" root; }

# bulk NAME PORT BYTES [SERVER_ADDR]: the client sends BYTES, captured in the server namespace.
bulk() {
    tl_capture_start "$TL_WORK/f.pcap" tcpdump -i "$TL_SRV_IF" -s 128
    TL_BULK_SIZE=$3 tl_exchange bulk "${4:-$TL_V4S}" "$2"
    tl_capture_stop "$OUT/$1.pcap"
}

tl_setup

tl_tcp_options 0 # no SACK, no timestamps, no window scaling: recovery by dup ACKs and timeouts
drop_data "$TL_SRV" "dport 6001" "numgen random mod 100 < 4"; pace
bulk nosack-loss 6001 600000; unpace; no_drops "$TL_SRV"
tl_capture_start "$TL_WORK/f.pcap" tcpdump -i "$TL_SRV_IF" -s 128
tl_exchange zero-window-probe "$TL_V4S" 6006
tl_capture_stop "$OUT/zero-window-probe-no-options.pcap"
tl_tcp_options 1

drop_data "$TL_SRV" "dport 6004" "numgen random mod 100 < 10"; pace # retransmission timeouts
bulk ipv6-heavy-loss 6004 200000 "$TL_V6S"; unpace; no_drops "$TL_SRV"

drop_data "$TL_SRV" "dport 6005" "numgen random mod 100 < 3"
drop_data "$TL_CLI" "sport 6005" "numgen random mod 100 < 5"
pace
bulk loss-both-ways 6005 600000; unpace; no_drops "$TL_SRV"; no_drops "$TL_CLI"

for ns in "$TL_CLI" "$TL_SRV"; do ip netns exec "$ns" sysctl -qw net.ipv4.tcp_ecn=1; done
drop_data "$TL_SRV" "dport 6003" "numgen random mod 100 < 3"; pace
bulk ecn-loss 6003 600000; unpace; no_drops "$TL_SRV"

tl_cleanup
if [[ $WITH_FIXTURES -eq 1 ]]; then
    TL_FIXTURE_DIR=$OUT bash "$ROOT/tests/data/record-fixtures.sh" all >/dev/null 2>&1 ||
        echo "warning: record-fixtures.sh failed; measuring what was recorded" >&2
fi

python3 "$ROOT/bench/analysis-agreement.py" --cli "$CLI" --conv --details 5 "$OUT"
