// Link layers: Ethernet (+802.1Q / 802.1ad tags), Linux cooked v1/v2, BSD NULL/LOOP, raw IP.
#include "DecodeSteps.h"
#include "LinkType.h"

namespace tcplens::detail {
namespace {

constexpr std::uint32_t kEthernetHeader = 14;
constexpr std::uint32_t kVlanTag = 4;
constexpr std::uint32_t kSllHeader = 16;
constexpr std::uint32_t kSll2Header = 20;
constexpr std::uint32_t kNullHeader = 4;
constexpr int kMaxVlanTags = 8; // bounds the walk on a frame of nothing but tags

bool isVlanTpid(std::uint16_t type) noexcept { return type == 0x8100 || type == 0x88a8 || type == 0x9100; }

/// Sets the network kind from an ethertype; returns whether an IP layer follows.
bool selectNetwork(DecodedPacket& out, std::uint16_t etherType, std::uint32_t headerLength)
{
    out.link.etherType = etherType;
    out.link.headerLength = headerLength;
    switch (etherType) {
    case 0x0800: out.network.kind = NetworkKind::Ipv4; return true;
    case 0x86dd: out.network.kind = NetworkKind::Ipv6; return true;
    case 0x0806: out.network.kind = NetworkKind::Arp; return false;
    default: out.network.kind = NetworkKind::Other; return false;
    }
}

bool truncatedLink(DecodeContext& ctx, std::uint32_t needed)
{
    ctx.out.problems.add(ProblemKind::TruncatedLinkHeader, needed, static_cast<std::uint32_t>(ctx.frame.size()));
    ctx.out.truncated = true;
    return false;
}

std::string pcpText(unsigned pcp)
{
    static constexpr const char* names[] = {"Best Effort (default)", "Background", "Excellent Effort",
                                            "Critical Applications", "Video, < 100ms latency and jitter",
                                            "Voice, < 10ms latency and jitter", "Internetwork Control",
                                            "Network Control"};
    return std::string(names[pcp & 7]) + " (" + std::to_string(pcp) + ")";
}

bool decodeEthernet(DecodeContext& ctx)
{
    auto& spans = ctx.spans;
    const auto frame = ctx.frame;
    if (!fits(frame, 0, kEthernetHeader))
        return truncatedLink(ctx, kEthernetHeader);
    const std::uint8_t* p = frame.data();
    spans.bytes("eth", "Ethernet II", 0, kEthernetHeader, 0, 0,
                [&] { return "Ethernet II, Src: " + macText(p + 6, 6) + ", Dst: " + macText(p, 6); });
    spans.bytes("eth.dst", "Destination", 0, 6, 0, 1, [&] { return "Destination: " + macText(p, 6); });
    spans.bytes("eth.src", "Source", 6, 6, 0, 1, [&] { return "Source: " + macText(p + 6, 6); });
    std::uint16_t type = be16(p + 12);
    spans.bytes("eth.type", "Type", 12, 2, type, 1, [&] { return "Type: " + etherTypeText(type); });

    std::uint32_t offset = kEthernetHeader;
    for (int tags = 0; isVlanTpid(type); ++tags) {
        if (tags == kMaxVlanTags || !fits(frame, offset, kVlanTag))
            return truncatedLink(ctx, offset + kVlanTag);
        const std::uint16_t tci = be16(p + offset);
        const std::uint16_t inner = be16(p + offset + 2);
        if (ctx.out.link.vlanCount < 2)
            ctx.out.link.vlanIds[ctx.out.link.vlanCount] = tci & 0x0fff;
        ++ctx.out.link.vlanCount;
        const bool outer = type == 0x88a8 || type == 0x9100;
        spans.bytes("vlan", outer ? "802.1ad" : "802.1Q Virtual LAN", offset, kVlanTag, tci, 0, [&] {
            return std::string(outer ? "IEEE 802.1ad" : "802.1Q Virtual LAN") + ", PRI: " + std::to_string(tci >> 13)
                 + ", DEI: " + std::to_string((tci >> 12) & 1) + ", ID: " + std::to_string(tci & 0x0fff);
        });
        const BitContainer tciBits{offset, 0, 16, tci};
        spans.bits("vlan.priority", "Priority", tciBits, 0, 3, 1, [&] { return std::string(pcpText(tci >> 13)); });
        spans.bits("vlan.dei", "DEI", tciBits, 3, 1, 1, [&] { return std::string((tci >> 12) & 1 ? "Eligible" : "Ineligible"); });
        spans.bits("vlan.id", "ID", tciBits, 4, 12, 1, [&] { return std::string(std::to_string(tci & 0x0fff)); });
        spans.bytes("vlan.etype", "Type", offset + 2, 2, inner, 1, [&] { return "Type: " + etherTypeText(inner); });
        type = inner;
        offset += kVlanTag;
    }
    return selectNetwork(ctx.out, type, offset);
}

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

bool decodeSll(DecodeContext& ctx)
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
    return selectNetwork(ctx.out, protocol, kSllHeader);
}

bool decodeSll2(DecodeContext& ctx)
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
    return selectNetwork(ctx.out, protocol, kSll2Header);
}

/// BSD AF_ values for IPv6 differ per OS: Linux 10, NetBSD/OpenBSD 24, FreeBSD 28, macOS 30.
std::uint16_t etherTypeForFamily(std::uint32_t family) noexcept
{
    if (family == 2)
        return 0x0800;
    if (family == 10 || family == 24 || family == 28 || family == 30)
        return 0x86dd;
    return 0;
}

bool decodeNullOrLoop(DecodeContext& ctx, bool networkOrder)
{
    if (!fits(ctx.frame, 0, kNullHeader))
        return truncatedLink(ctx, kNullHeader);
    const std::uint8_t* p = ctx.frame.data();
    std::uint32_t family = be32(p);
    // NULL stores AF in the capturing host's order: small values tell which order that was.
    if (!networkOrder && (family & 0xffff) == 0)
        family = *loadLe32(ctx.frame, 0);
    const char* name = networkOrder ? "OpenBSD loopback" : "Null/Loopback";
    ctx.spans.bytes(networkOrder ? "loop" : "null", name, 0, kNullHeader, family, 0,
                    [&] { return std::string(name); });
    ctx.spans.bytes("null.family", "Family", 0, 4, family, 1, [&] {
        const std::uint16_t type = etherTypeForFamily(family);
        return "Family: " + std::string(type == 0x0800 ? "IP" : type == 0x86dd ? "IPv6" : "Unknown") + " ("
             + std::to_string(family) + ")";
    });
    const std::uint16_t type = etherTypeForFamily(family);
    if (type == 0) {
        ctx.out.link.headerLength = kNullHeader;
        ctx.out.network.kind = NetworkKind::Other;
        return false;
    }
    return selectNetwork(ctx.out, type, kNullHeader);
}

bool decodeRawIp(DecodeContext& ctx)
{
    const auto first = loadU8(ctx.frame, 0);
    if (!first)
        return truncatedLink(ctx, 1);
    const unsigned version = *first >> 4;
    if (version == 4)
        return selectNetwork(ctx.out, 0x0800, 0);
    if (version == 6)
        return selectNetwork(ctx.out, 0x86dd, 0);
    ctx.out.problems.add(ProblemKind::BogusIpVersion, version);
    ctx.out.network.kind = NetworkKind::Other;
    return false;
}

} // namespace

bool decodeLink(DecodeContext& ctx)
{
    ctx.spans.setLayer(Layer::Link);
    switch (ctx.out.link.linkType) {
    case linktype::Ethernet: return decodeEthernet(ctx);
    case linktype::LinuxSll: return decodeSll(ctx);
    case linktype::LinuxSll2: return decodeSll2(ctx);
    case linktype::Null: return decodeNullOrLoop(ctx, false);
    case linktype::Loop: return decodeNullOrLoop(ctx, true);
    case linktype::Raw: return decodeRawIp(ctx);
    case linktype::Ipv4: return selectNetwork(ctx.out, 0x0800, 0);
    case linktype::Ipv6: return selectNetwork(ctx.out, 0x86dd, 0);
    default:
        ctx.out.problems.add(ProblemKind::UnsupportedLinkType, static_cast<std::uint32_t>(ctx.out.link.linkType));
        return false;
    }
}

} // namespace tcplens::detail
