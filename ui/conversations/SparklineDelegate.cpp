#include "SparklineDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace tcplens::ui {

SparklineDelegate::SparklineDelegate(int ratesRole, int capacity, QObject* parent)
    : QStyledItemDelegate(parent), ratesRole_(ratesRole), capacity_(std::max(2, capacity))
{
}

void SparklineDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    const QString text = background.text;
    background.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const auto rates = index.data(ratesRole_).value<QList<double>>();
    const QFontMetrics metrics(option.font);
    const int textWidth = metrics.horizontalAdvance(QStringLiteral("000,000/s"));
    const int pad = metrics.averageCharWidth() / 2 + 1;
    QRect chart = option.rect.adjusted(pad, pad + 1, -textWidth - 2 * pad, -pad - 1);
    const bool selected = option.state & QStyle::State_Selected;
    const QColor ink = selected ? option.palette.highlightedText().color() : option.palette.text().color();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (chart.width() > 8 && rates.size() >= 2) {
        const double top = std::max(1.0, *std::max_element(rates.begin(), rates.end()));
        const double step = double(chart.width()) / (capacity_ - 1);
        const double x0 = chart.right() - step * (rates.size() - 1);
        QPainterPath line;
        QPainterPath area;
        area.moveTo(x0, chart.bottom());
        for (int i = 0; i < rates.size(); ++i) {
            const QPointF point(x0 + step * i, chart.bottom() - rates[i] / top * chart.height());
            if (i == 0)
                line.moveTo(point);
            else
                line.lineTo(point);
            area.lineTo(point);
        }
        area.lineTo(chart.right(), chart.bottom());
        area.closeSubpath();
        QColor fill = selected ? ink : option.palette.highlight().color();
        fill.setAlpha(60);
        painter->fillPath(area, fill);
        painter->setPen(QPen(selected ? ink : option.palette.highlight().color(), 1.4));
        painter->drawPath(line);
    } else if (chart.width() > 8) {
        painter->setPen(QPen(option.palette.mid().color(), 1));
        painter->drawLine(chart.left(), chart.bottom(), chart.right(), chart.bottom());
    }
    painter->setPen(ink);
    painter->drawText(QRect(option.rect.right() - textWidth - pad, option.rect.top(), textWidth, option.rect.height()),
                      Qt::AlignRight | Qt::AlignVCenter, text);
    painter->restore();
}

QSize SparklineDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(QFontMetrics(option.font).horizontalAdvance(QStringLiteral("000,000/s")) * 3);
    return size;
}

} // namespace tcplens::ui
