#include "FlowStateTrack.h"

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

void FlowStateTrack::follow(std::uint32_t row, TcpState before, TcpState after, bool atSender, bool first)
{
    if (first) {
        initial = before;
        changes.clear();
    }
    // Comparing with the current state rather than `before` also catches changes made by rows left out.
    const TcpState from = current();
    if (!first && !atSender && before != from && before != after && before != TcpState::Unknown) {
        // The receiver was moved between the rows, by a packet that arrived after the capture point
        // showed it (a crossing FIN taken late): that change as the arrow leaves, this one as it arrives.
        changes.push_back(FlowStateChange{row, from, before, true});
        changes.push_back(FlowStateChange{row, before, after, false});
        return;
    }
    if (after != from)
        changes.push_back(FlowStateChange{row, from, after, atSender});
}

} // namespace tcplens
