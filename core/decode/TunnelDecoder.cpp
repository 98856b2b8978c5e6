// What an IP header carries besides TCP: GRE (RFC 2784/2890, PPTP's enhanced GRE, WCCP, ERSPAN
// types I-III), IP-in-IP (RFC 2003, 4213), VXLAN (RFC 7348), Geneve (RFC 8926) and GTP-U
// (GtpDecoder.cpp) over UDP.
#include "DecodeSteps.h"

namespace tcplens::detail {
namespace {

constexpr std::uint16_t kVxlanPort = 4789;
constexpr std::uint16_t kGenevePort = 6081;
// Wireshark registers GTP on the user-plane and the control-plane port; only G-PDUs carry packets.
constexpr std::uint16_t kGtpUserPort = 2152;
constexpr std::uint16_t kGtpControlPort = 2123;

std::string yesNo(bool set) { return set ? "Yes" : "No"; }

/// The bytes of RFC 1701 source route entries at `offset` up to and including the last (address
/// family 0, length 0); nullopt when they run past the captured bytes.
std::optional<std::uint32_t> sourceRouteLength(Bytes frame, std::uint32_t offset)
{
    std::uint32_t at = offset;
    while (fits(frame, at, 4)) {
        const std::uint16_t family = be16(frame.data() + at);
        const std::uint8_t length = frame[at + 3];
        at += 4 + length;
        if (family == 0 && length == 0)
            return at - offset;
    }
    return std::nullopt;
}

/// Wireshark's "Routing" entries, flat as it lists them: address family, SRE offset and length, information.
void sourceRouteSpans(SpanWriter& spans, Bytes frame, std::uint32_t offset, std::uint32_t length)
{
    for (std::uint32_t at = offset; at + 4 <= offset + length;) {
        const std::uint8_t* p = frame.data() + at;
        const std::uint16_t family = be16(p);
        const std::uint8_t sreLength = p[3];
        spans.bytes("gre.routing", "Routing", at, 4 + sreLength, family, 1, [] { return std::string("Routing"); });
        spans.bytes("gre.routing.address_family", "Address Family", at, 2, family, 1,
                    [&] { return "Address Family: " + number(family); });
        spans.bytes("gre.routing.sre_offset", "SRE Offset", at + 2, 1, p[2], 1, [&] { return "SRE Offset: " + number(p[2]); });
        spans.bytes("gre.routing.src_length", "SRE Length", at + 3, 1, sreLength, 1,
                    [&] { return "SRE Length: " + number(sreLength); });
        if (sreLength > 0)
            spans.bytes("gre.routing.information", "Routing Information", at + 4, sreLength, 0, 1,
                        [&] { return "Routing Information: " + hexBytes(Bytes(p + 4, sreLength)); });
        at += 4 + sreLength;
    }
}

/// ERSPAN type II (version 1) or type III (version 2) header, then the mirrored Ethernet frame.
void decodeErspan(DecodeContext& ctx, bool type3, std::uint32_t offset, std::uint32_t end)
{
    auto& spans = ctx.spans;
    const auto frame = ctx.frame;
    const std::uint32_t fixed = type3 ? 12 : 8;
    if (!fits(frame, offset, fixed)) {
        truncatedEncapsulation(ctx, offset + fixed);
        return;
    }
    const std::uint8_t* p = frame.data() + offset;
    const std::uint32_t word0 = be32(p);
    const unsigned version = word0 >> 28;
    // Type III's O bit announces an 8-byte platform-specific subheader.
    const bool platform = type3 && (p[11] & 1);
    const std::uint32_t length = fixed + (platform ? 8 : 0);
    if (!fits(frame, offset, length)) {
        truncatedEncapsulation(ctx, offset + length);
        return;
    }
    spans.bytes("erspan", "Encapsulated Remote Switch Packet ANalysis", offset, length, version, 0, [&] {
        return std::string("Encapsulated Remote Switch Packet ANalysis") + (type3 ? " Type III" : " Type II")
             + ", Session ID: " + number(word0 & 0x3ff);
    });
    const BitContainer w0{offset, 0, 32, word0};
    spans.bits("erspan.version", "Version", w0, 0, 4, 1, [&] {
        return number(version) + (version == 1 ? " (Type II)" : version == 2 ? " (Type III)" : "");
    });
    spans.bits("erspan.vlan", "Vlan", w0, 4, 12, 1, [&] { return number((word0 >> 16) & 0xfff); });
    spans.bits("erspan.cos", "COS", w0, 16, 3, 1, [&] { return number((word0 >> 13) & 7); });
    spans.bits(type3 ? "erspan.bso" : "erspan.encap", type3 ? "Bad/Short/Oversized" : "Encap", w0, 19, 2, 1,
               [&] { return number((word0 >> 11) & 3); });
    spans.bits("erspan.truncated", "Truncated", w0, 21, 1, 1, [&] { return yesNo((word0 >> 10) & 1); });
    spans.bits("erspan.spanid", "SpanID", w0, 22, 10, 1, [&] { return number(word0 & 0x3ff); });
    if (type3) {
        const std::uint32_t timestamp = be32(p + 4);
        const std::uint32_t word2 = be32(p + 8);
        spans.bytes("erspan.timestamp", "Timestamp", offset + 4, 4, timestamp, 1,
                    [&] { return "Timestamp: " + number(timestamp); });
        const BitContainer w2{offset + 8, 0, 32, word2};
        spans.bits("erspan.sgt", "Security Group Tag", w2, 0, 16, 1, [&] { return number(word2 >> 16); });
        spans.bits("erspan.p", "Frame Type is Ethernet", w2, 16, 1, 1, [&] { return yesNo((word2 >> 15) & 1); });
        spans.bits("erspan.ft", "Frame Type", w2, 17, 5, 1, [&] { return number((word2 >> 10) & 0x1f); });
        spans.bits("erspan.hwid", "Hardware ID", w2, 22, 6, 1, [&] { return number((word2 >> 4) & 0x3f); });
        spans.bits("erspan.direction", "Direction", w2, 28, 1, 1,
                   [&] { return std::string((word2 >> 3) & 1 ? "Outgoing" : "Incoming"); });
        spans.bits("erspan.granularity", "Timestamp granularity", w2, 29, 2, 1, [&] { return number((word2 >> 1) & 3); });
        spans.bits("erspan.o", "Optional Sub-headers", w2, 31, 1, 1, [&] { return yesNo(word2 & 1); });
        if (platform)
            spans.bytes("erspan.platform", "Platform Specific", offset + 12, 8, 0, 1,
                        [] { return std::string("Platform Specific"); });
        // Frame type 0 is Ethernet; the others (IP) carry no Ethernet header.
        const unsigned frameType = (word2 >> 10) & 0x1f;
        if (frameType != 0) {
            noNetwork(ctx);
            return;
        }
    } else {
        const std::uint32_t word1 = be32(p + 4);
        const BitContainer w1{offset + 4, 0, 32, word1};
        spans.bits("erspan.reserved", "Reserved", w1, 0, 12, 1, [&] { return number(word1 >> 20); });
        spans.bits("erspan.index", "Index", w1, 12, 20, 1, [&] { return number(word1 & 0xfffff); });
    }
    decodeEthernet(ctx, offset + length, end);
}

void decodeVxlan(DecodeContext& ctx, std::uint32_t offset, std::uint32_t end)
{
    auto& spans = ctx.spans;
    if (!fits(ctx.frame, offset, 8)) {
        truncatedEncapsulation(ctx, offset + 8);
        return;
    }
    if (!enterEncapsulation(ctx, encap::Vxlan))
        return;
    const std::uint8_t* p = ctx.frame.data() + offset;
    const std::uint16_t flags = be16(p);
    const std::uint32_t vni = be32(p + 4) >> 8;
    spans.bytes("vxlan", "Virtual eXtensible Local Area Network", offset, 8, vni, 0,
                [&] { return "Virtual eXtensible Local Area Network, VNI: " + number(vni); });
    spans.bytes("vxlan.flags", "Flags", offset, 2, flags, 1, [&] { return "Flags: " + hex16(flags); });
    spans.flag("vxlan.flags.operational", "VXLAN Network ID (VNI)", BitContainer{offset, 0, 16, flags}, 4, 2);
    spans.bytes("vxlan.group_policy_id", "Group Policy ID", offset + 2, 2, be16(p + 2), 1,
                [&] { return "Group Policy ID: " + number(be16(p + 2)); });
    spans.bytes("vxlan.vni", "VXLAN Network Identifier (VNI)", offset + 4, 3, vni, 1,
                [&] { return "VXLAN Network Identifier (VNI): " + number(vni); });
    spans.bytes("vxlan.reserved_8", "Reserved", offset + 7, 1, p[7], 1, [&] { return "Reserved: " + number(p[7]); });
    decodeEthernet(ctx, offset + 8, end);
}

void decodeGeneve(DecodeContext& ctx, std::uint32_t offset, std::uint32_t end)
{
    auto& spans = ctx.spans;
    if (!fits(ctx.frame, offset, 8)) {
        truncatedEncapsulation(ctx, offset + 8);
        return;
    }
    const std::uint8_t* p = ctx.frame.data() + offset;
    const unsigned version = p[0] >> 6;
    const std::uint32_t length = 8 + (p[0] & 0x3f) * 4U;
    const std::uint16_t protocol = be16(p + 2);
    const std::uint32_t vni = be32(p + 4) >> 8;
    if (version != 0) {
        ctx.out.problems.add(ProblemKind::BadEncapsulation, encap::Geneve, version);
        noNetwork(ctx);
        return;
    }
    if (!fits(ctx.frame, offset, length)) {
        truncatedEncapsulation(ctx, offset + length);
        return;
    }
    if (!enterEncapsulation(ctx, encap::Geneve))
        return;
    spans.bytes("geneve", "Generic Network Virtualization Encapsulation", offset, length, vni, 0, [&] {
        return "Generic Network Virtualization Encapsulation, VNI: 0x" + hexBytes(Bytes(p + 4, 3)) + ", "
             + etherTypeText(protocol);
    });
    const BitContainer first{offset, 0, 8, p[0]};
    spans.bits("geneve.version", "Version", first, 0, 2, 1, [&] { return number(version); });
    spans.bits("geneve.option_length", "Length", first, 2, 6, 1, [&] { return number(length - 8) + " bytes"; });
    const BitContainer flags{offset + 1, 0, 8, p[1]};
    spans.flag("geneve.flags.oam", "Operations, Administration and Management Frame", flags, 0, 1);
    spans.flag("geneve.flags.critical", "Critical Options Present", flags, 1, 1);
    spans.bytes("geneve.proto_type", "Protocol Type", offset + 2, 2, protocol, 1,
                [&] { return "Protocol Type: " + etherTypeText(protocol); });
    spans.bytes("geneve.vni", "Virtual Network Identifier (VNI)", offset + 4, 3, vni, 1,
                [&] { return "Virtual Network Identifier (VNI): 0x" + hexBytes(Bytes(p + 4, 3)); });
    if (length > 8)
        spans.bytes("geneve.options", "Options", offset + 8, length - 8, 0, 1,
                    [&] { return "Options: (" + number(length - 8) + " bytes)"; });
    if (protocol == 0x6558)
        decodeEthernet(ctx, offset + length, end);
    else
        decodeEtherType(ctx, protocol, offset + length, end);
}

} // namespace

void decodeIpPayload(DecodeContext& ctx, std::uint8_t protocol, std::uint32_t offset, std::uint32_t end)
{
    switch (protocol) {
    case 6: decodeTcp(ctx, offset, end > offset ? end - offset : 0); return;
    case 4:
    case 41:
        if (enterEncapsulation(ctx, encap::IpInIp)) {
            if (protocol == 4)
                decodeIpv4(ctx, offset, end);
            else
                decodeIpv6(ctx, offset, end);
        }
        return;
    case 47: decodeGre(ctx, offset, end); return;
    case 17: decodeUdp(ctx, offset, end); return;
    case 1: decodeIcmp(ctx, false, offset, end); return;
    case 58: decodeIcmp(ctx, true, offset, end); return;
    case 137: decodeMpls(ctx, offset, end); return;
    default: return;
    }
}

void decodeGre(DecodeContext& ctx, std::uint32_t offset, std::uint32_t end)
{
    auto& spans = ctx.spans;
    const auto frame = ctx.frame;
    spans.setLayer(Layer::Network);
    if (!fits(frame, offset, 4)) {
        truncatedEncapsulation(ctx, offset + 4);
        return;
    }
    const std::uint8_t* p = frame.data() + offset;
    const std::uint16_t flags = be16(p);
    const std::uint16_t type = be16(p + 2);
    const bool checksum = flags & 0x8000;
    const bool routing = flags & 0x4000;
    const bool key = flags & 0x2000;
    const bool sequence = flags & 0x1000;
    const unsigned version = flags & 7;
    const bool enhanced = version == 1; // PPTP (RFC 2637): key = payload length + call ID, optional ack
    const bool ack = enhanced && (flags & 0x0080);
    if (version > 1) {
        ctx.out.problems.add(ProblemKind::BadEncapsulation, encap::Gre, version);
        noNetwork(ctx);
        return;
    }
    // RFC 1701: the routing bit brings the checksum and offset fields too, and source route entries last.
    std::uint32_t length = 4 + (checksum || routing ? 4 : 0) + (key ? 4 : 0) + (sequence ? 4 : 0) + (ack ? 4 : 0);
    std::uint32_t routes = 0;
    if (routing) {
        const auto walked = sourceRouteLength(frame, offset + length);
        if (!walked) {
            truncatedEncapsulation(ctx, offset + length + 4);
            return;
        }
        routes = *walked;
        length += routes;
    }
    // WCCP v2 adds a 4-byte redirect header unless an IPv4 header follows at once.
    const bool wccp = type == 0x883e && fits(frame, offset + length, 1) && (frame[offset + length] >> 4) != 4;
    if (wccp)
        length += 4;
    if (!fits(frame, offset, length)) {
        truncatedEncapsulation(ctx, offset + length);
        return;
    }
    if (!enterEncapsulation(ctx, encap::Gre))
        return;

    spans.bytes("gre", "Generic Routing Encapsulation", offset, length, type, 0,
                [&] { return "Generic Routing Encapsulation (" + etherTypeText(type) + ")"; });
    const BitContainer bits{offset, 0, 16, flags};
    spans.bytes("gre.flags_and_version", "Flags and Version", offset, 2, flags, 1,
                [&] { return "Flags and Version: " + hex16(flags); });
    const auto bit = [&](const char* id, const char* name, unsigned shift) {
        spans.bits(id, name, bits, shift, 1, 2, [&] { return yesNo((flags >> (15 - shift)) & 1); });
    };
    bit("gre.flags.checksum", "Checksum Bit", 0);
    bit("gre.flags.routing", "Routing Bit", 1);
    bit("gre.flags.key", "Key Bit", 2);
    bit("gre.flags.sequence_number", "Sequence Number Bit", 3);
    bit("gre.flags.strict_source_route", "Strict Source Route Bit", 4);
    spans.bits("gre.flags.recursion_control", "Recursion control", bits, 5, 3, 2, [&] { return number((flags >> 8) & 7); });
    if (enhanced)
        bit("gre.flags.ack", "Acknowledgment", 8);
    spans.bits("gre.flags.reserved", "Flags (Reserved)", bits, enhanced ? 9 : 8, enhanced ? 4 : 5, 2,
               [&] { return number((flags >> 3) & (enhanced ? 0xf : 0x1f)); });
    spans.bits("gre.flags.version", "Version", bits, 13, 3, 2,
               [&] { return std::string(enhanced ? "Enhanced GRE (1)" : "GRE (0)"); });
    spans.bytes("gre.proto", "Protocol Type", offset + 2, 2, type, 1,
                [&] { return "Protocol Type: " + etherTypeText(type); });

    std::uint32_t at = offset + 4;
    if (checksum || routing) {
        const std::uint16_t stored = be16(p + 4);
        // The checksum covers the GRE header and its payload: only a whole packet can be checked.
        const bool whole = checksum && end >= at && fits(frame, offset, end - offset);
        std::uint16_t total = 0;
        std::uint16_t expected = 0;
        if (whole) {
            total = foldChecksum(onesComplementSum(frame.subspan(offset, end - offset)));
            expected = static_cast<std::uint16_t>(~foldChecksum(total + (0xffffU & ~stored)));
            if (total != 0xffff)
                ctx.out.problems.add(ProblemKind::BadGreChecksum, stored, expected);
        }
        spans.bytes("gre.checksum", "Checksum", at, 2, stored, 1, [&] {
            return "Checksum: " + hex16(stored)
                 + (!whole ? std::string(" [unverified]")
                           : total == 0xffff ? std::string(" [correct]") : " [incorrect, should be " + hex16(expected) + "]");
        });
        spans.bytes("gre.offset", "Offset", at + 2, 2, be16(p + 6), 1,
                    [&] { return "Offset: " + number(be16(frame.data() + at + 2)); });
        at += 4;
    }
    if (key) {
        const std::uint32_t value = be32(frame.data() + at);
        if (enhanced) {
            spans.bytes("gre.key.payload_length", "Payload Length", at, 2, value >> 16, 1,
                        [&] { return "Payload Length: " + number(value >> 16); });
            spans.bytes("gre.key.call_id", "Call ID", at + 2, 2, value & 0xffff, 1,
                        [&] { return "Call ID: " + number(value & 0xffff); });
        } else {
            spans.bytes("gre.key", "Key", at, 4, value, 1,
                        [&] { return "Key: 0x" + hexBytes(Bytes(frame.data() + at, 4)); });
        }
        at += 4;
    }
    if (sequence) {
        const std::uint32_t value = be32(frame.data() + at);
        spans.bytes("gre.sequence_number", "Sequence Number", at, 4, value, 1,
                    [&] { return "Sequence Number: " + number(value); });
        at += 4;
    }
    if (ack) {
        const std::uint32_t value = be32(frame.data() + at);
        spans.bytes("gre.ack_number", "Acknowledgment Number", at, 4, value, 1,
                    [&] { return "Acknowledgment Number: " + number(value); });
        at += 4;
    }
    if (routing) {
        sourceRouteSpans(spans, frame, at, routes);
        at += routes;
    }
    if (wccp) {
        spans.bytes("gre.wccp.redirect_header", "Redirect Header", at, 4, 0, 1,
                    [] { return std::string("Redirect Header"); });
        at += 4;
    }

    switch (type) {
    case 0x88be:
        // Without a sequence number this is ERSPAN type I: the mirrored frame follows at once.
        if (!sequence) {
            ctx.out.tunnel.kinds |= encap::Erspan;
            decodeEthernet(ctx, at, end);
        } else {
            ctx.out.tunnel.kinds |= encap::Erspan;
            decodeErspan(ctx, false, at, end);
        }
        return;
    case 0x22eb:
        ctx.out.tunnel.kinds |= encap::Erspan;
        decodeErspan(ctx, true, at, end);
        return;
    case 0x883e: decodeIpv4(ctx, at, end); return;
    case 0x880b: decodePpp(ctx, at, end, true); return;
    default: decodeEtherType(ctx, type, at, end); return;
    }
}

void decodeUdp(DecodeContext& ctx, std::uint32_t offset, std::uint32_t end)
{
    auto& spans = ctx.spans;
    if (!fits(ctx.frame, offset, 8))
        return;
    const std::uint8_t* p = ctx.frame.data() + offset;
    const std::uint16_t srcPort = be16(p);
    const std::uint16_t dstPort = be16(p + 2);
    const std::uint16_t length = be16(p + 4);
    const std::uint16_t checksum = be16(p + 6);
    // Like Wireshark, the lower port picks the protocol first.
    const std::uint16_t low = srcPort < dstPort ? srcPort : dstPort;
    const std::uint16_t high = srcPort < dstPort ? dstPort : srcPort;
    const bool gtp = isGtpGPdu(ctx.frame, offset + 8);
    const auto tunnelPort = [gtp](std::uint16_t port) {
        return port == kVxlanPort || port == kGenevePort || (gtp && (port == kGtpUserPort || port == kGtpControlPort));
    };
    const std::uint16_t tunnel = tunnelPort(low) ? low : tunnelPort(high) ? high : 0;
    spans.setLayer(tunnel ? Layer::Network : Layer::Transport);
    spans.bytes("udp", "User Datagram Protocol", offset, 8, 0, 0, [&] {
        return "User Datagram Protocol, Src Port: " + number(srcPort) + ", Dst Port: " + number(dstPort);
    });
    spans.bytes("udp.srcport", "Source Port", offset, 2, srcPort, 1, [&] { return "Source Port: " + number(srcPort); });
    spans.bytes("udp.dstport", "Destination Port", offset + 2, 2, dstPort, 1,
                [&] { return "Destination Port: " + number(dstPort); });
    spans.bytes("udp.length", "Length", offset + 4, 2, length, 1, [&] { return "Length: " + number(length); });
    spans.bytes("udp.checksum", "Checksum", offset + 6, 2, checksum, 1, [&] { return "Checksum: " + hex16(checksum); });
    if (!tunnel)
        return;
    // The UDP length bounds the tunnel unless it is 0 (GSO leaves that) or claims more than IP does.
    if (length >= 8 && offset + length < end)
        end = offset + length;
    if (tunnel == kVxlanPort)
        decodeVxlan(ctx, offset + 8, end);
    else if (tunnel == kGenevePort)
        decodeGeneve(ctx, offset + 8, end);
    else
        decodeGtp(ctx, offset + 8, end);
}

} // namespace tcplens::detail
