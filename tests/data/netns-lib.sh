# Helpers shared by tests/data/record-fixtures.sh and resources/samples/record-hello-exchange.sh.
# Source it from a bash script running as root with `set -euo pipefail`; call tl_setup once,
# and tl_cleanup from an EXIT trap.
#
# Needs ethtool (apt-get install ethtool) to turn off segmentation offload.
# Topology: namespace tl-cli (veth tl-c0, 10.77.0.1/24, fd77::1/64, 02:77:00:00:00:01)
#       <-> namespace tl-srv (veth tl-s0, 10.77.0.2/24, fd77::2/64, 02:77:00:00:00:02).
# Neighbours are static, router solicitations are off and the script waits out the MLD
# reports of address setup, so a capture holds only the traffic a fixture makes.

TL_CLI=tl-cli
TL_SRV=tl-srv
TL_CLI_IF=tl-c0
TL_SRV_IF=tl-s0
TL_CLI_MAC=02:77:00:00:00:01
TL_SRV_MAC=02:77:00:00:00:02
TL_V4C=10.77.0.1
TL_V4S=10.77.0.2
TL_V6C=fd77::1
TL_V6S=fd77::2
TL_LIB_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
TL_PEERS="$TL_LIB_DIR/tcp_peers.py"
TL_WORK=${TL_WORK:-$(mktemp -d /tmp/tcplens-record.XXXXXX)}
TL_CAPTURE_PID=
TL_CAPTURE_FILE=

tl_log() { printf '== %s\n' "$*" >&2; }
tl_die() { printf 'error: %s\n' "$*" >&2; exit 1; }
tl_cli() { ip netns exec "$TL_CLI" "$@"; }
tl_srv() { ip netns exec "$TL_SRV" "$@"; }

tl_require() {
    [[ $(id -u) -eq 0 ]] || tl_die "must run as root (network namespaces, packet capture)"
    local tool
    for tool in ip tcpdump ethtool sysctl python3 "$@"; do
        command -v "$tool" >/dev/null || tl_die "missing tool: $tool"
    done
}

tl_cleanup() {
    if [[ -n $TL_CAPTURE_PID ]]; then kill -INT "$TL_CAPTURE_PID" 2>/dev/null || true; fi
    ip netns del "$TL_CLI" 2>/dev/null || true
    ip netns del "$TL_SRV" 2>/dev/null || true
    rm -rf "$TL_WORK"
}

# Fresh namespaces, default TCP settings, static neighbours (no ARP/ND in the captures).
tl_setup() {
    ip netns del "$TL_CLI" 2>/dev/null || true
    ip netns del "$TL_SRV" 2>/dev/null || true
    ip netns add "$TL_CLI"
    ip netns add "$TL_SRV"
    local ns
    for ns in "$TL_CLI" "$TL_SRV"; do
        ip netns exec "$ns" sysctl -qw net.ipv6.conf.default.router_solicitations=0 \
            net.ipv6.conf.default.accept_ra=0 net.ipv6.conf.all.accept_ra=0 \
            net.ipv6.conf.default.dad_transmits=0
        ip -n "$ns" link set lo up
    done
    ip link add "$TL_CLI_IF" netns "$TL_CLI" address "$TL_CLI_MAC" type veth \
        peer name "$TL_SRV_IF" netns "$TL_SRV" address "$TL_SRV_MAC"
    ip -n "$TL_CLI" addr add "$TL_V4C/24" dev "$TL_CLI_IF"
    ip -n "$TL_SRV" addr add "$TL_V4S/24" dev "$TL_SRV_IF"
    ip -n "$TL_CLI" addr add "$TL_V6C/64" dev "$TL_CLI_IF" nodad
    ip -n "$TL_SRV" addr add "$TL_V6S/64" dev "$TL_SRV_IF" nodad
    # No segmentation offload: the captures hold MTU-sized segments, as on a real wire.
    tl_cli ethtool -K "$TL_CLI_IF" tso off gso off gro off tx-checksumming off >/dev/null 2>&1
    tl_srv ethtool -K "$TL_SRV_IF" tso off gso off gro off tx-checksumming off >/dev/null 2>&1
    ip -n "$TL_CLI" link set "$TL_CLI_IF" up
    ip -n "$TL_SRV" link set "$TL_SRV_IF" up
    tl_tcp_options 1
    tl_static_neighbours
    sleep 3  # let the MLD reports of interface and address setup pass before any capture
}

tl_static_neighbours() {
    ip -n "$TL_CLI" neigh replace "$TL_V4S" lladdr "$TL_SRV_MAC" nud permanent dev "$TL_CLI_IF"
    ip -n "$TL_CLI" neigh replace "$TL_V6S" lladdr "$TL_SRV_MAC" nud permanent dev "$TL_CLI_IF"
    ip -n "$TL_SRV" neigh replace "$TL_V4C" lladdr "$TL_CLI_MAC" nud permanent dev "$TL_SRV_IF"
    ip -n "$TL_SRV" neigh replace "$TL_V6C" lladdr "$TL_CLI_MAC" nud permanent dev "$TL_SRV_IF"
}

# 1: SACK, timestamps and window scaling on (the defaults); 0: all three off. Both namespaces.
tl_tcp_options() {
    local ns
    for ns in "$TL_CLI" "$TL_SRV"; do
        ip netns exec "$ns" sysctl -qw net.ipv4.tcp_sack="$1" net.ipv4.tcp_timestamps="$1" \
            net.ipv4.tcp_window_scaling="$1"
    done
}

# tl_capture_start FILE tcpdump|dumpcap ARGS...: capture in the server namespace into FILE and
# return once the tool says it is listening.
tl_capture_start() {
    local file=$1 tool=$2
    shift 2
    local log="$TL_WORK/capture.log"
    rm -f "$file" "$log"
    case $tool in
    tcpdump) ip netns exec "$TL_SRV" tcpdump -n --immediate-mode -U -w "$file" "$@" 2>"$log" & ;;
    dumpcap) ip netns exec "$TL_SRV" dumpcap -q -w "$file" "$@" 2>"$log" & ;;
    *) tl_die "unknown capture tool $tool" ;;
    esac
    TL_CAPTURE_PID=$!
    TL_CAPTURE_FILE=$file
    local i
    for i in $(seq 100); do
        if grep -qE 'listening on|Capturing on' "$log" 2>/dev/null; then
            sleep 0.5
            return 0
        fi
        kill -0 "$TL_CAPTURE_PID" 2>/dev/null || { cat "$log" >&2; tl_die "$tool exited"; }
        sleep 0.1
    done
    cat "$log" >&2
    tl_die "$tool did not start listening"
}

# Stops the capture with SIGINT (the tool flushes the file) and moves it to DEST.
tl_capture_stop() {
    local dest=$1
    sleep 1.5  # the last ACKs, and more than dumpcap's buffer timeout
    kill -INT "$TL_CAPTURE_PID"
    wait "$TL_CAPTURE_PID" || true
    TL_CAPTURE_PID=
    [[ -s $TL_CAPTURE_FILE ]] || tl_die "capture $TL_CAPTURE_FILE is empty"
    mv -f "$TL_CAPTURE_FILE" "$dest"
    tl_publish "$dest"
    tl_log "$(basename "$dest"): $(tl_packets "$dest") packets, $(stat -c %s "$dest") bytes"
}

# Gives a written file the owner of its folder and mode 644 (tcpdump drops to its own user,
# dumpcap writes 600).
tl_publish() {
    chown "$(stat -c %u:%g "$(dirname "$1")")" "$1"
    chmod 644 "$1"
}

tl_packets() { capinfos -c -M "$1" 2>/dev/null | awk -F': *' '/Number of packets/ {print $2}'; }

# tl_exchange SCENARIO SERVER_ADDR PORT: one scripted conversation of tcp_peers.py.
tl_exchange() {
    local scenario=$1 addr=$2 port=$3
    local ready="$TL_WORK/ready.$port"
    rm -f "$ready"
    tl_srv python3 "$TL_PEERS" server "$scenario" --addr "$addr" --port "$port" --ready "$ready" &
    local server=$!
    tl_wait_file "$ready" "$server"
    tl_cli python3 "$TL_PEERS" client "$scenario" --addr "$addr" --port "$port"
    wait "$server"
}

# tl_wait_file FILE PID: wait until a background peer has created FILE.
tl_wait_file() {
    local i
    for i in $(seq 100); do
        [[ -e $1 ]] && return 0
        kill -0 "$2" 2>/dev/null || tl_die "peer exited before it was ready"
        sleep 0.05
    done
    tl_die "peer never became ready"
}
