#pragma once
// The conversation each 4-tuple currently maps to, as a flat open-addressing table of stream
// numbers (4 bytes a slot, at most half full): the keys stay in the conversations themselves, so
// a million conversations cost 8-16 MB here instead of a hash map's ~88 MB of nodes.

#include "Conversation.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace tcplens {

class ConversationIndex {
public:
    /// The stream `key` maps to; `conversations` is the tracker's list, indexed by stream.
    [[nodiscard]] std::optional<std::uint32_t> find(const ConversationKey& key,
                                                    const std::vector<Conversation>& conversations) const noexcept;
    /// Maps `key` to `stream` (whose conversation has that key), replacing an earlier stream.
    void assign(const ConversationKey& key, std::uint32_t stream, const std::vector<Conversation>& conversations);

    [[nodiscard]] std::size_t memoryBytes() const noexcept { return slots_.capacity() * sizeof(std::uint32_t); }

private:
    /// The slot holding `key`, or the empty slot where it would go.
    [[nodiscard]] std::size_t slotOf(const ConversationKey& key, std::uint64_t hash,
                                     const std::vector<Conversation>& conversations) const noexcept;
    void grow(const std::vector<Conversation>& conversations);

    std::vector<std::uint32_t> slots_; ///< Stream + 1; 0 = empty.
    std::size_t used_ = 0;
};

} // namespace tcplens
