#pragma once
// Paints a flow graph's header: the time and comment column titles, each lifeline's title box
// (address:port over its role) and the legend of arrow kinds. FlowGraphPainter hands it the
// header; the view paints it last, fixed at the top while the rows scroll under it.

#include "FlowGraphLayout.h"
#include "FlowGraphModel.h"
#include "FlowGraphStyle.h"

#include <QRectF>

class QPainter;

namespace tcplens::ui {

struct FlowPaintOptions;
struct FlowPaintReport;

class FlowGraphHeaderPainter {
public:
    /// `line` is the painter's base line width; the titles as drawn go into `report`.
    FlowGraphHeaderPainter(QPainter& painter, const FlowGraphModel& model, const FlowGraphLayout& layout,
                           const FlowGraphStyle& style, const FlowPaintOptions& options, qreal line,
                           FlowPaintReport& report);

    /// Paints the header with its top at layout y 0, across `left`..`right`.
    void paint(qreal left, qreal right);

private:
    void paintLegend(QRectF rect);

    QPainter& p_;
    const FlowGraphModel& model_;
    const FlowGraphLayout& layout_;
    const FlowGraphStyle& style_;
    const FlowPaintOptions& options_;
    qreal line_;
    FlowPaintReport* report_;
};

} // namespace tcplens::ui
