#!/usr/bin/env bash
# Records the capture fixtures of tests/data between two network namespaces on this machine,
# then derives the link-type, byte-order and precision variants with tests/tools/pcap-relink.
#
# usage: sudo tests/data/record-fixtures.sh [FIXTURE...|all]    (default: all; "none" only derives)
# FIXTURE: ipv4-basic ipv6-basic sll-any sll2-any dumpcap no-options http lossy-bulk
#          zero-window rst ipv4-options-frag syn-retransmit synack-retransmit synack-lost half-close
#          simultaneous-close port-reuse keep-alive abortive-close many-short echo-dialogue
#          bulk-reno bulk-bbr zero-window-probe ipv6-bulk
# Needs root, tcpdump, dumpcap, tshark/capinfos, ethtool, nft (nftables), tc, python3, and
# g++ + libpcap-dev unless PCAP_RELINK names a built pcap-relink. See README.md for the files.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
OUT=${TL_FIXTURE_DIR:-$HERE}
# shellcheck source=netns-lib.sh
source "$HERE/netns-lib.sh"
trap tl_cleanup EXIT

ALL=(ipv4-basic ipv6-basic sll-any sll2-any dumpcap no-options http lossy-bulk zero-window rst
    ipv4-options-frag syn-retransmit synack-retransmit synack-lost half-close simultaneous-close port-reuse
    keep-alive abortive-close many-short echo-dialogue bulk-reno bulk-bbr zero-window-probe
    ipv6-bulk)

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

# add_loss NS PORT RULE: an nftables table tl_loss in namespace NS that drops the data segments
# (neither SYN nor FIN) to PORT matching RULE (an nft expression such as
# "numgen random mod 100 < 2") as they enter NS, after the capture tap.
add_loss() {
    ip netns exec "$1" nft -f - <<EOF
table inet tl_loss {
    chain prerouting {
        type filter hook prerouting priority raw; policy accept;
        tcp dport $2 tcp flags & (syn | fin) == 0 $3 drop
    }
}
EOF
}

# No netem in every kernel: nftables drops ~3% of the data segments as they enter the server
# namespace (after the capture tap, so the capture shows each lost segment once, then its
# retransmission, as seen upstream of the loss), and a token bucket on the client paces the
# transfer to 20 Mbit/s; its deep queue (no drops) makes the RTT grow as cwnd grows.
record_lossy_bulk() {
    add_loss "$TL_SRV" 5020 "numgen random mod 100 < 3"
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

# The TCP analysis flags tshark sets in FILE, as "name=count" for the non-zero ones.
ANALYSIS_FLAGS=(retransmission fast_retransmission spurious_retransmission out_of_order
    lost_segment ack_lost_segment duplicate_ack zero_window zero_window_probe
    zero_window_probe_ack window_full window_update keep_alive keep_alive_ack reused_ports)
analysis_flags() {
    local flag n out=()
    for flag in "${ANALYSIS_FLAGS[@]}"; do
        n=$(tshark -r "$1" -Y "tcp.analysis.$flag" 2>/dev/null | wc -l)
        [[ $n -eq 0 ]] || out+=("$flag=$n")
    done
    n=$(tshark -r "$1" -T fields -e tcp.stream 2>/dev/null | sort -u | grep -c .)
    echo "streams=$n ${out[*]:-no analysis flags}"
}

# count FILE FILTER: frames of FILE that match the display filter.
count() { tshark -r "$1" -Y "$2" 2>/dev/null | wc -l; }

# expect NAME WHAT GOT WANT: stop when a recording did not come out as intended.
expect() { [[ $3 -eq $4 ]] || tl_die "$1: $2 is $3, expected $4"; }

# nftables quota counts the bytes of the IP packets (header included): a SYN or SYN-ACK with
# MSS, SACK-permitted, timestamps and window scale is 60 bytes over IPv4. "quota until N"
# matches while fewer than N bytes have gone through the rule, "quota over N" after.

# The server namespace drops the first two SYNs (after the capture tap): the client retransmits
# its SYN after 1 s and 2 s more, and the third SYN connects.
record_syn_retransmit() {
    tl_srv nft -f - <<'EOF'
table inet tl_syn {
    chain prerouting {
        type filter hook prerouting priority raw; policy accept;
        tcp dport 5030 tcp flags & (syn | ack) == syn quota until 150 bytes drop
    }
}
EOF
    tl_capture_start "$TL_WORK/f.pcap" tcpdump -i "$TL_SRV_IF"
    tl_exchange hello "$TL_V4S" 5030
    tl_capture_stop "$OUT/syn-retransmit.pcap"
    tl_srv nft delete table inet tl_syn
    expect syn-retransmit "SYN count" "$(count "$OUT/syn-retransmit.pcap" 'tcp.flags.syn==1 && tcp.flags.ack==0')" 3
}

# The client namespace drops the first SYN-ACK it receives, and its own retransmitted SYN on
# the way out (so the server never sees it): the server's SYN-ACK timer (1 s) retransmits the
# SYN-ACK and the connection completes. The capture in the server namespace shows
# SYN, SYN-ACK, SYN-ACK again 1 s later, ACK.
record_synack_retransmit() {
    tl_cli nft -f - <<'EOF'
table inet tl_synack {
    chain prerouting {
        type filter hook prerouting priority raw; policy accept;
        tcp sport 5031 tcp flags & (syn | ack) == syn | ack quota until 90 bytes drop
    }
    chain output {
        type filter hook output priority raw; policy accept;
        tcp dport 5031 tcp flags & (syn | ack) == syn quota over 90 bytes drop
    }
}
EOF
    tl_capture_start "$TL_WORK/f.pcap" tcpdump -i "$TL_SRV_IF"
    tl_exchange hello "$TL_V4S" 5031
    tl_capture_stop "$OUT/synack-retransmit.pcap"
    tl_cli nft delete table inet tl_synack
    expect synack-retransmit "SYN-ACK count" \
        "$(count "$OUT/synack-retransmit.pcap" 'tcp.flags.syn==1 && tcp.flags.ack==1')" 2
}

# The client namespace drops the first SYN-ACK it receives (after the server's capture tap): the
# capture shows SYN, SYN-ACK, then the client's SYN again 1 s later, which proves that SYN-ACK never
# reached it, and the handshake completes on the second try.
record_synack_lost() {
    tl_cli nft -f - <<'EOF'
table inet tl_synack_lost {
    chain prerouting {
        type filter hook prerouting priority raw; policy accept;
        tcp sport 5043 tcp flags & (syn | ack) == syn | ack quota until 90 bytes drop
    }
}
EOF
    tl_capture_start "$TL_WORK/f.pcap" tcpdump -i "$TL_SRV_IF"
    tl_exchange hello "$TL_V4S" 5043
    tl_capture_stop "$OUT/synack-lost.pcap"
    tl_cli nft delete table inet tl_synack_lost
    expect synack-lost "SYN count" "$(count "$OUT/synack-lost.pcap" 'tcp.flags.syn==1 && tcp.flags.ack==0')" 2
}

record_half_close() {
    tl_capture_start "$TL_WORK/f.pcap" tcpdump -i "$TL_SRV_IF"
    tl_exchange half-close "$TL_V4S" 5032
    tl_capture_stop "$OUT/half-close.pcap"
}

# fins_crossed FILE: true when the two FINs of FILE crossed on the wire: neither FIN's
# acknowledgement number covers the other FIN (each side sent its FIN before it received
# the peer's).
fins_crossed() {
    tshark -r "$1" -Y 'tcp.flags.fin==1' -T fields -e ip.src -e tcp.seq -e tcp.ack 2>/dev/null |
        awk '{ src[NR] = $1; seq[NR] = $2; ack[NR] = $3 }
             END { exit !(NR == 2 && src[1] != src[2] && ack[2] <= seq[1] && ack[1] <= seq[2]) }'
}

# Both peers agree on a wall-clock instant over the connection and close at that instant;
# the FINs cross only when both leave before either arrives (tens of microseconds on a veth),
# so the exchange is repeated until the capture shows crossing FINs.
record_simultaneous_close() {
    local try
    for try in $(seq 20); do
        tl_capture_start "$TL_WORK/f.pcap" tcpdump -i "$TL_SRV_IF"
        tl_exchange simultaneous-close "$TL_V4S" 5033
        tl_capture_stop "$TL_WORK/simultaneous-close.pcap"
        if fins_crossed "$TL_WORK/simultaneous-close.pcap"; then
            tl_log "simultaneous-close: the FINs crossed on try $try"
            mv -f "$TL_WORK/simultaneous-close.pcap" "$OUT/simultaneous-close.pcap"
            tl_publish "$OUT/simultaneous-close.pcap"
            return
        fi
        sleep 0.5
    done
    tl_die "simultaneous-close: the FINs never crossed in 20 tries"
}

# The client binds source port 40034 (SO_REUSEADDR) for two conversations in a row; the server
# closes first, so its TIME_WAIT socket receives the second SYN and hands it to the listener.
record_port_reuse() {
    tl_capture_start "$TL_WORK/f.pcap" tcpdump -i "$TL_SRV_IF"
    tl_exchange port-reuse "$TL_V4S" 5034
    tl_capture_stop "$OUT/port-reuse.pcap"
    expect port-reuse "reused_ports count" "$(count "$OUT/port-reuse.pcap" tcp.analysis.reused_ports)" 1
}

record_keep_alive() {
    tl_capture_start "$TL_WORK/f.pcap" tcpdump -i "$TL_SRV_IF"
    tl_exchange keep-alive "$TL_V4S" 5035
    tl_capture_stop "$OUT/keep-alive.pcap"
}

record_abortive_close() {
    tl_capture_start "$TL_WORK/f.pcap" tcpdump -i "$TL_SRV_IF"
    tl_exchange abortive-close "$TL_V4S" 5036
    tl_capture_stop "$OUT/abortive-close.pcap"
}

record_many_short() {
    tl_capture_start "$TL_WORK/f.pcap" tcpdump -i "$TL_SRV_IF" -s 96
    tl_exchange many-short "$TL_V4S" 5037
    tl_capture_stop "$OUT/many-short.pcap"
}

record_echo_dialogue() {
    tl_capture_start "$TL_WORK/f.pcap" tcpdump -i "$TL_SRV_IF"
    tl_exchange echo "$TL_V4S" 5038
    tl_capture_stop "$OUT/echo-dialogue.pcap"
}

# bulk CC PORT FILE: 1 MB from the client to PORT with congestion control CC on the client,
# ~2% of the data segments dropped at random as they enter the server namespace, the client's
# egress paced to 20 Mbit/s (as lossy-bulk).
bulk() {
    add_loss "$TL_SRV" "$2" "numgen random mod 100 < 2"
    tl_cli tc qdisc add dev "$TL_CLI_IF" root tbf rate 20mbit burst 32kb limit 1mb
    tl_capture_start "$TL_WORK/f.pcap" tcpdump -i "$TL_SRV_IF" -s 96
    TL_BULK_SIZE=1000000 TL_BULK_CC=$1 tl_exchange bulk "$TL_V4S" "$2"
    tl_capture_stop "$OUT/$3"
    tl_cli tc qdisc del dev "$TL_CLI_IF" root
    tl_srv nft delete table inet tl_loss
}

record_bulk_reno() { bulk reno 5039 bulk-reno.pcap; }

# BBR is built in or the module tcp_bbr; without it the fixture is skipped (the old file stays).
record_bulk_bbr() {
    local available=/proc/sys/net/ipv4/tcp_available_congestion_control
    if ! grep -qw bbr "$available"; then
        modprobe tcp_bbr 2>/dev/null || true
    fi
    if ! grep -qw bbr "$available"; then
        tl_log "skip bulk-bbr: this kernel has no bbr ($(cat "$available"))"
        return
    fi
    bulk bbr 5040 bulk-bbr.pcap
}

# The receiver's SO_RCVBUF is 2048 (the minimum) and it does not read for 3 s while the sender
# writes 100 KB: the window closes and the sender probes with exponential backoff.
record_zero_window_probe() {
    tl_capture_start "$TL_WORK/f.pcap" tcpdump -i "$TL_SRV_IF" -s 96
    tl_exchange zero-window-probe "$TL_V4S" 5041
    tl_capture_stop "$OUT/zero-window-probe.pcap"
}

# 300 KB over IPv6; every 70th data segment entering the server namespace is dropped
# (deterministic loss: a counter, not a random draw), the client's egress is paced to 20 Mbit/s.
record_ipv6_bulk() {
    add_loss "$TL_SRV" 5042 "numgen inc mod 70 == 69"
    tl_cli tc qdisc add dev "$TL_CLI_IF" root tbf rate 20mbit burst 32kb limit 1mb
    tl_capture_start "$TL_WORK/f.pcap" tcpdump -i "$TL_SRV_IF" -s 128
    TL_BULK_SIZE=300000 tl_exchange bulk "$TL_V6S" 5042
    tl_capture_stop "$OUT/ipv6-bulk.pcap"
    tl_cli tc qdisc del dev "$TL_CLI_IF" root
    tl_srv nft delete table inet tl_loss
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
    [[ ${#names[@]} -gt 0 && ${names[*]} != all ]] || names=("${ALL[@]}")
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
            if [[ -e $OUT/$name.pcap ]]; then tl_log "$name: $(analysis_flags "$OUT/$name.pcap")"; fi
        done
    fi
    derive_variants
}

main "$@"
