#pragma once
// Builders for frames that carry TCP inside tunnels and other link layers, for tests that check
// the decoder against tshark: every length and checksum is what a real sender would write.

#include "TestSupport.h"

namespace tcplens::test {

/// An IPv4 + TCP packet (no link header) with good checksums.
inline QByteArray ipv4Tcp(const TcpFrameSpec& spec = {}) { return tcpFrame(spec).mid(14); }

/// An IPv4 header with `protocol` around `payload`, good header checksum.
inline QByteArray ipv4Around(std::uint8_t protocol, const QByteArray& payload,
                             std::array<std::uint8_t, 4> src = {192, 0, 2, 1}, std::array<std::uint8_t, 4> dst = {192, 0, 2, 2})
{
    QByteArray ip(20, '\0');
    ip[0] = 0x45;
    putBe16(ip, 2, static_cast<std::uint16_t>(20 + payload.size()));
    putBe16(ip, 4, 0x0101);
    ip[8] = 64;
    ip[9] = static_cast<char>(protocol);
    for (int i = 0; i < 4; ++i) {
        ip[12 + i] = static_cast<char>(src[i]);
        ip[16 + i] = static_cast<char>(dst[i]);
    }
    putBe16(ip, 10, internetChecksum(ip));
    return ip + payload;
}

/// "2001:db8::N" as 16 bytes.
inline QByteArray ipv6Address(std::uint8_t last, std::uint8_t subnet = 0)
{
    QByteArray address = QByteArray::fromHex("20010db8000000000000000000000000");
    address[5] = static_cast<char>(subnet);
    address[15] = static_cast<char>(last);
    return address;
}

/// An IPv6 header (+ extension headers) around `payload`; `next` names the first header after it.
inline QByteArray ipv6Around(std::uint8_t next, const QByteArray& payload, const QByteArray& src = ipv6Address(1),
                             const QByteArray& dst = ipv6Address(2))
{
    QByteArray ip = QByteArray::fromHex("60000000") + QByteArray(4, '\0');
    putBe16(ip, 4, static_cast<std::uint16_t>(payload.size()));
    ip[6] = static_cast<char>(next);
    ip[7] = 64;
    return ip + src + dst + payload;
}

/// A TCP segment (20-byte header + payload) whose checksum covers the given pseudo-header addresses.
inline QByteArray tcpSegment(const QByteArray& pseudoSrc, const QByteArray& pseudoDst, std::uint32_t seq = 7000,
                             const QByteArray& payload = "hello", std::uint16_t flags = 0x018)
{
    QByteArray tcp(20, '\0');
    putBe16(tcp, 0, 50000);
    putBe16(tcp, 2, 443);
    putBe32(tcp, 4, seq);
    putBe32(tcp, 8, 12345);
    putBe16(tcp, 12, static_cast<std::uint16_t>((5 << 12) | flags));
    putBe16(tcp, 14, 4096);
    tcp += payload;
    QByteArray pseudo = pseudoSrc + pseudoDst;
    if (pseudoSrc.size() == 4) {
        pseudo += QByteArray::fromHex("0006") + QByteArray(2, '\0');
        putBe16(pseudo, pseudo.size() - 2, static_cast<std::uint16_t>(tcp.size()));
    } else {
        QByteArray tail(8, '\0');
        putBe32(tail, 0, static_cast<std::uint32_t>(tcp.size()));
        tail[7] = 6;
        pseudo += tail;
    }
    putBe16(tcp, 16, internetChecksum(tcp, onesComplementAdd(pseudo)));
    return tcp;
}

/// An IPv6 + TCP packet with good checksum.
inline QByteArray ipv6Tcp(std::uint8_t subnet = 0)
{
    const auto src = ipv6Address(1, subnet);
    const auto dst = ipv6Address(2, subnet);
    return ipv6Around(6, tcpSegment(src, dst), src, dst);
}

inline QByteArray ethernetAround(std::uint16_t etherType, const QByteArray& payload)
{
    QByteArray header = QByteArray::fromHex("0200000000aa0200000000bb") + QByteArray(2, '\0');
    putBe16(header, 12, etherType);
    return header + payload;
}

inline QByteArray udpAround(std::uint16_t dstPort, const QByteArray& payload)
{
    QByteArray udp(8, '\0');
    putBe16(udp, 0, 54321);
    putBe16(udp, 2, dstPort);
    putBe16(udp, 4, static_cast<std::uint16_t>(8 + payload.size()));
    return udp + payload; // checksum 0: none, as tunnels over IPv4 send
}

/// A GRE header (RFC 2784/2890) with the optional fields its flags ask for; a checksum, when
/// asked for, covers the header and the payload.
inline QByteArray greAround(std::uint16_t protocol, const QByteArray& payload, bool checksum = false,
                            std::optional<std::uint32_t> key = std::nullopt, std::optional<std::uint32_t> sequence = std::nullopt)
{
    QByteArray gre(4, '\0');
    std::uint16_t flags = 0;
    if (checksum) {
        flags |= 0x8000;
        gre += QByteArray(4, '\0');
    }
    if (key) {
        flags |= 0x2000;
        QByteArray k(4, '\0');
        putBe32(k, 0, *key);
        gre += k;
    }
    if (sequence) {
        flags |= 0x1000;
        QByteArray s(4, '\0');
        putBe32(s, 0, *sequence);
        gre += s;
    }
    putBe16(gre, 0, flags);
    putBe16(gre, 2, protocol);
    QByteArray out = gre + payload;
    if (checksum)
        putBe16(out, 4, internetChecksum(out));
    return out;
}

/// An 802.11 data frame (to the AP; `qos` adds QoS control, `wds` the fourth address) whose
/// body is RFC 1042 LLC/SNAP around `payload`. `fcFlags` may add protected (0x40) or order (0x80).
inline QByteArray wlanDataAround(std::uint16_t etherType, const QByteArray& payload, bool qos = false, bool wds = false,
                                 std::uint8_t fcFlags = 0, std::uint16_t qosControl = 0)
{
    QByteArray frame(2, '\0');
    frame[0] = static_cast<char>(qos ? 0x88 : 0x08);
    frame[1] = static_cast<char>((wds ? 0x03 : 0x01) | fcFlags);
    frame += QByteArray::fromHex("2c00" "0200000000aa" "0200000000bb" "0200000000cc" "1000");
    if (wds)
        frame += QByteArray::fromHex("0200000000dd");
    if (qos)
        frame += QByteArray(1, static_cast<char>(qosControl & 0xff)) + QByteArray(1, static_cast<char>(qosControl >> 8));
    if (qos && (fcFlags & 0x80))
        frame += QByteArray(4, '\0'); // HT control
    QByteArray snap = QByteArray::fromHex("aaaa03000000") + QByteArray(2, '\0');
    putBe16(snap, 6, etherType);
    return frame + snap + payload;
}

/// A radiotap header (TSFT when `tsft`, then Flags and Rate) before `frame`; with `fcs` the frame
/// gets a 4-byte FCS and Flags says so. `extraPresenceWords` adds empty extended bitmasks.
inline QByteArray radiotapAround(const QByteArray& frame, bool tsft, bool fcs, int extraPresenceWords = 0)
{
    QByteArray words;
    for (int i = 0; i <= extraPresenceWords; ++i) {
        std::uint32_t word = i == 0 ? (tsft ? 0x7U : 0x6U) : 0U;
        if (i < extraPresenceWords)
            word |= 0x80000000U;
        for (int b = 0; b < 4; ++b)
            words += static_cast<char>((word >> (8 * b)) & 0xff);
    }
    QByteArray fields;
    if (tsft) {
        const int at = 4 + static_cast<int>(words.size());
        fields += QByteArray(((at + 7) & ~7) - at, '\0') + QByteArray::fromHex("0102030405060708");
    }
    fields += QByteArray(1, static_cast<char>(fcs ? 0x10 : 0x00)) + QByteArray(1, '\x02');
    QByteArray header = QByteArray::fromHex("0000") + QByteArray(2, '\0') + words + fields;
    const auto length = static_cast<std::uint16_t>(header.size());
    header[2] = static_cast<char>(length & 0xff);
    header[3] = static_cast<char>(length >> 8);
    return header + frame + (fcs ? QByteArray::fromHex("deadbeef") : QByteArray());
}

/// A PPI header of 8 bytes naming `dlt` for what follows.
inline QByteArray ppiAround(std::uint32_t dlt, const QByteArray& frame)
{
    QByteArray header = QByteArray::fromHex("00000800") + QByteArray(4, '\0');
    header[4] = static_cast<char>(dlt & 0xff);
    return header + frame;
}

/// OpenBSD's pfloghdr (61 bytes, padded to 64) for address family `family` before an IP packet.
inline QByteArray pflogAround(std::uint8_t family, const QByteArray& packet)
{
    QByteArray header(64, '\0');
    header[0] = 61;
    header[1] = static_cast<char>(family);
    header.replace(4, 3, "em0");
    putBe32(header, 36, 7);           // rule number
    putBe32(header, 40, 0xffffffffU); // no subrule
    header[60] = 1;                   // inbound
    return header + packet;
}

/// Apple's PKTAP header (156 bytes) naming `dlt` for what follows.
inline QByteArray pktapAround(std::uint32_t dlt, const QByteArray& frame)
{
    QByteArray header(156, '\0');
    header[0] = static_cast<char>(156);
    header[4] = 1; // a packet record
    header[8] = static_cast<char>(dlt & 0xff);
    header.replace(12, 3, "en0");
    return header + frame;
}

/// Solaris ipnet's 24-byte header for family 2 (IPv4) or 26 (IPv6).
inline QByteArray ipnetAround(std::uint8_t family, const QByteArray& packet)
{
    QByteArray header(24, '\0');
    header[0] = 1;
    header[1] = static_cast<char>(family);
    putBe32(header, 4, static_cast<std::uint32_t>(packet.size()));
    putBe32(header, 8, 3);
    return header + packet;
}

} // namespace tcplens::test
