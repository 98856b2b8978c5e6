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

    QStyleOptionViewItem panel(cell);
    panel.text.clear();
    panel.features &= ~QStyleOptionViewItem::HasDisplay;
    style->drawControl(QStyle::CE_ItemViewItem, &panel, painter, widget);

    // The text pass repaints the same background inside the inset: invisible, and it keeps
    // the style's own colours for selected and toned rows.
    QStyleOptionViewItem text(cell);
    text.rect.adjust(padding_, 0, -padding_, 0);
    text.state &= ~QStyle::State_HasFocus;
    style->drawControl(QStyle::CE_ItemViewItem, &text, painter, widget);
}

QSize PaddedItemDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    return QStyledItemDelegate::sizeHint(option, index) + QSize(2 * padding_, 0);
}

} // namespace tcplens::ui
