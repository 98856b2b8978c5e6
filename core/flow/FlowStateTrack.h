#pragma once
// The TCP states of one endpoint of one conversation along its lifeline: the state before the
// first arrow, then every change exactly at the arrow (row) that caused it.
//
// The tracker infers each state at the capture point, so it lets the receiver of a segment take
// it as it passes; a later segment from that receiver can prove it had not arrived (a SYN sent
// again after a SYN-ACK went by, a FIN that does not acknowledge the FIN just seen). follow() then
// withdraws that receipt, so that every change drawn is an edge of RFC 9293's diagram
// (tcp/StateTransitions.h), and remembers the row in `notReceived`.

#include "../tcp/TcpAnalysis.h"

#include <cstdint>
#include <vector>

namespace tcplens {

struct FlowStateChange {
    std::uint32_t row = 0;          ///< The arrow that moved the endpoint.
    TcpState before = TcpState::Unknown;
    TcpState after = TcpState::Unknown;
    bool atSender = true;           ///< The endpoint sent that arrow (its state changes as it leaves) or received it (as it arrives).
};

struct FlowStateTrack {
    std::uint32_t conversation = 0; ///< Index into FlowModel::conversations().
    std::uint32_t lifeline = 0;
    bool client = true;             ///< The conversation's client side, or its server side.
    std::uint32_t slot = 0;         ///< Band position on the lifeline among conversations overlapping in time (0 = the first).
    std::uint32_t firstRow = 0;     ///< The band starts at this conversation's first arrow...
    std::uint32_t lastRow = 0;      ///< ...and ends at its last.
    TcpState initial = TcpState::Unknown; ///< Before `firstRow`.
    std::vector<FlowStateChange> changes;  ///< In row order, at most one per row.
    /// Rows addressed to this endpoint that, as its next row proves, had not reached it (lost or
    /// still in flight after the capture point); in row order.
    std::vector<std::uint32_t> notReceived;

    /// The state after row `row` has happened (initial before the first change).
    [[nodiscard]] TcpState stateAfter(std::uint32_t row) const noexcept;
    /// The state just before row `row`.
    [[nodiscard]] TcpState stateBefore(std::uint32_t row) const noexcept;
    [[nodiscard]] TcpState current() const noexcept { return changes.empty() ? initial : changes.back().after; }

    /// Takes row `row`, which the tracker says moved this endpoint `before -> after`, as its sender
    /// (`atSender`, the segment's TCP header flags `flags`) or its receiver. The first row of the
    /// conversation (`first`) sets `initial`.
    void follow(std::uint32_t row, TcpState before, TcpState after, bool atSender, std::uint16_t flags, bool first);
};

} // namespace tcplens
