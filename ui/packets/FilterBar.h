#pragma once
// The display filter bar: a tcpdump (BPF) expression compiled by libpcap for the capture's
// link type. A mistake turns the bar red and shows libpcap's message; Enter applies.

#include <QWidget>

#include <memory>
#include <vector>

class QLabel;
class QLineEdit;
class QToolButton;

namespace tcplens { class PacketStore; }

namespace tcplens::ui {

class FilterBar : public QWidget {
    Q_OBJECT
public:
    explicit FilterBar(QWidget* parent = nullptr);

    /// The capture the expression is compiled for and matched against.
    void setStore(const PacketStore* store);
    [[nodiscard]] QString expression() const;
    /// Sets the text and applies it, as if the user typed it and pressed Enter.
    void applyExpression(const QString& expression);
    /// Shows (or hides, with an empty text) the chip naming the followed conversation.
    void setStreamChip(const QString& text);

signals:
    /// A valid filter was applied: the mask has one flag per packet (null: no filter).
    void filterApplied(std::shared_ptr<const std::vector<bool>> mask, const QString& expression);
    void filterRejected(const QString& message);
    void streamChipClosed();

private:
    void validate();
    void apply();
    void showError(const QString& message);

    QLineEdit* edit_;
    QLabel* message_;
    QToolButton* chip_;
    const PacketStore* store_ = nullptr;
};

} // namespace tcplens::ui
