#pragma once
// What the flow graph's texts measure in a font: the sizes FlowGraphLayout lays out with, the time
// column's title and the legend's width and lines, shared by the painter, the view and the exports.

#include "FlowGraphLayout.h"
#include "FlowGraphModel.h"

#include <QFont>
#include <QFontMetricsF>
#include <QString>

namespace tcplens::ui {

/// State labels' size, times the label font's.
inline constexpr qreal kFlowStateLabelScale = 0.8;

/// Sizes for `font` and `model` in `width` pixels, for FlowGraphLayout::setGeometry().
[[nodiscard]] FlowMetrics measureFlowGraph(const QFont& font, const FlowGraphModel& model, qreal width);
/// The time column's title: what its seconds count from (the conversation's start, or the first
/// packet shown when the graph holds several conversations), on two lines.
[[nodiscard]] QString flowTimeTitle(const FlowGraphModel& model);
/// The longest run of `text`'s leading space-separated tokens ("seq=4 ack=5", "len=0 win=512")
/// that fits `room` pixels: the last fields go first (ack before seq, win before len), and a field
/// is shown whole or not at all, never cut to "a…". Empty when not even the first fits.
[[nodiscard]] QString wholeFieldsThatFit(const QString& text, qreal room, const QFontMetricsF& metrics);
/// Width of the legend on one line in `font`.
[[nodiscard]] qreal flowLegendWidth(const QFont& font);
/// Lines the legend wraps into in `width` pixels (as FlowGraphPainter::paintLegend wraps it).
[[nodiscard]] int flowLegendLines(const QFont& font, qreal width);

} // namespace tcplens::ui
