// IPv4 header, options and header checksum (RFC 791).
#include "DecodeSteps.h"

#include <algorithm>
#include <utility>

namespace tcplens::detail {
namespace {

constexpr std::uint32_t kMinHeader = 20;

const char* ipOptionName(std::uint8_t kind) noexcept
{
    switch (kind) {
    case 0: return "End of Options List (EOL)";
    case 1: return "No-Operation (NOP)";
    case 7: return "Record Route";
    case 68: return "Time Stamp";
    case 130: return "Security";
    case 131: return "Loose Source Route";
    case 137: return "Strict Source Route";
    case 148: return "Router Alert";
    default: return "Unknown";
    }
}

void decodeIpv4Options(DecodeContext& ctx, std::uint32_t begin, std::uint32_t end)
{
    auto& ip = ctx.out.network;
    auto& spans = ctx.spans;
    spans.bytes("ip.options", "Options", begin, end - begin, 0, 1,
                [&] { return "Options: (" + std::to_string(end - begin) + " bytes)"; });
    std::uint32_t at = begin;
    while (at < end) {
        const std::uint8_t kind = ctx.frame[at];
        if (kind == 0 || kind == 1) {
            spans.bytes("ip.option", ipOptionName(kind), at, 1, kind, 2,
                        [&] { return std::string("IP Option - ") + ipOptionName(kind); });
            ++at;
            if (kind == 0)
                break; // the rest is padding
            continue;
        }
        if (at + 1 >= end) {
            ctx.out.problems.add(ProblemKind::BadIpOption, kind, 0);
            break;
        }
        const std::uint8_t length = ctx.frame[at + 1];
        if (length < 2 || at + length > end) {
            ctx.out.problems.add(ProblemKind::BadIpOption, kind, length);
            break;
        }
        spans.bytes("ip.option", ipOptionName(kind), at, length, kind, 2, [&] {
            return std::string("IP Option - ") + ipOptionName(kind) + " (" + std::to_string(length) + " bytes)";
        });
        // A source route's last address is where the datagram finally goes: the transport
        // checksum covers that one (RFC 791; tcpdump and Wireshark do the same).
        if ((kind == 131 || kind == 137) && length >= 7) {
            std::copy(ctx.frame.data() + at + length - 4, ctx.frame.data() + at + length, ip.pseudoDst.bytes.begin());
        }
        at += length;
    }
}

/// Wireshark's long and short DSCP names: "Default" / "CS0", "Assured Forwarding 11" / "AF11".
std::pair<std::string, std::string> dscpNames(unsigned dscp)
{
    if (dscp == 46)
        return {"Expedited Forwarding", "EF"};
    if (dscp == 44)
        return {"Voice Admit", "VA"};
    if (dscp == 1)
        return {"Lower Effort", "LE"};
    if (dscp % 8 == 0)
        return {dscp == 0 ? "Default" : "Class Selector " + std::to_string(dscp / 8), "CS" + std::to_string(dscp / 8)};
    const unsigned cls = dscp / 8;
    const unsigned drop = (dscp % 8) / 2;
    if (dscp % 2 == 0 && cls >= 1 && cls <= 4 && drop >= 1 && drop <= 3) {
        const auto af = std::to_string(cls) + std::to_string(drop);
        return {"Assured Forwarding " + af, "AF" + af};
    }
    return {"Unknown", "DSCP " + std::to_string(dscp)};
}

std::string ecnText(unsigned ecn)
{
    static constexpr const char* names[] = {"Not ECN-Capable Transport (0)", "ECN-Capable Transport codepoint '01' (1)",
                                            "ECN-Capable Transport codepoint '10' (2)", "Congestion Experienced (3)"};
    return names[ecn & 3];
}

const char* ecnShortName(unsigned ecn) noexcept
{
    static constexpr const char* names[] = {"Not-ECT", "ECT(1)", "ECT(0)", "CE"};
    return names[ecn & 3];
}

std::string ipFlagsText(std::uint8_t flags)
{
    std::string text = "0x" + std::to_string(flags);
    if (flags & 0x4)
        text += ", Reserved bit";
    if (flags & 0x2)
        text += ", Don't fragment";
    if (flags & 0x1)
        text += ", More fragments";
    return text;
}

} // namespace

void decodeIpv4(DecodeContext& ctx, std::uint32_t offset, std::uint32_t end)
{
    auto& out = ctx.out;
    auto& ip = out.network;
    auto& spans = ctx.spans;
    spans.setLayer(Layer::Network);
    if (ip.src.family != 0)
        ++out.tunnel.outerIpHeaders; // the innermost header is the one analysis sees
    ip = NetworkInfo{};
    ip.kind = NetworkKind::Ipv4;
    ip.offset = offset;
    const auto frame = ctx.frame;
    const auto first = loadU8(frame, offset);
    if (!first) {
        out.problems.add(ProblemKind::TruncatedNetwork, offset + 1, static_cast<std::uint32_t>(frame.size()));
        out.truncated = true;
        return;
    }
    const unsigned version = *first >> 4;
    const std::uint32_t headerLength = (*first & 0x0f) * 4U;
    ip.headerLength = headerLength;
    const std::size_t headerSpan = spans.size();
    spans.bytes("ip", "Internet Protocol Version 4", offset, 1, 4, 0,
                [] { return std::string("Internet Protocol Version 4"); });
    const BitContainer versionByte{offset, 0, 8, *first};
    spans.bits("ip.version", "Version", versionByte, 0, 4, 1, [&] { return std::string(std::to_string(version)); });
    spans.bits("ip.hdr_len", "Header Length", versionByte, 4, 4, 1,
               [&] { return std::string(std::to_string(headerLength) + " bytes (" + std::to_string(*first & 0x0f) + ")"); });
    if (version != 4) {
        out.problems.add(ProblemKind::BogusIpVersion, version);
        return;
    }
    if (headerLength < kMinHeader) {
        out.problems.add(ProblemKind::BogusIpv4HeaderLength, headerLength);
        return;
    }
    if (!fits(frame, offset, kMinHeader)) {
        out.problems.add(ProblemKind::TruncatedNetwork, offset + kMinHeader, static_cast<std::uint32_t>(frame.size()));
        out.truncated = true;
        return;
    }
    const std::uint8_t* p = frame.data() + offset;
    const std::uint8_t tos = p[1];
    const std::uint32_t totalLength = be16(p + 2);
    ip.id = be16(p + 4);
    const std::uint16_t flagsAndOffset = be16(p + 6);
    ip.flags = static_cast<std::uint8_t>(flagsAndOffset >> 13);
    ip.fragmentOffset = static_cast<std::uint16_t>((flagsAndOffset & 0x1fff) * 8U);
    ip.isFragment = (ip.flags & 0x1) || ip.fragmentOffset != 0;
    ip.ttl = p[8];
    ip.protocol = p[9];
    ip.checksumValue = be16(p + 10);
    ip.src.family = ip.dst.family = 4;
    std::copy(p + 12, p + 16, ip.src.bytes.begin());
    std::copy(p + 16, p + 20, ip.dst.bytes.begin());
    ip.pseudoSrc = ip.src;
    ip.pseudoDst = ip.dst;

    spans.resize(headerSpan, headerLength);
    spans.setText(headerSpan, spans.enabled() ? "Internet Protocol Version 4, Src: " + ip.src.toString()
                                                    + ", Dst: " + ip.dst.toString()
                                              : std::string());
    const BitContainer tosByte{offset + 1, 0, 8, tos};
    spans.bytes("ip.dsfield", "Differentiated Services Field", offset + 1, 1, tos, 1, [&] {
        return "Differentiated Services Field: 0x" + hex16(tos).substr(4) + " (DSCP: " + dscpNames(tos >> 2).second
             + ", ECN: " + ecnShortName(tos) + ")";
    });
    spans.bits("ip.dsfield.dscp", "Differentiated Services Codepoint", tosByte, 0, 6, 2,
               [&] { return std::string(dscpNames(tos >> 2).first + " (" + std::to_string(tos >> 2) + ")"); });
    spans.bits("ip.dsfield.ecn", "Explicit Congestion Notification", tosByte, 6, 2, 2, [&] { return std::string(ecnText(tos & 3)); });
    spans.bytes("ip.len", "Total Length", offset + 2, 2, totalLength, 1,
                [&] { return "Total Length: " + std::to_string(totalLength); });
    spans.bytes("ip.id", "Identification", offset + 4, 2, ip.id, 1,
                [&] { return "Identification: " + hex16(ip.id) + " (" + std::to_string(ip.id) + ")"; });
    // Wireshark pictures the flags within their byte and the offset within its 16 bits.
    const BitContainer flagByte{offset + 6, 0, 8, p[6]};
    spans.bits("ip.flags", "Flags", flagByte, 0, 3, 1, [&] { return std::string(ipFlagsText(ip.flags)); });
    spans.flag("ip.flags.rb", "Reserved bit", flagByte, 0, 2);
    spans.flag("ip.flags.df", "Don't fragment", flagByte, 1, 2);
    spans.flag("ip.flags.mf", "More fragments", flagByte, 2, 2);
    spans.bits("ip.frag_offset", "Fragment Offset", BitContainer{offset + 6, 0, 16, flagsAndOffset}, 3, 13, 1,
               [&] { return std::string(std::to_string(ip.fragmentOffset)); });
    spans.bytes("ip.ttl", "Time to Live", offset + 8, 1, ip.ttl, 1,
                [&] { return "Time to Live: " + std::to_string(ip.ttl); });
    spans.bytes("ip.proto", "Protocol", offset + 9, 1, ip.protocol, 1, [&] {
        return "Protocol: " + std::string(ipProtocolName(ip.protocol)) + " (" + std::to_string(ip.protocol) + ")";
    });
    const std::size_t checksumSpan = spans.size();
    spans.bytes("ip.checksum", "Header Checksum", offset + 10, 2, ip.checksumValue, 1,
                [&] { return "Header Checksum: " + hex16(ip.checksumValue); });
    spans.bytes("ip.src", "Source Address", offset + 12, 4, 0, 1,
                [&] { return "Source Address: " + ip.src.toString(); });
    spans.bytes("ip.dst", "Destination Address", offset + 16, 4, 0, 1,
                [&] { return "Destination Address: " + ip.dst.toString(); });

    // Lengths: a total of 0 is what TSO leaves in captures; beyond the wire, trust the wire.
    const std::uint32_t wireAfterLink = end > offset ? end - offset : static_cast<std::uint32_t>(frame.size() - offset);
    std::uint32_t effectiveLength = totalLength;
    if (totalLength == 0) {
        effectiveLength = wireAfterLink;
        out.problems.add(ProblemKind::BogusIpv4TotalLength, 0, headerLength);
    } else if (totalLength < headerLength) {
        out.problems.add(ProblemKind::BogusIpv4TotalLength, totalLength, headerLength);
        ip.totalLength = totalLength;
        return;
    } else if (totalLength > wireAfterLink) {
        out.problems.add(ProblemKind::IpLengthExceedsFrame, totalLength, wireAfterLink);
        effectiveLength = wireAfterLink;
    }
    ip.totalLength = effectiveLength;
    if (headerLength > effectiveLength) {
        out.problems.add(ProblemKind::BogusIpv4HeaderLength, headerLength, effectiveLength);
        return;
    }
    if (!fits(frame, offset, headerLength)) {
        out.problems.add(ProblemKind::TruncatedNetwork, offset + headerLength,
                         static_cast<std::uint32_t>(frame.size()));
        out.truncated = true;
        return;
    }

    // The value the field should hold: the complemented sum of every other header word.
    const std::uint16_t total = foldChecksum(onesComplementSum(frame.subspan(offset, headerLength)));
    const std::uint16_t expected = static_cast<std::uint16_t>(~foldChecksum(total + (0xffffU & ~ip.checksumValue)));
    const bool good = total == 0xffff;
    ip.checksum = good ? ChecksumStatus::Good : ChecksumStatus::Bad;
    // A host whose NIC computes the header checksum hands it a zero field; a capture on that host
    // (or of packets it marks outgoing) sees the zero. Wireshark does not validate IPv4 checksums
    // by default, so like the TCP partial sum this is a note, not a bad header.
    const bool offloaded = !good && (ip.checksumValue == 0 || out.link.sllPacketType == 4);
    if (!good)
        out.problems.add(offloaded ? ProblemKind::IpChecksumOffload : ProblemKind::BadIpChecksum, ip.checksumValue,
                         expected);
    if (spans.enabled()) {
        spans.setText(checksumSpan, "Header Checksum: " + hex16(ip.checksumValue)
                                        + (good ? " [correct]" : " [incorrect, should be " + hex16(expected) + "]")
                                        + (offloaded ? " (not filled in: the sending host offloads checksums to its NIC)" : ""));
        spans.insertBytes(checksumSpan + 1, "ip.checksum.status", "Header checksum status", offset + 10, 0, good, 1,
                          [&] { return std::string("[Header checksum status: ") + (good ? "Good]" : "Bad]"); });
        spans.insertBytes(checksumSpan + 2, "ip.checksum_calculated", "Calculated Checksum", offset + 10, 0,
                          expected, 1, [&] { return "[Calculated Checksum: " + hex16(expected) + "]"; });
    }

    if (headerLength > kMinHeader)
        decodeIpv4Options(ctx, offset + kMinHeader, offset + headerLength);
    if (ip.isFragment) {
        out.problems.add(ProblemKind::IpFragment, ip.fragmentOffset, ip.flags & 0x1);
        // Wireshark reassembles a fragment only when its header checksum is good and all of it is here.
        ip.moreFragments = (ip.flags & 0x1) != 0;
        ip.fragmentProtocol = ip.protocol;
        ip.fragmentId = ip.id;
        ip.fragmentDataOffset = offset + headerLength;
        ip.fragmentDataLength = effectiveLength - headerLength;
        ip.reassemblable = good && effectiveLength == totalLength && ip.fragmentDataLength > 0 && !out.truncated
                        && fits(frame, ip.fragmentDataOffset, ip.fragmentDataLength);
    }
    if (!ip.isFragment)
        decodeIpPayload(ctx, ip.protocol, offset + headerLength, offset + effectiveLength);
    else if (ip.protocol == 6 && ip.fragmentOffset == 0)
        decodeTcp(ctx, offset + headerLength, effectiveLength - headerLength);
}

} // namespace tcplens::detail
