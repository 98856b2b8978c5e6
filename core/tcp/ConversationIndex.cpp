#include "ConversationIndex.h"

namespace tcplens {
namespace {

constexpr std::uint64_t kStreamMask = 0xffffffffULL;

std::uint64_t hashOfKey(const ConversationKey& key) noexcept
{
    // Mixed so that both halves are usable: the low bits pick the slot, the high ones are kept.
    std::uint64_t h = ConversationKeyHash{}(key);
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    return h;
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
        const auto stream = (slot & kStreamMask) - 1;
        if ((slot >> 32) == (hash >> 32) && stream < conversations.size() && conversations[stream].key == key)
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
    return static_cast<std::uint32_t>((slot & kStreamMask) - 1);
}

void ConversationIndex::assign(const ConversationKey& key, std::uint32_t stream,
                               const std::vector<Conversation>& conversations)
{
    if (2 * (used_ + 1) > slots_.size())
        grow(conversations);
    const auto hash = hashOfKey(key);
    auto& slot = slots_[slotOf(key, hash, conversations)];
    if (slot == 0)
        ++used_;
    slot = (hash & ~kStreamMask) | (std::uint64_t{stream} + 1);
}

void ConversationIndex::grow(const std::vector<Conversation>& conversations)
{
    std::vector<std::uint64_t> old(slots_.size() < 16 ? 32 : 2 * slots_.size(), 0);
    old.swap(slots_);
    const std::size_t mask = slots_.size() - 1;
    for (const auto slot : old) {
        if (slot == 0)
            continue;
        const auto hash = hashOfKey(conversations[(slot & kStreamMask) - 1].key);
        std::size_t i = hash & mask;
        while (slots_[i] != 0)
            i = (i + 1) & mask;
        slots_[i] = slot;
    }
}

} // namespace tcplens
