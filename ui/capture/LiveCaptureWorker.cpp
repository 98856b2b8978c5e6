#include "LiveCaptureWorker.h"

#include <QElapsedTimer>
#include <QFile>

namespace tcplens::ui {

LiveCaptureWorker::LiveCaptureWorker(LiveCaptureOptions options, std::chrono::milliseconds interval,
                                     std::vector<ObserverFactory> factories)
    : options_(std::move(options)), interval_(interval), factories_(std::move(factories))
{
}

void LiveCaptureWorker::run()
{
    CaptureEnd end;
    end.path = QFile::decodeName(options_.outputPath.c_str());
    std::unique_ptr<LiveCapture> capture;
    try {
        capture = LiveCapture::start(options_);
    } catch (const LiveCaptureError& error) {
        end.message = QString::fromStdString(error.what());
        end.permissionDenied = error.kind() == LiveCaptureError::Kind::Permission;
        emit finished(end);
        return;
    }
    end.started = true;
    std::vector<std::unique_ptr<LiveCaptureObserver>> observers;
    for (const auto& factory : factories_)
        if (auto observer = factory()) {
            capture->addObserver(observer.get());
            observers.push_back(std::move(observer));
        }
    emit opened(PacketStore(capture->info(), capture->mapping()));

    QElapsedTimer sinceReport;
    sinceReport.start();
    const auto report = [&] {
        PacketBatch batch = capture->takeBatch();
        if (!batch.empty())
            emit batchReady(batch);
        emit statsChanged(capture->stats());
        sinceReport.restart();
    };
    const auto pollWait = std::chrono::milliseconds(std::max<long long>(1, interval_.count() / 4));
    while (!stop_.load(std::memory_order_relaxed)) {
        if (!capture->poll(pollWait))
            break;
        if (sinceReport.elapsed() >= interval_.count())
            report();
    }
    capture->stop();
    report();
    end.stats = capture->stats();
    end.message = QString::fromStdString(capture->error());
    capture.reset(); // observers see captureStopped before they go
    emit finished(end);
}

} // namespace tcplens::ui
