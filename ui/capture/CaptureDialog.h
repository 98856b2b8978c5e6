#pragma once
// File › Capture…: choose an interface (with its addresses, flags and a live packets/s
// sparkline), a capture filter checked against the interface's link type, and the options;
// Start is only enabled for a choice that can start. The last choice is remembered. When this
// user cannot capture (no tcplens-capture, not in its group, no capability on it) a message at
// the top says what to do.

#include <capture/LiveCapture.h>

#include <QDialog>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QTimer;
class QGroupBox;

namespace tcplens::ui {

class InterfaceListModel;

class CaptureDialog : public QDialog {
    Q_OBJECT
public:
    explicit CaptureDialog(QWidget* parent = nullptr);

    /// The choice as capture options (outputPath left empty); valid after accept().
    [[nodiscard]] LiveCaptureOptions options() const;
    [[nodiscard]] InterfaceListModel* interfaceModel() const noexcept { return model_; }
    [[nodiscard]] QLineEdit* filterEdit() const noexcept { return filter_; }
    [[nodiscard]] QPushButton* startButton() const noexcept { return start_; }
    [[nodiscard]] QLabel* filterMessage() const noexcept { return message_; }
    /// What to do before this user can capture; hidden when capturing should work.
    [[nodiscard]] QLabel* accessMessage() const noexcept { return access_; }
    /// Selects the interface called `name`; false when it is not listed.
    bool selectInterface(const QString& name);
    [[nodiscard]] QString selectedInterface() const;

    void accept() override;

private:
    void validate();
    void rememberChoice() const;
    [[nodiscard]] std::optional<int> linkTypeOf(const QString& name);

    InterfaceListModel* model_;
    QTableView* table_;
    QLineEdit* filter_;
    QLabel* message_;
    QLabel* access_;
    QGroupBox* optionsBox_;
    QSpinBox* snaplen_;
    QCheckBox* promiscuous_;
    QSpinBox* bufferMiB_;
    QPushButton* start_;
    QTimer* sampler_;
    QHash<QString, std::optional<int>> linkTypes_; // asking libpcap opens the device: once each
};

} // namespace tcplens::ui
