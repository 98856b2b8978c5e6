#include "ScanRunner.h"

#include <capture/PacketAnalysisStore.h>
#include <capture/PacketStore.h>

#include <QCoreApplication>
#include <QPointer>

#include <chrono>

namespace tcplens::ui {

void ScanRunner::start(std::shared_ptr<PacketStoreScan> scan, const PacketStore& store, const PacketAnalysisStore& analyses,
                       std::size_t synchronousPackets)
{
    pause();
    scan_ = std::move(scan);
    synchronousPackets_ = synchronousPackets;
    run(store, analyses);
}

void ScanRunner::resume(const PacketStore& store, const PacketAnalysisStore& analyses)
{
    if (!scan_ || worker_)
        return;
    if (scan_->position() < store.size())
        run(store, analyses);
    else if (!delivered_) { // it got to the end just as it was paused
        delivered_ = true;
        emit advanced();
    }
}

void ScanRunner::run(const PacketStore& store, const PacketAnalysisStore& analyses)
{
    const auto generation = ++generation_;
    delivered_ = false;
    if (store.size() - scan_->position() <= synchronousPackets_) {
        scan_->advance(store, analyses);
        delivered_ = true;
        emit advanced();
        return;
    }
    cancel_ = std::make_shared<std::atomic<bool>>(false);
    QPointer<ScanRunner> self(this);
    worker_ = QThread::create([self, scan = scan_, store = &store, analyses = &analyses, cancel = cancel_, generation] {
        using Clock = std::chrono::steady_clock;
        auto reported = Clock::now();
        const auto total = static_cast<quint64>(store->size());
        const auto progress = [&](std::size_t done) {
            const auto now = Clock::now();
            if (now - reported < std::chrono::milliseconds(200))
                return;
            reported = now;
            QMetaObject::invokeMethod(qApp, [self, generation, done, total] {
                if (self && self->generation_ == generation)
                    emit self->progress(static_cast<quint64>(done), total);
            });
        };
        if (!scan->advance(*store, *analyses, cancel.get(), progress) || cancel->load())
            return;
        QMetaObject::invokeMethod(qApp, [self, generation] {
            if (self && self->generation_ == generation) {
                self->worker_ = nullptr; // advanced() may resume or start the next run
                self->delivered_ = true;
                emit self->advanced();
            }
        });
    });
    connect(worker_, &QThread::finished, worker_, &QObject::deleteLater);
    worker_->start();
}

void ScanRunner::pause()
{
    ++generation_; // a result already posted is stale
    if (!worker_)
        return;
    cancel_->store(true);
    worker_->wait();
    worker_ = nullptr;
}

void ScanRunner::clear()
{
    pause();
    scan_.reset();
}

} // namespace tcplens::ui
