#pragma once
// One File › Export (specified packets, packet dissections, a conversation) on a worker thread: a
// window-modal progress dialog with Cancel shows how far it got while the window keeps painting;
// when it ends, its outcome says how many packets were written, that it was cancelled (and left
// no file), or why it failed in the system's words (disk full, permission denied). The work reads
// only the window's packets, which do not change while the dialog is up: exports are refused
// while packets arrive, and the dialog keeps the window's menus away.

#include <capture/ExportControl.h>

#include <QMetaType>
#include <QObject>
#include <QString>

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>

class QThread;
class QTimer;
class QWidget;

namespace tcplens::ui {

class ExportProgressDialog;

struct ExportOutcome {
    std::int64_t written = 0; ///< Packets (or records) written.
    QString error;            ///< Why nothing was written; empty when it was.
    bool cancelled = false;   ///< Stopped by Cancel before the end: no file was left.
};

class ExportJob : public QObject {
    Q_OBJECT
public:
    using Work = std::function<ExportOutcome(const ExportControl& control)>;

    /// Starts `work` writing `path` over `window`; `total` packets it goes through (the bar's end).
    ExportJob(QWidget* window, const QString& title, const QString& path, std::uint64_t total, Work work);
    /// Cancels the work and waits for it (the window closing under it).
    ~ExportJob() override;

    /// What Cancel does: the work stops at its next packet and removes what it wrote.
    void cancel();
    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] const QString& path() const noexcept { return path_; }
    /// The dialog over the window while the work runs (null once it ended).
    [[nodiscard]] ExportProgressDialog* progressDialog() const noexcept { return progress_; }
    /// Runs `work` on this thread, without a dialog or a way to cancel.
    static ExportOutcome runHere(const Work& work);

signals:
    /// The work ended; the job deletes itself afterwards.
    void finished(const tcplens::ui::ExportOutcome& outcome);

private:
    void end();

    struct Shared {
        std::atomic<std::uint64_t> done{0};
        std::atomic<bool> cancel{false};
        ExportOutcome outcome; // written by the worker before it ends, read after
    };
    QString path_;
    std::uint64_t total_;
    std::shared_ptr<Shared> shared_;
    QThread* worker_ = nullptr;
    ExportProgressDialog* progress_ = nullptr;
    QTimer* poll_ = nullptr;
};

/// How `job` ended, said where the window says things: `notice` for written and cancelled (with
/// the file and the count), `reportError(title, message)` for a failure.
void reportExport(ExportJob* job, std::function<void(const QString&)> notice,
                  std::function<void(const QString& title, const QString& message)> reportError);

} // namespace tcplens::ui

Q_DECLARE_METATYPE(tcplens::ui::ExportOutcome)
