#pragma once
// Which packets a flow graph shows: one conversation, several, or the packets a predicate keeps
// (such as the GUI's display filter).

#include "../capture/PacketIndex.h"

#include <cstdint>
#include <functional>
#include <vector>

namespace tcplens {

class FlowSelection {
public:
    enum class Kind : std::uint8_t { Streams, AllStreams, MatchingPackets };
    /// A packet predicate: true keeps packet `n` (0-based PacketNumber).
    using Predicate = std::function<bool(PacketNumber)>;

    /// Every packet of one conversation (tcp.stream).
    [[nodiscard]] static FlowSelection stream(std::uint32_t stream) { return streams({stream}); }
    /// Every packet of these conversations (duplicates and order do not matter).
    [[nodiscard]] static FlowSelection streams(std::vector<std::uint32_t> streams);
    /// Every TCP packet of the capture.
    [[nodiscard]] static FlowSelection allStreams();
    /// The TCP packets `keep` accepts, like Wireshark's "limit to display filter".
    [[nodiscard]] static FlowSelection matching(Predicate keep);

    [[nodiscard]] Kind kind() const noexcept { return kind_; }
    /// Sorted, unique; only for Kind::Streams.
    [[nodiscard]] const std::vector<std::uint32_t>& streamList() const noexcept { return streams_; }
    [[nodiscard]] const Predicate& predicate() const noexcept { return keep_; }

private:
    Kind kind_ = Kind::AllStreams;
    std::vector<std::uint32_t> streams_;
    Predicate keep_;
};

} // namespace tcplens
