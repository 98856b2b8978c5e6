#!/usr/bin/env bash
# Records resources/samples/hello-exchange.pcap, the bundled sample capture: the exchange of
# the classic "TCP explained with Wireshark" client/server example, replayed for real between
# two network namespaces (client 10.77.0.1, server 10.77.0.2:8888, Ethernet, full snaplen).
#   server: listen on 8888, accept, send "Hello, client!"
#   client: receive it, send "Hello"
#   server: send "quit";  client: receive it and close (its FIN comes first);  server: close
#
# usage: sudo resources/samples/record-hello-exchange.sh [OUTPUT]   (needs root, tcpdump,
# ethtool, python3; the helpers live in tests/data/)
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
OUTPUT=${1:-$HERE/hello-exchange.pcap}
# shellcheck source=../../tests/data/netns-lib.sh
source "$HERE/../../tests/data/netns-lib.sh"
trap tl_cleanup EXIT

tl_require capinfos
tl_setup
tl_capture_start "$TL_WORK/hello.pcap" tcpdump -i "$TL_SRV_IF"
tl_exchange hello "$TL_V4S" 8888
tl_capture_stop "$OUTPUT"
