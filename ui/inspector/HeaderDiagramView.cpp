#include "HeaderDiagramView.h"

#include <QEvent>

#include "HeaderDiagramLabels.h"
#include "HeaderDiagramPainter.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace tcplens::ui {

HeaderDiagramView::HeaderDiagramView(QWidget* parent) : QWidget(parent)
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setBackgroundRole(QPalette::Base);
    relayout();
}

void HeaderDiagramView::setSpans(FieldSpans spans)
{
    spans_ = std::move(spans);
    changed_.clear();
    selected_ = -1;
    hovered_ = -1;
    layout_.setSpans(spans_);
    relayout();
    updateGeometry();
}

void HeaderDiagramView::setSelectedField(int spanIndex)
{
    if (spanIndex < -1 || spanIndex >= static_cast<int>(spans_.size()))
        spanIndex = -1;
    if (selected_ == spanIndex)
        return;
    selected_ = spanIndex;
    update();
}

void HeaderDiagramView::setChangedFields(std::vector<int> spanIndexes)
{
    const int count = static_cast<int>(spans_.size());
    std::erase_if(spanIndexes, [count](int span) { return span < 0 || span >= count; });
    std::sort(spanIndexes.begin(), spanIndexes.end());
    spanIndexes.erase(std::unique(spanIndexes.begin(), spanIndexes.end()), spanIndexes.end());
    if (spanIndexes == changed_)
        return;
    changed_ = std::move(spanIndexes);
    update();
}

void HeaderDiagramView::setLeastTextSizes(qreal labelPx, qreal flagPx, qreal smallPx)
{
    leastSmallPx_ = smallPx; // drawn only: the widget's font, which the layout sizes from, holds it
    if (labelPx == leastLabelPx_ && flagPx == leastFlagPx_)
        return update();
    leastLabelPx_ = labelPx;
    leastFlagPx_ = flagPx;
    layout_.setLeastTextSizes(labelPx, flagPx);
    relayout();
    updateGeometry();
}

void HeaderDiagramView::setBitsPerRowChoice(int bitsPerRow)
{
    layout_.setBitsPerRowChoice(bitsPerRow);
    relayout();
    updateGeometry();
}

qreal HeaderDiagramView::lineHeight() const
{
    return QFontMetricsF(font()).height();
}

void HeaderDiagramView::relayout()
{
    layout_.setGeometry(width(), lineHeight());
    update();
}

QSize HeaderDiagramView::sizeHint() const
{
    const int width = static_cast<int>(std::ceil(lineHeight() * 70));
    return {width, heightForWidth(width)};
}

QSize HeaderDiagramView::minimumSizeHint() const
{
    return {static_cast<int>(std::ceil(lineHeight() * 14)), static_cast<int>(std::ceil(lineHeight() * 6))};
}

int HeaderDiagramView::comfortableWidth() const
{
    return static_cast<int>(std::ceil(lineHeight() * 34));
}

int HeaderDiagramView::heightForWidth(int width) const
{
    return static_cast<int>(std::ceil(layout_.heightForWidth(width, lineHeight())));
}

void HeaderDiagramView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    if (spans_.empty()) { // nothing selected (or nothing but frame metadata): say what would fill it
        lastPaint_ = {};
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("Select a packet to see its IP and TCP headers drawn bit by bit."));
        return;
    }
    const HeaderDiagramPaintState state{palette(), font(), selected_, hovered_, changed_,
                                        leastLabelPx_, leastFlagPx_, leastSmallPx_, &lastPaint_};
    HeaderDiagramPainter(painter, layout_, spans_, state).paint();
}

void HeaderDiagramView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void HeaderDiagramView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    const int span = layout_.spanAt(event->position());
    if (span < 0)
        return;
    setSelectedField(span);
    emit fieldClicked(span);
}

void HeaderDiagramView::mouseMoveEvent(QMouseEvent* event)
{
    const int span = layout_.spanAt(event->position());
    if (span != hovered_) {
        hovered_ = span;
        setCursor(span >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
        update();
    }
    QWidget::mouseMoveEvent(event);
}

void HeaderDiagramView::leaveEvent(QEvent* event)
{
    hovered_ = -1;
    update();
    QWidget::leaveEvent(event);
}

void HeaderDiagramView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        relayout();
        updateGeometry();
    } else if (event->type() == QEvent::PaletteChange || event->type() == QEvent::LanguageChange) {
        update();
    }
}

bool HeaderDiagramView::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        const int span = layout_.spanAt(help->pos());
        if (span >= 0)
            QToolTip::showText(help->globalPos(), headerDiagramToolTip(spans_, span), this,
                               layout_.fieldRect(span).toAlignedRect());
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace tcplens::ui
