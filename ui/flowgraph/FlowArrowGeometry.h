#pragma once
// Where a flow-graph arrow's shaft, head and marks lie, in layout coordinates: FlowGraphPainter
// draws from it, and places the state labels on the lifelines clear of it.

#include "FlowGraphLayout.h"
#include "FlowGraphModel.h"

#include <QLineF>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>


namespace tcplens::ui {

struct FlowArrowGeometry {
    QPointF start;         ///< Leaves its sender's state band.
    QPointF end;           ///< Reaches its receiver's band.
    qreal head = 0;        ///< The arrowhead's length.
    qreal shaftWidth = 0;  ///< The shaft's pen width.
    qreal line = 1;        ///< The painter's base line width.
    qreal inset = 0;       ///< From each lifeline to the arrow's ends.

    /// Row `row`'s arrow, the painter's base line width `line`, its shaft `weight` times thicker;
    /// with a smaller head in `dense` rows (one line of text a row: a state label between two
    /// heads on a lifeline still keeps clear of both).
    [[nodiscard]] static FlowArrowGeometry of(const FlowGraphModel& model, const FlowGraphLayout& layout, int row,
                                              qreal line, qreal weight, bool dense);

    [[nodiscard]] QPointF unit() const;
    /// The filled head with its point at `tip`.
    [[nodiscard]] QPolygonF headAt(QPointF tip) const;
    /// The arms of the cross that ends a segment its receiver never got, at `tip`, and their pen.
    [[nodiscard]] qreal crossArm() const noexcept { return head * 0.45; }
    [[nodiscard]] qreal crossPen() const noexcept { return line * 2.2; }
    /// The X at a Reset's receiving end (the connection is torn down there): its centre, over the
    /// arrow's end, or past the lifeline (`past`) when the arrow's texts need the room; arm and pen.
    [[nodiscard]] QPointF resetCentre(bool past) const;
    [[nodiscard]] qreal resetArm() const noexcept { return head * 0.42; }
    [[nodiscard]] qreal resetPen() const noexcept { return line * 2; }
    /// How far the X over the arrow's end reaches back along it.
    [[nodiscard]] qreal resetReach() const noexcept { return resetArm() * 3.6 + resetPen() / 2; }
    /// The box a straight stroke from `a` to `b` with a flat-capped pen `width` wide covers.
    [[nodiscard]] static QRectF strokeBox(QPointF a, QPointF b, qreal width);
};

} // namespace tcplens::ui
