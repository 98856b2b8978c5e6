#include "LiveCaptureController.h"

#include <QThread>

namespace tcplens::ui {

LiveCaptureController::LiveCaptureController(QObject* parent) : QObject(parent)
{
    qRegisterMetaType<tcplens::PacketStore>();
    qRegisterMetaType<tcplens::ui::PacketBatch>();
    qRegisterMetaType<tcplens::LiveCaptureStats>();
    qRegisterMetaType<tcplens::ui::CaptureEnd>();
}

LiveCaptureController::~LiveCaptureController()
{
    joinWorker();
}

void LiveCaptureController::start(const LiveCaptureOptions& options)
{
    joinWorker();
    launch(std::make_unique<LiveCaptureWorker>(options, interval_));
}

void LiveCaptureController::startRemote(const RemoteCaptureRequest& request, const std::string& outputPath)
{
    joinWorker();
    launch(std::make_unique<LiveCaptureWorker>(request, outputPath, interval_));
}

void LiveCaptureController::launch(std::unique_ptr<LiveCaptureWorker> started)
{
    const auto generation = ++generation_;
    worker_ = std::move(started);
    auto* worker = worker_.get();
    thread_.reset(QThread::create([worker] { worker->run(); }));
    worker->moveToThread(thread_.get());

    const auto current = [this, generation] { return generation == generation_; };
    connect(worker, &LiveCaptureWorker::opened, this, [this, current](const PacketStore& store) {
        if (current())
            emit opened(store);
    });
    connect(worker, &LiveCaptureWorker::batchReady, this, [this, current](const PacketBatch& batch) {
        if (current())
            emit batchReady(batch);
    });
    connect(worker, &LiveCaptureWorker::statsChanged, this, [this, current](const LiveCaptureStats& stats) {
        if (current())
            emit statsChanged(stats);
    });
    connect(worker, &LiveCaptureWorker::finished, this, [this, current](const CaptureEnd& end) {
        if (!current())
            return;
        joinWorker(); // run() returns right after finished: this join is immediate
        emit finished(end);
    });
    thread_->start();
}

void LiveCaptureController::stop()
{
    if (worker_)
        worker_->requestStop();
}

void LiveCaptureController::joinWorker()
{
    if (!thread_)
        return;
    worker_->requestStop();
    thread_->wait();
    ++generation_; // whatever it queued before stopping is now stale
    thread_.reset();
    worker_.reset();
}

} // namespace tcplens::ui
