#include "FlowGraphView.h"

#include "FlowGraphPainter.h"
#include "FlowGraphStyle.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace tcplens::ui {

namespace {
constexpr qreal kMinScale = 0.5;
constexpr qreal kMaxScale = 4.0;
} // namespace

FlowGraphView::FlowGraphView(QWidget* parent) : QAbstractScrollArea(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    viewport()->setBackgroundRole(QPalette::Base);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    relayout();
}

void FlowGraphView::setModel(const FlowGraphModel* model)
{
    model_ = model;
    current_ = -1;
    anchor_ = -1;
    modelChanged();
}

void FlowGraphView::modelChanged()
{
    if (!model_ || current_ >= model_->rowCount())
        current_ = anchor_ = -1;
    if (model_ && anchor_ >= model_->rowCount())
        anchor_ = current_;
    rowTexts_.reset();
    relayout();
}

QFont FlowGraphView::labelFont() const
{
    return scaledFont(font(), scale_, font().bold(), font().italic());
}

void FlowGraphView::relayout()
{
    static const FlowGraphModel empty;
    const FlowGraphModel& model = model_ ? *model_ : empty;
    FlowMetrics metrics = measureFlowGraph(labelFont(), model, viewport()->width());
    dense_ = false;
    below_ = metrics.lineHeight * kFlowBelowArrowLines;
    titleLines_ = 1;
    if (compact_) {
        const FlowCompactSizes sizes = FlowGraphCompactFit(model, labelFont(), spacing_, slanted_).fit(metrics, viewport()->size());
        metrics = sizes.metrics;
        dense_ = sizes.dense;
        below_ = sizes.below;
        stateScale_ = sizes.stateScale;
        stateWidth_ = sizes.stateWidth;
        titleLines_ = sizes.titleLines;
        statesOnLifeline_ = sizes.statesOnLifeline;
    } else {
        // Measured again only for another model or font: a relayout on every resize stays quick.
        if (!rowTexts_ || labelFont() != rowTextsFont_) {
            rowTextsFont_ = labelFont();
            rowTexts_ = measureRowTexts(rowTextsFont_, model);
        }
        fitRowTexts(metrics, *rowTexts_, rowTextsFont_);
    }
    const qreal comfortable = FlowGraphLayout::comfortableWidth(layout_.metrics(), 2);
    layout_.setGeometry(model.core(), viewport()->width(), metrics, spacing_, slanted_);
    if (FlowGraphLayout::comfortableWidth(metrics, 2) != comfortable)
        updateGeometry(); // sizeHint() changed: a conversation with long comments wants more width
    updateScrollBars();
    viewport()->update();
}

FlowGraphView::Widths FlowGraphView::compactWidths() const
{
    static const FlowGraphModel empty;
    return FlowGraphCompactFit(model_ ? *model_ : empty, labelFont(), spacing_, slanted_)
        .widths(layout_.metrics(), 2 * frameWidth() + 2);
}

int FlowGraphView::contentHeight() const
{
    const qreal shownBottom = revealLimit_ >= 0 && revealLimit_ < layout_.rowCount() ? layout_.rowBottom(revealLimit_ - 1)
                                                                                     : layout_.height();
    return static_cast<int>(std::ceil(shownBottom + std::max(below_, layout_.metrics().lineHeight)));
}

void FlowGraphView::updateScrollBars()
{
    const int viewHeight = viewport()->height();
    const int viewWidth = viewport()->width();
    int maximum = std::max(0, contentHeight() - viewHeight);
    // Revealing (presentation): scrolled to the end, the newest row is whole at the bottom and the
    // top row starts right under the header, never half hidden behind it.
    if (revealLimit_ >= 0 && maximum > 0)
        maximum = scrollShowingWhole(lastSelectableRow());
    verticalScrollBar()->setRange(0, maximum);
    verticalScrollBar()->setPageStep(std::max(1, viewHeight - static_cast<int>(layout_.headerHeight())));
    verticalScrollBar()->setSingleStep(std::max(1, static_cast<int>(layout_.rowHeight())));
    horizontalScrollBar()->setRange(0, std::max(0, static_cast<int>(std::ceil(layout_.width())) - viewWidth));
    horizontalScrollBar()->setPageStep(std::max(1, viewWidth));
    horizontalScrollBar()->setSingleStep(std::max(1, static_cast<int>(layout_.metrics().lineHeight)));
}

QSize FlowGraphView::sizeHint() const
{
    // Wide enough for a conversation's two lifelines with whole labels and readable comments.
    const int graph = static_cast<int>(FlowGraphLayout::comfortableWidth(layout_.metrics(), 2));
    return {graph + verticalScrollBar()->sizeHint().width() + 2 * frameWidth(),
            static_cast<int>(layout_.metrics().lineHeight * 24)};
}

int FlowGraphView::scrollShowingWhole(int row) const
{
    if (row < 0 || row >= layout_.rowCount())
        return 0;
    const qreal header = layout_.headerHeight();
    const qreal room = viewport()->height() - header;
    const qreal bottom = layout_.rowBottom(row) + below_;
    const qreal top = bottom - room; // layout y that must come right under the header
    if (top <= header)
        return 0;
    int first = layout_.rowAt(top);
    if (first >= 0 && layout_.rowTop(first) < top - 0.5)
        ++first;
    first = std::clamp(first, 0, row);
    return static_cast<int>(std::lround(layout_.rowTop(first) - header));
}

int FlowGraphView::lastSelectableRow() const
{
    const int last = layout_.rowCount() - 1;
    return revealLimit_ < 0 ? last : std::min(last, revealLimit_ - 1);
}

int FlowGraphView::rowAtViewport(QPointF pos) const
{
    if (pos.y() < layout_.headerHeight())
        return -1;
    const qreal y = pos.y() + verticalScrollBar()->value();
    if (y >= layout_.height())
        return -1;
    const int row = layout_.rowAt(y);
    return row >= 0 && row <= lastSelectableRow() ? row : -1;
}

qreal FlowGraphView::viewportArrowY(int row) const
{
    return layout_.arrowY(row) - verticalScrollBar()->value();
}

void FlowGraphView::paintEvent(QPaintEvent* event)
{
    QPainter painter(viewport());
    const FlowGraphStyle style(palette());
    painter.fillRect(event->rect(), style.palette().color(QPalette::Base));
    if (!model_ || model_->rowCount() == 0) {
        FlowGraphPainter::paintMessage(painter, viewport()->rect(),
                                       tr("Select a conversation to see its packets as a sequence diagram."), style,
                                       font());
        return;
    }
    const qreal dx = horizontalScrollBar()->value();
    const qreal dy = verticalScrollBar()->value();
    FlowPaintOptions options;
    options.font = labelFont();
    options.timeColumn = !compact_;
    options.legend = !compact_;
    options.commentColumn = !compact_;
    if (compact_) {
        options.stateScale = stateScale_;
        options.stateWidth = stateWidth_;
        options.titleLines = titleLines_;
        options.statesOnLifeline = statesOnLifeline_;
    }
    options.inlineLabels = dense_;
    options.detailRow = lastSelectableRow();
    options.currentRow = current_;
    std::tie(options.selectionFirst, options.selectionLast) = selectedRange();
    options.revealLimit = revealLimit_;
    options.progress = progress_;
    FlowGraphPainter graph(painter, *model_, layout_, style, options);
    painter.save();
    painter.translate(-dx, -dy);
    graph.paintBody(QRectF(dx, dy + layout_.headerHeight(), viewport()->width(), viewport()->height()));
    painter.restore();
    painter.save();
    painter.translate(-dx, 0);
    graph.paintHeader(dx, dx + viewport()->width());
    painter.restore();
    lastPaint_ = graph.report();
}

void FlowGraphView::resizeEvent(QResizeEvent* event)
{
    QAbstractScrollArea::resizeEvent(event);
    relayout();
}

void FlowGraphView::setCurrentRow(int row)
{
    if (row < -1 || row > lastSelectableRow())
        row = -1;
    if (row == current_)
        return ensureRowVisible(row);
    current_ = row;
    ensureRowVisible(row);
    viewport()->update();
    emit currentRowChanged(row);
}

void FlowGraphView::showPacket(PacketNumber packet)
{
    const int row = model_ ? model_->rowOfPacket(packet) : -1;
    if (row == current_ || row > lastSelectableRow())
        return;
    current_ = row;
    ensureRowVisible(row);
    viewport()->update();
}

std::pair<int, int> FlowGraphView::selectedRange() const noexcept
{
    if (current_ < 0)
        return {-1, -1};
    const int anchor = anchor_ < 0 ? current_ : anchor_;
    return {std::min(anchor, current_), std::max(anchor, current_)};
}

void FlowGraphView::moveCurrent(int row, bool extend)
{
    const int last = lastSelectableRow();
    if (last < 0)
        return;
    row = std::clamp(row, 0, last);
    if (!extend || anchor_ < 0)
        anchor_ = extend && current_ >= 0 ? current_ : row;
    setCurrentRow(row);
    viewport()->update();
    emit packetActivated(model_->packetAt(row));
}

void FlowGraphView::ensureRowVisible(int row)
{
    if (row < 0 || row >= layout_.rowCount())
        return;
    const int top = static_cast<int>(layout_.rowBottom(row) - layout_.rowHeight() - layout_.headerHeight());
    // The sizes line under the arrow reaches a little below the row.
    const int bottom = static_cast<int>(std::ceil(layout_.rowBottom(row) + below_));
    auto* bar = verticalScrollBar();
    if (top < bar->value())
        bar->setValue(top);
    else if (bottom > bar->value() + viewport()->height())
        bar->setValue(bottom - viewport()->height());
}

bool FlowGraphView::showsNewestRow() const
{
    const int last = lastSelectableRow();
    if (last < 0)
        return true;
    return std::ceil(layout_.rowBottom(last) + below_) <= verticalScrollBar()->value() + viewport()->height();
}

int FlowGraphView::wholeHeight() const
{
    const int last = lastSelectableRow();
    return static_cast<int>(std::ceil(last < 0 ? layout_.headerHeight() : layout_.rowBottom(last) + below_));
}

void FlowGraphView::scrollToNewestRow()
{
    ensureRowVisible(lastSelectableRow());
}

int FlowGraphView::visibleRowCount() const
{
    return std::max(1, static_cast<int>((viewport()->height() - layout_.headerHeight()) / layout_.rowHeight()));
}

void FlowGraphView::setSpacing(FlowSpacing spacing)
{
    if (spacing == spacing_)
        return;
    spacing_ = spacing;
    relayout();
    ensureRowVisible(current_);
}

void FlowGraphView::setSlanted(bool slanted)
{
    if (slanted == slanted_)
        return;
    slanted_ = slanted;
    relayout();
}

void FlowGraphView::setLabelScale(qreal scale)
{
    scale = std::clamp(scale, kMinScale, kMaxScale);
    if (std::abs(scale - scale_) < 1e-6)
        return;
    scale_ = scale;
    relayout();
    ensureRowVisible(current_);
    emit labelScaleChanged(scale_);
}

void FlowGraphView::setRevealLimit(int limit)
{
    revealLimit_ = limit < 0 ? -1 : limit;
    if (current_ > lastSelectableRow())
        current_ = lastSelectableRow();
    updateScrollBars();
    viewport()->update();
}

void FlowGraphView::setCompact(bool compact)
{
    if (compact == compact_)
        return;
    compact_ = compact;
    // A presentation scrolls itself to the newest arrow, and its width is made to fit: no bars.
    setVerticalScrollBarPolicy(compact ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAsNeeded);
    setHorizontalScrollBarPolicy(compact ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAsNeeded);
    relayout();
    ensureRowVisible(current_);
}

void FlowGraphView::setArrowProgress(qreal progress)
{
    progress_ = std::clamp(progress, 0.0, 1.0);
    viewport()->update();
}

void FlowGraphView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return QAbstractScrollArea::mousePressEvent(event);
    const int row = rowAtViewport(event->position());
    if (row >= 0)
        moveCurrent(row, event->modifiers() & Qt::ShiftModifier);
}

void FlowGraphView::keyPressEvent(QKeyEvent* event)
{
    const int page = visibleRowCount();
    const int from = current_ < 0 ? 0 : current_;
    const bool extend = event->modifiers() & Qt::ShiftModifier;
    switch (event->key()) {
    case Qt::Key_Down: moveCurrent(current_ < 0 ? 0 : from + 1, extend); break;
    case Qt::Key_Up: moveCurrent(from - 1, extend); break;
    case Qt::Key_PageDown: moveCurrent(from + page, extend); break;
    case Qt::Key_PageUp: moveCurrent(from - page, extend); break;
    case Qt::Key_Home: moveCurrent(0, extend); break;
    case Qt::Key_End: moveCurrent(lastSelectableRow(), extend); break;
    default: return QAbstractScrollArea::keyPressEvent(event);
    }
    event->accept();
}

void FlowGraphView::wheelEvent(QWheelEvent* event)
{
    if (!(event->modifiers() & Qt::ControlModifier))
        return QAbstractScrollArea::wheelEvent(event);
    // Zoom about the row under the mouse, so it stays under the mouse.
    const qreal steps = event->angleDelta().y() / 120.0;
    if (steps == 0)
        return;
    const int anchor = layout_.rowAt(event->position().y() + verticalScrollBar()->value());
    const qreal before = anchor >= 0 ? layout_.arrowY(anchor) - verticalScrollBar()->value() : 0;
    setLabelScale(scale_ * std::pow(1.1, steps));
    if (anchor >= 0)
        verticalScrollBar()->setValue(static_cast<int>(layout_.arrowY(anchor) - before));
    event->accept();
}

void FlowGraphView::changeEvent(QEvent* event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        relayout();
    else if (event->type() == QEvent::PaletteChange)
        viewport()->update();
}

bool FlowGraphView::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip && model_) {
        const auto* help = static_cast<QHelpEvent*>(event);
        const int row = rowAtViewport(help->pos());
        if (row >= 0)
            QToolTip::showText(help->globalPos(), model_->arrow(row).toolTip, viewport());
        else
            QToolTip::hideText();
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

} // namespace tcplens::ui
