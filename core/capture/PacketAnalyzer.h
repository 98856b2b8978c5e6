#pragma once
// The single pass every loader shares: decode a packet, feed it to the conversation tracker and
// narrow the result to the packet's compact analysis record.

#include "../decode/DecodedPacket.h"
#include "../tcp/ConversationTracker.h"
#include "PacketAnalysisStore.h"
#include "RawPacket.h"

namespace tcplens {

/// What one packet became in the pass.
struct AnalyzedPacket {
    DecodedPacket decoded;
    TcpPacketAnalysis analysis;
    PacketAnalysisRecord record;
};

class PacketAnalyzer {
public:
    explicit PacketAnalyzer(int linkType) noexcept : linkType_(linkType) {}

    /// Analyses the next packet in capture order (frames are numbered from 1 as they arrive).
    [[nodiscard]] AnalyzedPacket add(const RawPacket& packet);

    [[nodiscard]] const ConversationTracker& tracker() const noexcept { return tracker_; }
    [[nodiscard]] std::uint32_t frames() const noexcept { return frame_; }

private:
    int linkType_;
    std::uint32_t frame_ = 0;
    ConversationTracker tracker_;
};

} // namespace tcplens
