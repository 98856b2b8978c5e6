// Link types from routers, firewalls and other media: PPP (9, 50), PPPoE without Ethernet (51),
// Cisco HDLC (104), ARCNET (129), Juniper Ethernet (178), Linux NFLOG (239), IP over InfiniBand (242).
#include "DecodeSteps.h"
#include "LinkType.h"

namespace tcplens::detail {
namespace {

void decodeCiscoHdlc(DecodeContext& ctx, std::uint32_t end)
{
    auto& spans = ctx.spans;
    if (!fits(ctx.frame, 0, 4))
        return truncatedLink(ctx, 4);
    const std::uint8_t* p = ctx.frame.data();
    const std::uint16_t protocol = be16(p + 2);
    spans.bytes("chdlc", "Cisco HDLC", 0, 4, protocol, 0, [] { return std::string("Cisco HDLC"); });
    spans.bytes("chdlc.address", "Address", 0, 1, p[0], 1, [&] {
        return "Address: " + std::string(p[0] == 0x8f ? "Multicast" : "Unicast") + " (" + hex16(p[0]).substr(0, 2)
             + hex16(p[0]).substr(4) + ")";
    });
    spans.bytes("chdlc.control", "Control", 1, 1, p[1], 1, [&] { return "Control: " + number(p[1]); });
    spans.bytes("chdlc.protocol", "Protocol", 2, 2, protocol, 1, [&] { return "Protocol: " + etherTypeText(protocol); });
    decodeEtherType(ctx, protocol, 4, end);
}

/// Linux NFLOG: a 4-byte header, then type-length-value attributes in the capturing host's byte
/// order, each padded to 4 bytes; attribute 9 holds the packet, starting at its IP header.
void decodeNflog(DecodeContext& ctx, std::uint32_t end)
{
    constexpr std::uint16_t kPayload = 9;
    auto& spans = ctx.spans;
    const auto frame = ctx.frame;
    if (!fits(frame, 0, 4))
        return truncatedLink(ctx, 4);
    const std::uint8_t family = frame[0];
    const std::uint16_t resource = be16(frame.data() + 2);
    spans.bytes("nflog", "Linux Netfilter NFLOG", 0, 4, family, 0, [] { return std::string("Linux Netfilter NFLOG"); });
    spans.bytes("nflog.family", "Family", 0, 1, family, 1, [&] {
        return "Family: " + std::string(family == 2 ? "IPv4" : family == 10 ? "IPv6" : "Unknown") + " (" + number(family) + ")";
    });
    spans.bytes("nflog.version", "Version", 1, 1, frame[1], 1, [&] { return "Version: " + number(frame[1]); });
    spans.bytes("nflog.res_id", "Resource id", 2, 2, resource, 1, [&] { return "Resource id: " + number(resource); });
    // The byte order is the capturing host's: take the one whose first length fits.
    bool little = true;
    if (fits(frame, 4, 4)) {
        const std::uint16_t le = static_cast<std::uint16_t>(frame[4] | (frame[5] << 8));
        little = le >= 4 && 4U + le <= frame.size();
    }
    const auto u16 = [&](std::uint32_t at) {
        return little ? static_cast<std::uint16_t>(frame[at] | (frame[at + 1] << 8)) : be16(frame.data() + at);
    };
    std::uint32_t at = 4;
    for (int attributes = 0; attributes < 64 && fits(frame, at, 4); ++attributes) {
        const std::uint16_t length = u16(at);
        const std::uint16_t type = u16(at + 2) & 0x7fff;
        if (length < 4 || !fits(frame, at, length)) {
            if (type == kPayload && length >= 4) {
                // A snaplen cut the packet short: decode what is there.
                spans.bytes("nflog.tlv", "TLV", at, 4, type, 1, [] { return std::string("TLV Type: NFULA_PAYLOAD (9)"); });
                decodeRawPayload(ctx, at + 4, at + length);
                return;
            }
            break;
        }
        spans.bytes("nflog.tlv", "TLV", at, length, type, 1, [&] {
            return "TLV Type: " + std::string(type == kPayload ? "NFULA_PAYLOAD" : "attribute") + " (" + number(type)
                 + "), Length: " + number(length);
        });
        if (type == kPayload) {
            decodeRawPayload(ctx, at + 4, at + length);
            return;
        }
        at += (length + 3U) & ~3U;
    }
    noNetwork(ctx);
    (void)end;
}

/// Linux IPoIB (RFC 4391): 44 bytes, the destination's QPN and GID at 20, the ethertype at 40.
void decodeIpoib(DecodeContext& ctx, std::uint32_t end)
{
    auto& spans = ctx.spans;
    const auto frame = ctx.frame;
    if (!fits(frame, 0, 44))
        return truncatedLink(ctx, 44);
    const std::uint8_t* p = frame.data();
    const std::uint16_t type = be16(p + 40);
    spans.bytes("ipoib", "IP over Infiniband", 0, 44, type, 0, [] { return std::string("IP over Infiniband"); });
    spans.bytes("ipoib.dst.qpn", "Destination QPN", 21, 3, be32(p + 20) & 0xffffff, 1,
                [&] { return "Destination QPN: 0x" + hexBytes(Bytes(p + 21, 3)); });
    spans.bytes("ipoib.dst.gid", "Destination GID", 24, 16, 0, 1, [&] {
        IpAddress gid;
        gid.family = 6;
        std::copy(p + 24, p + 40, gid.bytes.begin());
        return "Destination GID: " + gid.toString();
    });
    spans.bytes("ipoib.type", "Type", 40, 2, type, 1, [&] { return "Type: " + etherTypeText(type); });
    spans.bytes("ipoib.reserved", "Reserved", 42, 2, be16(p + 42), 1, [&] { return "Reserved: " + hex16(be16(p + 42)); });
    decodeEtherType(ctx, type, 44, end);
}

/// Linux ARCNET: source, destination, a 2-byte offset, the protocol ID and, for RFC 1201 IDs,
/// a split flag and sequence number (an exception packet repeats them after 4 more bytes).
void decodeArcnet(DecodeContext& ctx, std::uint32_t end)
{
    auto& spans = ctx.spans;
    const auto frame = ctx.frame;
    if (!fits(frame, 0, 5))
        return truncatedLink(ctx, 5);
    const std::uint8_t* p = frame.data();
    std::uint32_t at = 4;
    std::uint8_t id = p[at];
    const bool rfc1051 = id == 0xf0 || id == 0xf1;
    std::uint32_t header = rfc1051 ? 5 : 8;
    if (!rfc1051 && fits(frame, 5, 1) && p[5] == 0xff)
        header += 4; // exception packet: padding, then the ID and split flag again
    if (!fits(frame, 0, header))
        return truncatedLink(ctx, header);
    if (header == 12)
        id = p[8];
    spans.bytes("arcnet", "ARCNET", 0, header, id, 0, [] { return std::string("ARCNET"); });
    spans.bytes("arcnet.src", "Source", 0, 1, p[0], 1, [&] { return "Source: 0x" + hexBytes(Bytes(p, 1)); });
    spans.bytes("arcnet.dst", "Dest", 1, 1, p[1], 1, [&] { return "Dest: 0x" + hexBytes(Bytes(p + 1, 1)); });
    spans.bytes("arcnet.offset", "Offset", 2, 2, be16(p + 2), 1, [&] { return "Offset: " + hexBytes(Bytes(p + 2, 2)); });
    spans.bytes("arcnet.protID", "Protocol ID", 4, 1, p[4], 1, [&] { return "Protocol ID: " + hex16(p[4]).substr(0, 2) + hexBytes(Bytes(p + 4, 1)); });
    if (!rfc1051) {
        spans.bytes("arcnet.split_flag", "Split Flag", 5, 1, p[5], 1, [&] { return "Split Flag: " + number(p[5]); });
        spans.bytes("arcnet.sequence", "Sequence", header - 2, 2, be16(p + header - 2), 1,
                    [&] { return "Sequence: " + number(be16(p + header - 2)); });
    }
    if (id == 0xd4 || id == 0xf0)
        decodeEtherType(ctx, 0x0800, header, end);
    else if (id == 0xc4)
        decodeEtherType(ctx, 0x86dd, header, end);
    else if (id == 0xd5 || id == 0xf1)
        decodeEtherType(ctx, 0x0806, header, end);
    else
        noNetwork(ctx);
}

/// Juniper's capture header (JUNIPER_ETHER): "MGC", flags, optional extension TLVs, then Ethernet.
void decodeJuniperEthernet(DecodeContext& ctx, std::uint32_t end)
{
    auto& spans = ctx.spans;
    const auto frame = ctx.frame;
    if (!fits(frame, 0, 4))
        return truncatedLink(ctx, 4);
    const std::uint8_t* p = frame.data();
    const std::uint8_t flags = p[3];
    if (p[0] != 'M' || p[1] != 'G' || p[2] != 'C') {
        ctx.out.problems.add(ProblemKind::BadEncapsulation, 0, flags); // not Juniper's magic number
        noNetwork(ctx);
        return;
    }
    std::uint32_t header = 4;
    if (flags & 0x80) {
        if (!fits(frame, 4, 2))
            return truncatedLink(ctx, 6);
        header += 2 + be16(p + 4);
    }
    if (!fits(frame, 0, header))
        return truncatedLink(ctx, header);
    spans.bytes("juniper", "Juniper Ethernet", 0, header, flags, 0, [] { return std::string("Juniper Ethernet"); });
    spans.bytes("juniper.magic-cookie", "Magic Number", 0, 3, 0x4d4743, 1, [] { return std::string("Magic Number: 0x4d4743"); });
    const BitContainer bits{3, 0, 8, flags};
    spans.bits("juniper.direction", "Direction", bits, 7, 1, 1, [&] { return std::string(flags & 1 ? "In" : "Out"); });
    spans.bits("juniper.l2hdr", "L2 header presence", bits, 6, 1, 1,
               [&] { return std::string(flags & 2 ? "Absent" : "Present"); });
    if (flags & 0x80)
        spans.bytes("juniper.ext_total_len", "Extension(s) Total length", 4, 2, be16(p + 4), 1,
                    [&] { return "Extension(s) Total length: " + number(be16(p + 4)); });
    if (flags & 0x02) {
        // No layer 2 header: the IP packet follows (tcpdump and Wireshark read it by its version).
        decodeRawPayload(ctx, header, end);
        return;
    }
    decodeEthernet(ctx, header, end);
}

} // namespace

void decodeRawPayload(DecodeContext& ctx, std::uint32_t offset, std::uint32_t end)
{
    const auto first = loadU8(ctx.frame, offset);
    if (!first)
        return truncatedLink(ctx, offset + 1);
    if ((*first >> 4) == 4)
        return decodeEtherType(ctx, 0x0800, offset, end);
    if ((*first >> 4) == 6)
        return decodeEtherType(ctx, 0x86dd, offset, end);
    noNetwork(ctx);
}

/// pppd's captures (LINKTYPE_PPP_PPPD) and LINKTYPE_PPP_WITH_DIR: a direction byte (0 received,
/// 1 sent) where HDLC has its address, pppd's then followed by the 0x03 control byte.
void decodePppWithDirection(DecodeContext& ctx, std::uint32_t end, bool control)
{
    auto& spans = ctx.spans;
    spans.setLayer(Layer::Link);
    const auto direction = loadU8(ctx.frame, 0);
    if (!direction)
        return truncatedLink(ctx, 1);
    std::uint32_t at = 1;
    spans.bytes("ppp.direction", "Direction", 0, 1, *direction, 0, [&] {
        return "Direction: " + std::string(*direction == 0 ? "Received" : *direction == 1 ? "Sent" : "Unknown") + " ("
             + number(*direction) + ")";
    });
    if (control && at < ctx.frame.size() && ctx.frame[at] == 0x03) {
        spans.bytes("ppp.control", "Control", at, 1, 0x03, 0, [] { return std::string("Control: 0x03"); });
        ++at;
    }
    decodePpp(ctx, at, end, false);
}

bool decodeSerialLink(DecodeContext& ctx, std::uint32_t end)
{
    switch (ctx.out.link.linkType) {
    case linktype::Ppp:
    case linktype::PppHdlc:
        // libpcap's "PPP in HDLC-like framing, or Cisco PPP with HDLC framing": 0x0f/0x8f is Cisco's address.
        // Wireshark reads both link types so (dissect_ppp_hdlc); routers write Cisco HDLC as PPP (9) too.
        if (!ctx.frame.empty() && (ctx.frame[0] == 0x0f || ctx.frame[0] == 0x8f))
            decodeCiscoHdlc(ctx, end);
        else
            decodePpp(ctx, 0, end, false);
        return true;
    case linktype::PppPppd: decodePppWithDirection(ctx, end, true); return true;
    case linktype::PppWithDir: decodePppWithDirection(ctx, end, false); return true;
    case linktype::PppEther: decodePppoe(ctx, 0, end); return true;
    case linktype::CiscoHdlc: decodeCiscoHdlc(ctx, end); return true;
    case linktype::ArcnetLinux: decodeArcnet(ctx, end); return true;
    case linktype::Nflog: decodeNflog(ctx, end); return true;
    case linktype::Ipoib: decodeIpoib(ctx, end); return true;
    case linktype::JuniperEther: decodeJuniperEthernet(ctx, end); return true;
    default: return false;
    }
}

} // namespace tcplens::detail
