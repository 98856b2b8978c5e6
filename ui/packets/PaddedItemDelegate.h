#pragma once
// Draws a cell's background and selection edge to edge but keeps its text a little away from
// the cell borders, so a right-aligned number never touches the next column's text.

#include <QStyledItemDelegate>

namespace tcplens::ui {

class PaddedItemDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit PaddedItemDelegate(QObject* parent = nullptr) : QStyledItemDelegate(parent) {}

    /// Pixels between the text and each side of the cell, on top of the style's own margin.
    void setPadding(int pixels) noexcept { padding_ = pixels; }

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int padding_ = 4;
};

} // namespace tcplens::ui
