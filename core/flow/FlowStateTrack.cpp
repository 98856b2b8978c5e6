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

} // namespace tcplens
