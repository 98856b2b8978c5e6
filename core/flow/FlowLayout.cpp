#include "FlowLayout.h"

#include "../decode/Nanoseconds.h"

#include <algorithm>
#include <cmath>

namespace tcplens {

FlowLayout::FlowLayout(const FlowLayoutOptions& options, std::size_t rowCount, std::size_t lifelineCount,
                       std::uint32_t maxSlots, const std::function<std::int64_t(std::size_t)>& timeNs)
    : options_(options), rowCount_(rowCount), lifelineCount_(lifelineCount), maxSlots_(std::max<std::uint32_t>(maxSlots, 1))
{
    options_.slant = std::clamp(options_.slant, 0.0, 1.0);
    options_.rowHeight = std::max(options_.rowHeight, 1.0);
    options_.maxGapRows = std::max(options_.maxGapRows, 0.0);
    if (options_.spacing != RowSpacing::Proportional || !timeNs || rowCount_ == 0)
        return;
    // Extra space after each gap, proportional to its length, capped.
    double rowsPerSecond = options_.rowsPerSecond;
    if (rowsPerSecond <= 0 && rowCount_ > 1) {
        // The longest gap gets maxGapRows, unless no gap stands out from the short ones (the first
        // quartile): a steady bulk transfer stays uniform instead of every row growing.
        std::vector<std::int64_t> gaps(rowCount_ - 1);
        for (std::size_t r = 1; r < rowCount_; ++r)
            gaps[r - 1] = std::max<std::int64_t>(nsBetween(timeNs(r - 1), timeNs(r)), 0);
        const auto longest = *std::max_element(gaps.begin(), gaps.end());
        auto quartile = gaps.begin() + static_cast<std::ptrdiff_t>(gaps.size() / 4);
        std::nth_element(gaps.begin(), quartile, gaps.end());
        const bool standsOut = longest > 0 && longest / 10 >= *quartile; // 10 x a 30-year gap overflows
        rowsPerSecond = standsOut ? options_.maxGapRows / (static_cast<double>(longest) / 1e9) : 0;
    }
    rowTops_.resize(rowCount_ + 1);
    double y = options_.margin + options_.headerHeight;
    rowTops_[0] = y;
    std::int64_t previous = timeNs(0);
    for (std::size_t r = 1; r <= rowCount_; ++r) {
        double extra = 0;
        if (r < rowCount_) {
            const std::int64_t t = timeNs(r);
            const double seconds = static_cast<double>(std::max<std::int64_t>(nsBetween(previous, t), 0)) / 1e9;
            extra = std::min(options_.maxGapRows, seconds * rowsPerSecond);
            previous = t;
        }
        y += options_.rowHeight * (1 + extra);
        rowTops_[r] = y;
    }
}

FlowLayout FlowLayout::of(const FlowModel& model, const FlowLayoutOptions& options)
{
    return FlowLayout(options, model.rowCount(), model.lifelines().size(), model.maxSlots(),
                      [&model](std::size_t r) { return model.timestampNs(r); });
}

FlowLayout FlowLayout::of(const FlowModel& model, const FlowLayoutOptions& options, std::size_t firstRow,
                          std::size_t lastRow)
{
    if (model.rowCount() == 0 || firstRow > lastRow || firstRow >= model.rowCount())
        return FlowLayout(options, 0, model.lifelines().size(), model.maxSlots());
    lastRow = std::min(lastRow, model.rowCount() - 1);
    FlowLayout layout(options, lastRow - firstRow + 1, model.lifelines().size(), model.maxSlots(),
                      [&model, firstRow](std::size_t r) { return model.timestampNs(firstRow + r); });
    layout.firstRow_ = firstRow;
    return layout;
}

double FlowLayout::lifelineX(std::size_t lifeline) const noexcept
{
    // Half a spacing between the time column and the first lifeline, as between the last and the comments.
    return options_.margin + options_.timeColumnWidth + options_.lifelineSpacing * (0.5 + static_cast<double>(lifeline));
}

double FlowLayout::width() const noexcept
{
    return options_.margin * 2 + options_.timeColumnWidth
           + options_.lifelineSpacing * static_cast<double>(std::max<std::size_t>(lifelineCount_, 1))
           + options_.commentColumnWidth;
}

double FlowLayout::height() const noexcept { return lifelineBottom() + options_.footerHeight + options_.margin; }

double FlowLayout::lifelineTop() const noexcept { return options_.margin + options_.headerHeight; }

double FlowLayout::lifelineBottom() const noexcept { return rowTop(endRow()); }

FlowRect FlowLayout::timeColumn() const noexcept
{
    return FlowRect{options_.margin, lifelineTop(), options_.timeColumnWidth, lifelineBottom() - lifelineTop()};
}

FlowRect FlowLayout::commentColumn() const noexcept
{
    const double x = options_.margin + options_.timeColumnWidth
                     + options_.lifelineSpacing * static_cast<double>(std::max<std::size_t>(lifelineCount_, 1));
    return FlowRect{x, lifelineTop(), options_.commentColumnWidth, lifelineBottom() - lifelineTop()};
}

double FlowLayout::rowTop(std::size_t modelRow) const noexcept
{
    const std::size_t row = std::min(modelRow > firstRow_ ? modelRow - firstRow_ : 0, rowCount_);
    if (!rowTops_.empty())
        return rowTops_[row];
    return lifelineTop() + options_.rowHeight * static_cast<double>(row);
}

double FlowLayout::rowBottom(std::size_t row) const noexcept { return rowTop(std::min(row, endRow()) + 1); }

double FlowLayout::arrowStartY(std::size_t row) const noexcept
{
    // The label sits in the upper part of the row; the arrow below it (higher when it descends).
    return rowTop(row) + options_.rowHeight * (options_.slanted ? 0.5 : 0.7);
}

double FlowLayout::arrowEndY(std::size_t row) const noexcept
{
    return arrowStartY(row) + (options_.slanted ? options_.slant * options_.rowHeight * 0.45 : 0.0);
}

FlowPoint FlowLayout::arrowStart(std::size_t row, std::size_t from) const noexcept
{
    return FlowPoint{lifelineX(from), arrowStartY(row)};
}

FlowPoint FlowLayout::arrowEnd(std::size_t row, std::size_t to) const noexcept
{
    return FlowPoint{lifelineX(to), arrowEndY(row)};
}

std::pair<FlowPoint, FlowPoint> FlowLayout::arrowSegment(std::size_t row, std::size_t from, std::size_t to,
                                                         std::uint32_t fromSlots, std::uint32_t toSlots) const noexcept
{
    auto start = arrowStart(row, from);
    auto end = arrowEnd(row, to);
    const double direction = to > from ? 1.0 : (to < from ? -1.0 : 0.0);
    start.x += direction * options_.bandWidth * std::max<std::uint32_t>(fromSlots, 1) / 2;
    end.x -= direction * options_.bandWidth * std::max<std::uint32_t>(toSlots, 1) / 2;
    return {start, end};
}

std::optional<std::size_t> FlowLayout::rowAt(double y) const noexcept
{
    if (rowCount_ == 0)
        return std::nullopt;
    if (!(y >= lifelineTop())) // NaN too: a view's arithmetic must never become an index
        return firstRow_;
    if (!rowTops_.empty()) {
        const auto it = std::upper_bound(rowTops_.begin(), rowTops_.end(), y);
        const auto row = static_cast<std::size_t>(it - rowTops_.begin()) - 1;
        return firstRow_ + std::min(row, rowCount_ - 1);
    }
    const double rows = std::floor((y - lifelineTop()) / options_.rowHeight);
    const auto row = rows >= static_cast<double>(rowCount_) ? rowCount_ - 1 : static_cast<std::size_t>(rows);
    return firstRow_ + row;
}

std::pair<std::size_t, std::size_t> FlowLayout::rowsIn(double y0, double y1) const noexcept
{
    if (rowCount_ == 0 || y1 <= y0 || y1 <= lifelineTop() || y0 >= lifelineBottom())
        return {endRow(), endRow()};
    const auto first = *rowAt(y0);
    const auto last = *rowAt(std::nextafter(y1, y0));
    return {first, last + 1};
}

std::optional<std::size_t> FlowLayout::arrowAt(FlowPoint p, const FlowModel& model, double tolerance) const
{
    const auto row = rowAt(p.y);
    if (!row)
        return std::nullopt;
    // The arrow of this row or a neighbour can be the closest (labels sit above the arrows).
    std::optional<std::size_t> best;
    double bestDistance = tolerance;
    const std::size_t first = *row > firstRow_ ? *row - 1 : firstRow_;
    const std::size_t last = std::min(*row + 1, std::min(endRow(), model.rowCount()) - 1);
    for (std::size_t r = first; r <= last && r < model.rowCount(); ++r) {
        const auto& fr = model.row(r);
        const auto [a, b] = arrowSegment(r, fr.fromLifeline, fr.toLifeline, model.slotsOn(fr.fromLifeline),
                                         model.slotsOn(fr.toLifeline));
        const double dx = b.x - a.x;
        const double dy = b.y - a.y;
        const double length2 = dx * dx + dy * dy;
        const double t = length2 > 0 ? std::clamp(((p.x - a.x) * dx + (p.y - a.y) * dy) / length2, 0.0, 1.0) : 0.0;
        const double distance = std::hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
        if (distance <= bestDistance) {
            bestDistance = distance;
            best = r;
        }
    }
    return best;
}

double FlowLayout::bandX(std::size_t lifeline, std::uint32_t slot, std::uint32_t slots) const noexcept
{
    slots = std::max<std::uint32_t>(slots, 1);
    const double total = options_.bandWidth * slots;
    return lifelineX(lifeline) - total / 2 + options_.bandWidth * slot;
}

std::vector<FlowStateBand> FlowLayout::bands(const FlowModel& model, std::uint32_t track) const
{
    std::vector<FlowStateBand> out;
    if (track >= model.stateTracks().size())
        return out;
    const auto& t = model.stateTracks()[track];
    if (rowCount_ == 0 || t.lastRow < firstRow_ || t.firstRow >= endRow())
        return out;
    const double x = bandX(t.lifeline, t.slot, model.slotsOn(t.lifeline));
    const auto yOf = [&](const FlowStateChange& c) { return c.atSender ? arrowStartY(c.row) : arrowEndY(c.row); };
    // A conversation's bands run from its first row's top to its last row's bottom (or the edges
    // of the laid-out range), the first graph row's from the lifelines' top.
    const double top = t.firstRow <= firstRow_ ? lifelineTop() : rowTop(t.firstRow);
    const double bottom = t.lastRow + 1 >= endRow() ? lifelineBottom() : rowBottom(t.lastRow);
    double y = top;
    TcpState state = t.firstRow < firstRow_ ? t.stateAfter(static_cast<std::uint32_t>(firstRow_ - 1)) : t.initial;
    bool atChange = false;
    for (const auto& c : t.changes) {
        if (c.row < firstRow_)
            continue;
        if (c.row >= endRow())
            break;
        const double end = yOf(c);
        if (end > y)
            out.push_back(FlowStateBand{FlowRect{x, y, options_.bandWidth, end - y}, state, track, atChange});
        y = std::max(y, end);
        state = c.after;
        atChange = true;
    }
    if (bottom > y)
        out.push_back(FlowStateBand{FlowRect{x, y, options_.bandWidth, bottom - y}, state, track, atChange});
    return out;
}

} // namespace tcplens
