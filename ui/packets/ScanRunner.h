#pragma once
// Runs a PacketStoreScan (a display filter, the colouring rules) over the loaded packets on a
// worker thread, so scanning millions of packets never freezes the window; a few packets are
// scanned at once on the caller's thread. The scan keeps its place: pause() it before the store
// changes (packets are appended), resume() after, and it goes on with the new packets.

#include <filter/PacketStoreScan.h>

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace tcplens { class PacketAnalysisStore; class PacketStore; }

namespace tcplens::ui {

class ScanRunner : public QObject {
    Q_OBJECT
public:
    /// Up to this many packets still to scan are scanned on the caller's thread (a few milliseconds).
    static constexpr std::size_t kSynchronousPackets = 20000;

    explicit ScanRunner(QObject* parent = nullptr) : QObject(parent) {}
    ~ScanRunner() override { pause(); }

    /// Drops the scan in progress and starts `scan` over `store`; advanced() follows, before
    /// start() returns when few packets are to be scanned.
    void start(std::shared_ptr<PacketStoreScan> scan, const PacketStore& store, const PacketAnalysisStore& analyses,
               std::size_t synchronousPackets = kSynchronousPackets);
    /// Goes on with the paused scan over the packets `store` holds now (none: nothing happens).
    void resume(const PacketStore& store, const PacketAnalysisStore& analyses);
    /// Stops the worker between two packets and waits for it; the scan keeps its place. No advanced() follows.
    void pause();
    /// Pauses and drops the scan.
    void clear();
    [[nodiscard]] bool isRunning() const noexcept { return worker_ != nullptr; }
    /// The scan; read its results only while !isRunning().
    [[nodiscard]] const std::shared_ptr<PacketStoreScan>& scan() const noexcept { return scan_; }

signals:
    /// The scan reached the end of the packets (its results cover every packet of the store).
    void advanced();
    /// Packets scanned so far of `total`, a few times a second while the worker runs.
    void progress(quint64 done, quint64 total);

private:
    void run(const PacketStore& store, const PacketAnalysisStore& analyses);

    std::shared_ptr<PacketStoreScan> scan_;
    QThread* worker_ = nullptr;
    std::shared_ptr<std::atomic<bool>> cancel_;
    quint64 generation_ = 0;
    std::size_t synchronousPackets_ = kSynchronousPackets;
    bool delivered_ = true; // advanced() was emitted for the last run
};

} // namespace tcplens::ui
