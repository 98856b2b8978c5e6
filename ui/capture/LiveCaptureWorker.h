#pragma once
// The body of a live capture's thread: starts tcplens-capture (the only program holding the
// capture capability) writing the capture file and a pcapng stream, or for a remote host the
// system's ssh running tcpdump there, reads that stream with the reader `tcplens -` uses, and
// reports the store, batches and counters (the helper's statistics blocks, once a second) by
// signal until it is asked to stop or the capture ends by itself. The window never captures with
// privileges of its own.

#include "CaptureEnd.h"
#include "loading/PacketBatch.h"

#include <capture/LiveCapture.h>
#include <capture/PacketStore.h>
#include <capture/RemoteCaptureCommand.h>

#include <QObject>

#include <atomic>
#include <chrono>
#include <memory>
#include <optional>

namespace tcplens {
class CaptureFile;
class CaptureHelperProcess;
class PacketFileWriter;
}

namespace tcplens::ui {

class LiveCaptureWorker : public QObject {
    Q_OBJECT
public:
    LiveCaptureWorker(LiveCaptureOptions options, std::chrono::milliseconds interval);
    /// A capture on another host over ssh; what arrives is written to `outputPath` (pcapng) as it comes.
    LiveCaptureWorker(RemoteCaptureRequest remote, std::string outputPath, std::chrono::milliseconds interval);
    ~LiveCaptureWorker() override;

    /// Thread-safe: the helper is asked to stop (SIGTERM; ssh: the end of its input, then SIGTERM if
    /// it does not end); its stream is read to its end.
    void requestStop() noexcept { stop_.store(true, std::memory_order_relaxed); }

    /// Runs the whole capture on the calling thread, which also starts the helper: the helper's
    /// --stop-with-parent follows this thread, so it returns only after the helper has ended.
    void run();

signals:
    void opened(const tcplens::PacketStore& emptyStore);
    void batchReady(const tcplens::ui::PacketBatch& batch);
    void statsChanged(const tcplens::LiveCaptureStats& stats);
    void finished(const tcplens::ui::CaptureEnd& end);

private:
    void runLocal(CaptureEnd& end);
    void runRemote(CaptureEnd& end);
    /// Reads the stream to its end, reporting as it goes, and with `recording` writes each packet
    /// to it, on disk before it is shown; the read status it ended on. A recording that fails
    /// stops the capture, with `recordingError` saying why.
    ReadStatus readStream(CaptureHelperProcess& process, CaptureFile& file, int pipe, LiveCaptureStats& stats,
                          PacketFileWriter* recording = nullptr, std::string* recordingError = nullptr);

    LiveCaptureOptions options_;
    std::optional<RemoteCaptureRequest> remote_;
    std::chrono::milliseconds interval_;
    std::atomic<bool> stop_{false};
};

} // namespace tcplens::ui
