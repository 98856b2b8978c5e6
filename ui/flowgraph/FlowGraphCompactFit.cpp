#include "FlowGraphCompactFit.h"

#include "FlowGraphMetrics.h"

#include <QFontMetricsF>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <iterator>

namespace tcplens::ui {

namespace {
// State labels in the compact layout, times the font, beside the outer lifelines: one line, then
// broken over two lines (SYN_ / RECEIVED), then smaller down to half the arrows' size (a 60th of
// the screen in presentation); last, one line on the lifeline itself, between two arrows. The
// first that leaves each arrow's flags and seq/ack whole between the lifelines.
struct CompactStateSize {
    qreal scale;
    bool wrap;
    bool onLifeline;
};
constexpr CompactStateSize kCompactStateSizes[] = {
    {0.62, false, false}, {0.62, true, false}, {0.56, true, false}, {0.5, true, false}, {0.5, false, true}};
constexpr qreal kCompactRowLines = 2.4; // label, arrow and payload line with no spare line between rows
/// The room outside an outer lifeline whose state labels, `width` at the widest, sit on it.
qreal onLifelineEdge(qreal width, qreal lineHeight)
{
    return std::ceil(std::max(width, std::max(4.0, std::round(lineHeight * 0.5))) / 2 + lineHeight * 0.1);
}
} // namespace

FlowGraphCompactFit::FlowGraphCompactFit(const FlowGraphModel& model, const QFont& labelFont, FlowSpacing spacing,
                                         bool slanted)
    : model_(model), font_(labelFont), spacing_(spacing), slanted_(slanted)
{
}

FlowCompactSizes FlowGraphCompactFit::fit(const FlowMetrics& measured, QSize viewport) const
{
    FlowCompactSizes sizes;
    sizes.metrics = measured;
    fitInto(sizes, viewport);
    // A title wider than its lifeline's room: the address over its port, the header a line taller.
    if (titlesNeedTwoLines(sizes.metrics, viewport.width())) {
        sizes.titleLines = 2;
        fitInto(sizes, viewport);
    }
    return sizes;
}

void FlowGraphCompactFit::fitInto(FlowCompactSizes& sizes, QSize viewport) const
{
    FlowMetrics& metrics = sizes.metrics;
    // Lifeline titles only: the bold address line (or address and port), the role line and a little padding.
    QFont bold = font_;
    bold.setBold(true);
    QFont small = font_;
    small.setPointSizeF(small.pointSizeF() > 0 ? small.pointSizeF() * 0.86 : 9);
    const qreal lh = metrics.lineHeight;
    metrics.headerHeight = std::ceil(QFontMetricsF(bold).height() * sizes.titleLines + QFontMetricsF(small).height() + lh * 0.9);
    metrics.timeWidth = 0;
    metrics.commentMin = 0;
    metrics.rowLines = kCompactRowLines;
    sizes.dense = false;
    sizes.below = lh * kFlowBelowArrowLines;
    // A conversation that does not fit whole at three lines a row gets dense rows: one line
    // each, the label on its arrow, the sizes and payload under the newest arrow only; as
    // tight as it takes to show it whole, down to a line of text per row.
    const int rows = model_.rowCount();
    const qreal room = viewport.height() - metrics.headerHeight;
    if (rows > 0 && room > 0 && std::ceil(lh * kCompactRowLines) * rows + sizes.below > room) {
        sizes.dense = true;
        const qreal detail = QFontMetricsF(font_).height() * 0.55
                             + std::max(QFontMetricsF(small).height(), QFontMetricsF(font_).height() * 0.95);
        const qreal pitch = std::clamp(std::floor((room - detail) / rows), lh, std::ceil(lh * kCompactRowLines) - 1);
        metrics.rowLines = pitch / lh - 1e-9;
        // The newest row's texts reach below its row: from the arrow (0.7 of the row down) on.
        sizes.below = std::max(0.0, detail - pitch * 0.3);
    }
    // Room for this conversation's widest texts, so nothing it says is shortened when the
    // screen has the room (the payload "Hello, client!" whole, not "Hell…ent!").
    metrics.labelWidth = widestArrowText(sizes.dense);
    metrics.spread = true;
    fitStateLabels(sizes, viewport.width());
}

qreal FlowGraphCompactFit::stateLabelsWidth(qreal scale, bool wrap) const
{
    QFont pill = font_;
    pill.setPointSizeF(pill.pointSizeF() > 0 ? pill.pointSizeF() * scale : 8);
    pill.setBold(true);
    const QFontMetricsF pm(pill);
    // The states this conversation shows (SYN_RECEIVED's width when it shows none yet).
    QStringList names;
    for (const auto& track : model_.core().stateTracks()) {
        if (track.initial != TcpState::Unknown)
            names << QString::fromLatin1(stateName(track.initial));
        for (const auto& change : track.changes)
            if (change.after != TcpState::Unknown)
                names << QString::fromLatin1(stateName(change.after));
    }
    if (names.isEmpty())
        names << QStringLiteral("SYN_RECEIVED");
    qreal widest = 0;
    for (const QString& name : names)
        widest = std::max(widest, stateLabelWidth(stateLabelLines(name, pm, wrap ? 1 : 0), pm));
    return std::ceil(widest);
}

void FlowGraphCompactFit::fitStateLabels(FlowCompactSizes& sizes, int viewportWidth) const
{
    FlowMetrics& metrics = sizes.metrics;
    const qreal lh = metrics.lineHeight;
    const qreal band = std::max(4.0, std::round(lh * 0.5));
    const int gaps = std::max(1, model_.lifelineCount() - 1);
    // The flags and seq/ack whole (a payload line under the newest arrow may run past the lifelines).
    const qreal wanted = widestArrowText(sizes.dense, true)
                         + 2 * std::ceil(lh * (sizes.dense ? 0.6 : 0.8)); // FlowGraphPainter::paintArrow's margins
    for (const CompactStateSize size : kCompactStateSizes) {
        sizes.stateScale = size.scale;
        sizes.statesOnLifeline = size.onLifeline;
        metrics.pillWidth = stateLabelsWidth(size.scale, size.wrap);
        sizes.stateWidth = size.wrap || size.onLifeline ? metrics.pillWidth : 0;
        metrics.edgeRoom = size.onLifeline ? onLifelineEdge(metrics.pillWidth, lh) : 0;
        const qreal edges = 2 * (size.onLifeline ? metrics.edgeRoom : metrics.pillWidth + lh * 0.3 + band);
        if ((viewportWidth - edges) / gaps >= wanted)
            break;
    }
}

bool FlowGraphCompactFit::titlesNeedTwoLines(const FlowMetrics& metrics, int viewportWidth) const
{
    QFont bold = font_;
    bold.setBold(true);
    const QFontMetricsF bm(bold);
    FlowGraphLayout laidOut; // as the view will lay it out, for the titles' room
    laidOut.setGeometry(model_.core(), viewportWidth, metrics, spacing_, slanted_);
    const int count = model_.lifelineCount();
    const qreal room = lifelineTitleRoom(laidOut, count);
    for (int l = 0; l < count; ++l)
        if (bm.horizontalAdvance(model_.lifelines()[static_cast<std::size_t>(l)].title) > room)
            return true;
    return false;
}

qreal FlowGraphCompactFit::widestArrowFlags() const
{
    QFont bold = font_;
    bold.setBold(true);
    const QFontMetricsF bm(bold);
    const qreal lh = QFontMetricsF(font_).height();
    qreal widest = 0;
    for (int row = 0; row < model_.rowCount(); ++row)
        widest = std::max(widest, bm.horizontalAdvance(model_.arrow(row).flags + QLatin1Char(' ')));
    // A stub of shaft and the arrowhead either side (as the painter leaves on a dense row).
    return std::ceil(widest + 2 * (std::max(lh * 0.55, 7.0) + lh * 0.25));
}

qreal FlowGraphCompactFit::widestArrowText(bool dense, bool numbersOnly) const
{
    // As the painter sets them: flags in bold and the numbers above the arrow; the sizes, a gap and
    // the italic payload below it.
    QFont bold = font_;
    bold.setBold(true);
    const QFontMetricsF bm(bold);
    const QFontMetricsF fm(font_);
    const auto scaled = [this](qreal factor, bool italic) {
        QFont f = font_;
        if (f.pointSizeF() > 0)
            f.setPointSizeF(f.pointSizeF() * factor);
        f.setItalic(italic);
        return f;
    };
    const QFontMetricsF sm(scaled(0.86, false));
    const QFontMetricsF im(scaled(0.95, true));
    qreal widest = 0;
    for (int row = 0; row < model_.rowCount(); ++row) {
        const FlowGraphArrow& arrow = model_.arrow(row);
        qreal above = bm.horizontalAdvance(arrow.flags + QLatin1Char(' ')) + fm.horizontalAdvance(arrow.numbers);
        if (dense) // on the arrow: a stub of shaft and the arrowhead either side (as the painter leaves)
            above += 2 * (std::max(fm.height() * 0.55, 7.0) + fm.height() * 0.25);
        qreal below = sm.horizontalAdvance(arrow.sizes);
        if (!arrow.payload.isEmpty())
            below += sm.height() * 0.6 + im.horizontalAdvance(arrow.payload);
        widest = std::max({widest, above, numbersOnly ? 0.0 : below});
    }
    return std::ceil(widest);
}

FlowCompactWidths FlowGraphCompactFit::widths(const FlowMetrics& laidOut, int frame) const
{
    // The spread layout: the state labels outside the outer lifelines, the arrows' texts between
    // neighbours (shortened down to half their width at the least).
    const qreal lh = laidOut.lineHeight;
    const qreal band = std::max(4.0, std::round(lh * 0.5));
    // Whole: the state labels on one line; least: at their smallest, broken over two lines.
    const CompactStateSize largest = kCompactStateSizes[0];
    const CompactStateSize smallest = std::end(kCompactStateSizes)[-1];
    const qreal edges = 2 * (stateLabelsWidth(largest.scale, largest.wrap) + lh * 0.3 + band);
    const qreal leastEdges = 2 * onLifelineEdge(stateLabelsWidth(smallest.scale, smallest.wrap), lh);
    const qreal whole = laidOut.labelWidth + 2 * std::ceil(lh * 0.8);
    const qreal flags = widestArrowFlags() + 2 * std::ceil(lh * 0.8);
    const int gaps = std::max(1, model_.lifelineCount() - 1);
    // At the least, each arrow keeps its flags whole (its numbers lose whole fields, a payload is
    // shortened): half the whole label, or less when a long payload made the whole label wide.
    const qreal leastGap = std::max({std::min(whole * 0.5, flags), flags * 0.5, leastEdges / 2});
    return {static_cast<int>(std::ceil(leastEdges + leastGap * gaps)) + frame,
            static_cast<int>(std::ceil(edges + whole * gaps)) + frame};
}

} // namespace tcplens::ui
