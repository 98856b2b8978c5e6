#include "PaddedItemDelegate.h"

#include <QApplication>
#include <QPainter>

namespace tcplens::ui {

void PaddedItemDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem cell(option);
    initStyleOption(&cell, index);
    const QWidget* widget = cell.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();

    // Background and selection from the style, edge to edge; no focus frame (rows are selected whole).
    cell.state &= ~QStyle::State_HasFocus;
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &cell, painter, widget);
    if (cell.text.isEmpty())
        return;

    // One line drawn at its baseline: the style's CE_ItemViewItem (and drawText into a rectangle)
    // lays every cell out with a QTextLayout, which was most of a packet list's paint time.
    const bool selected = cell.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = !(cell.state & QStyle::State_Enabled) ? QPalette::Disabled
                                     : (cell.state & QStyle::State_Active)   ? QPalette::Active
                                                                             : QPalette::Inactive;
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1 + padding_;
    const QRect textRect = cell.rect.adjusted(margin, 0, -margin, 0);
    const QFontMetrics& metrics = cell.fontMetrics;
    // Most cells are short numbers: an upper bound on their width spares the elision's shaping.
    const bool surelyFits = static_cast<qsizetype>(metrics.maxWidth()) * cell.text.size() <= textRect.width();
    const QString text = surelyFits ? cell.text : metrics.elidedText(cell.text, cell.textElideMode, textRect.width());
    qreal x = textRect.left();
    if (cell.displayAlignment & Qt::AlignRight)
        x = textRect.right() + 1 - metrics.horizontalAdvance(text);
    else if (cell.displayAlignment & Qt::AlignHCenter)
        x = textRect.left() + (textRect.width() - metrics.horizontalAdvance(text)) / 2.0;
    const qreal baseline = textRect.top() + (textRect.height() + metrics.ascent() - metrics.descent()) / 2.0;
    painter->save();
    painter->setFont(cell.font);
    painter->setPen(cell.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    painter->setClipRect(textRect, Qt::IntersectClip);
    painter->drawText(QPointF(x, baseline), text);
    painter->restore();
}

QSize PaddedItemDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    return QStyledItemDelegate::sizeHint(option, index) + QSize(2 * padding_, 0);
}

} // namespace tcplens::ui
