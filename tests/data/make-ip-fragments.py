#!/usr/bin/env python3
"""Writes ip-fragments.pcap: TCP carried in IPv4 and IPv6 fragments, crafted byte by byte (no
kernel fragments TCP on its own), to hold tcplens' reassembly against tshark's.
Usage: python3 make-ip-fragments.py [OUT]  (default: ip-fragments.pcap beside this script)."""
import os
import struct
import sys


def checksum(data):
    if len(data) % 2:
        data += b'\0'
    total = sum(struct.unpack('!%dH' % (len(data) // 2), data))
    while total >> 16:
        total = (total & 0xffff) + (total >> 16)
    return ~total & 0xffff


def tcp(src, dst, sport, dport, seq, ack, flags, payload=b'', options=b''):
    offset = (20 + len(options)) // 4
    segment = struct.pack('!HHIIBBHHH', sport, dport, seq, ack, offset << 4, flags, 65535, 0, 0) + options + payload
    if len(src) == 4:
        pseudo = src + dst + struct.pack('!xBH', 6, len(segment))
    else:
        pseudo = src + dst + struct.pack('!IxxxB', len(segment), 6)
    return segment[:16] + struct.pack('!H', checksum(pseudo + segment)) + segment[18:]


def ipv4(src, dst, payload, ident, offset=0, more=False):
    header = struct.pack('!BBHHHBBH4s4s', 0x45, 0, 20 + len(payload), ident,
                         (0x2000 if more else 0) | (offset // 8), 64, 6, 0, src, dst)
    return header[:10] + struct.pack('!H', checksum(header)) + header[12:] + payload


def ipv6(src, dst, payload, next_header):
    return struct.pack('!IHBB', 0x60000000, len(payload), next_header, 64) + src + dst + payload


def ethernet(packet, ethertype=0x0800):
    return bytes.fromhex('020000000002020000000001') + struct.pack('!H', ethertype) + packet


def fragments4(src, dst, segment, ident, pieces):
    """`pieces` lists (offset, length) of each fragment, in the order they are sent."""
    out = []
    for offset, length in pieces:
        more = offset + length < len(segment)
        out.append(ethernet(ipv4(src, dst, segment[offset:offset + length], ident, offset, more)))
    return out


def fragments6(src, dst, fragmentable, next_header, ident, size):
    out = []
    for offset in range(0, len(fragmentable), size):
        part = fragmentable[offset:offset + size]
        more = offset + size < len(fragmentable)
        header = struct.pack('!BBHI', next_header, 0, offset | int(more), ident)
        out.append(ethernet(ipv6(src, dst, header + part, 44), 0x86dd))
    return out


def pcap(frames):
    out = struct.pack('<IHHiIII', 0xa1b2c3d4, 2, 4, 0, 0, 65535, 1)
    for index, frame in enumerate(frames):
        out += struct.pack('<IIII', 1700000000, index * 1000, len(frame), len(frame)) + frame
    return out


def main():
    a, b = bytes([10, 0, 0, 1]), bytes([10, 0, 0, 2])
    data = bytes(range(256)) * 12  # 3072 bytes
    ts = bytes.fromhex('080a') + struct.pack('!II', 1000, 2000) + b'\x01\x01'
    frames = [
        ethernet(ipv4(a, b, tcp(a, b, 40000, 5400, 1000, 0, 0x02), 1)),
        ethernet(ipv4(b, a, tcp(b, a, 5400, 40000, 5000, 1001, 0x12), 2)),
        ethernet(ipv4(a, b, tcp(a, b, 40000, 5400, 1001, 5001, 0x10), 3)),
    ]
    seq = 1001
    # In order, three fragments; the TCP header carries options.
    segment = tcp(a, b, 40000, 5400, seq, 5001, 0x18, data, ts)
    frames += fragments4(a, b, segment, 4, [(0, 1480), (1480, 1480), (2960, len(segment) - 2960)])
    seq += len(data)
    frames.append(ethernet(ipv4(b, a, tcp(b, a, 5400, 40000, 5001, seq, 0x10), 5)))
    # Out of order: last, middle, first; the first completes the datagram.
    segment = tcp(a, b, 40000, 5400, seq, 5001, 0x18, data)
    frames += fragments4(a, b, segment, 6, [(2960, len(segment) - 2960), (1480, 1480), (0, 1480)])
    seq += len(data)
    # A duplicate middle fragment (same bytes) before the last one.
    segment = tcp(a, b, 40000, 5400, seq, 5001, 0x18, data)
    frames += fragments4(a, b, segment, 7, [(0, 1480), (1480, 1480), (1480, 1480), (2960, len(segment) - 2960)])
    seq += len(data)
    # Overlapping fragments with conflicting bytes: the first seen wins.
    segment = tcp(a, b, 40000, 5400, seq, 5001, 0x18, data)
    altered = segment[:1600] + bytes(x ^ 0xff for x in segment[1600:1700]) + segment[1700:]
    frames.append(ethernet(ipv4(a, b, segment[0:1480], 8, 0, True)))
    frames.append(ethernet(ipv4(a, b, segment[1480:2960], 8, 1480, True)))
    frames.append(ethernet(ipv4(a, b, altered[1520:2960], 8, 1520, True)))
    frames.append(ethernet(ipv4(a, b, segment[2960:], 8, 2960, False)))
    seq += len(data)
    frames.append(ethernet(ipv4(b, a, tcp(b, a, 5400, 40000, 5001, seq, 0x10), 9)))
    # Never completed: the middle fragment is missing.
    segment = tcp(a, b, 40000, 5400, seq, 5001, 0x18, data)
    frames += fragments4(a, b, segment, 10, [(0, 1480), (2960, len(segment) - 2960)])
    # The same segment sent again in a datagram that reuses the identification of a completed one.
    frames += fragments4(a, b, segment, 4, [(0, 1480), (1480, 1480), (2960, len(segment) - 2960)])
    seq += len(data)
    frames.append(ethernet(ipv4(b, a, tcp(b, a, 5400, 40000, 5001, seq, 0x11), 12)))

    # IPv6: a destination options header in the fragmentable part, before TCP.
    a6 = bytes.fromhex('20010db8000000000000000000000001')
    b6 = bytes.fromhex('20010db8000000000000000000000002')
    frames.append(ethernet(ipv6(a6, b6, tcp(a6, b6, 40001, 5401, 1, 0, 0x02), 6), 0x86dd))
    frames.append(ethernet(ipv6(b6, a6, tcp(b6, a6, 5401, 40001, 9, 2, 0x12), 6), 0x86dd))
    frames.append(ethernet(ipv6(a6, b6, tcp(a6, b6, 40001, 5401, 2, 10, 0x10), 6), 0x86dd))
    dest_options = bytes([6, 0, 1, 4, 0, 0, 0, 0])  # next header TCP, PadN
    fragmentable = dest_options + tcp(a6, b6, 40001, 5401, 2, 10, 0x18, data)
    frames += fragments6(a6, b6, fragmentable, 60, 0x11223344, 1448)
    frames.append(ethernet(ipv6(b6, a6, tcp(b6, a6, 5401, 40001, 10, 2 + len(data), 0x10), 6), 0x86dd))
    frames += fragments6(a6, b6, tcp(a6, b6, 40001, 5401, 2 + len(data), 10, 0x19, data), 6, 0x11223345, 1232)

    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                              'ip-fragments.pcap')
    with open(out, 'wb') as f:
        f.write(pcap(frames))


if __name__ == '__main__':
    main()
