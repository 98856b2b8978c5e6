#include "ChartSeriesCache.h"

#include <series/SeriesFromStore.h>

#include <QThread>

#include <algorithm>

namespace tcplens::ui {

ChartSeriesCache::ChartSeriesCache(QObject* parent) : QObject(parent) {}

ChartSeriesCache::~ChartSeriesCache()
{
    waitForBuilds();
}

void ChartSeriesCache::setSource(const PacketStore* store, const PacketAnalysisStore* analyses)
{
    store_ = store;
    analyses_ = analyses;
    clear();
}

void ChartSeriesCache::clear()
{
    ++generation_;
    entries_.clear();
    recent_.clear();
    building_.clear();
}

ChartSeriesCache::Series ChartSeriesCache::request(std::uint32_t stream)
{
    if (store_ == nullptr || analyses_ == nullptr)
        return nullptr;
    recent_.remove(stream);
    recent_.push_front(stream);
    const auto found = entries_.find(stream);
    const std::size_t loaded = std::min(store_->size(), analyses_->size());
    if (found != entries_.end() && found->second.storePackets == loaded)
        return found->second.series;
    if (building_.count(stream) != 0)
        return nullptr;
    building_.insert(stream);
    // The snapshot is one scan of the records, here where the stores live; the decoding and
    // tracking of the stream's packets runs on a worker with the snapshot and the shared mapping.
    auto snapshot = std::make_shared<StreamSnapshot>(snapshotStream(*store_, *analyses_, stream));
    const auto generation = generation_;
    auto* thread = QThread::create([this, snapshot, generation, stream] {
        auto series = std::make_shared<const StreamSeriesBuilder>(buildSeries(*snapshot));
        QMetaObject::invokeMethod(
            this, [this, generation, stream, packets = snapshot->storePackets, series] {
                finish(generation, stream, packets, series);
            },
            Qt::QueuedConnection);
    });
    threads_.push_back(thread);
    connect(thread, &QThread::finished, this, [this, thread] {
        threads_.erase(std::remove(threads_.begin(), threads_.end(), thread), threads_.end());
        thread->deleteLater();
    });
    thread->start(QThread::LowPriority);
    return nullptr;
}

void ChartSeriesCache::finish(std::uint64_t generation, std::uint32_t stream, std::size_t storePackets, Series series)
{
    ++builds_;
    if (generation != generation_)
        return; // a capture that is no longer open
    building_.erase(stream);
    entries_[stream] = Entry{std::move(series), storePackets};
    while (entries_.size() > kKeptStreams && !recent_.empty()) {
        const auto oldest = recent_.back();
        recent_.pop_back();
        if (oldest != stream)
            entries_.erase(oldest);
    }
    emit ready(stream);
}

void ChartSeriesCache::waitForBuilds()
{
    for (auto* thread : std::vector<QThread*>(threads_))
        thread->wait();
}

} // namespace tcplens::ui
