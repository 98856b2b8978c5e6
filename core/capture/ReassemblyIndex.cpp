#include "ReassemblyIndex.h"

#include <algorithm>

namespace tcplens {

void ReassemblyIndex::add(std::uint32_t completing, std::span<const FragmentRef> fragments)
{
    if (!entries_.empty() && entries_.back().frame >= completing)
        return; // out of order: the caller broke the contract, keep the index searchable
    const auto begin = static_cast<std::uint32_t>(frames_.size());
    for (const auto& fragment : fragments)
        frames_.push_back(fragment.frame);
    std::sort(frames_.begin() + begin, frames_.end()); // capture order, the order they were fed
    entries_.push_back(Entry{completing, begin, static_cast<std::uint32_t>(frames_.size() - begin)});
    addCompletions(completing, std::span<const std::uint32_t>(frames_.data() + begin, frames_.size() - begin));
}

void ReassemblyIndex::addCompletions(std::uint32_t completing, std::span<const std::uint32_t> frames)
{
    for (const auto fragment : frames) {
        if (fragment == completing)
            continue;
        // Datagrams complete nearly in the order their fragments came, so this inserts near the end.
        const auto at = std::upper_bound(completedBy_.begin(), completedBy_.end(), fragment,
                                         [](std::uint32_t f, const Completion& c) { return f < c.fragment; });
        completedBy_.insert(at, Completion{fragment, completing});
    }
}

void ReassemblyIndex::append(const ReassemblyIndex& other)
{
    for (const auto& entry : other.entries_) {
        if (!entries_.empty() && entries_.back().frame >= entry.frame)
            continue;
        const auto begin = static_cast<std::uint32_t>(frames_.size());
        frames_.insert(frames_.end(), other.frames_.begin() + entry.begin,
                       other.frames_.begin() + entry.begin + entry.count);
        entries_.push_back(Entry{entry.frame, begin, entry.count});
        addCompletions(entry.frame, std::span<const std::uint32_t>(frames_.data() + begin, entry.count));
    }
}

void ReassemblyIndex::clear() noexcept
{
    entries_.clear();
    frames_.clear();
    completedBy_.clear();
}

std::uint32_t ReassemblyIndex::completingFrame(std::uint32_t frame) const noexcept
{
    const auto it = std::lower_bound(completedBy_.begin(), completedBy_.end(), frame,
                                     [](const Completion& c, std::uint32_t f) { return c.fragment < f; });
    return it != completedBy_.end() && it->fragment == frame ? it->completing : 0;
}

std::span<const std::uint32_t> ReassemblyIndex::fragmentFrames(std::uint32_t frame) const noexcept
{
    const auto it = std::lower_bound(entries_.begin(), entries_.end(), frame,
                                     [](const Entry& entry, std::uint32_t f) { return entry.frame < f; });
    if (it == entries_.end() || it->frame != frame)
        return {};
    return std::span<const std::uint32_t>(frames_.data() + it->begin, it->count);
}

} // namespace tcplens
