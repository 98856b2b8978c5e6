// Link layers: Linux cooked v1/v2, BSD NULL/LOOP, raw IP, and the dispatch from a link type.
#include "DecodeSteps.h"
#include "LinkType.h"

namespace tcplens::detail {
namespace {

constexpr std::uint32_t kSllHeader = 16;
constexpr std::uint32_t kSll2Header = 20;
constexpr std::uint32_t kNullHeader = 4;

const char* sllPacketTypeName(std::uint16_t type) noexcept
{
    switch (type) {
    case 0: return "Unicast to us";
    case 1: return "Broadcast";
    case 2: return "Multicast";
    case 3: return "Unicast to another host";
    case 4: return "Sent by us";
    default: return "Unknown";
    }
}

std::string arphrdText(std::uint16_t type)
{
    const char* name = type == 1 ? "Ethernet" : type == 772 ? "Loopback" : type == 65534 ? "None" : "Unknown";
    return std::string(name) + " (" + std::to_string(type) + ")";
}

void decodeSll(DecodeContext& ctx, std::uint32_t end)
{
    auto& spans = ctx.spans;
    if (!fits(ctx.frame, 0, kSllHeader))
        return truncatedLink(ctx, kSllHeader);
    const std::uint8_t* p = ctx.frame.data();
    const std::uint16_t packetType = be16(p);
    const std::uint16_t hatype = be16(p + 2);
    const std::uint16_t addrLength = be16(p + 4);
    const std::uint16_t protocol = be16(p + 14);
    ctx.out.link.sllPacketType = static_cast<std::int16_t>(packetType);
    spans.bytes("sll", "Linux cooked capture v1", 0, kSllHeader, 0, 0, [] { return "Linux cooked capture v1"; });
    spans.bytes("sll.pkttype", "Packet type", 0, 2, packetType, 1, [&] {
        return "Packet type: " + std::string(sllPacketTypeName(packetType)) + " (" + std::to_string(packetType) + ")";
    });
    spans.bytes("sll.hatype", "Link-layer address type", 2, 2, hatype, 1,
                [&] { return "Link-layer address type: " + arphrdText(hatype); });
    spans.bytes("sll.halen", "Link-layer address length", 4, 2, addrLength, 1,
                [&] { return "Link-layer address length: " + std::to_string(addrLength); });
    const std::uint32_t shown = addrLength > 8 ? 8 : addrLength;
    spans.bytes("sll.src", "Source", 6, 8, 0, 1, [&] { return "Source: " + macText(p + 6, shown); });
    spans.bytes("sll.etype", "Protocol", 14, 2, protocol, 1, [&] { return "Protocol: " + etherTypeText(protocol); });
    decodeEtherType(ctx, protocol, kSllHeader, end);
}

void decodeSll2(DecodeContext& ctx, std::uint32_t end)
{
    auto& spans = ctx.spans;
    if (!fits(ctx.frame, 0, kSll2Header))
        return truncatedLink(ctx, kSll2Header);
    const std::uint8_t* p = ctx.frame.data();
    const std::uint16_t protocol = be16(p);
    const std::uint32_t ifindex = be32(p + 4);
    const std::uint16_t hatype = be16(p + 8);
    const std::uint8_t packetType = p[10];
    const std::uint8_t addrLength = p[11];
    ctx.out.link.sllPacketType = packetType;
    spans.bytes("sll2", "Linux cooked capture v2", 0, kSll2Header, 0, 0, [] { return "Linux cooked capture v2"; });
    spans.bytes("sll.etype", "Protocol", 0, 2, protocol, 1, [&] { return "Protocol: " + etherTypeText(protocol); });
    spans.bytes("sll.reserved", "Reserved", 2, 2, be16(p + 2), 1,
                [&] { return "Reserved: " + std::to_string(be16(p + 2)); });
    spans.bytes("sll.ifindex", "Interface index", 4, 4, ifindex, 1,
                [&] { return "Interface index: " + std::to_string(ifindex); });
    spans.bytes("sll.hatype", "Link-layer address type", 8, 2, hatype, 1,
                [&] { return "Link-layer address type: " + arphrdText(hatype); });
    spans.bytes("sll.pkttype", "Packet type", 10, 1, packetType, 1, [&] {
        return "Packet type: " + std::string(sllPacketTypeName(packetType)) + " (" + std::to_string(packetType) + ")";
    });
    spans.bytes("sll.halen", "Link-layer address length", 11, 1, addrLength, 1,
                [&] { return "Link-layer address length: " + std::to_string(addrLength); });
    const std::uint32_t shown = addrLength > 8 ? 8 : addrLength;
    spans.bytes("sll.src", "Source", 12, 8, 0, 1, [&] { return "Source: " + macText(p + 12, shown); });
    decodeEtherType(ctx, protocol, kSll2Header, end);
}

void decodeNullOrLoop(DecodeContext& ctx, bool networkOrder, std::uint32_t offset, std::uint32_t end)
{
    if (!fits(ctx.frame, offset, kNullHeader))
        return truncatedLink(ctx, offset + kNullHeader);
    const std::uint8_t* p = ctx.frame.data() + offset;
    std::uint32_t family = be32(p);
    // NULL stores AF in the capturing host's order: small values tell which order that was.
    if (!networkOrder && (family & 0xffff) == 0)
        family = *loadLe32(ctx.frame, offset);
    const char* name = networkOrder ? "OpenBSD loopback" : "Null/Loopback";
    ctx.spans.bytes(networkOrder ? "loop" : "null", name, offset, kNullHeader, family, 0,
                    [&] { return std::string(name); });
    ctx.spans.bytes("null.family", "Family", offset, 4, family, 1, [&] {
        const std::uint16_t type = etherTypeForFamily(family);
        return "Family: " + std::string(type == 0x0800 ? "IP" : type == 0x86dd ? "IPv6" : "Unknown") + " ("
             + std::to_string(family) + ")";
    });
    const std::uint16_t type = etherTypeForFamily(family);
    if (type == 0) {
        ctx.out.link.headerLength = offset + kNullHeader;
        ctx.out.network.kind = NetworkKind::Other;
        return;
    }
    decodeEtherType(ctx, type, offset + kNullHeader, end);
}

void decodeRawIp(DecodeContext& ctx, std::uint32_t offset, std::uint32_t end)
{
    const auto first = loadU8(ctx.frame, offset);
    if (!first)
        return truncatedLink(ctx, offset + 1);
    const unsigned version = *first >> 4;
    if (version == 4)
        return decodeEtherType(ctx, 0x0800, offset, end);
    if (version == 6)
        return decodeEtherType(ctx, 0x86dd, offset, end);
    ctx.out.problems.add(ProblemKind::BogusIpVersion, version);
    ctx.out.network.kind = NetworkKind::Other;
}

} // namespace

std::uint16_t etherTypeForFamily(std::uint32_t family) noexcept
{
    if (family == 2)
        return 0x0800;
    if (family == 10 || family == 24 || family == 28 || family == 30)
        return 0x86dd;
    return 0;
}

void decodeInnerLink(DecodeContext& ctx, std::uint32_t linkType, std::uint32_t offset, std::uint32_t end)
{
    switch (linkType) {
    case linktype::Ethernet: return decodeEthernet(ctx, offset, end);
    case linktype::Null: return decodeNullOrLoop(ctx, false, offset, end);
    case linktype::Loop: return decodeNullOrLoop(ctx, true, offset, end);
    case linktype::Raw:
    case 12: // DLT_RAW on most BSDs
    case 14: // DLT_RAW on OpenBSD
        return decodeRawIp(ctx, offset, end);
    case linktype::Ieee80211: return decodeIeee80211(ctx, offset, end, false, false);
    default: noNetwork(ctx); return;
    }
}

void truncatedLink(DecodeContext& ctx, std::uint32_t needed)
{
    if (ctx.out.tunnel.layers > 0) {
        truncatedEncapsulation(ctx, needed);
        return;
    }
    ctx.out.problems.add(ProblemKind::TruncatedLinkHeader, needed, static_cast<std::uint32_t>(ctx.frame.size()));
    ctx.out.truncated = true;
}

void decodeLink(DecodeContext& ctx, std::uint32_t end)
{
    ctx.spans.setLayer(Layer::Link);
    switch (ctx.out.link.linkType) {
    case linktype::Ethernet: return decodeEthernet(ctx, 0, end);
    case linktype::LinuxSll: return decodeSll(ctx, end);
    case linktype::LinuxSll2: return decodeSll2(ctx, end);
    case linktype::Null: return decodeNullOrLoop(ctx, false, 0, end);
    case linktype::Loop: return decodeNullOrLoop(ctx, true, 0, end);
    case linktype::Raw: return decodeRawIp(ctx, 0, end);
    case linktype::Ipv4: return decodeEtherType(ctx, 0x0800, 0, end);
    case linktype::Ipv6: return decodeEtherType(ctx, 0x86dd, 0, end);
    default:
        if (!decodeSerialLink(ctx, end) && !decodeWirelessLink(ctx, end) && !decodeHostLink(ctx, end)
            && !decodeMediaLink(ctx, end))
            ctx.out.problems.add(ProblemKind::UnsupportedLinkType, static_cast<std::uint32_t>(ctx.out.link.linkType));
    }
}

} // namespace tcplens::detail
