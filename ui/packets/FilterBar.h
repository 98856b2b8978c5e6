#pragma once
// The display filter bar: a tcpdump (BPF) expression compiled by libpcap for the capture's
// link type. A mistake turns the bar red and shows libpcap's message; Enter applies (and stops
// following a conversation: the expression alone decides what is shown). Applied filters are
// remembered (QSettings) and offered again from the drop-down at its right end.

#include <QStringList>
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
    /// Sets the text without applying it and puts the cursor in the bar, for the user to edit.
    void prepareExpression(const QString& expression);
    /// Applies the current text again (more packets came), keeping the followed conversation.
    void reapply();
    /// The applied filters, most recent first (at most kHistorySize).
    [[nodiscard]] QStringList history() const;
    static constexpr int kHistorySize = 30;
    /// Shows (or hides, with an empty text) the chip naming the followed conversation.
    void setStreamChip(const QString& text);

signals:
    /// A valid filter was applied: the mask has one flag per packet (null: no filter).
    void filterApplied(std::shared_ptr<const std::vector<bool>> mask, const QString& expression);
    void filterRejected(const QString& message);
    void streamChipClosed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void validate();
    void submit();
    void apply();
    void remember(const QString& expression);
    void fillHistoryMenu();
    void showError(const QString& message);

    QLineEdit* edit_;
    QLabel* message_;
    QLabel* label_ = nullptr;
    QToolButton* chip_;
    QToolButton* historyButton_;
    const PacketStore* store_ = nullptr;
};

} // namespace tcplens::ui
