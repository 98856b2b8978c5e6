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
    if (after != from)
        changes.push_back(FlowStateChange{row, from, after, atSender});
}

} // namespace tcplens
