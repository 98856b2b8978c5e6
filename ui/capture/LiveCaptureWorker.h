#pragma once
// The body of a live capture's thread: starts the engine, polls it, and reports the store,
// batches and counters by signal until it is asked to stop or the capture ends by itself.

#include "CaptureEnd.h"
#include "loading/PacketBatch.h"

#include <capture/LiveCapture.h>
#include <capture/PacketStore.h>

#include <QObject>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <vector>

namespace tcplens::ui {

class LiveCaptureWorker : public QObject {
    Q_OBJECT
public:
    using ObserverFactory = std::function<std::unique_ptr<LiveCaptureObserver>()>;

    LiveCaptureWorker(LiveCaptureOptions options, std::chrono::milliseconds interval,
                      std::vector<ObserverFactory> factories);

    /// Thread-safe: the capture reads what the kernel still holds, then finishes.
    void requestStop() noexcept { stop_.store(true, std::memory_order_relaxed); }

    /// Runs the whole capture on the calling thread; every signal is emitted from it.
    void run();

signals:
    void opened(const tcplens::PacketStore& emptyStore);
    void batchReady(const tcplens::ui::PacketBatch& batch);
    void statsChanged(const tcplens::LiveCaptureStats& stats);
    void finished(const tcplens::ui::CaptureEnd& end);

private:
    LiveCaptureOptions options_;
    std::chrono::milliseconds interval_;
    std::vector<ObserverFactory> factories_;
    std::atomic<bool> stop_{false};
};

} // namespace tcplens::ui
