// Ethernet II and 802.3/SNAP with their tags (802.1Q, 802.1ad, 802.1BR E-tag, VN-tag), and the
// dispatch from an ethertype to the layer it names: IP, MPLS, PPPoE, bridged Ethernet.
#include "DecodeSteps.h"

namespace tcplens::detail {
namespace {

constexpr std::uint32_t kEthernetHeader = 14;
constexpr int kMaxTags = 8; // bounds the walk on a frame of nothing but tags

std::string pcpText(unsigned pcp)
{
    static constexpr const char* names[] = {"Best Effort (default)", "Background", "Excellent Effort",
                                            "Critical Applications", "Video, < 100ms latency and jitter",
                                            "Voice, < 10ms latency and jitter", "Internetwork Control",
                                            "Network Control"};
    return std::string(names[pcp & 7]) + " (" + std::to_string(pcp) + ")";
}

/// An 802.1Q / 802.1ad tag at `offset` (after its TPID); returns the ethertype that follows.
std::uint16_t vlanTag(DecodeContext& ctx, std::uint16_t tpid, std::uint32_t offset)
{
    auto& spans = ctx.spans;
    const std::uint8_t* p = ctx.frame.data() + offset;
    const std::uint16_t tci = be16(p);
    const std::uint16_t inner = be16(p + 2);
    auto& link = ctx.out.link;
    if (ctx.out.tunnel.layers == 0) {
        if (link.vlanCount < 2)
            link.vlanIds[link.vlanCount] = tci & 0x0fff;
        ++link.vlanCount;
    }
    const bool outer = tpid == 0x88a8 || tpid == 0x9100;
    spans.bytes("vlan", outer ? "802.1ad" : "802.1Q Virtual LAN", offset, 4, tci, 0, [&] {
        return std::string(outer ? "IEEE 802.1ad" : "802.1Q Virtual LAN") + ", PRI: " + number(tci >> 13)
             + ", DEI: " + number((tci >> 12) & 1) + ", ID: " + number(tci & 0x0fff);
    });
    const BitContainer tciBits{offset, 0, 16, tci};
    spans.bits("vlan.priority", "Priority", tciBits, 0, 3, 1, [&] { return pcpText(tci >> 13); });
    spans.bits("vlan.dei", "DEI", tciBits, 3, 1, 1, [&] { return std::string((tci >> 12) & 1 ? "Eligible" : "Ineligible"); });
    spans.bits("vlan.id", "ID", tciBits, 4, 12, 1, [&] { return number(tci & 0x0fff); });
    spans.bytes("vlan.etype", "Type", offset + 2, 2, inner, 1, [&] { return "Type: " + etherTypeText(inner); });
    return inner;
}

/// IEEE 802.1BR E-tag: six bytes after its TPID, then the ethertype.
std::uint16_t eTag(DecodeContext& ctx, std::uint32_t offset)
{
    auto& spans = ctx.spans;
    const std::uint8_t* p = ctx.frame.data() + offset;
    const std::uint16_t first = be16(p);
    const std::uint16_t second = be16(p + 2);
    const std::uint16_t inner = be16(p + 6);
    spans.bytes("etag", "802.1BR E-Tag", offset, 8, 0, 0, [&] {
        return "802.1BR E-Tag, E-CID: " + number(((second & 0x0fff) | (std::uint32_t{p[5]} << 12)))
             + ", Ingress E-CID: " + number((first & 0x0fff) | (std::uint32_t{p[4]} << 12));
    });
    const BitContainer a{offset, 0, 16, first};
    const BitContainer b{offset + 2, 0, 16, second};
    spans.bits("etag.pcp", "E-PCP", a, 0, 3, 1, [&] { return number(first >> 13); });
    spans.bits("etag.dei", "E-DEI", a, 3, 1, 1, [&] { return number((first >> 12) & 1); });
    spans.bits("etag.ingress_ecid_base", "Ingress_E-CID_base", a, 4, 12, 1, [&] { return number(first & 0x0fff); });
    spans.bits("etag.reserved", "Reserved", b, 0, 2, 1, [&] { return number(second >> 14); });
    spans.bits("etag.grp", "GRP", b, 2, 2, 1, [&] { return number((second >> 12) & 3); });
    spans.bits("etag.ecid_base", "E-CID_base", b, 4, 12, 1, [&] { return number(second & 0x0fff); });
    spans.bytes("etag.ingress_ecid_ext", "Ingress_E-CID_ext", offset + 4, 1, p[4], 1,
                [&] { return "Ingress_E-CID_ext: " + number(p[4]); });
    spans.bytes("etag.ecid_ext", "E-CID_ext", offset + 5, 1, p[5], 1, [&] { return "E-CID_ext: " + number(p[5]); });
    spans.bytes("etag.etype", "Type", offset + 6, 2, inner, 1, [&] { return "Type: " + etherTypeText(inner); });
    return inner;
}

/// Cisco VN-tag: four bytes after its TPID, then the ethertype.
std::uint16_t vnTag(DecodeContext& ctx, std::uint32_t offset)
{
    auto& spans = ctx.spans;
    const std::uint8_t* p = ctx.frame.data() + offset;
    const std::uint32_t tag = be32(p);
    const std::uint16_t inner = be16(p + 4);
    spans.bytes("vntag", "VN-Tag", offset, 6, tag, 0, [&] {
        return "VN-Tag, Destination VIF: " + number((tag >> 16) & 0x3fff) + ", Source VIF: " + number(tag & 0x0fff);
    });
    const BitContainer bits{offset, 0, 32, tag};
    spans.bits("vntag.dir", "Direction", bits, 0, 1, 1, [&] { return std::string(tag >> 31 ? "From Bridge" : "To Bridge"); });
    spans.bits("vntag.ptr", "Pointer", bits, 1, 1, 1, [&] { return std::string((tag >> 30) & 1 ? "vif_list_id" : "vif_id"); });
    spans.bits("vntag.dvif", "Destination VIF", bits, 2, 14, 1, [&] { return number((tag >> 16) & 0x3fff); });
    spans.bits("vntag.looped", "Looped", bits, 16, 1, 1, [&] { return std::string((tag >> 15) & 1 ? "Yes" : "No"); });
    spans.bits("vntag.reserved", "Reserved", bits, 17, 1, 1, [&] { return number((tag >> 14) & 1); });
    spans.bits("vntag.version", "Version", bits, 18, 2, 1, [&] { return number((tag >> 12) & 3); });
    spans.bits("vntag.svif", "Source VIF", bits, 20, 12, 1, [&] { return number(tag & 0x0fff); });
    spans.bytes("vntag.etype", "Type", offset + 4, 2, inner, 1, [&] { return "Type: " + etherTypeText(inner); });
    return inner;
}

} // namespace

void decodeEthernet(DecodeContext& ctx, std::uint32_t offset, std::uint32_t end)
{
    auto& spans = ctx.spans;
    const auto frame = ctx.frame;
    spans.setLayer(Layer::Link);
    if (!fits(frame, offset, kEthernetHeader))
        return truncatedLink(ctx, offset + kEthernetHeader);
    const std::uint8_t* p = frame.data() + offset;
    spans.bytes("eth", "Ethernet II", offset, kEthernetHeader, 0, 0,
                [&] { return "Ethernet II, Src: " + macText(p + 6, 6) + ", Dst: " + macText(p, 6); });
    spans.bytes("eth.dst", "Destination", offset, 6, 0, 1, [&] { return "Destination: " + macText(p, 6); });
    spans.bytes("eth.src", "Source", offset + 6, 6, 0, 1, [&] { return "Source: " + macText(p + 6, 6); });
    std::uint16_t type = be16(p + 12);
    std::uint32_t at = offset + kEthernetHeader;
    if (type <= 1500) {
        // IEEE 802.3: a length, then 802.2 LLC; IP rides in a SNAP header with OUI 0.
        spans.bytes("eth.len", "Length", offset + 12, 2, type, 1, [&] { return "Length: " + number(type); });
        if (end > at + type)
            end = at + type;
        if (!fits(frame, at, 8) || frame[at] != 0xaa || frame[at + 1] != 0xaa || frame[at + 2] != 0x03
            || (frame[at + 3] | frame[at + 4] | frame[at + 5]) != 0) {
            noNetwork(ctx);
            return;
        }
        const std::uint16_t pid = be16(frame.data() + at + 6);
        spans.bytes("llc", "Logical-Link Control", at, 8, 0, 0,
                    [&] { return "Logical-Link Control, DSAP: SNAP (0xaa), SSAP: SNAP (0xaa), Type: " + etherTypeText(pid); });
        spans.bytes("llc.type", "Type", at + 6, 2, pid, 1, [&] { return "Type: " + etherTypeText(pid); });
        type = pid;
        at += 8;
    } else {
        spans.bytes("eth.type", "Type", offset + 12, 2, type, 1, [&] { return "Type: " + etherTypeText(type); });
    }

    for (int tags = 0;; ++tags) {
        const std::uint32_t tagLength = type == 0x893f ? 8 : type == 0x8926 ? 6
                                      : (type == 0x8100 || type == 0x88a8 || type == 0x9100) ? 4 : 0;
        if (tagLength == 0)
            break;
        if (tags == kMaxTags || !fits(frame, at, tagLength))
            return truncatedLink(ctx, at + tagLength);
        if (type == 0x893f)
            ctx.out.tunnel.kinds |= encap::Etag;
        else if (type == 0x8926)
            ctx.out.tunnel.kinds |= encap::Vntag;
        type = type == 0x893f ? eTag(ctx, at) : type == 0x8926 ? vnTag(ctx, at) : vlanTag(ctx, type, at);
        at += tagLength;
    }
    decodeEtherType(ctx, type, at, end);
}

void decodeLlc(DecodeContext& ctx, std::uint32_t at, std::uint32_t end)
{
    const auto frame = ctx.frame;
    if (!fits(frame, at, 3)) {
        noNetwork(ctx);
        return;
    }
    const std::uint8_t* p = frame.data() + at;
    const bool snap = p[0] == 0xaa && p[1] == 0xaa && p[2] == 0x03;
    if (!snap || !fits(frame, at, 8) || !((p[3] == 0 && p[4] == 0 && (p[5] == 0 || p[5] == 0xf8)))) {
        ctx.spans.bytes("llc", "Logical-Link Control", at, 3, 0, 0, [] { return std::string("Logical-Link Control"); });
        noNetwork(ctx);
        return;
    }
    const std::uint16_t pid = be16(p + 6);
    ctx.spans.bytes("llc", "Logical-Link Control", at, 8, 0, 0,
                    [=] { return "Logical-Link Control, DSAP: SNAP (0xaa), SSAP: SNAP (0xaa), Type: " + etherTypeText(pid); });
    ctx.spans.bytes("llc.type", "Type", at + 6, 2, pid, 1, [=] { return "Type: " + etherTypeText(pid); });
    decodeEtherType(ctx, pid, at + 8, end);
}

void decodeEtherType(DecodeContext& ctx, std::uint16_t etherType, std::uint32_t offset, std::uint32_t end)
{
    auto& out = ctx.out;
    if (out.tunnel.layers == 0 && out.network.kind == NetworkKind::None) {
        out.link.etherType = etherType;
        out.link.headerLength = offset;
    }
    switch (etherType) {
    case 0x0800: return decodeIpv4(ctx, offset, end);
    case 0x86dd: return decodeIpv6(ctx, offset, end);
    case 0x8847:
    case 0x8848: return decodeMpls(ctx, offset, end);
    case 0x8864: return decodePppoe(ctx, offset, end);
    case 0x6558:
        if (enterEncapsulation(ctx, 0))
            decodeEthernet(ctx, offset, end);
        return;
    case 0x0806:
        if (out.network.kind == NetworkKind::None)
            out.network.kind = NetworkKind::Arp;
        return;
    default: noNetwork(ctx); return;
    }
}

} // namespace tcplens::detail
