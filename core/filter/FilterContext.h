#pragma once
// What a display filter reads about one packet: the fast decode, its bytes, the conversation
// analysis and the frame facts. Plain pointers, filled per packet by the caller (no allocation).

#include "../decode/ByteReader.h"
#include "../decode/DecodedPacket.h"
#include "../decode/FieldSpan.h"

#include <cstdint>

namespace tcplens {

struct PacketAnalysisRecord;
struct TcpPacketAnalysis;

struct FilterContext {
    const DecodedPacket* packet = nullptr;
    Bytes bytes;                      ///< The frame (+ a reassembled datagram); the packet's offsets index it.
    std::uint32_t frameLength = 0;    ///< Captured bytes of the frame alone.
    std::uint64_t frameNumber = 0;    ///< 1-based.
    std::int64_t timeRelativeNs = 0;  ///< Since the first frame.
    std::int64_t timeDeltaNs = 0;     ///< Since the previous captured frame.
    std::int64_t timeDeltaDisplayedNs = 0; ///< Since the previous displayed frame.
    std::int64_t tcpTimeRelativeNs = -1;   ///< Since the first frame of its TCP stream; -1 not TCP.
    std::int64_t tcpTimeDeltaNs = -1;      ///< Since the previous frame of its TCP stream.
    const PacketAnalysisRecord* record = nullptr; ///< The compact analysis (stream, flags, windows...).
    const TcpPacketAnalysis* analysis = nullptr;  ///< The full analysis when the caller has it (RTTs).
    /// The detail spans, when the caller decoded them: needed for fields of tunnelled headers,
    /// ICMP-quoted headers and rare protocols (CompiledFilter::needsSpans says when).
    const FieldSpans* spans = nullptr;
};

} // namespace tcplens
