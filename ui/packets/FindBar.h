#pragma once
// Edit › Find Packet (Ctrl+F): a bar over the packet list, as Wireshark's: what to look for (Info
// text, hex bytes, field text), Find Next (Enter, Ctrl+N) and Find Previous (Shift+Enter, Ctrl+B).

#include "PacketFinder.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace tcplens::ui {

class FindBar : public QWidget {
    Q_OBJECT
public:
    explicit FindBar(QWidget* parent = nullptr);

    void open();
    [[nodiscard]] PacketFinder::Query query() const;
    [[nodiscard]] QLineEdit* edit() const noexcept { return edit_; }
    [[nodiscard]] QComboBox* modeBox() const noexcept { return mode_; }
    /// Shows why the last search found nothing (empty: it found something).
    void setMessage(const QString& message);
    [[nodiscard]] QString message() const;

signals:
    void findRequested(bool forward);

protected:
    void keyPressEvent(class QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* label_;
    QComboBox* mode_;
    QLineEdit* edit_;
    QPushButton* next_;
    QPushButton* previous_;
    QLabel* message_;
};

} // namespace tcplens::ui
