#pragma once
// Everything the fast decode path learns about one frame, by value and without
// allocation: offsets into the captured bytes plus the few numbers analysis needs.

#include "DecodeProblem.h"
#include "IpAddress.h"
#include "TcpOption.h"

#include <cstdint>

namespace tcplens {

enum class ChecksumStatus : std::uint8_t { Unverified, Good, Bad };

enum class NetworkKind : std::uint8_t { None, Ipv4, Ipv6, Arp, Other };

namespace tcpflag {
inline constexpr std::uint16_t Fin = 0x001;
inline constexpr std::uint16_t Syn = 0x002;
inline constexpr std::uint16_t Rst = 0x004;
inline constexpr std::uint16_t Psh = 0x008;
inline constexpr std::uint16_t Ack = 0x010;
inline constexpr std::uint16_t Urg = 0x020;
inline constexpr std::uint16_t Ece = 0x040;
inline constexpr std::uint16_t Cwr = 0x080;
inline constexpr std::uint16_t Ae = 0x100; ///< Accurate ECN (formerly NS).
} // namespace tcpflag

struct LinkInfo {
    int linkType = 0;
    std::uint16_t etherType = 0;     ///< Of the network layer, after any VLAN tags.
    std::uint8_t vlanCount = 0;
    std::uint16_t vlanIds[2] = {0, 0};
    std::int16_t sllPacketType = -1; ///< Linux cooked packet type (4 = sent by this host), -1 if none.
    std::uint32_t headerLength = 0;  ///< Bytes before the network layer.
};

struct NetworkInfo {
    NetworkKind kind = NetworkKind::None;
    std::uint32_t offset = 0;        ///< Start of the IP header in the frame.
    std::uint32_t headerLength = 0;  ///< IPv4 IHL * 4, or IPv6 40 + extension headers.
    std::uint32_t totalLength = 0;   ///< IP packet length the header claims (IPv6: 40 + payload length).
    std::uint8_t protocol = 0;       ///< Upper-layer protocol after the extension chain.
    std::uint8_t ttl = 0;            ///< TTL or hop limit.
    std::uint16_t id = 0;
    std::uint8_t flags = 0;          ///< IPv4 flags (3 bits) as in the header.
    std::uint16_t fragmentOffset = 0; ///< In bytes.
    bool isFragment = false;         ///< Any fragment: offset != 0 or more-fragments set.
    bool moreFragments = false;
    /// A fragment captured whole with a sound header: Wireshark's condition to reassemble it.
    bool reassemblable = false;
    /// What follows the header was decoded from the datagram this fragment completed (IpReassembler):
    /// the transport header, or a tunnel whose inner IP header this then describes.
    bool reassembled = false;
    std::uint8_t fragmentProtocol = 0;    ///< IPv4 protocol, or the IPv6 fragment header's next header.
    std::uint32_t fragmentId = 0;         ///< IPv4 identification or the 32-bit IPv6 one.
    std::uint32_t fragmentDataOffset = 0; ///< Where the fragment's data starts in the frame.
    std::uint32_t fragmentDataLength = 0;
    IpAddress src;
    IpAddress dst;
    /// The addresses the transport checksum covers: the final destination of an IPv4 source
    /// route or an IPv6 type-0 routing header, the IPv6 Home Address option's source.
    IpAddress pseudoSrc;
    IpAddress pseudoDst;
    ChecksumStatus checksum = ChecksumStatus::Unverified;
    std::uint16_t checksumValue = 0;
};

namespace encap {
inline constexpr std::uint16_t Gre = 0x001;
inline constexpr std::uint16_t Erspan = 0x002;
inline constexpr std::uint16_t Vxlan = 0x004;
inline constexpr std::uint16_t Geneve = 0x008;
inline constexpr std::uint16_t IpInIp = 0x010; ///< IPv4 or IPv6 directly inside IPv4 or IPv6.
inline constexpr std::uint16_t Mpls = 0x020;
inline constexpr std::uint16_t Pppoe = 0x040;
inline constexpr std::uint16_t Ppp = 0x080;
inline constexpr std::uint16_t Etag = 0x100;  ///< IEEE 802.1BR E-tag.
inline constexpr std::uint16_t Vntag = 0x200;
inline constexpr std::uint16_t Gtp = 0x400;   ///< GTPv1-U G-PDU (mobile user plane) over UDP.
inline constexpr std::uint16_t Count = 11;
} // namespace encap

/// What lies between the link header and the innermost IP header.
struct TunnelInfo {
    std::uint16_t kinds = 0;      ///< encap:: bits of every encapsulation met.
    std::uint8_t outerIpHeaders = 0; ///< IP headers outside the one `network` describes.
    std::uint8_t layers = 0;      ///< Encapsulation layers entered (bounds the walk).

    [[nodiscard]] bool any() const noexcept { return kinds != 0 || outerIpHeaders != 0; }
};

struct TcpInfo {
    bool present = false;            ///< A TCP header (at least its ports) was found.
    bool complete = false;           ///< The fixed 20-byte header was captured and sound.
    std::uint32_t offset = 0;
    std::uint32_t headerLength = 0;  ///< Data offset * 4.
    std::uint16_t srcPort = 0;
    std::uint16_t dstPort = 0;
    std::uint32_t seq = 0;
    std::uint32_t ack = 0;
    std::uint16_t flags = 0;         ///< The 12 flag bits, as tshark's tcp.flags.
    std::uint16_t window = 0;        ///< Raw field, unscaled.
    std::uint16_t checksumValue = 0;
    std::uint16_t urgentPointer = 0;
    ChecksumStatus checksum = ChecksumStatus::Unverified;
    bool checksumOffload = false;    ///< Bad, but looks like a sender's partial (offloaded) checksum.
    std::uint32_t payloadOffset = 0;
    std::uint32_t payloadLength = 0; ///< From the IP length, as tshark's tcp.len.
    std::uint32_t payloadCaptured = 0; ///< How much of it is in the captured bytes.
    TcpOptions options;

    [[nodiscard]] bool has(std::uint16_t flag) const noexcept { return (flags & flag) != 0; }
};

/// The TCP header an ICMP or ICMPv6 error quotes (RFC 792, RFC 4443): the segment that failed.
/// tshark numbers it in a conversation once its first 16 bytes (ports to window) are captured.
struct QuotedTcpInfo {
    bool present = false;           ///< Those 16 bytes are there.
    std::uint8_t headerLength = 0;  ///< Data offset * 4.
    std::uint16_t srcPort = 0;
    std::uint16_t dstPort = 0;
    std::uint16_t flags = 0;
    std::uint32_t seq = 0;
    IpAddress src;
    IpAddress dst;
};

struct DecodedPacket {
    std::uint32_t capturedLength = 0;
    std::uint32_t wireLength = 0;
    LinkInfo link;
    TunnelInfo tunnel;
    NetworkInfo network;             ///< The innermost IP header (outer ones are in the spans).
    TcpInfo tcp;
    QuotedTcpInfo quotedTcp;         ///< In an ICMP error; `tcp` stays empty then.
    ProblemList problems;
    bool truncated = false; ///< The capture cut this frame short (snaplen or damage).

    [[nodiscard]] bool isTcp() const noexcept { return tcp.present; }
};

} // namespace tcplens
