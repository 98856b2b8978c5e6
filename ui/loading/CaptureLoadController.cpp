#include "CaptureLoadController.h"

#include <QThread>

namespace tcplens::ui {

CaptureLoadController::CaptureLoadController(QObject* parent) : QObject(parent)
{
    qRegisterMetaType<tcplens::PacketStore>();
    qRegisterMetaType<tcplens::ui::PacketBatch>();
    qRegisterMetaType<tcplens::ui::LoadResult>();
}

CaptureLoadController::~CaptureLoadController()
{
    stopWorker();
}

void CaptureLoadController::start(const QString& path, LoadPacing pacing)
{
    stopWorker();
    const auto generation = ++generation_;
    loader_ = std::make_unique<CaptureLoader>(path, pacing);
    auto* loader = loader_.get();
    thread_.reset(QThread::create([loader] { loader->run(); }));
    loader->moveToThread(thread_.get());

    // The lambdas run on this (GUI) thread: the loader emits from its own, so they are queued.
    const auto current = [this, generation] { return generation == generation_; };
    connect(loader, &CaptureLoader::opened, this, [this, current](const PacketStore& store) {
        if (current())
            emit opened(store);
    });
    connect(loader, &CaptureLoader::batchReady, this, [this, current](const PacketBatch& batch) {
        if (current())
            emit batchReady(batch);
    });
    connect(loader, &CaptureLoader::progress, this, [this, current](quint64 done, quint64 total) {
        if (current())
            emit progress(done, total);
    });
    connect(loader, &CaptureLoader::finished, this, [this, current](const LoadResult& result) {
        if (!current())
            return;
        stopWorker(); // run() returns right after finished: this join is immediate
        emit finished(result);
    });
    thread_->start();
}

void CaptureLoadController::cancel()
{
    if (loader_)
        loader_->cancel();
}

void CaptureLoadController::stopWorker()
{
    if (!thread_)
        return;
    loader_->cancel();
    thread_->wait();
    ++generation_; // whatever it queued before stopping is now stale
    thread_.reset();
    loader_.reset();
}

} // namespace tcplens::ui
