#include "FlowStateLabelPlacer.h"

#include <algorithm>

namespace tcplens::ui {

FlowStateLabelPlacer::FlowStateLabelPlacer(const FlowGraphModel& model, const FlowGraphLayout& layout, qreal line,
                                           bool onLifeline, RowInk rowInk)
    : model_(model), layout_(layout), line_(line), onLifeline_(onLifeline), rowInk_(std::move(rowInk))
{
}

std::pair<qreal, qreal> FlowStateLabelPlacer::clearBetween(int lifeline, std::pair<int, int> between, qreal left,
                                                           qreal right) const
{
    const auto [above, below] = between;
    const auto atLifeline = [&](int row) {
        return model_.arrow(row).to == lifeline ? layout_.arrowEndY(row) : layout_.arrowY(row);
    };
    // Under the header (a conversation's first state) or the arrow whose change it is, at most a row down.
    qreal top = above < 0 ? layout_.rowTop(below) + line_ : atLifeline(above);
    qreal bottom = above < 0 ? atLifeline(below) : top + layout_.rowHeight();
    const auto across = [&](const QRectF& box) { return box.right() > left && box.left() < right; };
    if (above >= 0)
        for (const QRectF& box : rowInk_(above))
            if (across(box))
                top = std::max(top, box.bottom());
    if (below >= 0 && below < layout_.endRow())
        for (const QRectF& box : rowInk_(below))
            if (across(box))
                bottom = std::min(bottom, box.top());
    return {top, bottom};
}

QRectF FlowStateLabelPlacer::place(int lifeline, QSizeF size, qreal fontHeight, qreal y, std::pair<int, int> between,
                                   std::pair<int, int> stack)
{
    const qreal w = size.width();
    const qreal h = size.height();
    const qreal x = layout_.lifelineX(lifeline);
    const qreal bandHalfWidth = layout_.core().options().bandWidth / 2;
    const qreal gap = bandHalfWidth * std::max<qreal>(model_.core().slotsOn(static_cast<std::uint32_t>(lifeline)), 1)
                      + fontHeight * 0.3;
    // Outside the outermost lifelines, right of the others.
    const bool left = lifeline == 0 && model_.lifelineCount() > 1;
    QRectF box(left ? x - gap - w : x + gap, y, w, h);
    if (onLifeline_) {
        // On the lifeline, as far out as the graph's edge lets an outer one go (off the ends of the
        // arrows, their heads and texts), in the room its arrow and the next row's leave there.
        const int last = model_.lifelineCount() - 1;
        const qreal reach = std::max(w / 2, layout_.metrics().edgeRoom - layout_.metrics().lineHeight * 0.1);
        const qreal left = last < 1 || (lifeline > 0 && lifeline < last) ? x - w / 2
                           : lifeline == 0                              ? x - reach
                                                                        : x + reach - w;
        const auto [top, bottom] = clearBetween(lifeline, between, left, left + w);
        const qreal group = h * stack.second + line_ * 2 * (stack.second - 1);
        box = QRectF(left, top + (bottom - top - group) / 2 + (h + line_ * 2) * stack.first, w, h);
    } else if (between.first >= 0) { // beside: under a Reset's X put past the lifeline too
        box.moveTop(std::max(box.top(), clearBetween(lifeline, between, box.left(), box.right()).first + line_));
    }
    // One conversation's last state and the next one's first on a shared lifeline fall on the
    // same rows: the later label goes under the earlier instead of over it, their outlines apart.
    QRectF& previous = placed_[lifeline];
    if (previous.isValid() && box.top() < previous.bottom() + line_ && box.bottom() > previous.top())
        box.moveTop(previous.bottom() + line_ * 2);
    previous = box;
    return box;
}

} // namespace tcplens::ui
