// ICMP (RFC 792) and ICMPv6 (RFC 4443) headers; an error message's quoted IP and TCP headers are
// shown nested under it, as Wireshark does, but never become the frame's own IP or TCP layer.
#include "DecodeSteps.h"

namespace tcplens::detail {
namespace {

bool isError(bool v6, std::uint8_t type) noexcept
{
    if (v6)
        return type >= 1 && type <= 4;
    return type == 3 || type == 4 || type == 5 || type == 11 || type == 12;
}

const char* typeName(bool v6, std::uint8_t type) noexcept
{
    if (v6) {
        switch (type) {
        case 1: return "Destination Unreachable";
        case 2: return "Packet Too Big";
        case 3: return "Time Exceeded";
        case 4: return "Parameter Problem";
        case 128: return "Echo (ping) request";
        case 129: return "Echo (ping) reply";
        case 133: return "Router Solicitation";
        case 134: return "Router Advertisement";
        case 135: return "Neighbor Solicitation";
        case 136: return "Neighbor Advertisement";
        default: return "Unknown";
        }
    }
    switch (type) {
    case 0: return "Echo (ping) reply";
    case 3: return "Destination unreachable";
    case 4: return "Source quench (flow control)";
    case 5: return "Redirect";
    case 8: return "Echo (ping) request";
    case 11: return "Time-to-live exceeded";
    case 12: return "Parameter problem";
    default: return "Unknown";
    }
}

/// What tshark's TCP dissector reads of a quoted header before it files it in a conversation:
/// the ports through the window (16 bytes); a shorter quote (RFC 792's "64 bits of data")
/// throws before that and gets no tcp.stream. `limit` is where the quote ends.
void keepQuotedTcp(DecodeContext& ctx, const DecodedPacket& inner, std::uint32_t limit)
{
    const std::uint32_t at = inner.tcp.offset;
    if (at > limit || limit - at < 16 || !fits(ctx.frame, at, 16))
        return;
    const std::uint8_t* p = ctx.frame.data() + at;
    auto& q = ctx.out.quotedTcp;
    q.present = true;
    q.srcPort = be16(p);
    q.dstPort = be16(p + 2);
    q.seq = be32(p + 4);
    q.headerLength = static_cast<std::uint8_t>((p[12] >> 4) * 4);
    q.flags = be16(p + 12) & 0x0fff;
    q.src = inner.network.src;
    q.dst = inner.network.dst;
}

} // namespace

void decodeIcmp(DecodeContext& ctx, bool v6, std::uint32_t offset, std::uint32_t end)
{
    auto& spans = ctx.spans;
    spans.setLayer(Layer::Network);
    if (!fits(ctx.frame, offset, 4))
        return;
    const std::uint8_t* p = ctx.frame.data() + offset;
    const std::uint8_t type = p[0];
    const std::uint8_t code = p[1];
    const std::uint16_t checksum = be16(p + 2);
    const bool error = isError(v6, type) && fits(ctx.frame, offset, 8);
    const char* prefix = v6 ? "icmpv6" : "icmp";
    const char* name = v6 ? "Internet Control Message Protocol v6" : "Internet Control Message Protocol";
    spans.bytes(prefix, name, offset, error ? 8 : 4, type, 0, [&] { return std::string(name); });
    spans.bytes(v6 ? "icmpv6.type" : "icmp.type", "Type", offset, 1, type, 1, [&] {
        return "Type: " + std::to_string(type) + " (" + typeName(v6, type) + ")";
    });
    spans.bytes(v6 ? "icmpv6.code" : "icmp.code", "Code", offset + 1, 1, code, 1,
                [&] { return "Code: " + std::to_string(code); });
    spans.bytes(v6 ? "icmpv6.checksum" : "icmp.checksum", "Checksum", offset + 2, 2, checksum, 1,
                [&] { return "Checksum: " + hex16(checksum); });
    if (!error)
        return;
    const auto quoted = loadU8(ctx.frame, offset + 8);
    if (!quoted || ((*quoted >> 4) != 4 && (*quoted >> 4) != 6))
        return;

    // The quoted header goes to a scratch packet: its addresses, ports and problems are not this frame's.
    DecodedPacket inner;
    inner.capturedLength = ctx.out.capturedLength;
    inner.wireLength = ctx.out.wireLength;
    inner.link = ctx.out.link;
    inner.tunnel.layers = ctx.out.tunnel.layers;
    DecodeContext quotedCtx{ctx.frame, inner, spans};
    if (!enterEncapsulation(quotedCtx, 0))
        return;
    spans.setDepthBase(1);
    spans.lockLayer(true);
    if ((*quoted >> 4) == 4)
        decodeIpv4(quotedCtx, offset + 8, end);
    else
        decodeIpv6(quotedCtx, offset + 8, end);
    spans.lockLayer(false);
    spans.setDepthBase(0);
    if (inner.tcp.present)
        keepQuotedTcp(ctx, inner, !v6 && type == 5 ? offset + 8 + (*quoted & 0x0f) * 4U + 8 : end);
}

} // namespace tcplens::detail
