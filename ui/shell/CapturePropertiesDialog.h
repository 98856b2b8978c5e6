#pragma once
// File › Capture File Properties (Ctrl+Alt+Shift+C, as Wireshark): the file's format, size,
// SHA256, encapsulations, times, counts and averages, its interfaces with their drops, and its
// comments, computed by core CaptureProperties (what `tcplens-cli info` prints). The text is
// selectable; Copy puts all of it on the clipboard.

#include <capture/CaptureProperties.h>

#include <QDialog>

class QTextBrowser;

namespace tcplens::ui {

class CapturePropertiesDialog : public QDialog {
    Q_OBJECT
public:
    CapturePropertiesDialog(CaptureProperties properties, QWidget* parent = nullptr);

    [[nodiscard]] QTextBrowser* view() const noexcept { return view_; }
    /// The shown text as plain text (what Copy copies).
    [[nodiscard]] QString plainText() const;

private:
    [[nodiscard]] QString html() const;

    CaptureProperties properties_;
    QTextBrowser* view_;
};

/// Reads `path` and shows its properties (non-modal, deleted on close); a message when it cannot.
CapturePropertiesDialog* showCaptureProperties(QWidget* parent, const QString& path);

} // namespace tcplens::ui
