#pragma once
// What the flow graph's texts measure in a font: the sizes FlowGraphLayout lays out with, the time
// column's title and the legend's width and lines, shared by the painter, the view and the exports.

#include "FlowGraphLayout.h"
#include "FlowGraphModel.h"

#include <QFont>
#include <QFontMetricsF>
#include <QString>
#include <QStringList>

namespace tcplens::ui {

/// State labels' size, times the label font's.
inline constexpr qreal kFlowStateLabelScale = 0.8;

/// `text` broken into lines of `width` (at most `maxLines`, the last one shortened, `elided`
/// then set): the comment column's.
[[nodiscard]] QStringList flowCommentLines(const QString& text, const QFont& font, qreal width, int maxLines,
                                           bool* elided = nullptr);
/// The narrowest comment column text width in which flowCommentLines() keeps `text` whole in `lines` lines.
[[nodiscard]] qreal flowCommentWidth(const QString& text, const QFont& font, int lines);
/// `font` at `factor` times its size (point or pixel), bold and italic as asked.
[[nodiscard]] QFont scaledFont(const QFont& font, qreal factor, bool bold = false, bool italic = false);
/// How far an arrow's sizes-and-payload line reaches below its row, in label lines.
inline constexpr qreal kFlowBelowArrowLines = 0.6;
/// Sizes for `font` and `model` in `width` pixels, for FlowGraphLayout::setGeometry().
[[nodiscard]] FlowMetrics measureFlowGraph(const QFont& font, const FlowGraphModel& model, qreal width);
/// Rows measureRowTexts() reads: the first ones (a conversation's request lines and banners),
/// which keeps measuring a long conversation quick.
inline constexpr int kMeasuredRows = 2000;
/// What the rows' texts ask of the layout.
struct FlowRowTexts {
    qreal payloadWidth = 0; ///< Widest sizes-and-payload line under an arrow with a payload preview.
    bool comments = false;  ///< Some row has a comment (or more rows than were read).
    qreal commentWidth = 0; ///< The narrowest text width that keeps every comment whole in a row's lines.
};
/// The first kMeasuredRows rows' texts in `font`, as the painter sets them.
[[nodiscard]] FlowRowTexts measureRowTexts(const QFont& font, const FlowGraphModel& model);
/// Puts `texts` into `metrics` (measured in `font`): the payload line's width, the comment column
/// that keeps every comment whole, and without a comment, one that needs only its title.
void fitRowTexts(FlowMetrics& metrics, const FlowRowTexts& texts, const QFont& font);
/// The time column's title: what its seconds count from (the conversation's start, or the first
/// packet shown when the graph holds several conversations), on two lines.
[[nodiscard]] QString flowTimeTitle(const FlowGraphModel& model);
/// The longest run of `text`'s leading space-separated tokens ("seq=4 ack=5", "len=0 win=512")
/// that fits `room` pixels: the last fields go first (ack before seq, win before len), and a field
/// is shown whole or not at all, never cut to "a…". Empty when not even the first fits.
[[nodiscard]] QString wholeFieldsThatFit(const QString& text, qreal room, const QFontMetricsF& metrics);
/// The width a lifeline's title may take: its share of the graph's width, at most its lifeline's
/// spacing, less a margin (the box is kept inside the graph, off-centre at an edge).
[[nodiscard]] qreal lifelineTitleRoom(const FlowGraphLayout& layout, int lifelines);
/// A lifeline's title ("10.77.0.1:60792", "[fd77::1]:80") in at most `maxLines` lines of `room`
/// pixels: one line when it fits, else the address over its port; a line still too wide is
/// shortened in the middle ("…") and `elided` set.
[[nodiscard]] QStringList lifelineTitleLines(const QString& title, const QFontMetricsF& metrics, qreal room,
                                             int maxLines, bool* elided = nullptr);
/// A state label's text in a box at most `maxWidth` wide (its padding, `metrics`' height * 0.7,
/// included; 0: no limit): one line when it fits, else two, broken after an underscore
/// ("SYN_" over "RECEIVED") or hyphenated ("ESTAB-" over "LISHED"), whichever is narrower.
[[nodiscard]] QStringList stateLabelLines(const QString& text, const QFontMetricsF& metrics, qreal maxWidth);
/// The width of a state label box holding `lines`.
[[nodiscard]] qreal stateLabelWidth(const QStringList& lines, const QFontMetricsF& metrics);
/// Width of the legend on one line in `font`.
[[nodiscard]] qreal flowLegendWidth(const QFont& font);
/// Lines the legend wraps into in `width` pixels (as FlowGraphPainter::paintLegend wraps it).
[[nodiscard]] int flowLegendLines(const QFont& font, qreal width);

} // namespace tcplens::ui
