#pragma once
// The core's FlowLayout fitted to a width and a font: column widths and lifeline spacing from
// measured text sizes, so the graph fills a view and its labels fit; the rest (row to y,
// lifeline to x, state bands, row at y) is the core layout's.

#include <flow/FlowLayout.h>

#include <QRectF>

#include <cstdint>
#include <optional>

namespace tcplens::ui {

enum class FlowSpacing { Uniform, TimeProportional };

/// Sizes the caller measured with its fonts.
struct FlowMetrics {
    qreal lineHeight = 16;   ///< Height of one label line.
    qreal timeWidth = 80;    ///< Widest time text.
    qreal labelWidth = 300;  ///< Widest arrow label wanted between two neighbouring lifelines.
    qreal pillWidth = 100;   ///< Widest state label.
    qreal commentMin = 200;  ///< Narrowest useful comment column.
    /// Narrowest comment column a payload preview leaves (commentMin; without a comment, its title).
    qreal commentLeast = 200;
    /// Widest sizes-and-payload line under an arrow that carries a payload preview (0: none): a
    /// preview is never shortened while the comment column can give it room.
    qreal payloadWidth = 0;
    /// The comment column that keeps this conversation's comments whole, wrapped over their rows (0:
    /// none measured): comments get up to that before the lifelines spread wider than their labels need.
    qreal commentWanted = 0;
    qreal headerHeight = 40; ///< Lifeline titles and the legend.
    qreal rowLines = 3.0;    ///< A row's height in label lines (presentation packs them tighter).
    /// Presentation: no time or comment column; the outer lifelines sit just inside the state
    /// labels' room at the edges and the texts between them get all the rest.
    bool spread = false;
    /// Spread: the room outside each outer lifeline, when not a state label's beside its band
    /// (0): the labels sit on the lifelines.
    qreal edgeRoom = 0;
};

class FlowGraphLayout {
public:
    /// Lays out rows [firstRow, lastRow] (lastRow -1: the last) of `model` in `width` pixels (wider
    /// when it must be).
    void setGeometry(const FlowModel& model, qreal width, const FlowMetrics& metrics, FlowSpacing spacing,
                     bool slanted, int firstRow = 0, int lastRow = -1);

    /// The width at which `lifelines` lifelines get their whole labels and the comments a column
    /// wide enough for Wireshark's longer analysis texts ("Previous segment not captured") and for
    /// this conversation's comments whole.
    [[nodiscard]] static qreal comfortableWidth(const FlowMetrics& metrics, int lifelines);

    [[nodiscard]] const FlowLayout& core() const noexcept { return layout_; }
    [[nodiscard]] const FlowMetrics& metrics() const noexcept { return metrics_; }
    /// First and one past the last laid-out row.
    [[nodiscard]] int firstRow() const noexcept { return static_cast<int>(layout_.firstRow()); }
    [[nodiscard]] int endRow() const noexcept { return static_cast<int>(layout_.endRow()); }
    [[nodiscard]] int rowCount() const noexcept { return static_cast<int>(layout_.rowCount()); }
    /// The least height of a row: a label line, the arrow, a payload line.
    [[nodiscard]] qreal rowHeight() const noexcept { return layout_.options().rowHeight; }
    [[nodiscard]] qreal width() const noexcept { return layout_.width(); }
    /// Header, rows and a footer.
    [[nodiscard]] qreal height() const noexcept { return layout_.height(); }
    [[nodiscard]] qreal headerHeight() const noexcept { return layout_.lifelineTop(); }

    [[nodiscard]] qreal rowTop(int row) const noexcept { return layout_.rowTop(index(row)); }
    [[nodiscard]] qreal rowBottom(int row) const noexcept { return layout_.rowBottom(index(row)); }
    [[nodiscard]] qreal arrowY(int row) const noexcept { return layout_.arrowStartY(index(row)); }
    [[nodiscard]] qreal arrowEndY(int row) const noexcept { return layout_.arrowEndY(index(row)); }
    /// The row whose band holds `y` (clamped to the rows); -1 when there are none or y is in the header.
    [[nodiscard]] int rowAt(qreal y) const noexcept;
    [[nodiscard]] qreal lifelineX(int lifeline) const noexcept { return layout_.lifelineX(index(lifeline)); }
    /// Empty in the spread layout, which has neither column.
    [[nodiscard]] QRectF timeColumn() const noexcept;
    [[nodiscard]] QRectF commentColumn() const noexcept;
    [[nodiscard]] static QRectF rect(const FlowRect& r) noexcept { return {r.x, r.y, r.width, r.height}; }

private:
    [[nodiscard]] static std::size_t index(int i) noexcept { return static_cast<std::size_t>(std::max(i, 0)); }

    FlowLayout layout_;
    FlowMetrics metrics_;
};

} // namespace tcplens::ui
