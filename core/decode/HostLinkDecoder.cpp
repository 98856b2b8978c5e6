// Headers the capturing host puts before a packet instead of (or before) its link header:
// OpenBSD/FreeBSD pf's log (117), OpenBSD's IPsec enc interface (109), Apple's PKTAP (258),
// Solaris ipnet (226).
#include "DecodeSteps.h"
#include "LinkType.h"

#include <cstring>

namespace tcplens::detail {
namespace {

/// pfloghdr: its own length (the packet starts at that length rounded up to 4 bytes, as libpcap
/// and Wireshark align it), the address family, the action, the reason, the interface name.
void decodePflog(DecodeContext& ctx, std::uint32_t end)
{
    constexpr std::uint32_t kShortest = 45; // up to the direction byte (tcpdump's MIN_PFLOG_HDRLEN)
    auto& spans = ctx.spans;
    const auto frame = ctx.frame;
    if (!fits(frame, 0, 2))
        return truncatedLink(ctx, 2);
    const std::uint8_t length = frame[0];
    const std::uint8_t family = frame[1];
    const std::uint32_t header = (length + 3U) & ~3U;
    if (length < kShortest) {
        ctx.out.problems.add(ProblemKind::BadEncapsulation, 0, length);
        noNetwork(ctx);
        return;
    }
    if (!fits(frame, 0, header))
        return truncatedLink(ctx, header);
    const std::uint8_t* p = frame.data();
    const std::string ifname(reinterpret_cast<const char*>(p + 4), strnlen(reinterpret_cast<const char*>(p + 4), 16));
    spans.bytes("pflog", "PF Log", 0, header, family, 0, [&] { return "PF Log on " + ifname; });
    spans.bytes("pflog.length", "Header Length", 0, 1, length, 1, [&] { return "Header Length: " + number(length); });
    spans.bytes("pflog.af", "Address Family", 1, 1, family, 1, [&] { return "Address Family: " + number(family); });
    spans.bytes("pflog.action", "Action", 2, 1, p[2], 1,
                [&] { return "Action: " + std::string(p[2] == 0 ? "passed" : p[2] == 1 ? "blocked" : "other") + " (" + number(p[2]) + ")"; });
    spans.bytes("pflog.reason", "Reason", 3, 1, p[3], 1, [&] { return "Reason: " + number(p[3]); });
    spans.bytes("pflog.ifname", "Interface", 4, 16, 0, 1, [&] { return "Interface: " + ifname; });
    const std::uint16_t type = etherTypeForFamily(family);
    if (type == 0) {
        noNetwork(ctx);
        return;
    }
    decodeEtherType(ctx, type, header, end);
}

/// PKTAP: a little-endian header length, record type (1: a packet), the packet's DLT, the
/// interface name and process details; the packet with its own link header follows.
void decodePktap(DecodeContext& ctx, std::uint32_t end)
{
    constexpr std::uint32_t kFixed = 108; // through the interface name
    auto& spans = ctx.spans;
    const auto frame = ctx.frame;
    if (!fits(frame, 0, 12))
        return truncatedLink(ctx, 12);
    const std::uint8_t* p = frame.data();
    const std::uint32_t header = le32(p);
    const std::uint32_t record = le32(p + 4);
    const std::uint32_t inner = le32(p + 8);
    if (header < kFixed || header > 4096) {
        ctx.out.problems.add(ProblemKind::BadEncapsulation, 0, header);
        noNetwork(ctx);
        return;
    }
    if (!fits(frame, 0, header))
        return truncatedLink(ctx, header);
    spans.bytes("pktap", "PKTAP", 0, header, inner, 0, [&] { return "PKTAP, " + number(header) + " bytes"; });
    spans.bytes("pktap.hdrlen", "Header length", 0, 4, header, 1, [&] { return "Header length: " + number(header); });
    spans.bytes("pktap.rectype", "Record type", 4, 4, record, 1,
                [&] { return "Record type: " + std::string(record == 1 ? "Packet" : "Other") + " (" + number(record) + ")"; });
    spans.bytes("pktap.dlt", "DLT", 8, 4, inner, 1, [&] { return "DLT: " + number(inner); });
    if (record != 1) {
        noNetwork(ctx);
        return;
    }
    decodeInnerLink(ctx, inner, header, end);
}

/// Solaris ipnet: version, family (2 IPv4, 26 IPv6), hook type, length, interface and zone ids.
void decodeIpnet(DecodeContext& ctx, std::uint32_t end)
{
    constexpr std::uint32_t kHeader = 24;
    auto& spans = ctx.spans;
    const auto frame = ctx.frame;
    if (!fits(frame, 0, kHeader))
        return truncatedLink(ctx, kHeader);
    const std::uint8_t* p = frame.data();
    const std::uint8_t family = p[1];
    spans.bytes("ipnet", "Solaris ipnet", 0, kHeader, family, 0, [] { return std::string("Solaris ipnet"); });
    spans.bytes("ipnet.family", "Address family", 1, 1, family, 1, [&] {
        return "Address family: " + std::string(family == 2 ? "IPv4" : family == 26 ? "IPv6" : "Unknown") + " (" + number(family) + ")";
    });
    spans.bytes("ipnet.ifindex", "Interface index", 8, 4, be32(p + 8), 1,
                [&] { return "Interface index: " + number(be32(p + 8)); });
    if (family == 2)
        decodeEtherType(ctx, 0x0800, kHeader, end);
    else if (family == 26)
        decodeEtherType(ctx, 0x86dd, kHeader, end);
    else
        noNetwork(ctx);
}

/// OpenBSD enc: the address family (the capturing host's byte order), the SPI and flags.
void decodeEnc(DecodeContext& ctx, std::uint32_t end)
{
    constexpr std::uint32_t kHeader = 12;
    if (!fits(ctx.frame, 0, kHeader))
        return truncatedLink(ctx, kHeader);
    const std::uint8_t* p = ctx.frame.data();
    std::uint32_t family = be32(p);
    if ((family & 0xffff) == 0)
        family = le32(p);
    ctx.spans.bytes("enc", "OpenBSD Encapsulating device", 0, kHeader, family, 0,
                    [] { return std::string("OpenBSD Encapsulating device"); });
    ctx.spans.bytes("enc.af", "Address Family", 0, 4, family, 1, [&] { return "Address Family: " + number(family); });
    ctx.spans.bytes("enc.spi", "SPI", 4, 4, be32(p + 4), 1, [&] { return "SPI: 0x" + hexBytes(Bytes(p + 4, 4)); });
    const std::uint16_t type = etherTypeForFamily(family);
    if (type == 0) {
        noNetwork(ctx);
        return;
    }
    decodeEtherType(ctx, type, kHeader, end);
}

} // namespace

bool decodeHostLink(DecodeContext& ctx, std::uint32_t end)
{
    switch (ctx.out.link.linkType) {
    case linktype::Pflog: decodePflog(ctx, end); return true;
    case linktype::Enc: decodeEnc(ctx, end); return true;
    case linktype::Pktap: decodePktap(ctx, end); return true;
    case linktype::Ipnet: decodeIpnet(ctx, end); return true;
    default: return false;
    }
}

} // namespace tcplens::detail
