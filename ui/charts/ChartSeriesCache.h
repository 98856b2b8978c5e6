#pragma once
// The series of the conversations the charts showed, computed once per stream on a worker thread
// from the loaded stores (never on a redraw) and kept for the last few streams.

#include <capture/PacketAnalysisStore.h>
#include <capture/PacketStore.h>
#include <series/StreamSeriesBuilder.h>

#include <QObject>

#include <list>
#include <map>
#include <memory>
#include <set>
#include <vector>

class QThread;

namespace tcplens::ui {

class ChartSeriesCache : public QObject {
    Q_OBJECT
public:
    using Series = std::shared_ptr<const StreamSeriesBuilder>;
    static constexpr std::size_t kKeptStreams = 6;

    explicit ChartSeriesCache(QObject* parent = nullptr);
    ~ChartSeriesCache() override;

    /// Where packets and their streams come from (owned by the caller, read on this thread only).
    void setSource(const PacketStore* store, const PacketAnalysisStore* analyses);
    /// A new capture: forgets every series; builds still running are ignored when they end.
    void clear();
    /// The series of `stream` if it is built for the packets loaded now; otherwise starts building
    /// it (once) and returns null: ready(stream) follows.
    [[nodiscard]] Series request(std::uint32_t stream);
    [[nodiscard]] bool isBuilding(std::uint32_t stream) const { return building_.count(stream) != 0; }
    /// How many builds have finished since construction (tests: a redraw must not add one).
    [[nodiscard]] int buildCount() const noexcept { return builds_; }
    /// Blocks until the running builds end (tests and shutdown).
    void waitForBuilds();

signals:
    void ready(quint32 stream);

private:
    struct Entry {
        Series series;
        std::size_t storePackets = 0;
    };
    void finish(std::uint64_t generation, std::uint32_t stream, std::size_t storePackets, Series series);

    const PacketStore* store_ = nullptr;
    const PacketAnalysisStore* analyses_ = nullptr;
    std::map<std::uint32_t, Entry> entries_;
    std::list<std::uint32_t> recent_; // most recently requested first
    std::set<std::uint32_t> building_;
    std::vector<QThread*> threads_;
    std::uint64_t generation_ = 0;
    int builds_ = 0;
};

} // namespace tcplens::ui
