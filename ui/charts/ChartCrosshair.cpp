#include "ChartCrosshair.h"

namespace tcplens::ui {

ChartCrosshair::ChartCrosshair(QCustomPlot& plot)
{
    plot.addLayer(QStringLiteral("crosshair"), plot.layer(QStringLiteral("legend")), QCustomPlot::limAbove);
    layer_ = plot.layer(QStringLiteral("crosshair"));
    layer_->setMode(QCPLayer::lmBuffered);
    x_ = new QCPItemStraightLine(&plot);
    y_ = new QCPItemStraightLine(&plot);
    readout_ = new QCPItemText(&plot);
    for (auto* item : std::initializer_list<QCPAbstractItem*>{x_, y_, readout_}) {
        item->setLayer(layer_);
        item->setVisible(false);
        item->setSelectable(false);
    }
    for (auto* line : {x_, y_}) {
        line->point1->setType(QCPItemPosition::ptAbsolute);
        line->point2->setType(QCPItemPosition::ptAbsolute);
    }
    readout_->position->setType(QCPItemPosition::ptAxisRectRatio);
    readout_->position->setCoords(1, 0);
    readout_->setPositionAlignment(Qt::AlignRight | Qt::AlignTop);
    readout_->setPadding(QMargins(6, 3, 6, 3));
    readout_->setTextAlignment(Qt::AlignLeft);
}

void ChartCrosshair::setStyle(const ChartStyle& style)
{
    readout_->setFont(style.font);
    readout_->setColor(style.text);
    readout_->setBrush(style.readoutBackground);
    readout_->setPen(QPen(style.axis));
    for (auto* line : {x_, y_})
        line->setPen(QPen(style.crosshair, 1, Qt::DashLine));
}

void ChartCrosshair::show(const QPointF& pixel, const QRect& rect, const QString& text)
{
    x_->point1->setCoords(pixel.x(), rect.top());
    x_->point2->setCoords(pixel.x(), rect.bottom());
    y_->point1->setCoords(rect.left(), pixel.y());
    y_->point2->setCoords(rect.right(), pixel.y());
    readout_->setText(text);
    setVisible(true);
}

void ChartCrosshair::hide()
{
    if (readout_->visible())
        setVisible(false);
}

void ChartCrosshair::setVisible(bool visible)
{
    for (auto* item : std::initializer_list<QCPAbstractItem*>{x_, y_, readout_})
        item->setVisible(visible);
    layer_->replot();
}

QString ChartCrosshair::text() const
{
    return readout_->visible() ? readout_->text() : QString();
}

bool ChartCrosshair::owns(const QCPAbstractItem* item) const noexcept
{
    return item == x_ || item == y_ || item == readout_;
}

} // namespace tcplens::ui
