#pragma once
// The single pass every loader shares: decode a packet (reassembling IP fragments, so the last
// fragment carries the datagram's TCP), feed it to the conversation tracker and narrow the result
// to the packet's compact analysis record.

#include "../decode/DecodedPacket.h"
#include "../decode/ReassemblingDecoder.h"
#include "../tcp/ConversationTracker.h"
#include "PacketAnalysisStore.h"
#include "RawPacket.h"

namespace tcplens {

/// What one packet became in the pass.
struct AnalyzedPacket {
    DecodedPacket decoded;
    TcpPacketAnalysis analysis;
    PacketAnalysisRecord record;
    /// What `decoded`'s offsets index: the packet's bytes, or for a last fragment those followed by
    /// the reassembled datagram's payload; valid until the next add().
    Bytes bytes;
    /// The IP datagram this packet completed (its TCP is what was analysed), or nullptr; valid
    /// until the next add().
    const ReassembledDatagram* datagram = nullptr;
    /// Corrections of earlier packets' records this packet proved (ConversationTracker::revisions);
    /// valid until the next add().
    std::span<const StateRevision> revisions;
};

class PacketAnalyzer {
public:
    /// `linkType` applies to packets that carry none of their own (RawPacket::linkType).
    explicit PacketAnalyzer(int linkType) noexcept : linkType_(linkType) {}

    /// Analyses the next packet in capture order (frames are numbered from 1 as they arrive).
    [[nodiscard]] AnalyzedPacket add(const RawPacket& packet);

    [[nodiscard]] const ConversationTracker& tracker() const noexcept { return tracker_; }
    [[nodiscard]] std::uint32_t frames() const noexcept { return frame_; }

private:
    int linkType_;
    std::uint32_t frame_ = 0;
    ReassemblingDecoder decoder_;
    ConversationTracker tracker_;
};

} // namespace tcplens
