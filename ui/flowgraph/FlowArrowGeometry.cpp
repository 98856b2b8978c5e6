#include "FlowArrowGeometry.h"

#include <algorithm>
#include <cmath>

namespace tcplens::ui {

namespace {
constexpr qreal kHeadSpread = 0.38; // the head's half-width, times its length
} // namespace

FlowArrowGeometry FlowArrowGeometry::of(const FlowGraphModel& model, const FlowGraphLayout& layout, int row,
                                        qreal line, qreal weight, bool dense)
{
    const FlowGraphArrow& arrow = model.arrow(row);
    // Clear of the widest stack of state bands on any lifeline.
    const qreal inset = layout.core().options().bandWidth / 2 * std::max<qreal>(model.core().maxSlots(), 1) + line;
    const qreal xFrom = layout.lifelineX(arrow.from);
    const qreal xTo = layout.lifelineX(arrow.to);
    const qreal dir = xTo >= xFrom ? 1.0 : -1.0;
    FlowArrowGeometry g;
    g.start = QPointF(xFrom + dir * inset, layout.arrowY(row));
    g.end = QPointF(xTo - dir * inset, layout.arrowEndY(row));
    g.head = std::max(layout.metrics().lineHeight * (dense ? 0.42 : 0.55), 7.0);
    g.shaftWidth = line * weight * 1.2;
    g.line = line;
    g.inset = inset;
    return g;
}

QPointF FlowArrowGeometry::unit() const
{
    const qreal length = QLineF(start, end).length();
    return length > 0 ? (end - start) / length : QPointF(end.x() >= start.x() ? 1.0 : -1.0, 0);
}

QPolygonF FlowArrowGeometry::headAt(QPointF tip) const
{
    const QPointF u = unit();
    const QPointF normal(-u.y(), u.x());
    return QPolygonF({tip, tip - u * head + normal * head * kHeadSpread, tip - u * head - normal * head * kHeadSpread});
}

QPointF FlowArrowGeometry::resetCentre(bool past) const
{
    const qreal dir = end.x() >= start.x() ? 1.0 : -1.0;
    if (past) // on the arrow's line, as far past the lifeline as the arrow ends before it
        return end + QPointF(dir * (2 * inset + resetArm() + resetPen() / 2), 0);
    return end + QPointF(-dir * resetArm() * 2.6, -resetArm() * 1.8);
}

QRectF FlowArrowGeometry::strokeBox(QPointF a, QPointF b, qreal width)
{
    const QLineF line(a, b);
    const QPointF u = line.length() > 0 ? (b - a) / line.length() : QPointF(1, 0);
    const QPointF across = QPointF(-u.y(), u.x()) * (width / 2); // half the pen either side
    return QPolygonF({a + across, a - across, b - across, b + across}).boundingRect();
}

} // namespace tcplens::ui
