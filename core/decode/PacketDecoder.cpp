#include "PacketDecoder.h"

#include "DecodeSteps.h"
#include "LinkType.h"

#include <algorithm>

namespace tcplens {

DecodedPacket decodePacket(Bytes frame, std::uint32_t wireLength, int linkType, FieldSpans* spans)
{
    DecodedPacket out;
    out.capturedLength = static_cast<std::uint32_t>(frame.size());
    out.wireLength = wireLength;
    out.link.linkType = linkType;
    out.truncated = wireLength > frame.size();

    SpanWriter writer(spans, frame.size());
    writer.bytes("frame", "Frame", 0, out.capturedLength, wireLength, 0, [&] {
        return "Frame: " + std::to_string(wireLength) + " bytes on wire (" + std::to_string(wireLength * 8ULL)
             + " bits), " + std::to_string(frame.size()) + " bytes captured (" + std::to_string(frame.size() * 8)
             + " bits)";
    });

    detail::DecodeContext ctx{frame, out, writer};
    detail::decodeLink(ctx, std::max(wireLength, out.capturedLength));
    return out;
}

namespace detail {

bool enterEncapsulation(DecodeContext& ctx, std::uint16_t bit)
{
    constexpr std::uint8_t kMaxLayers = 16; // real networks nest a handful; a hostile frame could nest thousands
    auto& tunnel = ctx.out.tunnel;
    if (tunnel.layers >= kMaxLayers) {
        ctx.out.problems.add(ProblemKind::TooManyEncapsulations, tunnel.layers);
        return false;
    }
    ++tunnel.layers;
    tunnel.kinds |= bit;
    return true;
}

bool truncatedEncapsulation(DecodeContext& ctx, std::uint32_t needed)
{
    ctx.out.problems.add(ProblemKind::TruncatedEncapsulation, needed, static_cast<std::uint32_t>(ctx.frame.size()));
    ctx.out.truncated = true;
    noNetwork(ctx);
    return false;
}

void noNetwork(DecodeContext& ctx)
{
    if (ctx.out.network.kind == NetworkKind::None)
        ctx.out.network.kind = NetworkKind::Other;
}

std::uint32_t onesComplementSum(Bytes bytes, std::uint32_t sum) noexcept
{
    // 2^16 = 1 mod 0xffff, so summing 32-bit big-endian words keeps the 16-bit sum.
    std::uint64_t wide = sum;
    const std::uint8_t* p = bytes.data();
    std::size_t n = bytes.size();
    for (; n >= 4; p += 4, n -= 4)
        wide += be32(p);
    if (n >= 2) {
        wide += be16(p);
        p += 2;
        n -= 2;
    }
    if (n)
        wide += std::uint32_t{*p} << 8;
    while (wide >> 32)
        wide = (wide & 0xffffffffULL) + (wide >> 32);
    return static_cast<std::uint32_t>(wide);
}

std::uint16_t foldChecksum(std::uint32_t sum) noexcept
{
    while (sum >> 16)
        sum = (sum & 0xffff) + (sum >> 16);
    return static_cast<std::uint16_t>(sum);
}

std::uint32_t pseudoHeaderSum(const NetworkInfo& ip, std::uint32_t segmentLength) noexcept
{
    std::uint32_t sum = onesComplementSum(Bytes(ip.pseudoSrc.bytes.data(), ip.pseudoSrc.size()));
    sum = onesComplementSum(Bytes(ip.pseudoDst.bytes.data(), ip.pseudoDst.size()), sum);
    const std::uint64_t wide = std::uint64_t{sum} + 6 /* TCP */ + (segmentLength >> 16) + (segmentLength & 0xffff);
    return static_cast<std::uint32_t>((wide & 0xffffffffULL) + (wide >> 32));
}

} // namespace detail
} // namespace tcplens
