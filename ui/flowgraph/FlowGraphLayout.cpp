#include "FlowGraphLayout.h"

#include <algorithm>
#include <cmath>

namespace tcplens::ui {

void FlowGraphLayout::setGeometry(const FlowModel& model, qreal width, const FlowMetrics& metrics,
                                  FlowSpacing spacing, bool slanted, int firstRow, int lastRow)
{
    metrics_ = metrics;
    const qreal lh = metrics.lineHeight;
    const qreal pad = std::ceil(lh * 0.8);
    FlowLayoutOptions options;
    options.spacing = spacing == FlowSpacing::TimeProportional ? RowSpacing::Proportional : RowSpacing::Uniform;
    // A label line above the arrow, sizes and payload below, and breathing room.
    options.rowHeight = std::ceil(lh * 3.0);
    options.headerHeight = metrics.headerHeight;
    options.footerHeight = lh;
    options.margin = 0;
    options.timeColumnWidth = metrics.timeWidth;
    options.bandWidth = std::max(4.0, std::round(lh * 0.5));
    options.slanted = slanted;
    options.slant = 0.7;

    // Lifelines sit in the middle of equal slots; half a slot either side must hold a state label.
    const std::size_t lifelines = std::max<std::size_t>(model.lifelines().size(), 1);
    // The outer half slots hold the state labels (beside the band, a little apart from the time column).
    const qreal pills = 2 * (metrics.pillWidth + lh * 0.3 + options.bandWidth);
    const qreal needed = std::max(metrics.labelWidth + 2 * pad, pills);
    const qreal least = std::max(needed * 0.55, pills);
    qreal slot = (width - metrics.timeWidth - metrics.commentMin) / static_cast<qreal>(lifelines);
    qreal comment = metrics.commentMin;
    if (slot < needed) {
        // A narrow view first takes room from the comment column (its texts are elided; the
        // arrows' styles and tooltips say the same), then shortens the labels.
        const qreal borrowed = std::min(metrics.commentMin * 0.75, (needed - slot) * static_cast<qreal>(lifelines));
        comment -= borrowed;
        slot = (width - metrics.timeWidth - comment) / static_cast<qreal>(lifelines);
    }
    // Wide views do not stretch a pair of lifelines without end: the comments get the rest.
    slot = std::clamp(slot, least, needed * (lifelines <= 2 ? 1.6 : 1.2));
    options.lifelineSpacing = std::floor(slot);
    options.commentColumnWidth =
        std::max(comment, width - metrics.timeWidth - options.lifelineSpacing * static_cast<qreal>(lifelines));

    const std::size_t rows = model.rowCount();
    if (rows == 0) {
        layout_ = FlowLayout(options, 0, model.lifelines().size(), model.maxSlots());
        return;
    }
    const auto first = static_cast<std::size_t>(std::max(firstRow, 0));
    const auto last = lastRow < 0 ? rows - 1 : std::min(static_cast<std::size_t>(lastRow), rows - 1);
    layout_ = FlowLayout::of(model, options, first, last);
}

int FlowGraphLayout::rowAt(qreal y) const noexcept
{
    if (layout_.rowCount() == 0 || y < headerHeight())
        return -1;
    const auto row = layout_.rowAt(y);
    return row ? static_cast<int>(*row) : -1;
}

} // namespace tcplens::ui
