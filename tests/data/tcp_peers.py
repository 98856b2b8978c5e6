#!/usr/bin/env python3
"""Exact client/server exchanges for the recorded fixtures (see record-fixtures.sh).

usage: tcp_peers.py server SCENARIO --addr A --port P [--ready FILE]
       tcp_peers.py client SCENARIO --addr A --port P
       tcp_peers.py udp-echo --addr A --port P [--ready FILE] [--count N]
       tcp_peers.py udp-send --addr A --port P --size N
       tcp_peers.py icmp-echo --addr A --size N

A server handles the connections of one scenario and exits; with --ready it creates
FILE once it listens, so the script never starts a client too early (no stray RSTs).
"""
import argparse
import http.server
import os
import socket
import struct
import sys
import time
import urllib.request

PAUSE = 0.05  # between the steps of an exchange, so each step is its own segment


def recv_exact(sock, n):
    data = b""
    while len(data) < n:
        chunk = sock.recv(n - len(data))
        if not chunk:
            raise ConnectionError(f"peer closed after {len(data)} of {n} bytes")
        data += chunk
    return data


def recv_until_eof(sock, bufsize=65536):
    total = 0
    while chunk := sock.recv(bufsize):
        total += len(chunk)
    return total


def family_of(addr):
    return socket.AF_INET6 if ":" in addr else socket.AF_INET


def listener(args, rcvbuf=None):
    s = socket.socket(family_of(args.addr), socket.SOCK_STREAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    if rcvbuf:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, rcvbuf)  # before listen: sets the window scale
    s.bind((args.addr, args.port))
    s.listen(4)
    return s


def connect(args, ip_options=None):
    s = socket.socket(family_of(args.addr), socket.SOCK_STREAM)
    if ip_options:
        s.setsockopt(socket.IPPROTO_IP, socket.IP_OPTIONS, ip_options)
    s.connect((args.addr, args.port))
    return s


# --- scenarios: each has a server half and a client half ---------------------------------

BASIC_ROUNDS = [(b"HELO tcplens\r\n", b"250 hello tcplens\r\n"),
                (b"SIZE?\r\n", b"250 3000 bytes follow\r\n")]
BASIC_BLOCK = bytes(i % 251 for i in range(3000))
BASIC_UPLOAD = b"thanks, bye\r\n" * 10


def basic_server(conn):
    for request, reply in BASIC_ROUNDS:
        recv_exact(conn, len(request))
        conn.sendall(reply)
    time.sleep(PAUSE)
    conn.sendall(BASIC_BLOCK)
    recv_exact(conn, len(BASIC_UPLOAD))
    if conn.recv(1) != b"":
        raise ConnectionError("expected the client's FIN")
    conn.close()


def basic_client(s):
    for request, reply in BASIC_ROUNDS:
        s.sendall(request)
        recv_exact(s, len(reply))
        time.sleep(PAUSE)
    recv_exact(s, len(BASIC_BLOCK))
    time.sleep(PAUSE)
    s.sendall(BASIC_UPLOAD)
    time.sleep(PAUSE)
    s.shutdown(socket.SHUT_WR)  # the client's FIN comes first
    if s.recv(1) != b"":
        raise ConnectionError("expected the server's FIN")
    s.close()


def hello_server(conn):
    """The exchange of the blog post the bundled sample reproduces."""
    conn.sendall(b"Hello, client!")
    conn.recv(2000)
    conn.sendall(b"quit")
    if conn.recv(2000) != b"":
        raise ConnectionError("expected the client to disconnect")
    conn.close()


def hello_client(s):
    recv_exact(s, len(b"Hello, client!"))
    s.sendall(b"Hello")
    recv_exact(s, len(b"quit"))
    s.close()


BULK_SIZE = int(os.environ.get("TL_BULK_SIZE", 1_500_000))


def bulk_server(conn):
    got = recv_until_eof(conn)
    if got != BULK_SIZE:
        raise ConnectionError(f"received {got} of {BULK_SIZE} bytes")
    conn.close()


BULK_CC = os.environ.get("TL_BULK_CC")  # TCP_CONGESTION of the sender, e.g. reno or bbr


def bulk_client(s):
    if BULK_CC:
        s.setsockopt(socket.IPPROTO_TCP, socket.TCP_CONGESTION, BULK_CC.encode())
        got = s.getsockopt(socket.IPPROTO_TCP, socket.TCP_CONGESTION, 16).rstrip(b"\0").decode()
        if got != BULK_CC:
            raise OSError(f"congestion control is {got}, not {BULK_CC}")
    s.sendall(bytes(BULK_SIZE))
    s.shutdown(socket.SHUT_WR)
    s.recv(1)
    s.close()


ZERO_WINDOW_SIZE = 300_000


def zero_window_server(conn):
    time.sleep(1.5)  # the client fills the small receive buffer: zero window, then probes
    got = 0
    while chunk := conn.recv(2048):
        got += len(chunk)
        time.sleep(0.001)  # a slow reader: several window updates, not one
    if got != ZERO_WINDOW_SIZE:
        raise ConnectionError(f"received {got} of {ZERO_WINDOW_SIZE} bytes")
    conn.close()


def zero_window_client(s):
    s.sendall(bytes(ZERO_WINDOW_SIZE))
    s.shutdown(socket.SHUT_WR)
    s.recv(1)
    s.close()


def abort_server(conn):
    recv_exact(conn, 5)
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    conn.close()  # linger 0: RST instead of FIN


def abort_client(s):
    s.sendall(b"PING\n")
    try:
        if s.recv(100) != b"":
            raise ConnectionError("expected a reset")
    except ConnectionResetError:
        pass
    s.close()


HALF_CLOSE_REQUEST = b"SEND ALL, I am done talking\r\n"
HALF_CLOSE_CHUNKS = 5


def half_close_server(conn):
    recv_exact(conn, len(HALF_CLOSE_REQUEST))
    if conn.recv(1) != b"":
        raise ConnectionError("expected the client's FIN")
    for i in range(HALF_CLOSE_CHUNKS):  # the client has said all it will say: keep answering
        time.sleep(0.2)
        conn.sendall(bytes([0x41 + i]) * 1000)
    conn.close()


def half_close_client(s):
    s.sendall(HALF_CLOSE_REQUEST)
    time.sleep(PAUSE)
    s.shutdown(socket.SHUT_WR)  # FIN while the server still has data to send
    got = recv_until_eof(s)
    if got != 1000 * HALF_CLOSE_CHUNKS:
        raise ConnectionError(f"received {got} of {1000 * HALF_CLOSE_CHUNKS} bytes")
    s.close()


def wait_until(target):
    """Sleeps until the wall-clock instant target, spinning for the last 2 ms (both peers
    share the host clock, so both wake within a few microseconds)."""
    while (left := target - time.time()) > 0.002:
        time.sleep(left - 0.002)
    while time.time() < target:
        pass


def simultaneous_close_server(conn):
    line = b""
    while not line.endswith(b"\n"):
        line += recv_exact(conn, 1)
    target = float(line.split()[2])  # b"CLOSE AT 1700000000.123456\n"
    conn.sendall(b"OK\n")
    wait_until(target)
    conn.close()


def simultaneous_close_client(s):
    target = time.time() + 0.3
    s.sendall(b"CLOSE AT %.6f\n" % target)
    recv_exact(s, 3)
    wait_until(target)
    s.close()


PORT_REUSE_CLIENT_PORT = 40034


def port_reuse_server(conn):
    conn.sendall(b"Hello, client!")
    recv_exact(conn, 5)
    conn.close()  # the server closes first: TIME_WAIT is on the server's side


def port_reuse_client(args):
    """Two conversations on the same 4-tuple: the client binds the same source port twice.
    The second SYN reaches the server's TIME_WAIT socket, which lets it through to the
    listener because its sequence number and timestamp are newer."""
    for _ in range(2):
        s = socket.socket(family_of(args.addr), socket.SOCK_STREAM)
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        s.bind(("", PORT_REUSE_CLIENT_PORT))
        s.connect((args.addr, args.port))
        recv_exact(s, len(b"Hello, client!"))
        s.sendall(b"Hello")
        if s.recv(1) != b"":
            raise ConnectionError("expected the server's FIN")
        s.close()
        time.sleep(0.5)


KEEP_ALIVE_IDLE = 3.5


def keep_alive_server(conn):
    recv_exact(conn, 5)
    conn.sendall(b"Hello, client!")
    if conn.recv(1) != b"":  # the client idles, its keep-alives are answered by the kernel
        raise ConnectionError("expected the client's FIN")
    conn.close()


def keep_alive_client(s):
    s.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)
    s.setsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPIDLE, 1)
    s.setsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPINTVL, 1)
    s.sendall(b"Hello")
    recv_exact(s, len(b"Hello, client!"))
    time.sleep(KEEP_ALIVE_IDLE)
    s.close()


def abortive_close_server(conn):
    recv_exact(conn, len(b"GET status\r\n"))
    conn.sendall(b"200 all good\r\n")
    try:
        if conn.recv(100) != b"":
            raise ConnectionError("expected a reset")
    except ConnectionResetError:
        pass
    conn.close()


def abortive_close_client(s):
    s.sendall(b"GET status\r\n")
    recv_exact(s, len(b"200 all good\r\n"))
    time.sleep(PAUSE)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    s.close()  # linger {1, 0}: RST instead of FIN


MANY_SHORT_COUNT = 200


def many_short_server(conn):
    request = recv_exact(conn, 10)
    conn.sendall(request.upper())
    if conn.recv(1) != b"":
        raise ConnectionError("expected the client's FIN")
    conn.close()


def many_short_client(args):
    for i in range(MANY_SHORT_COUNT):
        with connect(args) as s:
            s.sendall(b"ping %04d\n" % i)
            recv_exact(s, 10)


ECHO_LINES = [b"hello echo\n", b"how are you?\n", b"this is line three\n",
              b"tcplens echo dialogue\n", b"almost done\n", b"bye\n"]


def echo_server(conn):
    while data := conn.recv(4096):
        conn.sendall(data)
    conn.close()


def echo_client(s):
    for line in ECHO_LINES:
        s.sendall(line)
        if recv_exact(s, len(line)) != line:
            raise ConnectionError("echo mismatch")
        time.sleep(0.1)  # the delayed ACK of the echo goes out before the next line
    s.close()


ZWP_SIZE = 100_000


def zero_window_probe_server(conn):
    time.sleep(3)  # the buffer fills, the window closes and the sender probes with backoff
    got = recv_until_eof(conn)
    if got != ZWP_SIZE:
        raise ConnectionError(f"received {got} of {ZWP_SIZE} bytes")
    conn.close()


def zero_window_probe_client(s):
    s.sendall(bytes(ZWP_SIZE))
    s.shutdown(socket.SHUT_WR)
    s.recv(1)
    s.close()


# Record Route with room for 3 addresses, padded with a NOP to 16 bytes (IHL 9).
RECORD_ROUTE = bytes([7, 15, 4]) + bytes(12) + bytes([1])


def refused_client(args):
    try:
        connect(args).close()
    except ConnectionRefusedError:
        return
    raise ConnectionError("expected the connection to be refused")


SCENARIOS = {
    "basic": (basic_server, basic_client),
    "hello": (hello_server, hello_client),
    "bulk": (bulk_server, bulk_client),
    "zero-window": (zero_window_server, zero_window_client),
    "abort": (abort_server, abort_client),
    "ip-options": (basic_server, basic_client),
    "refused": (None, None),  # client only: a SYN to a closed port
    "half-close": (half_close_server, half_close_client),
    "simultaneous-close": (simultaneous_close_server, simultaneous_close_client),
    "port-reuse": (port_reuse_server, None),  # the client makes its own connections
    "keep-alive": (keep_alive_server, keep_alive_client),
    "abortive-close": (abortive_close_server, abortive_close_client),
    "many-short": (many_short_server, None),
    "echo": (echo_server, echo_client),
    "zero-window-probe": (zero_window_probe_server, zero_window_probe_client),
}
CLIENTS = {"refused": refused_client, "port-reuse": port_reuse_client,
           "many-short": many_short_client}  # scenarios whose client connects by itself
CONNECTIONS = {"port-reuse": 2, "many-short": MANY_SHORT_COUNT}  # accepted by the server
RCVBUF = {"zero-window": 4096, "zero-window-probe": 2048}


def run_server(args):
    with listener(args, RCVBUF.get(args.scenario)) as s:
        if args.ready:
            open(args.ready, "w").close()
        for _ in range(CONNECTIONS.get(args.scenario, 1)):
            conn, _ = s.accept()
            SCENARIOS[args.scenario][0](conn)


def run_client(args):
    if args.scenario in CLIENTS:
        return CLIENTS[args.scenario](args)
    options = RECORD_ROUTE if args.scenario == "ip-options" else None
    SCENARIOS[args.scenario][1](connect(args, options))


# --- HTTP: two GETs, each on its own connection ------------------------------------------

class QuietHandler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"  # the server closes after each response
    pages = {"/": b"<html><body>tcplens test page</body></html>\n",
             "/data.txt": b"0123456789abcdef\n" * 64}

    def do_GET(self):
        body = self.pages.get(self.path)
        self.send_response(200 if body else 404)
        self.send_header("Content-Type", "text/plain" if self.path.endswith(".txt") else "text/html")
        self.send_header("Content-Length", str(len(body or b"")))
        self.end_headers()
        self.wfile.write(body or b"")

    def log_message(self, *unused):
        pass


def run_http_server(args):
    http.server.HTTPServer.address_family = family_of(args.addr)
    with http.server.HTTPServer((args.addr, args.port), QuietHandler) as server:
        if args.ready:
            open(args.ready, "w").close()
        for _ in QuietHandler.pages:
            server.handle_request()


def run_http_client(args):
    for path in QuietHandler.pages:
        request = urllib.request.Request(f"http://{args.addr}:{args.port}{path}",
                                         headers={"Connection": "close", "User-Agent": "tcplens-fixture"})
        with urllib.request.urlopen(request, timeout=5) as response:
            response.read()
        time.sleep(PAUSE)


# --- non-TCP traffic for the mixed fixture -----------------------------------------------

def run_udp_echo(args):
    with socket.socket(family_of(args.addr), socket.SOCK_DGRAM) as s:
        s.bind((args.addr, args.port))
        if args.ready:
            open(args.ready, "w").close()
        for _ in range(args.count):
            data, peer = s.recvfrom(65535)
            s.sendto(data[:64], peer)


def run_udp_send(args):
    with socket.socket(family_of(args.addr), socket.SOCK_DGRAM) as s:
        s.settimeout(3)
        s.sendto(bytes(i % 256 for i in range(args.size)), (args.addr, args.port))  # > MTU: fragmented
        s.recvfrom(65535)


def checksum(data):
    data += b"\0" * (len(data) % 2)
    total = sum(struct.unpack(f"!{len(data) // 2}H", data))
    total = (total >> 16) + (total & 0xFFFF)
    return ~(total + (total >> 16)) & 0xFFFF


def run_icmp_echo(args):
    payload = bytes(i % 256 for i in range(args.size))
    header = struct.pack("!BBHHH", 8, 0, 0, 0x7c1e, 1)
    packet = struct.pack("!BBHHH", 8, 0, checksum(header + payload), 0x7c1e, 1) + payload
    with socket.socket(socket.AF_INET, socket.SOCK_RAW, socket.IPPROTO_ICMP) as s:
        s.settimeout(3)
        s.sendto(packet, (args.addr, 0))
        while True:  # the raw socket also sees our own request on some setups: wait for the reply
            reply, _ = s.recvfrom(65535)
            if reply[(reply[0] & 0x0F) * 4] == 0:
                return


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("role", choices=["server", "client", "http-server", "http-client",
                                    "udp-echo", "udp-send", "icmp-echo"])
    p.add_argument("scenario", nargs="?", choices=sorted(SCENARIOS))
    p.add_argument("--addr", required=True)
    p.add_argument("--port", type=int, default=0)
    p.add_argument("--ready")
    p.add_argument("--size", type=int, default=3000)
    p.add_argument("--count", type=int, default=1)
    args = p.parse_args()
    if args.role in ("server", "client") and not args.scenario:
        p.error("server and client need a SCENARIO")
    {"server": run_server, "client": run_client, "http-server": run_http_server,
     "http-client": run_http_client, "udp-echo": run_udp_echo, "udp-send": run_udp_send,
     "icmp-echo": run_icmp_echo}[args.role](args)


if __name__ == "__main__":
    sys.exit(main())
