#pragma once
// Filters the loaded packets with a compiled filter bar expression (ScanRunner: on a worker thread
// for a large capture, at once for a small one) and keeps filtering the packets a load or a live
// capture appends: pause() before the packets change, resume() after. While the filter is behind a
// load, the packets filtered so far are handed on a few times a second.

#include "FilterExpression.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <memory>
#include <vector>

namespace tcplens::ui {

class ScanRunner;

class FilterRunner : public QObject {
    Q_OBJECT
public:
    /// Up to this many packets still to filter are filtered on the caller's thread (a few milliseconds).
    static constexpr std::size_t kSynchronousPackets = 20000;

    explicit FilterRunner(QObject* parent = nullptr);
    ~FilterRunner() override;

    /// Starts filtering `store` with `expression` (dropping a run in progress); finished() follows,
    /// before start() returns for a small capture.
    void start(const FilterExpression& expression, const PacketStore& store, const PacketAnalysisStore& analyses,
               std::size_t synchronousPackets = kSynchronousPackets);
    /// Pauses the filter before the packets change (it keeps its place); no finished() follows for the run.
    void stop();
    /// Goes on filtering the packets appended since stop(): finished() follows when they are all filtered
    /// (at most twice a second while packets keep coming: each hand-over refilters the whole list);
    /// when the filter is behind, the packets filtered so far are handed on meanwhile.
    void resume(const PacketStore& store, const PacketAnalysisStore& analyses);
    /// Forgets the filter (an empty expression, another capture).
    void clear();
    [[nodiscard]] bool isRunning() const noexcept;
    /// True when a filter is applied (running, paused or done) and resume() keeps it up to date.
    [[nodiscard]] bool active() const noexcept;

signals:
    /// The mask for `expression`: one flag per packet filtered so far (the packets after it are not
    /// shown yet), and how many it keeps; `complete` when it covers every packet of the store.
    void finished(std::shared_ptr<const std::vector<bool>> mask, quint64 shown, const QString& expression, bool complete);
    /// Packets tested so far of `total`, a few times a second while a run goes on.
    void progress(quint64 done, quint64 total);

private:
    void advanced();
    void publish(bool complete);

    ScanRunner* runner_;
    QString expression_;
    std::size_t published_ = 0; // the scan's position when its mask was last handed on
    QElapsedTimer sincePublished_;
    bool publishedOnce_ = false; // the first result of a filter is handed on at once
    QTimer later_;                // a result held back (each hand-over refilters the whole list)
};

} // namespace tcplens::ui
