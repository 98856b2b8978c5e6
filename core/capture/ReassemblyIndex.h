#pragma once
// Which frames each reassembled IP datagram was made of, by the frame that completed it, so a view
// that decodes one stored packet again can rebuild the datagram from the store (a few bytes a
// fragment instead of a copy of every datagram).

#include "../decode/IpReassembler.h"

#include <cstdint>
#include <span>
#include <vector>

namespace tcplens {

class ReassemblyIndex {
public:
    /// Records that frame `completing` (1-based) completed a datagram of `fragments`; frames must
    /// be added in ascending order.
    void add(std::uint32_t completing, std::span<const FragmentRef> fragments);
    void append(const ReassemblyIndex& other);
    void clear() noexcept;

    /// The frames (1-based, ascending, `frame` last) of the datagram `frame` completed; empty if none.
    [[nodiscard]] std::span<const std::uint32_t> fragmentFrames(std::uint32_t frame) const noexcept;
    [[nodiscard]] bool empty() const noexcept { return entries_.empty(); }
    [[nodiscard]] std::size_t datagrams() const noexcept { return entries_.size(); }
    [[nodiscard]] std::size_t memoryBytes() const noexcept
    {
        return entries_.capacity() * sizeof(Entry) + frames_.capacity() * sizeof(std::uint32_t);
    }

private:
    struct Entry {
        std::uint32_t frame = 0;
        std::uint32_t begin = 0; ///< Into frames_.
        std::uint32_t count = 0;
    };
    std::vector<Entry> entries_; ///< Ascending frame.
    std::vector<std::uint32_t> frames_;
};

} // namespace tcplens
