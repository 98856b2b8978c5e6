#pragma once
// Reads a capture file off the GUI thread: opens it, tracks every TCP conversation in the same
// pass, and reports packets, their analysis and the touched conversations in batches, with
// progress, until the end, an error or cancel.

#include "LoadResult.h"
#include "PacketBatch.h"

#include <capture/PacketStore.h>

#include <QObject>
#include <QString>

#include <atomic>
#include <chrono>

namespace tcplens::ui {

/// How often the loader reports: whichever limit comes first ends a batch.
struct LoadPacing {
    std::chrono::milliseconds interval{50}; ///< Longest wait before a batch is reported.
    std::size_t maxPackets = 20'000;        ///< Largest batch.
};

class CaptureLoader : public QObject {
    Q_OBJECT
public:
    explicit CaptureLoader(QString path, LoadPacing pacing = LoadPacing{}, QObject* parent = nullptr);

    /// Thread-safe: the reading loop stops at the next packet and reports Cancelled.
    void cancel() noexcept { cancelled_.store(true, std::memory_order_relaxed); }

public slots:
    /// Does the whole load on the calling thread; every signal below is emitted from it.
    void run();

signals:
    /// The file opened: an empty store holding its info and mapping, before any batch.
    void opened(const tcplens::PacketStore& emptyStore);
    void batchReady(const tcplens::ui::PacketBatch& batch);
    void progress(quint64 bytesDone, quint64 bytesTotal);
    void finished(const tcplens::ui::LoadResult& result);

private:
    QString path_;
    LoadPacing pacing_;
    std::atomic<bool> cancelled_{false};
};

} // namespace tcplens::ui
