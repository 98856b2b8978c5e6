#include "ConversationIndex.h"

namespace tcplens {
namespace {

std::uint64_t hashOfKey(const ConversationKey& key) noexcept
{
    // Mixed so that the low bits, which pick the slot, depend on every bit of the key.
    std::uint64_t h = ConversationKeyHash{}(key);
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    return h;
}

bool hasKey(const Conversation& c, const ConversationKey& key) noexcept
{
    const auto& a = c.sides[0].endpoint;
    const auto& b = c.sides[1].endpoint;
    return (a == key.low && b == key.high) || (a == key.high && b == key.low);
}

} // namespace

std::size_t ConversationIndex::slotOf(const ConversationKey& key, std::uint64_t hash,
                                      const std::vector<Conversation>& conversations) const noexcept
{
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
        const auto slot = slots_[i];
        if (slot == 0)
            return i;
        const std::size_t stream = slot - 1;
        if (stream < conversations.size() && hasKey(conversations[stream], key))
            return i;
    }
}

std::optional<std::uint32_t> ConversationIndex::find(const ConversationKey& key,
                                                     const std::vector<Conversation>& conversations) const noexcept
{
    if (slots_.empty())
        return std::nullopt;
    const auto slot = slots_[slotOf(key, hashOfKey(key), conversations)];
    if (slot == 0)
        return std::nullopt;
    return slot - 1;
}

void ConversationIndex::assign(const ConversationKey& key, std::uint32_t stream,
                               const std::vector<Conversation>& conversations)
{
    if (2 * (used_ + 1) > slots_.size())
        grow(conversations);
    auto& slot = slots_[slotOf(key, hashOfKey(key), conversations)];
    if (slot == 0)
        ++used_;
    slot = stream + 1;
}

void ConversationIndex::grow(const std::vector<Conversation>& conversations)
{
    std::vector<std::uint32_t> old(slots_.size() < 16 ? 32 : 2 * slots_.size(), 0);
    old.swap(slots_);
    const std::size_t mask = slots_.size() - 1;
    for (const auto slot : old) {
        if (slot == 0)
            continue;
        std::size_t i = hashOfKey(conversations[slot - 1].key()) & mask;
        while (slots_[i] != 0)
            i = (i + 1) & mask;
        slots_[i] = slot;
    }
}

} // namespace tcplens
