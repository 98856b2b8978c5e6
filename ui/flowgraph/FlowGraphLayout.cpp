#include "FlowGraphLayout.h"

#include <algorithm>
#include <cmath>

namespace tcplens::ui {

namespace {
constexpr qreal kWideComment = 1.15; // times the narrowest useful comment column

/// A lifeline slot's width: `needed` holds the widest usual label, `least` the state labels either side.
struct SlotWidths {
    qreal needed;
    qreal least;
};

SlotWidths slotWidths(const FlowMetrics& metrics, qreal bandWidth)
{
    const qreal lh = metrics.lineHeight;
    const qreal pad = std::ceil(lh * 0.8);
    // The outer half slots hold the state labels (beside the band, a little apart from the time column).
    const qreal pills = 2 * (metrics.pillWidth + lh * 0.3 + bandWidth);
    const qreal needed = std::max(metrics.labelWidth + 2 * pad, pills);
    return {needed, std::max(needed * 0.55, pills)};
}

qreal bandWidthFor(const FlowMetrics& metrics)
{
    return std::max(4.0, std::round(metrics.lineHeight * 0.5));
}

/// The lifeline spacing at which the widest sizes-and-payload line fits between an arrow's ends
/// (FlowGraphPainter::paintArrow: the arrow starts and stops clear of the state bands, and its
/// texts keep 0.8 of a line from them); 0 without a payload preview.
qreal payloadSlot(const FlowMetrics& metrics, qreal bandWidth, std::size_t tracks)
{
    if (metrics.payloadWidth <= 0)
        return 0;
    const qreal lh = metrics.lineHeight;
    const qreal line = std::max(1.0, std::round(lh / 14.0));
    const qreal inset = bandWidth / 2 * static_cast<qreal>(std::max<std::size_t>(tracks, 1)) + line;
    return std::ceil(metrics.payloadWidth + lh * 0.8 + 2 * inset) + 1;
}
/// The comment column wanted: as wide as the longer analysis texts, or as keeps this conversation's comments whole.
qreal wantedComments(const FlowMetrics& metrics)
{
    return std::max(metrics.commentMin * kWideComment, metrics.commentWanted);
}
} // namespace

qreal FlowGraphLayout::comfortableWidth(const FlowMetrics& metrics, int lifelines)
{
    const auto slot = slotWidths(metrics, bandWidthFor(metrics));
    return std::ceil(metrics.timeWidth + slot.needed * std::max(lifelines, 1) + wantedComments(metrics));
}

void FlowGraphLayout::setGeometry(const FlowModel& model, qreal width, const FlowMetrics& metrics,
                                  FlowSpacing spacing, bool slanted, int firstRow, int lastRow)
{
    metrics_ = metrics;
    const qreal lh = metrics.lineHeight;
    FlowLayoutOptions options;
    options.spacing = spacing == FlowSpacing::TimeProportional ? RowSpacing::Proportional : RowSpacing::Uniform;
    // A label line above the arrow, sizes and payload below, and breathing room.
    options.rowHeight = std::ceil(lh * metrics.rowLines);
    options.headerHeight = metrics.headerHeight;
    options.footerHeight = lh;
    options.margin = 0;
    options.timeColumnWidth = metrics.timeWidth;
    options.bandWidth = bandWidthFor(metrics);
    options.slanted = slanted;
    options.slant = 0.7;

    // Lifelines sit in the middle of equal slots; half a slot either side must hold a state label.
    const std::size_t lifelines = std::max<std::size_t>(model.lifelines().size(), 1);
    const auto [needed, least] = slotWidths(metrics, options.bandWidth);
    const qreal rest = width - metrics.timeWidth;
    const auto count = static_cast<qreal>(lifelines);
    // Comments as wide as the longer analysis texts (or as this conversation's keep whole), and the
    // lifelines room for a label with six-digit numbers; a narrower view first narrows the
    // comments to the narrowest useful column (a longer comment is shortened), then shortens
    // the lifelines' room a little (long numbers are elided, the tooltip has them), then narrows the
    // comments to a quarter (elided; the arrows' styles say the same).
    qreal comment = std::clamp(rest - needed * count, metrics.commentMin, wantedComments(metrics));
    const qreal shorter = std::max(least, needed * 0.85);
    if ((rest - comment) / count < shorter)
        comment = std::max(metrics.commentMin * 0.25, rest - shorter * count);
    qreal slot = (rest - comment) / count;
    // A payload preview wider than the labels takes its room from the comments, down to the
    // narrowest useful column (all of it but the title when the conversation has no comment).
    const qreal payload = payloadSlot(metrics, options.bandWidth, model.maxSlots());
    if (slot < payload) {
        slot = std::max(slot, std::min(payload, (rest - std::min(comment, metrics.commentLeast)) / count));
        comment = std::min(comment, rest - slot * count);
    }
    // Wide views do not stretch a pair of lifelines without end: the comments get the rest.
    slot = std::clamp(slot, least, std::max(payload, needed * (lifelines <= 2 ? 1.6 : 1.2)));
    options.lifelineSpacing = std::floor(slot);
    options.commentColumnWidth =
        std::max(comment, width - metrics.timeWidth - options.lifelineSpacing * static_cast<qreal>(lifelines));
    if (metrics.spread && lifelines >= 2) {
        // x of lifeline i = time column + spacing * (i + 0.5): the "time column" sets the first
        // lifeline's place (it may be negative), the "comment column" takes up the difference.
        const qreal edge = metrics.edgeRoom > 0 ? metrics.edgeRoom
                                                : metrics.pillWidth + lh * 0.3 + options.bandWidth; // a state label's room
        options.lifelineSpacing = std::floor(std::max(width - 2 * edge, edge) / static_cast<qreal>(lifelines - 1));
        options.timeColumnWidth = edge - options.lifelineSpacing / 2;
        options.commentColumnWidth =
            width - options.timeColumnWidth - options.lifelineSpacing * static_cast<qreal>(lifelines);
    }

    const std::size_t rows = model.rowCount();
    if (rows == 0) {
        layout_ = FlowLayout(options, 0, model.lifelines().size(), model.maxSlots());
        return;
    }
    const auto first = static_cast<std::size_t>(std::max(firstRow, 0));
    const auto last = lastRow < 0 ? rows - 1 : std::min(static_cast<std::size_t>(lastRow), rows - 1);
    layout_ = FlowLayout::of(model, options, first, last);
}

QRectF FlowGraphLayout::timeColumn() const noexcept
{
    const QRectF column = rect(layout_.timeColumn());
    return metrics_.spread ? QRectF(column.left(), column.top(), 0, column.height()) : column;
}

QRectF FlowGraphLayout::commentColumn() const noexcept
{
    const QRectF column = rect(layout_.commentColumn());
    return metrics_.spread ? QRectF(width(), column.top(), 0, column.height()) : column;
}

int FlowGraphLayout::rowAt(qreal y) const noexcept
{
    if (layout_.rowCount() == 0 || y < headerHeight())
        return -1;
    const auto row = layout_.rowAt(y);
    return row ? static_cast<int>(*row) : -1;
}

} // namespace tcplens::ui
