#pragma once
// Analyze › Follow TCP Stream: the payload of one conversation, both directions reassembled in
// order as Wireshark shows it (core/follow), as ASCII, hex dump, C arrays or raw hex, each side
// in its colour; one side or both, Find, Save as, and a click selects the chunk's packet.

#include "FollowStreamText.h"

#include <QDialog>

#include <cstdint>
#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace tcplens::ui {

class FollowStreamView;

class FollowStreamDialog : public QDialog {
    Q_OBJECT
public:
    /// Follows stream `stream` of the capture file at `path` (read again, streamed).
    FollowStreamDialog(const QString& path, std::uint32_t stream, QWidget* parent = nullptr);

    [[nodiscard]] bool loaded() const noexcept { return error_.isEmpty(); }
    [[nodiscard]] const QString& error() const noexcept { return error_; }
    [[nodiscard]] const FollowStreamText& text() const noexcept { return text_; }
    [[nodiscard]] FollowStreamView* view() const noexcept { return view_; }
    /// Shows the stream as `format`, `sides` (the combo boxes follow).
    void showAs(FollowStreamText::Format format, FollowStreamText::Sides sides);
    /// Finds the next line holding `needle`; false when none does.
    bool findNext(const QString& needle);
    /// Writes what is shown to `path`: the lines as text, or the bytes themselves in Raw.
    bool saveTo(const QString& path, QString& error) const;

signals:
    /// The user clicked a chunk: select its packet in the main window.
    void packetChosen(quint32 frame);

private:
    void relayout();
    void saveAs();

    FollowStreamText text_;
    FollowStreamView* view_;
    QComboBox* format_;
    QComboBox* sides_;
    QLineEdit* find_;
    QLabel* summary_;
    QString error_;
};

/// Opens a Follow TCP Stream window for `stream` of `path` (non-modal, deleted on close) whose
/// clicks select packets through `selectFrame`; says why in a message box when it cannot.
FollowStreamDialog* openFollowStream(QWidget* parent, const QString& path, std::optional<std::uint32_t> stream,
                                     std::function<void(quint32)> selectFrame);

} // namespace tcplens::ui
