#!/usr/bin/env python3
"""The two ends of the kernel tcp_info lab (tests/core/TestKernelTcpInfo.cpp).

usage: tcpinfo_peer.py sink --addr A --port P --ready FILE
       tcpinfo_peer.py send --addr A --port P --bind B --bind-port Q --size N --hold S --sent FILE [--cc ALG] [--pause S]

The sink accepts one connection and reads until EOF. The sender connects from a fixed local
port (so the test knows the 4-tuple before the first packet), with the congestion control ALG
when given (TCP_CONGESTION: a namespace may only default to the host's allowed ones), waits
--pause seconds after the handshake (so a sampler sees the socket before its first loss), sends N bytes, creates FILE, then
keeps the connection open and idle for S seconds, so the test can compare ss and the sampler on
a socket whose numbers stand still, and closes.
"""
import argparse
import socket
import time


def family_of(addr):
    return socket.AF_INET6 if ":" in addr else socket.AF_INET


def sink(args):
    s = socket.socket(family_of(args.addr), socket.SOCK_STREAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind((args.addr, args.port))
    s.listen(1)
    open(args.ready, "w").close()
    conn, _ = s.accept()
    while conn.recv(1 << 16):
        pass
    conn.close()


def send(args):
    s = socket.socket(family_of(args.addr), socket.SOCK_STREAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    if args.cc:
        s.setsockopt(socket.IPPROTO_TCP, socket.TCP_CONGESTION, args.cc.encode())
    s.bind((args.bind, args.bind_port))
    s.connect((args.addr, args.port))
    time.sleep(args.pause)
    block = bytes(i % 251 for i in range(1 << 16))
    left = args.size
    while left > 0:
        left -= s.send(block[:min(left, len(block))])
    # sendall returns once the bytes are in the send buffer: wait until the peer acknowledged them.
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        info = s.getsockopt(socket.IPPROTO_TCP, socket.TCP_INFO, 256)
        unacked = int.from_bytes(info[24:28], "little")  # tcpi_unacked
        if unacked == 0:
            break
        time.sleep(0.01)
    open(args.sent, "w").close()
    time.sleep(args.hold)
    s.close()


def main():
    p = argparse.ArgumentParser()
    p.add_argument("role", choices=["sink", "send"])
    p.add_argument("--addr", required=True)
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--ready")
    p.add_argument("--bind")
    p.add_argument("--bind-port", type=int, default=0)
    p.add_argument("--size", type=int, default=1 << 20)
    p.add_argument("--hold", type=float, default=1.0)
    p.add_argument("--sent")
    p.add_argument("--cc")
    p.add_argument("--pause", type=float, default=0)
    args = p.parse_args()
    (sink if args.role == "sink" else send)(args)


if __name__ == "__main__":
    main()
