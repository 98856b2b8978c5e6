// IPv6 fixed header and a bounded walk of its extension-header chain (RFC 8200).
#include "DecodeSteps.h"

#include <algorithm>

namespace tcplens::detail {
namespace {

constexpr std::uint32_t kFixedHeader = 40;
constexpr int kMaxExtensionHeaders = 10; // a chain longer than this is hostile or broken

bool isExtensionHeader(std::uint8_t next) noexcept
{
    return next == 0 || next == 43 || next == 44 || next == 60 || next == 51 || next == 135 || next == 139
        || next == 140;
}

/// The addresses a routing header or a Home Address option puts into the transport pseudo-header
/// (RFC 8200 8.1: the final destination; RFC 6275 6.3: the home address as the source).
void pseudoHeaderAddresses(DecodeContext& ctx, std::uint8_t header, std::uint32_t at, std::uint32_t length)
{
    auto& ip = ctx.out.network;
    const std::uint8_t* p = ctx.frame.data() + at;
    if (header == 43) {
        const unsigned type = p[2];
        const unsigned segmentsLeft = p[3];
        const std::uint32_t addresses = (length - 8) / 16;
        if (segmentsLeft == 0 || addresses == 0)
            return;
        // Type 0 and 2 list the hops in order, so the last is the final one; type 4 (SRH) lists them backwards.
        std::uint32_t final = 0;
        if (type == 0 || type == 2)
            final = 8 + (addresses - 1) * 16;
        else if (type == 4)
            final = 8;
        else
            return;
        std::copy(p + final, p + final + 16, ip.pseudoDst.bytes.begin());
        return;
    }
    // Destination options: TLVs after the two-byte header; Home Address is type 0xc9, 16 bytes.
    for (std::uint32_t i = 2; i < length;) {
        const std::uint8_t type = p[i];
        if (type == 0) {
            ++i;
            continue;
        }
        if (i + 1 >= length)
            return;
        const std::uint32_t optionLength = p[i + 1];
        if (i + 2 + optionLength > length)
            return;
        if (type == 0xc9 && optionLength == 16)
            std::copy(p + i + 2, p + i + 18, ip.pseudoSrc.bytes.begin());
        i += 2 + optionLength;
    }
}

} // namespace

void decodeIpv6(DecodeContext& ctx, std::uint32_t offset, std::uint32_t end)
{
    auto& out = ctx.out;
    auto& ip = out.network;
    auto& spans = ctx.spans;
    spans.setLayer(Layer::Network);
    if (ip.src.family != 0)
        ++out.tunnel.outerIpHeaders; // the innermost header is the one analysis sees
    ip = NetworkInfo{};
    ip.kind = NetworkKind::Ipv6;
    ip.offset = offset;
    const auto frame = ctx.frame;
    const auto first = loadU8(frame, offset);
    if (first && (*first >> 4) != 6) {
        out.problems.add(ProblemKind::BogusIpVersion, *first >> 4);
        return;
    }
    if (!fits(frame, offset, kFixedHeader)) {
        out.problems.add(ProblemKind::TruncatedNetwork, offset + kFixedHeader,
                         static_cast<std::uint32_t>(frame.size()));
        out.truncated = true;
        return;
    }
    const std::uint8_t* p = frame.data() + offset;
    const std::uint32_t word0 = be32(p);
    const std::uint32_t payloadLength = be16(p + 4);
    std::uint8_t next = p[6];
    ip.ttl = p[7];
    ip.src.family = ip.dst.family = 6;
    std::copy(p + 8, p + 24, ip.src.bytes.begin());
    std::copy(p + 24, p + 40, ip.dst.bytes.begin());
    ip.pseudoSrc = ip.src;
    ip.pseudoDst = ip.dst;

    const std::size_t headerSpan = spans.size();
    spans.bytes("ipv6", "Internet Protocol Version 6", offset, kFixedHeader, 6, 0, [&] {
        return "Internet Protocol Version 6, Src: " + ip.src.toString() + ", Dst: " + ip.dst.toString();
    });
    const BitContainer firstWord{offset, 0, 32, word0};
    spans.bits("ipv6.version", "Version", firstWord, 0, 4, 1, [&] { return std::string(std::to_string(word0 >> 28)); });
    spans.bits("ipv6.tclass", "Traffic Class", firstWord, 4, 8, 1,
               [&] { return std::string("0x" + hex16((word0 >> 20) & 0xff).substr(4) + " (DSCP: " + std::to_string((word0 >> 22) & 0x3f)
                   + ", ECN: " + std::to_string((word0 >> 20) & 3) + ")"); });
    spans.bits("ipv6.flow", "Flow Label", firstWord, 12, 20, 1,
               [&] { return std::string("0x" + hexBytes(Bytes(p + 1, 3)).substr(1)); }); // 20 bits as five hex digits
    spans.bytes("ipv6.plen", "Payload Length", offset + 4, 2, payloadLength, 1,
                [&] { return "Payload Length: " + std::to_string(payloadLength); });
    spans.bytes("ipv6.nxt", "Next Header", offset + 6, 1, next, 1,
                [&] { return "Next Header: " + std::string(ipProtocolName(next)) + " (" + std::to_string(next) + ")"; });
    spans.bytes("ipv6.hlim", "Hop Limit", offset + 7, 1, ip.ttl, 1,
                [&] { return "Hop Limit: " + std::to_string(ip.ttl); });
    spans.bytes("ipv6.src", "Source Address", offset + 8, 16, 0, 1,
                [&] { return "Source Address: " + ip.src.toString(); });
    spans.bytes("ipv6.dst", "Destination Address", offset + 24, 16, 0, 1,
                [&] { return "Destination Address: " + ip.dst.toString(); });

    const std::uint32_t wireAfterHeader = end > offset + kFixedHeader ? end - offset - kFixedHeader : 0;
    std::uint32_t available = payloadLength; // a jumbogram (0) or an overlong claim falls back to the wire
    if (payloadLength == 0 || payloadLength > wireAfterHeader) {
        if (payloadLength != 0)
            out.problems.add(ProblemKind::IpLengthExceedsFrame, payloadLength + kFixedHeader,
                             wireAfterHeader + kFixedHeader);
        available = wireAfterHeader;
    }
    ip.totalLength = kFixedHeader + available;

    std::uint32_t at = offset + kFixedHeader;
    std::uint32_t extensionBytes = 0;
    for (int walked = 0; isExtensionHeader(next); ++walked) {
        if (walked == kMaxExtensionHeaders) {
            out.problems.add(ProblemKind::Ipv6ExtensionChainTooLong, static_cast<std::uint32_t>(walked));
            return;
        }
        if (!fits(frame, at, 8)) {
            out.problems.add(ProblemKind::TruncatedNetwork, at + 8, static_cast<std::uint32_t>(frame.size()));
            out.truncated = true;
            return;
        }
        const std::uint8_t header = next;
        const std::uint32_t length = header == 44 ? 8U : header == 51 ? (frame[at + 1] + 2U) * 4U : (frame[at + 1] + 1U) * 8U;
        if (extensionBytes + length > available) {
            out.problems.add(ProblemKind::BadIpv6ExtensionHeader, header);
            return;
        }
        next = frame[at];
        spans.bytes("ipv6.ext", ipProtocolName(header), at, length, header, 1, [&] {
            return std::string(ipProtocolName(header)) + " (" + std::to_string(length) + " bytes), Next Header: "
                 + ipProtocolName(next) + " (" + std::to_string(next) + ")";
        });
        if ((header == 43 || header == 60) && fits(frame, at, length))
            pseudoHeaderAddresses(ctx, header, at, length);
        if (header == 44) {
            const std::uint16_t offsetAndFlags = be16(frame.data() + at + 2);
            ip.fragmentOffset = static_cast<std::uint16_t>(offsetAndFlags & 0xfff8);
            ip.isFragment = ip.fragmentOffset != 0 || (offsetAndFlags & 1);
            ip.fragmentId = be32(frame.data() + at + 4);
            ip.id = static_cast<std::uint16_t>(ip.fragmentId);
            if (ip.isFragment) {
                out.problems.add(ProblemKind::IpFragment, ip.fragmentOffset, offsetAndFlags & 1U);
                // Wireshark reassembles a fragment whose data (the rest of the payload) was all captured.
                ip.moreFragments = (offsetAndFlags & 1U) != 0;
                ip.fragmentProtocol = next;
                ip.fragmentDataOffset = at + length;
                ip.fragmentDataLength = available - extensionBytes - length;
                ip.reassemblable = !out.truncated && fits(frame, ip.fragmentDataOffset, ip.fragmentDataLength);
            }
        }
        at += length;
        extensionBytes += length;
        if (header == 44 && ip.fragmentOffset != 0)
            break; // what follows is the middle of a datagram, not a header
    }
    ip.protocol = next;
    ip.headerLength = kFixedHeader + extensionBytes;
    spans.resize(headerSpan, ip.headerLength);
    if (!ip.isFragment)
        decodeIpPayload(ctx, next, at, at + available - extensionBytes);
    else if (next == 6 && ip.fragmentOffset == 0)
        decodeTcp(ctx, at, available - extensionBytes);
}

} // namespace tcplens::detail
