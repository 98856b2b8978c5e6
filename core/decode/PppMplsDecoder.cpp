// Layers that carry IP over links and label-switched paths: PPP (RFC 1661, with HDLC-like framing
// RFC 1662), PPPoE sessions (RFC 2516) and MPLS label stacks (RFC 3032) with Ethernet pseudowires (RFC 4448).
#include "DecodeSteps.h"

namespace tcplens::detail {
namespace {

constexpr int kMaxLabels = 32; // a stack deeper than this is not a packet

const char* pppProtocolName(std::uint16_t protocol) noexcept
{
    switch (protocol) {
    case 0x0021: return "Internet Protocol version 4";
    case 0x0057: return "Internet Protocol version 6";
    case 0x0281: return "MPLS Unicast";
    case 0x0283: return "MPLS Multicast";
    case 0xc021: return "Link Control Protocol";
    case 0x8021: return "Internet Protocol Control Protocol";
    case 0x8057: return "IPv6 Control Protocol";
    case 0xc023: return "Password Authentication Protocol";
    case 0xc223: return "Challenge Handshake Authentication Protocol";
    default: return "Unknown";
    }
}

std::uint16_t etherTypeOfPpp(std::uint16_t protocol) noexcept
{
    switch (protocol) {
    case 0x0021: return 0x0800;
    case 0x0057: return 0x86dd;
    case 0x0281: return 0x8847;
    case 0x0283: return 0x8848;
    default: return 0;
    }
}

/// An Ethernet header at `offset` whose type names something decoded inside (IP with its version, a
/// VLAN tag, MPLS, PPPoE, ARP): how an Ethernet pseudowire's payload is told from a control word.
bool looksLikeEthernet(Bytes frame, std::uint32_t offset) noexcept
{
    if (!fits(frame, offset, 15))
        return false;
    const std::uint16_t type = be16(frame.data() + offset + 12);
    const unsigned version = frame[offset + 14] >> 4;
    switch (type) {
    case 0x0800: return version == 4;
    case 0x86dd: return version == 6;
    case 0x8100:
    case 0x88a8:
    case 0x9100:
    case 0x8847:
    case 0x8848:
    case 0x8864:
    case 0x0806: return true;
    default: return false;
    }
}

/// RFC 4448 allows an Ethernet pseudowire with or without a 4-byte control word (first nibble 0)
/// and nothing says which. Wireshark guesses "no control word" when both MAC addresses have a
/// registered OUI; we look at which reading gives an Ethernet header that carries something, and
/// only when both or neither do, take globally administered unicast addresses for registered ones.
bool pseudowireHasControlWord(Bytes frame, std::uint32_t offset) noexcept
{
    const bool plain = looksLikeEthernet(frame, offset);
    const bool behindControlWord = looksLikeEthernet(frame, offset + 4);
    if (plain != behindControlWord)
        return behindControlWord;
    const bool vendorAddresses = fits(frame, offset, 12) && (frame[offset] & 3) == 0 && (frame[offset + 6] & 3) == 0;
    return !vendorAddresses;
}

void decodeEthernetPseudowire(DecodeContext& ctx, std::uint32_t offset, std::uint32_t end)
{
    std::uint32_t at = offset;
    if (fits(ctx.frame, offset, 4) && pseudowireHasControlWord(ctx.frame, offset)) {
        const std::uint16_t sequence = be16(ctx.frame.data() + offset + 2);
        ctx.spans.bytes("pwethcw", "PW Ethernet Control Word", offset, 4, sequence, 0,
                        [] { return std::string("PW Ethernet Control Word"); });
        ctx.spans.bytes("pweth.cw.sequence_number", "Sequence Number", offset + 2, 2, sequence, 1,
                        [&] { return "Sequence Number: " + number(sequence); });
        at += 4;
    }
    decodeEthernet(ctx, at, end);
}

} // namespace

void decodePpp(DecodeContext& ctx, std::uint32_t offset, std::uint32_t end, bool tunnelled)
{
    auto& spans = ctx.spans;
    const auto frame = ctx.frame;
    spans.setLayer(Layer::Link);
    if (tunnelled && !enterEncapsulation(ctx, encap::Ppp))
        return;
    std::uint32_t at = offset;
    const bool framed = fits(frame, at, 2) && frame[at] == 0xff && frame[at + 1] == 0x03;
    if (framed)
        at += 2;
    const auto firstByte = loadU8(frame, at);
    if (!firstByte)
        return truncatedLink(ctx, at + 1);
    const std::uint32_t protocolLength = (*firstByte & 1) ? 1 : 2; // RFC 1661 protocol field compression
    if (!fits(frame, at, protocolLength))
        return truncatedLink(ctx, at + protocolLength);
    const std::uint16_t protocol = protocolLength == 1 ? *firstByte : be16(frame.data() + at);
    spans.bytes("ppp", "Point-to-Point Protocol", offset, at + protocolLength - offset, protocol, 0,
                [&] { return std::string("Point-to-Point Protocol"); });
    if (framed) {
        spans.bytes("ppp.address", "Address", offset, 1, 0xff, 1, [] { return std::string("Address: 0xff"); });
        spans.bytes("ppp.control", "Control", offset + 1, 1, 0x03, 1, [] { return std::string("Control: 0x03"); });
    }
    spans.bytes("ppp.protocol", "Protocol", at, protocolLength, protocol, 1, [&] {
        return std::string("Protocol: ") + pppProtocolName(protocol) + " (" + hex16(protocol) + ")";
    });
    const std::uint16_t etherType = etherTypeOfPpp(protocol);
    if (etherType == 0) {
        noNetwork(ctx);
        return;
    }
    decodeEtherType(ctx, etherType, at + protocolLength, end);
}

void decodePppoe(DecodeContext& ctx, std::uint32_t offset, std::uint32_t end)
{
    auto& spans = ctx.spans;
    spans.setLayer(Layer::Link);
    if (!fits(ctx.frame, offset, 6))
        return truncatedLink(ctx, offset + 6);
    if (!enterEncapsulation(ctx, encap::Pppoe))
        return;
    const std::uint8_t* p = ctx.frame.data() + offset;
    const std::uint16_t session = be16(p + 2);
    const std::uint16_t length = be16(p + 4);
    spans.bytes("pppoes", "PPP-over-Ethernet Session", offset, 6, session, 0,
                [] { return std::string("PPP-over-Ethernet Session"); });
    const BitContainer first{offset, 0, 8, p[0]};
    spans.bits("pppoe.version", "Version", first, 0, 4, 1, [&] { return number(p[0] >> 4); });
    spans.bits("pppoe.type", "Type", first, 4, 4, 1, [&] { return number(p[0] & 0xf); });
    spans.bytes("pppoe.code", "Code", offset + 1, 1, p[1], 1,
                [&] { return "Code: " + std::string(p[1] == 0 ? "Session Data" : "Unknown") + " (" + hex16(p[1]).substr(4) + ")"; });
    spans.bytes("pppoe.session_id", "Session ID", offset + 2, 2, session, 1, [&] { return "Session ID: " + hex16(session); });
    spans.bytes("pppoe.payload_length", "Payload Length", offset + 4, 2, length, 1,
                [&] { return "Payload Length: " + number(length); });
    if (p[0] != 0x11 || p[1] != 0) {
        ctx.out.problems.add(ProblemKind::BadEncapsulation, encap::Pppoe, p[0]);
        noNetwork(ctx);
        return;
    }
    if (offset + 6 + length < end)
        end = offset + 6 + length; // Ethernet pads short frames
    decodePpp(ctx, offset + 6, end, false);
}

void decodeMpls(DecodeContext& ctx, std::uint32_t offset, std::uint32_t end)
{
    auto& spans = ctx.spans;
    const auto frame = ctx.frame;
    spans.setLayer(Layer::Link);
    if (!enterEncapsulation(ctx, encap::Mpls))
        return;
    std::uint32_t at = offset;
    for (int labels = 0;; ++labels) {
        if (labels == kMaxLabels) {
            ctx.out.problems.add(ProblemKind::BadEncapsulation, encap::Mpls, static_cast<std::uint32_t>(labels));
            noNetwork(ctx);
            return;
        }
        if (!fits(frame, at, 4))
            return truncatedLink(ctx, at + 4);
        const std::uint32_t entry = be32(frame.data() + at);
        const std::uint32_t label = entry >> 12;
        const bool bottom = (entry >> 8) & 1;
        spans.bytes("mpls", "MultiProtocol Label Switching Header", at, 4, label, 0, [&] {
            return "MultiProtocol Label Switching Header, Label: " + number(label) + ", Exp: " + number((entry >> 9) & 7)
                 + ", S: " + number(bottom) + ", TTL: " + number(entry & 0xff);
        });
        const BitContainer bits{at, 0, 32, entry};
        spans.bits("mpls.label", "MPLS Label", bits, 0, 20, 1, [&] { return number(label); });
        spans.bits("mpls.exp", "MPLS Experimental Bits", bits, 20, 3, 1, [&] { return number((entry >> 9) & 7); });
        spans.bits("mpls.bottom", "MPLS Bottom Of Label Stack", bits, 23, 1, 1, [&] { return number(bottom); });
        spans.bits("mpls.ttl", "MPLS TTL", bits, 24, 8, 1, [&] { return number(entry & 0xff); });
        at += 4;
        if (bottom)
            break;
    }
    // No field names the payload: like Wireshark, guess from the first nibble (RFC 4928): IPv4,
    // IPv6, or 0 for an Ethernet pseudowire; 1 (an associated channel) and the rest are not IP.
    const auto first = loadU8(frame, at);
    if (!first) {
        noNetwork(ctx);
        return;
    }
    switch (*first >> 4) {
    case 4: decodeIpv4(ctx, at, end); return;
    case 6: decodeIpv6(ctx, at, end); return;
    case 0: decodeEthernetPseudowire(ctx, at, end); return;
    default: noNetwork(ctx); return;
    }
}

} // namespace tcplens::detail
