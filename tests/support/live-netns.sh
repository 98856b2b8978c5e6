#!/usr/bin/env bash
# Two network namespaces joined by a veth pair for the live-capture tests, named after a short
# TAG so parallel test runs never meet:
#   client namespace tlc-TAG, interface lc-TAG, 10.78.0.1/24, fd78::1/64, 02:78:00:00:00:01
#   server namespace tls-TAG, interface ls-TAG, 10.78.0.2/24, fd78::2/64, 02:78:00:00:00:02
# Segmentation offload off (MTU-sized frames), static neighbours (no ARP/ND).
#
# usage: live-netns.sh up TAG [OWNER_PID]   create them; with OWNER_PID a watcher removes them
#                                           as soon as that process is gone (even if it crashed)
#        live-netns.sh down TAG             remove them (also what the watcher does)
# Needs root and iproute2; ethtool is used when present. Exit 3: no network namespace support.
set -euo pipefail

cmd=${1:-}
tag=${2:-}
[[ -n $cmd && -n $tag && $tag =~ ^[a-z0-9]{1,10}$ ]] || { echo "usage: $0 up|down TAG [OWNER_PID]" >&2; exit 2; }
CLI=tlc-$tag SRV=tls-$tag CIF=lc-$tag SIF=ls-$tag

down() {
    ip netns del "$CLI" 2>/dev/null || true
    ip netns del "$SRV" 2>/dev/null || true
}

case $cmd in
down) down ;;
up)
    [[ $(id -u) -eq 0 ]] || { echo "must run as root" >&2; exit 3; }
    down
    ip netns add "$CLI" 2>/dev/null || { echo "cannot create network namespaces (ip netns add failed)" >&2; exit 3; }
    trap 'down' ERR
    ip netns add "$SRV"
    for ns in "$CLI" "$SRV"; do
        ip netns exec "$ns" sysctl -qw net.ipv6.conf.default.router_solicitations=0 \
            net.ipv6.conf.default.accept_ra=0 net.ipv6.conf.all.accept_ra=0 net.ipv6.conf.default.dad_transmits=0
        ip -n "$ns" link set lo up
    done
    ip link add "$CIF" netns "$CLI" address 02:78:00:00:00:01 type veth peer name "$SIF" netns "$SRV" \
        address 02:78:00:00:00:02
    ip -n "$CLI" addr add 10.78.0.1/24 dev "$CIF"
    ip -n "$SRV" addr add 10.78.0.2/24 dev "$SIF"
    ip -n "$CLI" addr add fd78::1/64 dev "$CIF" nodad
    ip -n "$SRV" addr add fd78::2/64 dev "$SIF" nodad
    if command -v ethtool >/dev/null; then
        ip netns exec "$CLI" ethtool -K "$CIF" tso off gso off gro off >/dev/null 2>&1 || true
        ip netns exec "$SRV" ethtool -K "$SIF" tso off gso off gro off >/dev/null 2>&1 || true
    fi
    ip -n "$CLI" link set "$CIF" up
    ip -n "$SRV" link set "$SIF" up
    ip -n "$CLI" neigh replace 10.78.0.2 lladdr 02:78:00:00:00:02 nud permanent dev "$CIF"
    ip -n "$SRV" neigh replace 10.78.0.1 lladdr 02:78:00:00:00:01 nud permanent dev "$SIF"
    ip -n "$CLI" neigh replace fd78::2 lladdr 02:78:00:00:00:02 nud permanent dev "$CIF"
    ip -n "$SRV" neigh replace fd78::1 lladdr 02:78:00:00:00:01 nud permanent dev "$SIF"
    trap - ERR
    if [[ -n ${3:-} ]]; then
        owner=$3
        setsid bash -c "while kill -0 $owner 2>/dev/null; do sleep 1; done; ip netns del $CLI 2>/dev/null; ip netns del $SRV 2>/dev/null" \
            </dev/null >/dev/null 2>&1 &
    fi
    ;;
*) echo "usage: $0 up|down TAG [OWNER_PID]" >&2; exit 2 ;;
esac
