#pragma once
// Widget-free geometry of a flow graph, shared by the SVG exporter and the Qt view: row to y,
// lifeline to x, columns, arrow end points, state band rectangles and hit-testing. Units are
// whatever the caller draws in (pixels, points); pure arithmetic over doubles.
//
//   | time | lifeline 0      lifeline 1      ...      | comment |
//   header (labels), then one row per arrow; row r's arrow leaves at arrowStartY(r).

#include "FlowModel.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

namespace tcplens {

struct FlowPoint {
    double x = 0;
    double y = 0;
};

struct FlowRect {
    double x = 0;
    double y = 0;
    double width = 0;
    double height = 0;
    [[nodiscard]] double right() const noexcept { return x + width; }
    [[nodiscard]] double bottom() const noexcept { return y + height; }
    [[nodiscard]] bool contains(FlowPoint p) const noexcept { return p.x >= x && p.x <= right() && p.y >= y && p.y <= bottom(); }
};

/// One lifeline's band for one state between two arrows.
struct FlowStateBand {
    FlowRect rect;
    TcpState state = TcpState::Unknown;
    std::uint32_t track = 0;   ///< Index into FlowModel::stateTracks().
    bool startsAtChange = false; ///< False for the state before the first arrow.
};

enum class RowSpacing : std::uint8_t {
    Uniform,      ///< Every row `rowHeight` apart.
    Proportional, ///< Gaps proportional to time, from rowHeight up to rowHeight * (1 + maxGapRows).
};

struct FlowLayoutOptions {
    RowSpacing spacing = RowSpacing::Uniform;
    double rowHeight = 30;          ///< The smallest distance between two arrows.
    double headerHeight = 56;       ///< Lifeline labels above the first row.
    double footerHeight = 24;       ///< Below the last row (where the lifelines end).
    double timeColumnWidth = 110;
    double commentColumnWidth = 260;
    double lifelineSpacing = 320;   ///< Between neighbouring lifelines.
    double margin = 12;             ///< Around everything.
    double bandWidth = 14;          ///< Width of one state band on a lifeline.
    bool slanted = false;           ///< Arrows descend to suggest transit time...
    double slant = 0.5;             ///< ...over this fraction (0 to 1) of the lower half of their row.
    /// Proportional spacing: extra rows per second of gap; <= 0 chooses it so that the longest gap
    /// gets maxGapRows (a 1 s SYN retransmission then shows as a clear gap, bulk data stays dense),
    /// or none when the longest gap is under 10x the first quartile (nothing stands out).
    double rowsPerSecond = 0;
    double maxGapRows = 8;          ///< Cap on the extra rows one gap adds.
};

class FlowLayout {
public:
    FlowLayout() = default;
    /// Geometry for `rowCount` rows and `lifelineCount` lifelines (each holding up to `maxSlots`
    /// state bands side by side). `timeNs(r)` gives row r's time; only Proportional spacing calls it.
    FlowLayout(const FlowLayoutOptions& options, std::size_t rowCount, std::size_t lifelineCount,
               std::uint32_t maxSlots = 1, const std::function<std::int64_t(std::size_t)>& timeNs = {});
    /// The layout of a model, its times included; or of its rows [firstRow, lastRow] only (an
    /// export of a range). Row arguments below are always the model's row numbers.
    [[nodiscard]] static FlowLayout of(const FlowModel& model, const FlowLayoutOptions& options);
    [[nodiscard]] static FlowLayout of(const FlowModel& model, const FlowLayoutOptions& options, std::size_t firstRow,
                                       std::size_t lastRow);

    [[nodiscard]] const FlowLayoutOptions& options() const noexcept { return options_; }
    [[nodiscard]] std::size_t rowCount() const noexcept { return rowCount_; }
    [[nodiscard]] std::size_t firstRow() const noexcept { return firstRow_; }  ///< The first row laid out.
    [[nodiscard]] std::size_t endRow() const noexcept { return firstRow_ + rowCount_; } ///< One past the last.
    [[nodiscard]] std::size_t lifelineCount() const noexcept { return lifelineCount_; }

    // Overall size and columns.
    [[nodiscard]] double width() const noexcept;
    [[nodiscard]] double height() const noexcept;
    [[nodiscard]] FlowRect timeColumn() const noexcept;     ///< From the first row's top to the last row's bottom.
    [[nodiscard]] FlowRect commentColumn() const noexcept;
    [[nodiscard]] double lifelineX(std::size_t lifeline) const noexcept;
    [[nodiscard]] double lifelineTop() const noexcept;      ///< Where lifelines start (below the header).
    [[nodiscard]] double lifelineBottom() const noexcept;

    // Rows.
    [[nodiscard]] double rowTop(std::size_t row) const noexcept;     ///< Top of the row's slot (label space).
    [[nodiscard]] double rowBottom(std::size_t row) const noexcept;  ///< Top of the next row's slot.
    [[nodiscard]] double arrowStartY(std::size_t row) const noexcept;
    [[nodiscard]] double arrowEndY(std::size_t row) const noexcept;  ///< Lower than the start when slanted.
    /// The arrow of `row` from lifeline `from` to lifeline `to`, on the lifelines' centre lines.
    [[nodiscard]] FlowPoint arrowStart(std::size_t row, std::size_t from) const noexcept;
    [[nodiscard]] FlowPoint arrowEnd(std::size_t row, std::size_t to) const noexcept;
    /// The arrow as drawn: from the edge of the sender's state bands to the edge of the receiver's
    /// (`slots` bands wide on each lifeline, as FlowModel::slotsOn gives), so the head stays visible.
    [[nodiscard]] std::pair<FlowPoint, FlowPoint> arrowSegment(std::size_t row, std::size_t from, std::size_t to,
                                                               std::uint32_t fromSlots = 1,
                                                               std::uint32_t toSlots = 1) const noexcept;
    /// Row whose slot contains y (clamped to the rows), or nullopt when there are no rows.
    [[nodiscard]] std::optional<std::size_t> rowAt(double y) const noexcept;
    /// Rows intersecting [y0, y1): what a view paints. Empty range as {endRow(), endRow()}.
    [[nodiscard]] std::pair<std::size_t, std::size_t> rowsIn(double y0, double y1) const noexcept;
    /// The arrow under point p: within `tolerance` of the segment from arrowStart to arrowEnd.
    [[nodiscard]] std::optional<std::size_t> arrowAt(FlowPoint p, const FlowModel& model, double tolerance = 6) const;

    // State bands.
    /// x of the left edge of slot `slot` of `slots` bands centred on lifeline `lifeline`.
    [[nodiscard]] double bandX(std::size_t lifeline, std::uint32_t slot, std::uint32_t slots) const noexcept;
    /// Every band of `track` (one per state, Unknown included so callers can skip it).
    [[nodiscard]] std::vector<FlowStateBand> bands(const FlowModel& model, std::uint32_t track) const;

private:
    FlowLayoutOptions options_;
    std::size_t rowCount_ = 0;
    std::size_t firstRow_ = 0;
    std::size_t lifelineCount_ = 0;
    std::uint32_t maxSlots_ = 1;
    std::vector<double> rowTops_; ///< Proportional spacing only: rowCount_ + 1 tops.
};

} // namespace tcplens
