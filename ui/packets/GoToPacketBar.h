#pragma once
// Go › Go to Packet (Ctrl+G): a bar over the packet list taking a packet number, as Wireshark's;
// a number it cannot go to (none such, hidden by the filter) is refused with the reason.

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace tcplens::ui {

class GoToPacketBar : public QWidget {
    Q_OBJECT
public:
    /// Why packet `number` (1-based) cannot be gone to, or an empty string when it can.
    using Check = std::function<QString(qulonglong number)>;

    explicit GoToPacketBar(Check check, QWidget* parent = nullptr);

    /// Shows the bar with the cursor in its field.
    void open();
    [[nodiscard]] QLineEdit* edit() const noexcept { return edit_; }
    [[nodiscard]] QString message() const;

signals:
    /// The user asked for packet `number` (1-based) and it can be shown.
    void goToPacket(qulonglong number);

protected:
    void keyPressEvent(class QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void validate();
    void go();

    Check check_;
    QLabel* label_;
    QLineEdit* edit_;
    QPushButton* goButton_;
    QLabel* message_;
};

} // namespace tcplens::ui
