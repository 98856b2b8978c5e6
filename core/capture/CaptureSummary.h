#pragma once
// Running totals for `tcplens-cli summary`: fed one packet at a time, readable at any moment.

#include "../decode/DecodedPacket.h"
#include "../tcp/ConversationKey.h"
#include "RawPacket.h"

#include <array>
#include <cstdint>
#include <unordered_set>

namespace tcplens {

class CaptureSummary {
public:
    void add(const RawPacket& packet, const DecodedPacket& decoded);

    [[nodiscard]] std::uint64_t packets() const noexcept { return packets_; }
    [[nodiscard]] std::uint64_t tcpPackets() const noexcept { return tcpPackets_; }
    [[nodiscard]] std::uint64_t wireBytes() const noexcept { return wireBytes_; }
    [[nodiscard]] std::uint64_t truncatedPackets() const noexcept { return truncatedPackets_; }
    [[nodiscard]] std::size_t fourTuples() const noexcept { return tuples_.size(); }
    [[nodiscard]] std::int64_t firstTimestampNs() const noexcept { return first_; }
    [[nodiscard]] std::int64_t lastTimestampNs() const noexcept { return last_; }
    [[nodiscard]] std::uint64_t problemCount(ProblemKind kind) const noexcept
    {
        return problems_[static_cast<std::size_t>(kind)];
    }

private:
    std::uint64_t packets_ = 0;
    std::uint64_t tcpPackets_ = 0;
    std::uint64_t wireBytes_ = 0;
    std::uint64_t truncatedPackets_ = 0;
    std::int64_t first_ = 0;
    std::int64_t last_ = 0;
    std::unordered_set<ConversationKey, ConversationKeyHash> tuples_;
    std::array<std::uint64_t, static_cast<std::size_t>(ProblemKind::Count)> problems_{};
};

} // namespace tcplens
