#pragma once
// Paints "client ⇄ server" in a narrow column: when the whole does not fit, each endpoint loses
// the start of its address first ("…0.1:54762"), so both ports stay in view as long as they can,
// then the ports alone (":54762 ⇄ :5020", "54762⇄5020"); narrower still, the client's port stays
// and the server shrinks to "…".

#include <QStyledItemDelegate>

class QFontMetrics;

namespace tcplens::ui {

class EndpointPairDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    /// "10.77.0.1:33728 ⇄ 10.77.0.2:8888" as it shows `width` pixels wide.
    [[nodiscard]] static QString fitted(const QString& pair, const QFontMetrics& metrics, int width);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace tcplens::ui
