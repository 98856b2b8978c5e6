#pragma once
// The crosshair under the pointer and the readout box in the chart's top right corner, on a
// buffered layer of their own so that moving the pointer redraws only them.

#include "ChartStyle.h"

#include <qcustomplot.h>

namespace tcplens::ui {

class ChartCrosshair {
public:
    /// Adds the layer (above the legend) and the hidden items to `plot`, which owns them.
    explicit ChartCrosshair(QCustomPlot& plot);

    void setStyle(const ChartStyle& style);
    /// Lines through `pixel` across `rect` (the axis rect) and `text` in the readout.
    void show(const QPointF& pixel, const QRect& rect, const QString& text);
    void hide();
    /// The readout's text while it is shown; empty otherwise.
    [[nodiscard]] QString text() const;
    /// Whether `item` is one of the crosshair's (a chart clearing its items keeps them).
    [[nodiscard]] bool owns(const QCPAbstractItem* item) const noexcept;

private:
    void setVisible(bool visible);

    QCPLayer* layer_;
    QCPItemStraightLine* x_;
    QCPItemStraightLine* y_;
    QCPItemText* readout_;
};

} // namespace tcplens::ui
