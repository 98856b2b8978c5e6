#include "LiveCaptureWorker.h"

#include "HelperFailure.h"
#include "RemoteCaptureDialog.h"

#include "loading/ReadProblemText.h"
#include "shell/Language.h"

#include <capture/CaptureBatchBuilder.h>
#include <capture/CaptureFile.h>
#include <capture/CaptureHelperAccess.h>
#include <capture/CaptureHelperProcess.h>
#include <capture/CaptureStopper.h>
#include <capture/PacketFileWriter.h>

#include <QElapsedTimer>
#include <QFile>

#include <poll.h>
#include <sys/stat.h>

#include <algorithm>
#include <optional>

namespace tcplens::ui {
namespace {

std::int64_t wallClockNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

const CaptureInterface& interfaceOf(const CaptureFileInfo& info, const RawPacket& packet)
{
    static const CaptureInterface none;
    return packet.interfaceId < info.interfaces.size() ? info.interfaces[packet.interfaceId] : none;
}

} // namespace

LiveCaptureWorker::LiveCaptureWorker(LiveCaptureOptions options, std::chrono::milliseconds interval)
    : options_(std::move(options)), interval_(interval)
{
}

LiveCaptureWorker::LiveCaptureWorker(RemoteCaptureRequest remote, std::string outputPath, std::chrono::milliseconds interval)
    : remote_(std::move(remote)), interval_(interval)
{
    options_.interface = remote_->host + ":" + remote_->interface;
    options_.outputPath = std::move(outputPath);
}

LiveCaptureWorker::~LiveCaptureWorker() = default;

void LiveCaptureWorker::run()
{
    CaptureEnd end;
    end.path = QFile::decodeName(options_.outputPath.c_str());
    remote_ ? runRemote(end) : runLocal(end);
    emit finished(end);
}

void LiveCaptureWorker::runLocal(CaptureEnd& end)
{
    const QString interface = QString::fromStdString(options_.interface);
    std::string error;
    const std::string helper = CaptureHelperProcess::locate(error);
    if (helper.empty()) {
        end.message = HelperFailure::notFound();
        return;
    }
    if (const auto access = CaptureHelperAccess::checkPath(helper);
        access.state == CaptureHelperAccess::State::NotPermitted) { // starting it would only say EACCES
        end.permissionDenied = true;
        end.message = HelperFailure::forAccess(access);
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
    auto process = CaptureHelperProcess::start(helper, CaptureHelperProcess::arguments(request), error, true);
    if (!process) {
        end.message = QString::fromStdString(error);
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
                                     : ReadProblemText::orEnglish(failure.problem(), failure.what(),
                                                                  tr("the stream of tcplens-capture"));
        return;
    }
    file->setCancelFlag(nullptr); // from here Stop ends the helper, which ends the stream
    end.started = true;
    CaptureFileInfo info = file->info();
    info.path = options_.outputPath; // the window shows (and Save copies) the helper's file
    info.streamed = false;
    emit opened(PacketStore(info, file->mapping()));

    const ReadStatus status = readStream(*process, *file, pipe, end.stats);
    const int code = process->wait();
    const auto failed = HelperFailure::explain(code, QString::fromStdString(process->collectErrors()),
                                               QString::fromStdString(helper), interface);
    end.message = failed.message;
    if (end.message.isEmpty() && status == ReadStatus::Error)
        end.message = ReadProblemText::of(file->problem());
}

void LiveCaptureWorker::runRemote(CaptureEnd& end)
{
    const RemoteCaptureRequest& remote = *remote_;
    const QString where = QString::fromStdString(remote.user.empty() ? remote.host : remote.user + "@" + remote.host);
    std::string error;
    const auto arguments = remoteCaptureArguments(remote, error);
    const std::string ssh = arguments.empty() ? std::string() : sshProgram(error);
    if (arguments.empty() || ssh.empty()) {
        end.message = QString::fromStdString(error);
        return;
    }
    // ssh's input is a pipe that Stop closes (and the end of this program too): the remote
    // side then ends its tcpdump, which flushes what it has; SIGTERM only if it does not end.
    auto process = CaptureHelperProcess::start(ssh, arguments, error, true, true);
    if (!process) {
        end.message = QString::fromStdString(error);
        return;
    }
    const auto explain = [&](int code) {
        const std::string& said = process->collectErrors();
        const RemoteCaptureAdvice advice = remoteCaptureAdviceKind(code, said);
        QString message = tr("The capture on %1 over ssh failed").arg(where);
        if (advice != RemoteCaptureAdvice::None)
            message += QStringLiteral(": ") + RemoteCaptureDialog::adviceText(advice, remote);
        // ssh's own words (English) follow; in another language only when no advice says what they mean.
        if (!said.empty() && (advice == RemoteCaptureAdvice::None || installedLanguage() == QLatin1String("en")))
            message += QStringLiteral("\n\n") + QString::fromStdString(said).trimmed();
        return message;
    };
    const int pipe = process->takeOutput();
    std::unique_ptr<CaptureFile> file;
    try {
        file = CaptureFile::openDescriptor(pipe, "the stream of ssh " + where.toStdString(), &stop_);
    } catch (const CaptureError& failure) {
        process->stop();
        const int code = process->wait();
        end.message = stop_.load() ? tr("The capture was stopped before it started.") : explain(code);
        return;
    }
    file->setCancelFlag(nullptr);
    // The stream goes to the capture's file as it comes, as tcplens-capture writes a local one:
    // a window killed mid-capture leaves the packets it had.
    PacketFileWriter recording;
    const CaptureInterface interface = remoteCaptureInterface(remote, file->info());
    if (!recording.openInPlace(options_.outputPath, SaveFormat::Pcapng, interface, kRemoteCaptureApplication, error)) {
        process->stop();
        (void)process->wait();
        end.message = QString::fromStdString(error);
        return;
    }
    end.started = true;
    CaptureFileInfo info = file->info();
    info.path = options_.outputPath; // the window shows (and Save copies) that file
    info.streamed = false;
    info.interfaces = {interface};
    emit opened(PacketStore(info, file->mapping()));

    std::string recordingError;
    const ReadStatus status = readStream(*process, *file, pipe, end.stats, &recording, &recordingError);
    const int code = process->wait();
    const bool stoppedHere = process->stopped();
    // Stopped here: ssh ended when its input did (or by SIGTERM after the grace, possibly in
    // the middle of a record): an ordinary Stop.
    if (!stoppedHere && (code != 0 || status == ReadStatus::Error))
        end.message = explain(code);
    if (std::string closing; !recording.close(closing) && recordingError.empty())
        recordingError = closing;
    if (!recordingError.empty())
        end.message += (end.message.isEmpty() ? QString() : QStringLiteral("\n\n")) + QString::fromStdString(recordingError);
}

ReadStatus LiveCaptureWorker::readStream(CaptureHelperProcess& process, CaptureFile& file, int pipe, LiveCaptureStats& stats,
                                         PacketFileWriter* recording, std::string* recordingError)
{
    CaptureBatchBuilder builder(file.info().linkType);
    std::size_t interfacesReported = file.info().interfaces.size();
    stats = {};
    stats.startNs = wallClockNs();
    const auto refreshStats = [&] {
        InterfaceStatistics sum;
        for (const auto& statistics : file.interfaceStatistics())
            if (statistics) {
                sum.received += statistics->received;
                sum.droppedByKernel += statistics->droppedByKernel;
                sum.droppedByInterface += statistics->droppedByInterface;
            }
        // Before the first statistics block (or from tcpdump, which sends none), what arrived is
        // the least that was received.
        stats.received = std::max(sum.received, stats.captured);
        stats.droppedByKernel = sum.droppedByKernel;
        stats.droppedByInterface = sum.droppedByInterface;
        struct stat st {};
        if (!options_.outputPath.empty() && ::stat(options_.outputPath.c_str(), &st) == 0)
            stats.fileBytes = static_cast<std::uint64_t>(st.st_size);
        stats.durationNs = wallClockNs() - stats.startNs;
    };
    QElapsedTimer sinceReport;
    sinceReport.start();
    std::atomic<bool> enough{false}; // a remote capture's packet limit, or its file failed
    const auto flushRecording = [&] {
        if (recording && recordingError->empty() && !recording->flush(*recordingError))
            enough.store(true, std::memory_order_relaxed);
    };
    const auto report = [&] {
        flushRecording(); // what the window shows is in the file
        PacketBatch batch = builder.take();
        if (!batch.empty()) {
            if (file.info().interfaces.size() != interfacesReported) {
                batch.interfaces = file.info().interfaces;
                interfacesReported = batch.interfaces.size();
            }
            emit batchReady(batch);
        }
        refreshStats();
        emit statsChanged(stats);
        (void)process.collectErrors(); // keep its standard error pipe from filling
        sinceReport.restart();
    };

    const int pollMs = static_cast<int>(std::max<long long>(1, interval_.count() / 4));
    RawPacket packet;
    ReadStatus status = ReadStatus::End;
    // Stop reaches the helper (or ssh) from a thread of its own: this one may be waiting in
    // next() for a packet that never comes (a statistics block on an idle device); we read to
    // the end of the stream.
    std::optional<CaptureStopper> stopper;
    stopper.emplace(process, [this, &enough] {
        return stop_.load(std::memory_order_relaxed) || enough.load(std::memory_order_relaxed);
    });
    for (;;) {
        // next() is called only for a packet that has wholly arrived: the packets read before a
        // statistics block that nothing follows (an idle device) are shown now, not with the next.
        if (!file.packetReady()) {
            flushRecording(); // a pause in the stream: everything that came is on disk
            if (sinceReport.elapsed() >= interval_.count())
                report();
            pollfd ready{pipe, POLLIN, 0};
            (void)::poll(&ready, 1, pollMs);
            continue;
        }
        status = file.next(packet);
        if (status != ReadStatus::Packet)
            break;
        if (recording && recordingError->empty()
            && !recording->write(packet, interfaceOf(file.info(), packet), *recordingError))
            enough.store(true, std::memory_order_relaxed);
        builder.add(packet);
        ++stats.captured;
        if (remote_ && options_.maxPackets != 0 && stats.captured >= options_.maxPackets)
            enough.store(true, std::memory_order_relaxed);
        if (builder.pending() % 256 == 0 && sinceReport.elapsed() >= interval_.count())
            report();
    }
    stopper.reset(); // before the caller's wait: nothing signals a process once it is reaped
    report();
    return status;
}

} // namespace tcplens::ui
