#!/usr/bin/env bash
# Records the capture fixtures of tests/data between two network namespaces on this machine,
# then derives the link-type, byte-order and precision variants with tests/tools/pcap-relink.
#
# usage: sudo tests/data/record-fixtures.sh [FIXTURE...]    (default: all; "none" only derives)
# FIXTURE: ipv4-basic ipv6-basic sll-any sll2-any dumpcap no-options http lossy-bulk
#          zero-window rst ipv4-options-frag
# Needs root, tcpdump, dumpcap, tshark/capinfos, ethtool, nft (nftables), tc, python3, and
# g++ + libpcap-dev unless PCAP_RELINK names a built pcap-relink. See README.md for the files.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
OUT=${TL_FIXTURE_DIR:-$HERE}
# shellcheck source=netns-lib.sh
source "$HERE/netns-lib.sh"
trap tl_cleanup EXIT

ALL=(ipv4-basic ipv6-basic sll-any sll2-any dumpcap no-options http lossy-bulk zero-window rst
    ipv4-options-frag)

record_ipv4_basic() {
    tl_capture_start "$TL_WORK/f.pcap" tcpdump -i "$TL_SRV_IF"
    tl_exchange basic "$TL_V4S" 5001
    tl_capture_stop "$OUT/ipv4-basic.pcap"
}

record_ipv6_basic() {
    tl_capture_start "$TL_WORK/f.pcap" tcpdump -i "$TL_SRV_IF" --time-stamp-precision=nano
    tl_exchange basic "$TL_V6S" 5002
    tl_capture_stop "$OUT/ipv6-basic.pcap"
}

record_sll_any() {
    tl_capture_start "$TL_WORK/f.pcap" tcpdump -i any -y LINUX_SLL
    tl_exchange basic "$TL_V4S" 5003
    tl_capture_stop "$OUT/sll-any.pcap"
}

record_sll2_any() {
    tl_capture_start "$TL_WORK/f.pcap" tcpdump -i any -y LINUX_SLL2
    tl_exchange basic "$TL_V4S" 5004
    tl_exchange hello "$TL_V6S" 5005
    tl_capture_stop "$OUT/sll2-any.pcap"
}

record_dumpcap() {
    tl_capture_start "$TL_WORK/f.pcapng" dumpcap -i "$TL_SRV_IF"
    tl_exchange basic "$TL_V4S" 5006
    tl_exchange basic "$TL_V6S" 5007
    tl_capture_stop "$OUT/dumpcap.pcapng"
}

record_no_options() {
    tl_tcp_options 0
    tl_capture_start "$TL_WORK/f.pcap" tcpdump -i "$TL_SRV_IF"
    tl_exchange basic "$TL_V4S" 5008
    tl_capture_stop "$OUT/no-options.pcap"
    tl_tcp_options 1
}

record_http() {
    local ready="$TL_WORK/ready.http"
    rm -f "$ready"
    tl_capture_start "$TL_WORK/f.pcap" tcpdump -i "$TL_SRV_IF"
    tl_srv python3 "$TL_PEERS" http-server --addr "$TL_V4S" --port 8080 --ready "$ready" &
    local server=$!
    tl_wait_file "$ready" "$server"
    tl_cli python3 "$TL_PEERS" http-client --addr "$TL_V4S" --port 8080
    wait "$server"
    tl_capture_stop "$OUT/http.pcap"
}

# No netem in every kernel: nftables drops ~3% of the data segments as they enter the server
# namespace (after the capture tap, so the capture shows each lost segment once, then its
# retransmission, as seen upstream of the loss), and a token bucket on the client paces the
# transfer to 20 Mbit/s; its deep queue (no drops) makes the RTT grow as cwnd grows.
record_lossy_bulk() {
    tl_srv nft -f - <<'EOF'
table inet tl_loss {
    chain prerouting {
        type filter hook prerouting priority raw; policy accept;
        tcp dport 5020 tcp flags & (syn | fin) == 0 numgen random mod 100 < 3 drop
    }
}
EOF
    tl_cli tc qdisc add dev "$TL_CLI_IF" root tbf rate 20mbit burst 32kb limit 1mb
    tl_capture_start "$TL_WORK/f.pcap" tcpdump -i "$TL_SRV_IF" -s 96
    TL_BULK_SIZE=1500000 tl_exchange bulk "$TL_V4S" 5020
    tl_capture_stop "$OUT/lossy-bulk.pcap"
    tl_cli tc qdisc del dev "$TL_CLI_IF" root
    tl_srv nft delete table inet tl_loss
}

record_zero_window() {
    tl_capture_start "$TL_WORK/f.pcap" tcpdump -i "$TL_SRV_IF" -s 96
    tl_exchange zero-window "$TL_V4S" 5011
    tl_capture_stop "$OUT/zero-window.pcap"
}

record_rst() {
    tl_capture_start "$TL_WORK/f.pcap" tcpdump -i "$TL_SRV_IF"
    tl_cli python3 "$TL_PEERS" client refused --addr "$TL_V4S" --port 5013
    sleep 0.2
    tl_exchange abort "$TL_V4S" 5012
    tl_capture_stop "$OUT/rst.pcap"
}

# Non-TCP frames around a TCP conversation whose IPv4 headers carry a Record Route option:
# ARP and IPv6 neighbour discovery (the static neighbours are removed), ICMP echo and UDP
# datagrams larger than the MTU (IPv4 fragments), a UDP exchange over IPv6.
record_ipv4_options_frag() {
    local ready="$TL_WORK/ready.udp" server
    ip -n "$TL_CLI" neigh flush dev "$TL_CLI_IF" nud permanent
    ip -n "$TL_SRV" neigh flush dev "$TL_SRV_IF" nud permanent
    tl_capture_start "$TL_WORK/f.pcap" tcpdump -i "$TL_SRV_IF"
    tl_cli python3 "$TL_PEERS" icmp-echo --addr "$TL_V4S" --size 56
    tl_cli python3 "$TL_PEERS" icmp-echo --addr "$TL_V4S" --size 3000
    tl_exchange ip-options "$TL_V4S" 5014
    rm -f "$ready"
    tl_srv python3 "$TL_PEERS" udp-echo --addr "$TL_V4S" --port 5300 --ready "$ready" &
    server=$!
    tl_wait_file "$ready" "$server"
    tl_cli python3 "$TL_PEERS" udp-send --addr "$TL_V4S" --port 5300 --size 4000
    wait "$server"
    rm -f "$ready"
    tl_srv python3 "$TL_PEERS" udp-echo --addr "$TL_V6S" --port 5301 --ready "$ready" &
    server=$!
    tl_wait_file "$ready" "$server"
    tl_cli python3 "$TL_PEERS" udp-send --addr "$TL_V6S" --port 5301 --size 200
    wait "$server"
    tl_capture_stop "$OUT/ipv4-options-frag.pcap"
    tl_static_neighbours
}

relink_tool() {
    if [[ -n ${PCAP_RELINK:-} ]]; then
        [[ -x $PCAP_RELINK ]] || tl_die "PCAP_RELINK=$PCAP_RELINK is not executable"
        echo "$PCAP_RELINK"
        return
    fi
    g++ -std=c++20 -O2 "$HERE/../tools/pcap-relink.cpp" -lpcap -o "$TL_WORK/pcap-relink"
    echo "$TL_WORK/pcap-relink"
}

# derive SOURCE OUTPUT pcap-relink-ARGS...: one variant, checked by tshark (expect "tcp" or "-").
derive() {
    local src="$OUT/$1" dst="$OUT/$2" name=$2 expect=$3
    shift 3
    if [[ ! -e $src ]]; then
        tl_log "skip $2: $1 is missing"
        return
    fi
    "$RELINK" "$@" "$src" "$dst" 2>"$TL_WORK/relink.log" || { cat "$TL_WORK/relink.log" >&2; exit 1; }
    if [[ $expect == tcp ]]; then
        local want got
        want=$(tshark -r "$src" -Y tcp 2>/dev/null | wc -l)
        got=$(tshark -r "$dst" -Y tcp 2>/dev/null | wc -l)
        [[ $got -eq $want && $got -gt 0 ]] || tl_die "$name: tshark decodes $got TCP frames, $(basename "$src") has $want"
    fi
    tl_publish "$dst"
    tl_log "$name: $(tl_packets "$dst") packets, $(capinfos -E "$dst" 2>/dev/null | awk -F': *' '/encapsulation/ {print $2}')"
}

derive_variants() {
    RELINK=$(relink_tool)
    derive ipv4-basic.pcap vlan.pcap tcp --to vlan
    derive ipv4-basic.pcap qinq.pcap tcp --to qinq
    derive ipv4-basic.pcap null-le.pcap tcp --to null
    derive ipv6-basic.pcap null-le-ipv6.pcap tcp --to null --precision nano
    derive ipv4-basic.pcap loop.pcap tcp --to loop
    derive ipv4-basic.pcap raw.pcap tcp --to raw
    derive ipv4-basic.pcap ipv4-linktype.pcap tcp --to ipv4
    derive ipv6-basic.pcap ipv6-linktype.pcap tcp --to ipv6 --precision nano
    derive ipv4-basic.pcap big-endian.pcap tcp --to keep --byte-order be
    derive ipv6-basic.pcap big-endian-nano.pcap tcp --to keep --byte-order be --precision nano
    derive ipv4-basic.pcap unsupported-linktype.pcap - --to keep --linktype-number 147
}

main() {
    local names=("$@")
    [[ ${#names[@]} -gt 0 ]] || names=("${ALL[@]}")
    tl_require dumpcap tshark capinfos nft tc
    local name
    for name in "${names[@]}"; do
        [[ $name == none ]] && continue
        [[ " ${ALL[*]} " == *" $name "* ]] || tl_die "unknown fixture $name (known: ${ALL[*]})"
    done
    if [[ ${names[*]} != none ]]; then
        tl_setup
        for name in "${names[@]}"; do
            tl_log "recording $name"
            "record_${name//-/_}"
        done
    fi
    derive_variants
}

main "$@"
