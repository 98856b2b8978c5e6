#pragma once
// Paints a cell's recent rates (a QList<double> under a role) as a small line with the latest
// value beside it, like Wireshark's interface list.

#include <QStyledItemDelegate>

namespace tcplens::ui {

class SparklineDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    SparklineDelegate(int ratesRole, int capacity, QObject* parent = nullptr);
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int ratesRole_;
    int capacity_;
};

} // namespace tcplens::ui
