#pragma once
// The window-modal dialog over an export on a worker thread: what is being written, a progress
// bar and Cancel. Cancel (or Esc, or closing it) asks the export to stop; the dialog stays until
// the export has stopped and cleaned up, so the packets it reads cannot change under it.

#include <QDialog>

#include <cstdint>

class QLabel;
class QProgressBar;
class QPushButton;

namespace tcplens::ui {

class ExportProgressDialog : public QDialog {
    Q_OBJECT
public:
    ExportProgressDialog(const QString& title, const QString& text, QWidget* parent);

    /// `done` of `total` (0: unknown, a busy bar).
    void setProgress(std::uint64_t done, std::uint64_t total);
    [[nodiscard]] bool cancelRequested() const noexcept { return cancelRequested_; }
    [[nodiscard]] QPushButton* cancelButton() const noexcept { return cancel_; }
    /// The export ended: the dialog goes.
    void finish();

signals:
    void cancelClicked();

public slots:
    /// Esc and the window's close button: as Cancel, without closing yet.
    void reject() override;

private:
    QLabel* text_;
    QProgressBar* bar_;
    QPushButton* cancel_;
    bool cancelRequested_ = false;
    bool finished_ = false;
};

} // namespace tcplens::ui
