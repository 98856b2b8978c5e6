#pragma once
// The presentation's compact flow graph fitted to a viewport: no time or comment column, the
// arrows' texts as wide as this conversation's widest, dense rows when it is too long to show
// whole, and the largest state labels that leave each arrow's flags and numbers whole. Widget-free:
// FlowGraphView asks it on every relayout, the presentation window asks it how wide to make the graph.

#include "FlowGraphLayout.h"
#include "FlowGraphModel.h"

#include <QFont>
#include <QSize>

namespace tcplens::ui {

/// How a compact flow graph is drawn in a viewport (FlowPaintOptions takes the last five).
struct FlowCompactSizes {
    FlowMetrics metrics;
    bool dense = false;            ///< One line a row, the labels on the arrows.
    qreal below = 0;               ///< How far the newest row's texts reach below the row's bottom.
    qreal stateScale = 0.62;       ///< State labels' size, times the font.
    qreal stateWidth = 0;          ///< The width past which they break over two lines (0: never).
    int titleLines = 1;            ///< Lines the header holds for a lifeline's title.
    bool statesOnLifeline = false; ///< State labels on the lifelines, not beside them.
};

/// Widths a compact graph wants, frame included.
struct FlowCompactWidths {
    int least = 0; ///< The state labels beside each lifeline; narrower scrolls sideways.
    int whole = 0; ///< Every arrow's texts whole.
};

class FlowGraphCompactFit {
public:
    /// Measures `model` in `labelFont`, laid out with `spacing` and `slanted` (not owned: keep them alive).
    FlowGraphCompactFit(const FlowGraphModel& model, const QFont& labelFont, FlowSpacing spacing, bool slanted);

    /// Fits `measured` (measureFlowGraph() for the viewport's width) to a `viewport`: a second
    /// title line when a lifeline's title is wider than its room on one.
    [[nodiscard]] FlowCompactSizes fit(const FlowMetrics& measured, QSize viewport) const;
    /// Widths the compact layout wants for metrics `laidOut` (the last fit's), with a frame `frame` wide.
    [[nodiscard]] FlowCompactWidths widths(const FlowMetrics& laidOut, int frame) const;

private:
    /// Header, dense rows or not, the arrows' texts, the state labels.
    void fitInto(FlowCompactSizes& sizes, QSize viewport) const;
    /// The largest state labels that leave the arrows' texts whole (sets pillWidth).
    void fitStateLabels(FlowCompactSizes& sizes, int viewportWidth) const;
    /// Some lifeline's title is wider than its room on one line (in the spread layout of `metrics`).
    [[nodiscard]] bool titlesNeedTwoLines(const FlowMetrics& metrics, int viewportWidth) const;
    /// The room a state label takes beside its lifeline at `scale` times the font, its name broken
    /// over two lines or not (the widest this conversation shows).
    [[nodiscard]] qreal stateLabelsWidth(qreal scale, bool wrap) const;
    /// The widest text any arrow writes above or below itself (or only its flags and seq/ack), in
    /// the label font; on the arrow when `dense`.
    [[nodiscard]] qreal widestArrowText(bool dense, bool numbersOnly = false) const;
    /// The widest flags label ("FIN-ACK") with its shaft stubs: what an arrow keeps when its
    /// numbers lose their fields and its payload is shortened.
    [[nodiscard]] qreal widestArrowFlags() const;

    const FlowGraphModel& model_;
    QFont font_;
    FlowSpacing spacing_;
    bool slanted_;
};

} // namespace tcplens::ui
