#pragma once
// Internal: the per-layer steps of decodePacket(), sharing one context.

#include "ByteReader.h"
#include "DecodedPacket.h"
#include "Names.h"
#include "SpanWriter.h"

#include <string>

namespace tcplens::detail {

struct DecodeContext {
    Bytes frame;
    DecodedPacket& out;
    SpanWriter& spans;
};

/// Decodes the link header; returns false when no IP layer follows.
bool decodeLink(DecodeContext& ctx);
void decodeIpv4(DecodeContext& ctx, std::uint32_t offset);
void decodeIpv6(DecodeContext& ctx, std::uint32_t offset);
/// `segmentLength` is the TCP segment length the IP header claims (bounded by the wire).
void decodeTcp(DecodeContext& ctx, std::uint32_t offset, std::uint32_t segmentLength);
void decodeTcpOptions(DecodeContext& ctx, std::uint32_t begin, std::uint32_t end);

/// Internet checksum helpers (RFC 1071): sum of 16-bit words, folded.
[[nodiscard]] std::uint32_t onesComplementSum(Bytes bytes, std::uint32_t sum = 0) noexcept;
[[nodiscard]] std::uint16_t foldChecksum(std::uint32_t sum) noexcept;
/// Pseudo-header sum for TCP over IPv4 or IPv6.
[[nodiscard]] std::uint32_t pseudoHeaderSum(const NetworkInfo& ip, std::uint32_t segmentLength) noexcept;


} // namespace tcplens::detail
