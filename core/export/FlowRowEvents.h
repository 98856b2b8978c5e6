#pragma once
// Walks the rows of a flow-graph export in order and says, around each arrow, which TCP states
// to show: every conversation's states just before its first arrow of the range, and the states
// an arrow changes right after it. Shared by the text and SVG writers.

#include "../flow/FlowModel.h"
#include "FlowExportOptions.h"

#include <cstdint>
#include <string>
#include <vector>

namespace tcplens {

/// One state shown on one lifeline.
struct FlowStateMark {
    std::uint32_t track = 0;     ///< Index into FlowModel::stateTracks().
    std::uint32_t lifeline = 0;
    TcpState state = TcpState::Unknown;
};

class FlowRowEvents {
public:
    FlowRowEvents(const FlowModel& model, const FlowExportOptions& options);

    /// "TCP stream 0: 10.77.0.1:33728 (client) <-> 10.77.0.2:8888 (server), frames 1 to 11", or
    /// "2 TCP conversations, frames 1 to 24".
    [[nodiscard]] std::string title() const;
    /// True when the range holds no row.
    [[nodiscard]] bool empty() const noexcept { return first_ > last_; }
    [[nodiscard]] std::size_t first() const noexcept { return first_; }
    [[nodiscard]] std::size_t last() const noexcept { return last_; }

    /// The states of the row's conversation before it, when it is that conversation's first row
    /// in the range (else empty).
    [[nodiscard]] std::vector<FlowStateMark> statesBefore(std::size_t row) const;
    /// The states row `row` changed (its sender's and receiver's), in lifeline order.
    [[nodiscard]] std::vector<FlowStateMark> statesAfter(std::size_t row);

private:
    const FlowModel& model_;
    std::size_t first_ = 0;
    std::size_t last_ = 0;
    std::vector<std::size_t> cursor_; ///< Per track: the next change not yet reported.
};

} // namespace tcplens
