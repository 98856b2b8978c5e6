#pragma once
// Runs one live capture at a time on its own thread (LiveCaptureWorker, which starts and reads
// tcplens-capture) and relays it to the GUI thread: the store as it opens, batches of analysed
// packets at least ten times a second, the counters, and how it ended. The capture never waits
// for the GUI.

#include "CaptureEnd.h"
#include "LiveCaptureWorker.h"

#include <QObject>

#include <chrono>
#include <memory>
#include <vector>

class QThread;

namespace tcplens::ui {

class LiveCaptureController : public QObject {
    Q_OBJECT
public:
    explicit LiveCaptureController(QObject* parent = nullptr);
    ~LiveCaptureController() override;

    /// Starts capturing, stopping a capture still running first (its reports are dropped).
    void start(const LiveCaptureOptions& options);
    /// Starts capturing on another host over ssh; what arrived is written to `outputPath` at the end.
    void startRemote(const RemoteCaptureRequest& request, const std::string& outputPath);
    /// Asks the capture to stop; finished() follows once the file is complete.
    void stop();
    [[nodiscard]] bool isCapturing() const noexcept { return worker_ != nullptr; }
    /// Longest wait before a batch is reported (capped at 100 ms: ten updates a second).
    void setInterval(std::chrono::milliseconds interval) { interval_ = std::min(interval, std::chrono::milliseconds(100)); }

signals:
    void opened(const tcplens::PacketStore& emptyStore);
    void batchReady(const tcplens::ui::PacketBatch& batch);
    void statsChanged(const tcplens::LiveCaptureStats& stats);
    void finished(const tcplens::ui::CaptureEnd& end);

private:
    void joinWorker();
    void launch(std::unique_ptr<LiveCaptureWorker> worker);

    std::unique_ptr<QThread> thread_;
    std::unique_ptr<LiveCaptureWorker> worker_;
    std::chrono::milliseconds interval_{50};
    quint64 generation_ = 0;
};

} // namespace tcplens::ui
