#pragma once
// Runs one CaptureLoader at a time on its own thread and relays its reports to the GUI
// thread; reports from a load that was replaced or cancelled never get through.

#include "CaptureLoader.h"

#include <QObject>

#include <memory>

class QThread;

namespace tcplens::ui {

class CaptureLoadController : public QObject {
    Q_OBJECT
public:
    explicit CaptureLoadController(QObject* parent = nullptr);
    ~CaptureLoadController() override;

    /// Starts loading `path`, stopping any load still running (its reports are dropped).
    void start(const QString& path, LoadPacing pacing = LoadPacing{});
    /// Asks the running load to stop; it still ends with finished(Cancelled).
    void cancel();
    /// Stops the running load at once; nothing more of it is reported, not even finished().
    void abandon() { stopWorker(); }
    [[nodiscard]] bool isLoading() const noexcept { return loader_ != nullptr; }

signals:
    void opened(const tcplens::PacketStore& emptyStore);
    void batchReady(const tcplens::ui::PacketBatch& batch);
    void progress(quint64 bytesDone, quint64 bytesTotal);
    void finished(const tcplens::ui::LoadResult& result);

private:
    void stopWorker();

    std::unique_ptr<QThread> thread_;
    std::unique_ptr<CaptureLoader> loader_;
    quint64 generation_ = 0; // tells a current report from a late one of a replaced load
};

} // namespace tcplens::ui
