#include "LiveCaptureWorker.h"

#include "HelperFailure.h"

#include <capture/CaptureBatchBuilder.h>
#include <capture/CaptureFile.h>
#include <capture/CaptureHelperAccess.h>
#include <capture/CaptureHelperProcess.h>
#include <capture/CaptureStopper.h>

#include <QElapsedTimer>
#include <QFile>

#include <poll.h>
#include <sys/stat.h>

#include <optional>

namespace tcplens::ui {
namespace {

std::int64_t wallClockNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

} // namespace

LiveCaptureWorker::LiveCaptureWorker(LiveCaptureOptions options, std::chrono::milliseconds interval)
    : options_(std::move(options)), interval_(interval)
{
}

void LiveCaptureWorker::run()
{
    CaptureEnd end;
    end.path = QFile::decodeName(options_.outputPath.c_str());
    const QString interface = QString::fromStdString(options_.interface);
    std::string error;
    const std::string helper = CaptureHelperProcess::locate(error);
    if (helper.empty()) {
        end.message = HelperFailure::notFound(QString::fromStdString(error));
        emit finished(end);
        return;
    }
    if (const auto access = CaptureHelperAccess::checkPath(helper);
        access.state == CaptureHelperAccess::State::NotPermitted) { // starting it would only say EACCES
        end.permissionDenied = true;
        end.message = HelperFailure::forAccess(access);
        emit finished(end);
        return;
    }
    CaptureHelperRequest request;
    request.interfaces = {options_.interface};
    request.filter = options_.filter;
    request.snaplen = options_.snaplen;
    request.bufferKiB = std::max<std::uint32_t>(options_.bufferBytes >> 10, 64);
    request.promiscuous = options_.promiscuous;
    request.count = options_.maxPackets;
    request.outputPath = options_.outputPath;
#ifdef TCPLENS_HAVE_TCP_INFO
    request.tcpInfo = !options_.outputPath.empty(); // the kernel charts follow its sidecar file
#endif
    request.statsIntervalSeconds = 1; // the drop count while capturing
    const std::int64_t startNs = wallClockNs();
    auto process = CaptureHelperProcess::start(helper, CaptureHelperProcess::arguments(request), error, true);
    if (!process) {
        end.message = QString::fromStdString(error);
        emit finished(end);
        return;
    }
    const int pipe = process->takeOutput();
    std::unique_ptr<CaptureFile> file;
    try {
        file = CaptureFile::openDescriptor(pipe, "the stream of tcplens-capture", &stop_);
    } catch (const CaptureError& failure) {
        process->stop();
        const int code = process->wait();
        const auto failed = HelperFailure::explain(code, QString::fromStdString(process->collectErrors()),
                                                   QString::fromStdString(helper), interface);
        end.permissionDenied = failed.permissionDenied;
        end.message = !failed.message.isEmpty() ? failed.message
                      : stop_.load() ? tr("The capture was stopped before it started.")
                                     : QString::fromStdString(failure.what());
        emit finished(end);
        return;
    }
    file->setCancelFlag(nullptr); // from here Stop ends the helper, which ends the stream
    // Stop reaches the helper from a thread of its own: this one may be waiting in next() for a
    // packet that never comes (a statistics block on an idle device); we read to the end.
    std::optional<CaptureStopper> stopper;
    stopper.emplace(*process, [this] { return stop_.load(std::memory_order_relaxed); });
    end.started = true;
    CaptureFileInfo info = file->info();
    info.path = options_.outputPath; // the window shows (and Save copies) the helper's file
    info.streamed = false;
    emit opened(PacketStore(info, file->mapping()));

    CaptureBatchBuilder builder(file->info().linkType);
    std::size_t interfacesReported = file->info().interfaces.size();
    LiveCaptureStats stats;
    stats.startNs = startNs;
    const auto refreshStats = [&] {
        InterfaceStatistics sum;
        for (const auto& statistics : file->interfaceStatistics())
            if (statistics) {
                sum.received += statistics->received;
                sum.droppedByKernel += statistics->droppedByKernel;
                sum.droppedByInterface += statistics->droppedByInterface;
            }
        // Before the first statistics block, what arrived is the least that was received.
        stats.received = std::max(sum.received, stats.captured);
        stats.droppedByKernel = sum.droppedByKernel;
        stats.droppedByInterface = sum.droppedByInterface;
        struct stat st {};
        if (!options_.outputPath.empty() && ::stat(options_.outputPath.c_str(), &st) == 0)
            stats.fileBytes = static_cast<std::uint64_t>(st.st_size);
        stats.durationNs = wallClockNs() - startNs;
    };
    QElapsedTimer sinceReport;
    sinceReport.start();
    const auto report = [&] {
        PacketBatch batch = builder.take();
        if (!batch.empty()) {
            if (file->info().interfaces.size() != interfacesReported) {
                batch.interfaces = file->info().interfaces;
                interfacesReported = batch.interfaces.size();
            }
            emit batchReady(batch);
        }
        refreshStats();
        emit statsChanged(stats);
        (void)process->collectErrors(); // keep its standard error pipe from filling
        sinceReport.restart();
    };

    const int pollMs = static_cast<int>(std::max<long long>(1, interval_.count() / 4));
    RawPacket packet;
    ReadStatus status = ReadStatus::End;
    for (;;) {
        if (file->wouldBlock()) {
            if (sinceReport.elapsed() >= interval_.count())
                report();
            pollfd ready{pipe, POLLIN, 0};
            if (::poll(&ready, 1, pollMs) <= 0)
                continue;
        }
        status = file->next(packet);
        if (status != ReadStatus::Packet)
            break;
        builder.add(packet);
        ++stats.captured;
        if (builder.pending() % 256 == 0 && sinceReport.elapsed() >= interval_.count())
            report();
    }
    stopper.reset(); // before the wait: nothing signals a process once it is reaped
    const int code = process->wait();
    report();
    end.stats = stats;
    const auto failed = HelperFailure::explain(code, QString::fromStdString(process->collectErrors()),
                                               QString::fromStdString(helper), interface);
    end.message = failed.message;
    if (end.message.isEmpty() && status == ReadStatus::Error)
        end.message = QString::fromStdString(file->error());
    emit finished(end);
}

} // namespace tcplens::ui
