#!/usr/bin/env bash
# Builds the benchmarks (Release), tiles the Ethernet fixtures into one large capture in a
# temporary directory, times tcplens's load and decode paths on it, and times tcpdump (and,
# with --with-tshark, tshark) on the same file for comparison.
#
# usage: bench/run-bench.sh [--packets N] [--with-tshark] [--keep]
#   --packets N     size of the generated capture (default 2000000)
#   --with-tshark   also time `tshark -q -z conv,tcp` (slow: ~25 s for 2M packets)
#   --keep          keep the temporary directory with the large capture, and say where it is
# env: TCPLENS_BENCH_BUILD  build directory (default: <repo>/build-bench)
#      TMPDIR               where the temporary directory goes (default /tmp)
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(dirname "$HERE")
BUILD=${TCPLENS_BENCH_BUILD:-$REPO/build-bench}
PACKETS=2000000
WITH_TSHARK=0
KEEP=0

bench_extra_arg() { [[ "$1" == --with-tshark ]] && WITH_TSHARK=1; }

source "$HERE/bench-lib.sh"
bench_parse_args "$@"
bench_work_dir bench

say() { printf '%s\n' "$*" >&2; }

# --- build -----------------------------------------------------------------------------------
bench_build tcplens-make-large-capture tcplens-decode-bench tcplens-limits-bench
MAKE_LARGE=$BUILD/bench/tcplens-make-large-capture
DECODE_BENCH=$BUILD/bench/tcplens-decode-bench
LIMITS_BENCH=$BUILD/bench/tcplens-limits-bench

# --- inputs: classic pcap files with the Ethernet link type ------------------------------------
# Prints the LINKTYPE of a classic pcap file, or nothing for pcapng and anything else.
pcap_link_type() {
    local magic lt b0 b1 b2 b3
    magic=$(od -An -tx1 -N4 "$1" 2>/dev/null | tr -d ' \n')
    lt=$(od -An -tu1 -j20 -N4 "$1" 2>/dev/null) || return 0
    read -r b0 b1 b2 b3 <<<"$lt" || return 0
    case "$magic" in
    d4c3b2a1 | 4d3cb2a1 | 34cdb2a1) echo $((b0 | b1 << 8 | b2 << 16 | b3 << 24)) ;;
    a1b2c3d4 | a1b23c4d | a1b2cd34) echo $((b3 | b2 << 8 | b1 << 16 | b0 << 24)) ;;
    esac
}

ethernet_captures() {
    local f
    for f in "$@"; do
        [[ -f "$f" && "$(pcap_link_type "$f")" == 1 ]] && printf '%s\n' "$f"
    done
    return 0
}

# Fallback when no fixture exists yet: a few TCP exchanges on loopback (Ethernet link type on Linux).
record_loopback() {
    local out=$1 port=47123 pid
    if ! command -v tcpdump >/dev/null || ! command -v python3 >/dev/null; then
        say "no fixtures, and tcpdump + python3 are needed to record one"
        exit 1
    fi
    tcpdump -i lo -U -s 0 -w "$out" "tcp port $port" 2>"$WORK/tcpdump-record.log" &
    pid=$!
    sleep 1
    python3 - "$port" <<'PY'
import socket, sys, threading
port = int(sys.argv[1])
srv = socket.create_server(("127.0.0.1", port))
def serve():
    for _ in range(20):
        conn, _ = srv.accept()
        with conn:
            while data := conn.recv(65536):
                conn.sendall(data[:100])
threading.Thread(target=serve, daemon=True).start()
for i in range(20):
    with socket.create_connection(("127.0.0.1", port)) as c:
        c.sendall(b"x" * (1000 * (i + 1)))
        c.shutdown(socket.SHUT_WR)
        while c.recv(65536):
            pass
PY
    sleep 1
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
}

mapfile -t INPUTS < <(ethernet_captures "$REPO"/tests/data/*.pcap)
SOURCE=tests/data
if ((${#INPUTS[@]} == 0)); then
    mapfile -t INPUTS < <(ethernet_captures "$REPO"/resources/samples/*.pcap)
    SOURCE=resources/samples
fi
if ((${#INPUTS[@]} == 0)); then
    say "no Ethernet fixtures in tests/data or resources/samples: recording a small loopback capture"
    record_loopback "$WORK/loopback.pcap"
    INPUTS=("$WORK/loopback.pcap")
    SOURCE="loopback recording"
fi

# --- figures ---------------------------------------------------------------------------------
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.3f", b - a }'; }
LARGE=$WORK/large.pcap

echo "inputs: ${#INPUTS[@]} Ethernet captures from $SOURCE"
start=$(now)
"$MAKE_LARGE" --packets "$PACKETS" -o "$LARGE" "${INPUTS[@]}" >"$WORK/make-large.log" 2>&1 ||
    { cat "$WORK/make-large.log" >&2; exit 1; }
echo "generate wall time s: $(elapsed "$start")"
echo "generated: $(head -n1 "$WORK/make-large.log" | sed "s|$WORK/||")"
echo

"$DECODE_BENCH" "$LARGE" | sed "s|$WORK/||"
echo
# The limiting-factor timeline's share of the load pass and the cost of its JSON (issue 18).
"$LIMITS_BENCH" "$LARGE"
echo

# Peak RSS of a comparison tool through GNU time when present.
run_timed() {
    local name=$1
    shift
    local start rss=""
    start=$(now)
    if [[ -x /usr/bin/time ]]; then
        /usr/bin/time -f '%M' -o "$WORK/rss" "$@" >/dev/null 2>"$WORK/tool.err" ||
            { say "$name failed:"; cat "$WORK/tool.err" >&2; return 0; }
        rss=$(tail -n1 "$WORK/rss")
    else
        "$@" >/dev/null 2>"$WORK/tool.err" || { say "$name failed:"; cat "$WORK/tool.err" >&2; return 0; }
    fi
    echo "$name wall time s: $(elapsed "$start")"
    [[ -n "$rss" ]] && echo "$name peak RSS MB: $(awk -v k="$rss" 'BEGIN { printf "%.1f", k / 1024 }')"
    return 0
}

if command -v tcpdump >/dev/null; then
    run_timed "tcpdump -nn -r" tcpdump -nn -r "$LARGE"
else
    echo "tcpdump: not installed"
fi
if ((WITH_TSHARK)); then
    if command -v tshark >/dev/null; then
        run_timed "tshark -q -z conv,tcp" tshark -q -z conv,tcp -r "$LARGE"
    else
        echo "tshark: not installed"
    fi
fi
