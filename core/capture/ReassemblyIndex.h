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
    /// The frame (1-based) that completed the datagram `frame` is a fragment of, if not `frame`
    /// itself (Wireshark's ip.reassembled_in); 0 if none.
    [[nodiscard]] std::uint32_t completingFrame(std::uint32_t frame) const noexcept;
    [[nodiscard]] bool empty() const noexcept { return entries_.empty(); }
    [[nodiscard]] std::size_t datagrams() const noexcept { return entries_.size(); }
    [[nodiscard]] std::size_t memoryBytes() const noexcept
    {
        return entries_.capacity() * sizeof(Entry) + frames_.capacity() * sizeof(std::uint32_t)
             + completedBy_.capacity() * sizeof(Completion);
    }

private:
    struct Entry {
        std::uint32_t frame = 0;
        std::uint32_t begin = 0; ///< Into frames_.
        std::uint32_t count = 0;
    };
    struct Completion {
        std::uint32_t fragment = 0;
        std::uint32_t completing = 0;
    };
    void addCompletions(std::uint32_t completing, std::span<const std::uint32_t> frames);

    std::vector<Entry> entries_; ///< Ascending frame.
    std::vector<std::uint32_t> frames_;
    std::vector<Completion> completedBy_; ///< Ascending fragment frame; the completing frames left out.
};

} // namespace tcplens
