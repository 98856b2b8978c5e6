#pragma once
// Rebuilds every TCP conversation in one pass: stream numbers as Wireshark assigns them,
// relative numbers, window scaling, analysis flags, endpoint states and summaries.

#include "../decode/DecodedPacket.h"
#include "Conversation.h"
#include "ConversationIndex.h"
#include "TcpAnalysis.h"

#include <limits>
#include <vector>

namespace tcplens {

inline constexpr std::uint32_t kNoStream = std::numeric_limits<std::uint32_t>::max();

class ConversationTracker {
public:
    /// Feeds one packet, in capture order. `frame` is 1-based. Packets without a complete TCP
    /// header get stream kNoStream and nothing else.
    TcpPacketAnalysis add(std::uint32_t frame, std::int64_t timestampNs, std::uint32_t wireLength,
                          const DecodedPacket& packet);

    /// Every conversation so far, indexed by stream number.
    [[nodiscard]] const std::vector<Conversation>& conversations() const noexcept { return conversations_; }

private:
    std::uint32_t conversationFor(const ConversationKey& key, const DecodedPacket& packet, bool& reused);
    std::uint32_t open(const ConversationKey& key, const DecodedPacket& packet, std::int64_t timestampNs,
                       std::uint32_t frame);

    std::vector<Conversation> conversations_;
    ConversationIndex current_; ///< 4-tuple -> its latest stream.
    ConversationKey lastKey_{};
    std::uint32_t lastStream_ = kNoStream;
};

} // namespace tcplens
