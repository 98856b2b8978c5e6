#include "FlowStateTrack.h"

#include "../tcp/StateTransitions.h"

#include <algorithm>

namespace tcplens {

TcpState FlowStateTrack::stateAfter(std::uint32_t row) const noexcept
{
    // The last change at or before `row`.
    const auto next = std::upper_bound(changes.begin(), changes.end(), row,
                                       [](std::uint32_t r, const FlowStateChange& c) { return r < c.row; });
    return next == changes.begin() ? initial : std::prev(next)->after;
}

TcpState FlowStateTrack::stateBefore(std::uint32_t row) const noexcept
{
    return row == 0 ? initial : stateAfter(row - 1);
}

void FlowStateTrack::follow(std::uint32_t row, TcpState before, TcpState after, bool atSender, std::uint16_t flags,
                            bool first)
{
    if (first) {
        initial = before;
        changes.clear();
        notReceived.clear();
    }
    // Comparing with the current state rather than `before` also catches changes made by rows left out.
    TcpState from = current();
    if (after == from)
        return;
    if (!isLegalStateChange(from, after) && atSender && !changes.empty() && !changes.back().atSender) {
        // What this endpoint sends contradicts the state its last receipt put it in: that segment
        // never reached it. Only the latest change is withdrawn: it is the one the proof is about.
        notReceived.push_back(changes.back().row);
        changes.pop_back();
        from = current();
        if (after == from)
            return;
        if (!isLegalStateChange(from, after)) {
            // The tracker's `after` still counts the lost segment: keep only the sender's own move.
            after = stateAfterSending(from, flags);
            if (after == from)
                return;
        }
    }
    // A change that is still no edge stays visible, as the tracker inferred it: the state-legality
    // test (tests/core/TestStateTransitions) lists it.
    changes.push_back(FlowStateChange{row, from, after, atSender});
}

} // namespace tcplens
