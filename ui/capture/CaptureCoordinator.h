#pragma once
// Live capture for the main window: starts a capture (after asking about an unsaved one), stops
// it, saves what is on screen, offers the captures a killed run left unsaved, and keeps the
// status bar's capture figures and notices. It tells the window what to show through signals.

#include "CaptureEnd.h"
#include "CaptureSession.h"

#include <QObject>
#include <QString>

#include <functional>

class QMessageBox;
class QWidget;

namespace tcplens { class PacketStore; struct LiveCaptureOptions; struct RemoteCaptureRequest; }

namespace tcplens::ui {

class CaptureStatusBar;
struct PacketBatch;

class CaptureCoordinator : public QObject {
    Q_OBJECT
public:
    /// Shows a question (a QMessageBox to exec); swappable in tests.
    using Prompt = std::function<void(QMessageBox&)>;

    CaptureCoordinator(QWidget* window, CaptureStatusBar* status);

    [[nodiscard]] CaptureSession* session() const noexcept { return session_; }
    [[nodiscard]] bool isCapturing() const { return session_->isCapturing(); }
    /// File › Capture…: the Capture dialog, then start().
    void chooseAndCapture();
    /// Starts a live capture after asking about an unsaved one; its packets come by opened()
    /// and batchReady().
    void start(const LiveCaptureOptions& options);
    /// File › Capture from Remote Host…: its dialog, then startRemote().
    void chooseAndCaptureRemote();
    /// Starts a capture on another host over the system's ssh, shown and saved as a local one.
    void startRemote(const RemoteCaptureRequest& request);
    void stop() { session_->stop(); }
    /// File › Save As… of the capture on screen: `shownPath`, or for a file read as a stream the
    /// spool of `store`; saved() says where it went.
    void saveAs(const QString& shownPath, const PacketStore& store);
    /// Before the capture on screen is replaced, closed or the window quits: the "Unsaved
    /// packets" question when a capture runs or is unsaved (CaptureSession::confirmReplace).
    [[nodiscard]] bool confirmReplace(CaptureSession::Leaving why) { return session_->confirmReplace(why); }
    /// Offers the captures a killed run left unsaved, one by one; recoveryChosen() one to open.
    void offerRecovery();
    void setRecoveryPrompt(Prompt prompt) { recoveryPrompt_ = std::move(prompt); }

signals:
    /// A capture is about to replace what is on screen (a file still loading must stop).
    void aboutToStart();
    /// The live capture's (empty) store: what the window shows from now on.
    void opened(const tcplens::PacketStore& store);
    void batchReady(const tcplens::ui::PacketBatch& batch);
    /// Capturing started or stopped, or the capture was saved: enabled actions may change.
    void stateChanged();
    /// A capture that ran has stopped: the panels take in what arrived last (before any box).
    void stopped();
    /// The capture ended (or could not start), after the status bar and failed().
    void finished(const tcplens::ui::CaptureEnd& end);
    /// The capture on screen is now the file `path`.
    void saved(const QString& path);
    /// The user chose to open the recovered capture `path` (loaded like any file).
    void recoveryChosen(const QString& path);
    void titleChanged(const QString& title);
    /// Something the user must be told in a box (the window's error reporter).
    void failed(const QString& title, const QString& message);

private:
    void onFinished(const CaptureEnd& end);
    /// The part of start() and startRemote() after the choice: false when the user cancelled.
    [[nodiscard]] bool prepareStart(const QString& label);

    QWidget* window_;
    CaptureStatusBar* status_;
    CaptureSession* session_;
    QString interface_;
    Prompt recoveryPrompt_;
};

} // namespace tcplens::ui
