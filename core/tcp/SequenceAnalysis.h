#pragma once
// Wireshark's tcp_analyze_sequence_number(), ported: one call per TCP segment, in capture order.

#include "ConversationState.h"
#include "TcpAnalysis.h"

namespace tcplens {

struct SegmentFacts {
    std::uint32_t frame = 0; ///< 1-based.
    std::int64_t timestampNs = 0;
    std::uint32_t seq = 0;   ///< Absolute.
    std::uint32_t ack = 0;
    std::uint32_t length = 0; ///< Payload bytes.
    std::uint16_t flags = 0;
    std::uint32_t window = 0; ///< Calculated (scaled where known).
};

/// Updates both flows for a segment sent on `fwd`, and fills the analysis flags, duplicate-ACK
/// number, ACK RTT and bytes in flight of `out`. `initialRttNs` (< 0 if unknown) sets the
/// out-of-order threshold as Wireshark does.
void analyzeSequence(FlowState& fwd, FlowState& rev, const SegmentFacts& segment, std::int64_t initialRttNs,
                     TcpPacketAnalysis& out);

} // namespace tcplens
