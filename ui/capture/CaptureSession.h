#pragma once
// The live-capture side of the main window: starts captures into a recovery folder, knows
// whether what is on screen is an unsaved capture, asks before it would be lost (Wireshark's
// "Unsaved packets" question), saves it as pcap or pcapng, and finds captures a killed run left
// unsaved.

#include "LiveCaptureController.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <capture/MappedFile.h>

#include <functional>
#include <memory>

class QMessageBox;
class QWidget;

namespace tcplens::ui {

class CaptureSession : public QObject {
    Q_OBJECT
public:
    /// What is about to take the capture's place, for the words of the question.
    enum class Leaving { OpenFile, NewCapture, Close, Quit };
    /// Shows the "Unsaved packets" question (a QMessageBox to exec, its buttons Stop and Save or
    /// Save, Stop and Continue/Quit without Saving or Continue/Quit without Saving, Cancel); a
    /// test clicks one instead.
    using UnsavedPrompt = std::function<void(QMessageBox&)>;
    /// Asks where to save (and in which format, by the chosen filter); empty: cancelled.
    using SavePathChooser = std::function<QString(const QString& suggestedName)>;

    explicit CaptureSession(QWidget* window);

    [[nodiscard]] LiveCaptureController* controller() const noexcept { return controller_; }
    /// Starts capturing into a new file of the recovery folder; false with `error` when that
    /// folder cannot be written (the engine's own errors arrive through finished()).
    bool start(LiveCaptureOptions options, QString& error);
    /// The same for a capture on another host over ssh (its file is written when it ends).
    bool startRemote(const RemoteCaptureRequest& request, QString& error);
    void stop() { controller_->stop(); }
    [[nodiscard]] bool isCapturing() const noexcept { return controller_->isCapturing(); }

    /// The file of the capture on screen while it is not saved; empty otherwise.
    [[nodiscard]] const QString& unsavedPath() const noexcept { return unsaved_; }
    /// Marks a capture file as on screen and unsaved (a recovered one).
    void adoptUnsaved(const QString& path) { unsaved_ = path; }
    void setPacketCount(quint64 packets) { packets_ = packets; }
    /// Before the capture on screen is replaced, closed or the window quits: when a capture runs
    /// or its packets are unsaved, asks first (as Wireshark does), then stops it and saves or
    /// discards them as answered. False: the user cancelled (a running capture goes on) or the
    /// save did not happen; captured packets are never dropped without the user saying so.
    [[nodiscard]] bool confirmReplace(Leaving why);
    /// Save As for the capture in `currentPath` (the unsaved one or any open file); returns the
    /// saved file, or empty when cancelled or failed (`error` then says why). A capture read as a
    /// stream (pipe, standard input, compressed file) is saved from its `spool`.
    QString saveAs(const QString& currentPath, QString& error, std::shared_ptr<const MappedFile> spool = {});

    /// Folder of the files live captures write before they are saved.
    [[nodiscard]] static QString recoveryDirectory();
    /// Unsaved captures of earlier runs that are no longer running, newest first.
    [[nodiscard]] static QStringList recoverableCaptures();

    void setUnsavedPrompt(UnsavedPrompt prompt) { unsavedPrompt_ = std::move(prompt); }
    void setSavePathChooser(SavePathChooser chooser) { chooseSavePath_ = std::move(chooser); }

private:
    /// Stops a running capture and waits until its file is complete.
    void stopAndWait();
    void discardUnsaved();
    /// A new file of the recovery folder named after `label`; empty with `error`.
    QString newRecoveryFile(const QString& label, QString& error);

    QWidget* window_;
    LiveCaptureController* controller_;
    QString unsaved_;
    QString interface_;
    quint64 packets_ = 0;
    UnsavedPrompt unsavedPrompt_;
    SavePathChooser chooseSavePath_;
};

} // namespace tcplens::ui
