#pragma once
// The TCP states of one endpoint of one conversation along its lifeline: the state before the
// first arrow, then every change exactly at the arrow (row) that caused it.
//
// The tracker infers each state at the capture point and corrects a receipt a later packet of the
// receiver disproves (ConversationTracker, docs/state-inference.md), so follow() only records the
// changes; one that is still no edge of RFC 9293's diagram stays visible for the legality test.
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
    /// In row order: at most one per row, or two for a receiver that a packet taken late (a crossing
    /// FIN) moved before the row's arrow reached it (one at the arrow's start, one at its end).
    std::vector<FlowStateChange> changes;
    /// The state after row `row` has happened (initial before the first change).
    [[nodiscard]] TcpState stateAfter(std::uint32_t row) const noexcept;
    /// The state just before row `row`.
    [[nodiscard]] TcpState stateBefore(std::uint32_t row) const noexcept;
    [[nodiscard]] TcpState current() const noexcept { return changes.empty() ? initial : changes.back().after; }

    /// Takes row `row`, which the tracker says moved this endpoint `before -> after`, as its sender
    /// (`atSender`) or its receiver. The first row of the conversation (`first`) sets `initial`.
    void follow(std::uint32_t row, TcpState before, TcpState after, bool atSender, bool first);
};

} // namespace tcplens
