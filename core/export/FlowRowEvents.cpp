#include "FlowRowEvents.h"

#include <algorithm>

namespace tcplens {

FlowRowEvents::FlowRowEvents(const FlowModel& model, const FlowExportOptions& options) : model_(model)
{
    const std::size_t rows = model.rowCount();
    first_ = options.firstRow;
    last_ = rows == 0 ? 0 : std::min(options.lastRow, rows - 1);
    if (rows == 0 || first_ >= rows) {
        first_ = 1;
        last_ = 0;
        return;
    }
    // Each track's first change at or after the range's first row.
    const auto& tracks = model.stateTracks();
    cursor_.resize(tracks.size());
    for (std::size_t t = 0; t < tracks.size(); ++t) {
        const auto& changes = tracks[t].changes;
        cursor_[t] = static_cast<std::size_t>(
            std::lower_bound(changes.begin(), changes.end(), first_,
                             [](const FlowStateChange& c, std::size_t r) { return c.row < r; })
            - changes.begin());
    }
}

std::string FlowRowEvents::title() const
{
    if (empty())
        return "no TCP packets";
    const auto frames = ", frames " + std::to_string(model_.row(first_).frame()) + " to "
                        + std::to_string(model_.row(last_).frame());
    const auto& conversations = model_.conversations();
    if (conversations.size() == 1) {
        const auto& c = conversations.front();
        const auto& l = model_.lifelines();
        return "TCP stream " + std::to_string(c.stream) + ": " + l[c.clientLifeline].label() + " ("
               + l[c.clientLifeline].roleText() + ") <-> " + l[c.serverLifeline].label() + " ("
               + l[c.serverLifeline].roleText() + ")" + frames;
    }
    return std::to_string(conversations.size()) + " TCP conversations" + frames;
}

std::vector<FlowStateMark> FlowRowEvents::statesBefore(std::size_t row) const
{
    std::vector<FlowStateMark> marks;
    const auto conversation = model_.conversationOfStream((*model_.analysisStore())[model_.row(row).packet].stream);
    if (!conversation)
        return marks;
    const auto& c = model_.conversations()[*conversation];
    if (row != std::max<std::size_t>(c.firstRow, first_))
        return marks;
    for (std::uint32_t side = 0; side < 2; ++side) {
        const auto t = 2 * *conversation + side;
        const auto& track = model_.stateTracks()[t];
        const TcpState state = row == track.firstRow ? track.initial
                                                     : track.stateAfter(static_cast<std::uint32_t>(row - 1));
        marks.push_back(FlowStateMark{t, track.lifeline, state});
    }
    std::sort(marks.begin(), marks.end(),
              [](const FlowStateMark& a, const FlowStateMark& b) { return a.lifeline < b.lifeline; });
    return marks;
}

std::vector<FlowStateMark> FlowRowEvents::statesAfter(std::size_t row)
{
    std::vector<FlowStateMark> marks;
    const auto conversation = model_.conversationOfStream((*model_.analysisStore())[model_.row(row).packet].stream);
    if (!conversation)
        return marks;
    for (std::uint32_t side = 0; side < 2; ++side) {
        const auto t = 2 * *conversation + side;
        const auto& changes = model_.stateTracks()[t].changes;
        auto& at = cursor_[t];
        while (at < changes.size() && changes[at].row < row)
            ++at;
        if (at < changes.size() && changes[at].row == row) {
            while (at + 1 < changes.size() && changes[at + 1].row == row)
                ++at; // a receiver moved twice at this row: the state it ends in
            marks.push_back(FlowStateMark{t, model_.stateTracks()[t].lifeline, changes[at].after});
            ++at;
        }
    }
    std::sort(marks.begin(), marks.end(),
              [](const FlowStateMark& a, const FlowStateMark& b) { return a.lifeline < b.lifeline; });
    return marks;
}

} // namespace tcplens
