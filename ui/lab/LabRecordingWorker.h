#pragma once
// Records one lab scenario on a thread of its own (core's recordLabScenario, which starts
// tcplens-capture), reporting each stage and the end by signal; the window stays responsive and
// Cancel stops the recording at its next step.

#include <lab/LabRecorder.h>

#include <QObject>
#include <QString>

#include <atomic>

class QThread;

namespace tcplens::ui {

class LabRecordingWorker : public QObject {
    Q_OBJECT
public:
    /// `options` is used for every recording (tests give the helper's path); its progress and
    /// cancel are the worker's own.
    explicit LabRecordingWorker(LabRecorderOptions options = {}, QObject* parent = nullptr);
    /// Cancels a running recording and waits for it (its sockets end within their timeouts).
    ~LabRecordingWorker() override;

    /// Starts recording `scenario` (which must outlive the recording) into `path`; false when one runs already.
    bool start(const LabScenario& scenario, const QString& path);
    /// Asks the running recording to stop; finished() follows with LabFailure::Cancelled.
    void cancel();
    [[nodiscard]] bool isRunning() const noexcept { return thread_ != nullptr; }
    /// The last recording's result, valid from finished() on.
    [[nodiscard]] const LabRecording& result() const noexcept { return result_; }

signals:
    void stageReached(tcplens::LabStage stage);
    void finished();

private:
    LabRecorderOptions options_;
    std::atomic<bool> cancel_{false};
    QThread* thread_ = nullptr;
    LabRecording result_;
};

} // namespace tcplens::ui
