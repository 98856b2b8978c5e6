#pragma once
// Runs a compiled filter over the loaded packets on a worker thread, so filtering millions of
// packets never freezes the window; a small capture is filtered at once, on the caller's thread.
// The store must not change under a run: stop() it first (a reset or an append does).

#include "FilterExpression.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>
#include <vector>

namespace tcplens::ui {

class FilterRunner : public QObject {
    Q_OBJECT
public:
    /// Captures up to this many packets are filtered on the caller's thread (a few milliseconds).
    static constexpr std::size_t kSynchronousPackets = 20000;

    explicit FilterRunner(QObject* parent = nullptr) : QObject(parent) {}
    ~FilterRunner() override { stop(); }

    /// Starts filtering `store` with `expression` (stopping a run in progress); finished() follows,
    /// before start() returns for a small capture.
    void start(FilterExpression expression, const PacketStore& store, const PacketAnalysisStore& analyses,
               std::size_t synchronousPackets = kSynchronousPackets);
    /// Cancels a run in progress and waits for it; no finished() follows for it.
    void stop();
    [[nodiscard]] bool isRunning() const noexcept { return worker_ != nullptr; }

signals:
    /// The mask of the run for `expression` (one flag per packet), and how many it keeps.
    void finished(std::shared_ptr<const std::vector<bool>> mask, quint64 shown, const QString& expression);
    /// Packets tested so far of `total`, a few times a second while a run goes on.
    void progress(quint64 done, quint64 total);

private:
    QThread* worker_ = nullptr;
    std::shared_ptr<std::atomic<bool>> cancel_;
    quint64 generation_ = 0;
};

} // namespace tcplens::ui
