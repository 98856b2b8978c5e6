#pragma once
// Paints a laid-out flow graph: header with lifeline titles and the legend, lifelines with
// their TCP state bands and labels, one arrow per row with its flags, numbers and payload, the
// time and comment columns. Shared by the view and the PNG/SVG/PDF exports; colours come only
// from the style, sizes only from the font and the layout.

#include "FlowArrowGeometry.h"
#include "FlowGraphLayout.h"
#include "FlowGraphMetrics.h"
#include "FlowGraphModel.h"
#include "FlowGraphStyle.h"
#include "FlowStateLabelPlacer.h"

#include <QFont>
#include <QRectF>
#include <QStringList>

#include <unordered_map>
#include <utility>
#include <vector>

class QPainter;

namespace tcplens::ui {

struct FlowPaintOptions {
    QFont font;              ///< Labels are drawn in it; the layout was measured with it.
    int currentRow = -1;     ///< Highlighted row.
    int selectionFirst = -1; ///< Rows tinted as selected (a range to export).
    int selectionLast = -1;
    int revealLimit = -1;    ///< Rows from this one on are hidden (-1: none hidden).
    qreal progress = 1.0;    ///< How far the last revealed arrow has travelled, 0 to 1.
    int firstRow = 0;        ///< Rows before this one are not drawn (exports of a range).
    bool timeColumn = true;  ///< False: the layout has no time column (presentation), draw none.
    bool legend = true;      ///< False: the header has no room for the legend, draw none.
    bool commentColumn = true; ///< False: no comment column (presentation: the narration says it).
    qreal stateScale = 0;    ///< State labels' size, times the font's; 0: the painter's usual size.
    qreal stateWidth = 0;    ///< State labels wider than this break over two lines (0: never).
    int titleLines = 1;      ///< Lines the header holds for a lifeline's title (2: address over port).
    /// State labels centred on their lifeline between two arrows, not beside it (a narrow
    /// presentation); stateWidth is then the widest label's width.
    bool statesOnLifeline = false;
    /// Dense rows (presentation of a long conversation): one text line per row, the flags and
    /// numbers written on the arrow, which breaks around them.
    bool inlineLabels = false;
    /// With inlineLabels, the row whose sizes and payload are written under its arrow (-1: none).
    int detailRow = -1;
};

/// What a paint put where: a state label, an arrow's head, a piece of its shaft, a cross or X
/// on it, one of its texts (tests check that none of them touch).
enum class FlowInkKind { StateLabel, ArrowHead, Shaft, Mark, ArrowText };
struct FlowInkBox {
    FlowInkKind kind;
    int row;     ///< The arrow's row; a state label's change's (its conversation's first for the initial state).
    QRectF rect; ///< Layout coordinates: the ink's bounds (a text's glyphs, a label's outlined box).
};

/// What a paint had to shorten, for tests and for whoever sizes the graph.
struct FlowPaintReport {
    int elidedLabels = 0;   ///< seq/ack or len/win lines that lost fields for want of room.
    QStringList numbers;    ///< The seq/ack texts drawn, in the order painted (tests: whole fields only).
    int elidedPayloads = 0; ///< Payload previews shortened with "…".
    QStringList payloads;   ///< The payload previews drawn, as drawn, in the order painted.
    int elidedComments = 0; ///< Comments shortened with "…" (after wrapping over their row).
    QStringList titles;     ///< Each lifeline's title as drawn, its lines joined by a newline.
    int elidedTitles = 0;   ///< Lifeline titles shortened with "…".
    std::vector<FlowInkBox> ink; ///< The body's state labels and arrows, in the order painted.
};

class FlowGraphPainter {
public:
    FlowGraphPainter(QPainter& painter, const FlowGraphModel& model, const FlowGraphLayout& layout,
                     const FlowGraphStyle& style, const FlowPaintOptions& options);
    FlowGraphPainter(const FlowGraphPainter&) = delete; // stateLabels_ asks this one for rows' ink
    FlowGraphPainter& operator=(const FlowGraphPainter&) = delete;

    /// Paints lifelines, bands and the rows meeting `clip` (layout coordinates), without the header.
    void paintBody(const QRectF& clip);
    [[nodiscard]] const FlowPaintReport& report() const noexcept { return report_; }
    /// Paints the header (titles, legend) with its top at layout y 0, across `left`..`right`.
    void paintHeader(qreal left, qreal right);
    /// A message instead of a graph ("no conversation selected").
    static void paintMessage(QPainter& painter, const QRectF& rect, const QString& text, const FlowGraphStyle& style,
                             const QFont& font);

private:
    void paintRow(int row);
    void paintArrow(int row, const FlowGraphArrow& arrow, qreal travel);
    void paintBands(int firstRow, int lastRow);
    /// Row `row`'s state label, where stateLabels_ places it: at `y` beside its lifeline; on it
    /// (statesOnLifeline), between the arrows of rows `between` (-1: the header above, or none
    /// below), clear of what they draw, the `stack.first`th of `stack.second` labels there.
    void paintStateLabel(int lifeline, int row, qreal y, TcpState state, std::uint32_t stream, bool shared,
                         std::pair<int, int> between, std::pair<int, int> stack = {0, 1});
    /// What row `row`'s arrow draws (head, shaft, marks, texts), whole: painted aside once a paint.
    [[nodiscard]] const std::vector<QRectF>& rowInk(int row);
    [[nodiscard]] FlowArrowGeometry geometry(int row) const;
    void record(FlowInkKind kind, int row, const QRectF& rect) { report_.ink.push_back({kind, row, rect}); }
    [[nodiscard]] bool shown(int row) const noexcept;
    [[nodiscard]] int lastShownRow() const noexcept;
    /// True when a state label is drawn beside `row`'s arrow (a change it causes, or the first state).
    [[nodiscard]] bool stateLabelBeside(int row) const noexcept;
    [[nodiscard]] QFont scaled(qreal factor, bool bold = false, bool italic = false) const;

    QPainter& p_;
    const FlowGraphModel& model_;
    const FlowGraphLayout& layout_;
    const FlowGraphStyle& style_;
    const FlowPaintOptions& options_;
    qreal line_ = 1.0; // base line width
    FlowStateLabelPlacer stateLabels_;
    std::unordered_map<int, std::vector<QRectF>> rowInk_; // by rowInk()
    FlowPaintReport report_;
};

} // namespace tcplens::ui
