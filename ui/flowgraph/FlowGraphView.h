#pragma once
// The flow graph as a scrollable view: a sequence diagram of the model's conversations, one
// arrow per packet, TCP states on the lifelines. Paints only the visible rows; the header
// (lifeline titles and legend) stays at the top. Click or arrow keys pick a packet; Ctrl+wheel
// zooms. Presentation mode drives it through revealLimit, arrowProgress and labelScale.

#include "FlowGraphCompactFit.h"
#include "FlowGraphLayout.h"
#include "FlowGraphMetrics.h"
#include "FlowGraphModel.h"
#include "FlowGraphPainter.h"

#include <QAbstractScrollArea>

#include <optional>

namespace tcplens::ui {

class FlowGraphView : public QAbstractScrollArea {
    Q_OBJECT
public:
    explicit FlowGraphView(QWidget* parent = nullptr);

    /// The model to draw (not owned); call modelChanged() after changing it.
    void setModel(const FlowGraphModel* model);
    [[nodiscard]] const FlowGraphModel* model() const noexcept { return model_; }
    /// Re-reads the model: rows, lifelines, numbers. Keeps the current packet when it is still shown.
    void modelChanged();

    /// Whether the newest row is whole in view: a live capture's new rows are followed from there.
    [[nodiscard]] bool showsNewestRow() const;
    /// Scrolls so the newest row, with the sizes line under its arrow, is whole at the bottom.
    void scrollToNewestRow();
    /// The viewport height that shows every shown row whole from the top (the texts under the last arrow included).
    [[nodiscard]] int wholeHeight() const;
    /// The height of everything the view scrolls over: wholeHeight() and a margin under the last row.
    [[nodiscard]] int contentHeight() const;

    [[nodiscard]] int currentRow() const noexcept { return current_; }
    /// First and last row of the selection (Shift+click or Shift+keys extend it from the anchor);
    /// {-1, -1} when nothing is selected.
    [[nodiscard]] std::pair<int, int> selectedRange() const noexcept;
    [[nodiscard]] FlowSpacing spacing() const noexcept { return spacing_; }
    [[nodiscard]] bool slanted() const noexcept { return slanted_; }
    /// Zoom of the drawing (labels and spacing), 1 = the widget's font.
    [[nodiscard]] qreal labelScale() const noexcept { return scale_; }
    [[nodiscard]] int revealLimit() const noexcept { return revealLimit_; }
    [[nodiscard]] qreal arrowProgress() const noexcept { return progress_; }
    [[nodiscard]] bool isCompact() const noexcept { return compact_; }
    /// Compact and too long to show whole at three lines a row: one line a row, labels on the arrows.
    [[nodiscard]] bool isDense() const noexcept { return dense_; }
    /// What the last paint shortened.
    [[nodiscard]] const FlowPaintReport& lastPaint() const noexcept { return lastPaint_; }
    /// How far the newest row's texts reach below the row's bottom.
    [[nodiscard]] qreal textBelowRow() const noexcept { return below_; }
    /// The geometry the view paints with, in layout coordinates (viewport y = layout y - scroll).
    [[nodiscard]] const FlowGraphLayout& graphLayout() const noexcept { return layout_; }
    /// The font the labels are drawn in: the widget's, times labelScale().
    [[nodiscard]] QFont labelFont() const;
    /// The row drawn at viewport point `pos`, or -1 (header, hidden rows, nothing).
    [[nodiscard]] int rowAtViewport(QPointF pos) const;
    /// The viewport y of a row's arrow.
    [[nodiscard]] qreal viewportArrowY(int row) const;

    [[nodiscard]] QSize sizeHint() const override;
    using Widths = FlowCompactWidths;
    /// Widths the compact layout wants for the current font and model.
    [[nodiscard]] Widths compactWidths() const;

public slots:
    /// Highlights `row` and scrolls it into view; -1 clears. Emits currentRowChanged.
    void setCurrentRow(int row);
    /// Highlights the row of `packet` if the graph shows it (a selection made elsewhere); no signal.
    void showPacket(PacketNumber packet);
    void setSpacing(tcplens::ui::FlowSpacing spacing);
    void setSlanted(bool slanted);
    void setLabelScale(qreal scale);
    /// Rows from `limit` on are hidden; -1 shows every row.
    void setRevealLimit(int limit);
    /// How far the last revealed arrow has travelled from sender to receiver, 0 to 1.
    void setArrowProgress(qreal progress);
    /// Presentation layout: no time column, no room kept for comments, no legend, smaller state
    /// labels, so two lifelines with projector-sized labels fit beside another figure.
    void setCompact(bool compact);

signals:
    /// The user moved the current row (click, keys); `packet` is its PacketNumber.
    void packetActivated(tcplens::PacketNumber packet);
    void currentRowChanged(int row);
    void labelScaleChanged(qreal scale);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void changeEvent(QEvent* event) override;
    bool viewportEvent(QEvent* event) override;

private:
    void relayout();
    void updateScrollBars();
    void ensureRowVisible(int row);
    void moveCurrent(int row, bool extend = false);
    [[nodiscard]] int visibleRowCount() const;
    /// The scroll position that shows `row` whole at the bottom, the view starting at a row's top.
    [[nodiscard]] int scrollShowingWhole(int row) const;
    [[nodiscard]] int lastSelectableRow() const;

    const FlowGraphModel* model_ = nullptr;
    FlowGraphLayout layout_;
    FlowSpacing spacing_ = FlowSpacing::Uniform;
    bool slanted_ = false;
    qreal scale_ = 1.0;
    int current_ = -1;
    int anchor_ = -1; // the other end of the selected range
    int revealLimit_ = -1;
    qreal progress_ = 1.0;
    bool compact_ = false;
    bool dense_ = false;
    FlowPaintReport lastPaint_;
    qreal below_ = 0;
    qreal stateScale_ = 0.62; // compact state labels: size, times the font
    qreal stateWidth_ = 0;    // and the width past which they break over two lines (0: never)
    int titleLines_ = 1;      // lines the header holds for a lifeline's title
    bool statesOnLifeline_ = false; // compact state labels on the lifelines, not beside them
    std::optional<FlowRowTexts> rowTexts_; // measureRowTexts() of the model in rowTextsFont_; none: to measure
    QFont rowTextsFont_;
};

} // namespace tcplens::ui
