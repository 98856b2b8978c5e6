#pragma once
// Rebuilds every TCP conversation in one pass: stream numbers as Wireshark assigns them,
// relative numbers, window scaling, analysis flags, endpoint states and summaries.

#include "../decode/DecodedPacket.h"
#include "Conversation.h"
#include "ConversationIndex.h"
#include "ConversationState.h"
#include "StateRevision.h"
#include "TcpAnalysis.h"

#include <span>
#include <vector>

namespace tcplens {

class ConversationTracker {
public:
    /// Feeds one packet, in capture order. `frame` is 1-based. Packets without a complete TCP
    /// header get stream kNoStream and nothing else, but for an ICMP error's quoted TCP header,
    /// filed as tshark files it (docs/wireshark-differences.md section 9).
    TcpPacketAnalysis add(std::uint32_t frame, std::int64_t timestampNs, std::uint32_t wireLength,
                          const DecodedPacket& packet);

    /// Earlier packets whose states the last add() corrected: it proved that one of them never
    /// reached its receiver (docs/state-inference.md). Valid until the next add().
    [[nodiscard]] std::span<const StateRevision> revisions() const noexcept { return revisions_; }

    /// Every conversation so far, indexed by stream number; those opened by a quoted header and
    /// met by no segment since (Conversation::quoteOnly) are no conversation a list shows.
    [[nodiscard]] const std::vector<Conversation>& conversations() const noexcept { return conversations_; }

    /// Heap bytes the tracker holds (conversations, their analysis state, the 4-tuple index).
    [[nodiscard]] std::size_t memoryBytes() const noexcept;

private:
    /// Per conversation: while it has had one packet, that packet's sequence number and flags
    /// (enough to replay it, with what the Conversation keeps); after that, its state's index.
    /// A port scan's conversations never get past one SYN and so never hold a ConversationState.
    struct AnalysisSlot {
        std::uint32_t seqOrState = 0;
        std::uint32_t bits = 0; ///< kReplayed, or the first packet's flags, window and kFirst* bits.
    };

    std::uint32_t open(const Endpoint& src, const Endpoint& dst, std::uint16_t flags, std::int64_t timestampNs,
                       std::uint32_t frame);
    /// The quoted header in an ICMP error: only its stream number and what tshark lets it change.
    TcpPacketAnalysis addQuoted(std::uint32_t frame, std::int64_t timestampNs, const QuotedTcpInfo& quoted);
    /// The analysis state of `stream`, rebuilt from its first packet if it has had only that one.
    ConversationState& stateOf(std::uint32_t stream);
    /// The analysis proper: updates `c` and `state` for one packet sent in direction `dir`.
    TcpPacketAnalysis process(Conversation& c, ConversationState& state, Direction dir, bool reused,
                              std::uint32_t frame, std::int64_t timestampNs, std::uint32_t wireLength,
                              const TcpInfo& tcp, bool badChecksum);

    std::vector<Conversation> conversations_;
    std::vector<AnalysisSlot> slots_;      ///< One per conversation.
    std::vector<ConversationState> states_; ///< Of the conversations past their first packet.
    ConversationIndex current_;             ///< 4-tuple -> its latest stream.
    ConversationKey lastKey_{};
    std::uint32_t lastStream_ = kNoStream;
    std::vector<StateRevision> revisions_;
};

} // namespace tcplens
