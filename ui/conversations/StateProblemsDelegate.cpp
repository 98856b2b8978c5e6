#include "StateProblemsDelegate.h"

#include <QApplication>
#include <QIcon>
#include <QPainter>

#include <algorithm>

namespace tcplens::ui {

StateProblemsDelegate::StateProblemsDelegate(int problemsColumn, QObject* parent)
    : QStyledItemDelegate(parent), problemsColumn_(problemsColumn)
{
}

int StateProblemsDelegate::badgeSize(const QFontMetrics& metrics)
{
    return std::max(8, metrics.ascent() * 3 / 4);
}

int StateProblemsDelegate::problemsWidth(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QString count = index.siblingAtColumn(problemsColumn_).data().toString();
    if (count.isEmpty())
        return 0;
    const QFontMetrics metrics(option.font);
    const int gap = metrics.averageCharWidth();
    return gap + badgeSize(metrics) + gap / 2 + metrics.horizontalAdvance(count);
}

QSize StateProblemsDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    size.rwidth() += problemsWidth(item, index);
    return size;
}

void StateProblemsDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    const QString state = item.text;
    item.text.clear();
    const QStyle* style = item.widget ? item.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, item.widget);
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, item.widget) + 1; // the style's text margin
    QRect room = style->subElementRect(QStyle::SE_ItemViewItemText, &item, item.widget).adjusted(margin, 0, -margin, 0);
    const QFontMetrics metrics(item.font);
    painter->save();
    painter->setFont(item.font);
    painter->setPen(item.palette.color(item.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    // The findings keep the right end; the state gets the rest.
    const QModelIndex problems = index.siblingAtColumn(problemsColumn_);
    const QString count = problems.data().toString();
    if (!count.isEmpty()) {
        const int countWidth = metrics.horizontalAdvance(count);
        painter->drawText(QRect(room.right() - countWidth + 1, room.top(), countWidth, room.height()),
                          Qt::AlignRight | Qt::AlignVCenter, count);
        const int badge = badgeSize(metrics);
        const QRect badgeRect(room.right() - countWidth - metrics.averageCharWidth() / 2 - badge + 1,
                              room.center().y() - badge / 2, badge, badge);
        problems.data(Qt::DecorationRole).value<QIcon>().paint(painter, badgeRect);
        room.setRight(badgeRect.left() - metrics.averageCharWidth());
    }
    painter->drawText(room, Qt::AlignLeft | Qt::AlignVCenter, metrics.elidedText(state, Qt::ElideRight, room.width()));
    painter->restore();
}

} // namespace tcplens::ui
