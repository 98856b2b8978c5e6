#pragma once
// Paints a conversation's state with its expert findings beside it ("SF   ● 3": the worst
// severity's badge and how many), so a narrow sidebar shows state and problems in one column.

#include <QStyledItemDelegate>

namespace tcplens::ui {

class StateProblemsDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    /// `problemsColumn`: the sibling column whose text is the count and whose decoration the badge.
    StateProblemsDelegate(int problemsColumn, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    /// The badge's and the count's width (0 without findings), with the gap before them.
    [[nodiscard]] int problemsWidth(const QStyleOptionViewItem& option, const QModelIndex& index) const;
    [[nodiscard]] static int badgeSize(const QFontMetrics& metrics);

    int problemsColumn_;
};

} // namespace tcplens::ui
