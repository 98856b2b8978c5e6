#include "LabRecorder.h"

#include "LabFileMark.h"
#include "LabNetwork.h"
#include "LabPackets.h"
#include "LabSocket.h"

#include "../capture/CaptureDevice.h"
#include "../capture/CaptureFile.h"
#include "../capture/CaptureHelperProcess.h"
#include "../capture/LoadedCapture.h"
#include "../capture/PcapngSectionComment.h"

#include <poll.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <thread>

namespace tcplens {
namespace {

using Clock = std::chrono::steady_clock;

std::int64_t nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now().time_since_epoch()).count();
}

/// Reads the helper's pcapng stream until its end, noting when bytes last came: the stream
/// going quiet says every packet of the scenario reached the file.
class StreamWatch {
public:
    explicit StreamWatch(int fd) : fd_(fd) {}
    ~StreamWatch()
    {
        if (thread_.joinable())
            thread_.join();
        ::close(fd_);
    }
    StreamWatch(const StreamWatch&) = delete;
    StreamWatch& operator=(const StreamWatch&) = delete;

    /// Waits for the first bytes (the section and interface headers): false if the stream ended
    /// first (the helper failed), nothing came in `timeout` or `cancel` turned true.
    bool waitForHeader(std::chrono::milliseconds timeout, bool& ended, const std::atomic<bool>* cancel)
    {
        ended = false;
        const auto deadline = Clock::now() + timeout;
        while (Clock::now() < deadline && !(cancel && *cancel)) {
            pollfd ready{fd_, POLLIN, 0};
            if (::poll(&ready, 1, 50) <= 0)
                continue;
            char buffer[4096];
            const auto got = ::read(fd_, buffer, sizeof buffer);
            if (got > 0) {
                last_ = nowNs();
                thread_ = std::thread([this] { drain(); });
                return true;
            }
            if (got == 0 || errno != EINTR) {
                ended = true;
                return false;
            }
        }
        return false;
    }
    /// Waits until no bytes came for `quiet`, at most `limit` or until `cancel` turns true.
    void waitForQuiet(std::chrono::milliseconds quiet, std::chrono::milliseconds limit, const std::atomic<bool>* cancel) const
    {
        const auto deadline = Clock::now() + limit;
        while (Clock::now() < deadline && !ended_ && !(cancel && *cancel)) {
            if (nowNs() - last_.load() >= std::chrono::duration_cast<std::chrono::nanoseconds>(quiet).count())
                return;
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
    }

private:
    void drain()
    {
        char buffer[16384];
        for (;;) {
            const auto got = ::read(fd_, buffer, sizeof buffer);
            if (got < 0 && errno == EINTR)
                continue;
            if (got <= 0)
                break;
            last_ = nowNs();
        }
        ended_ = true;
    }

    int fd_;
    std::thread thread_;
    std::atomic<std::int64_t> last_{0};
    std::atomic<bool> ended_{false};
};

/// The packets the kernel dropped before the helper read them, from the file's statistics blocks.
std::uint64_t droppedByKernel(const std::string& path)
{
    std::uint64_t dropped = 0;
    try {
        const auto file = CaptureFile::open(path);
        RawPacket packet;
        while (file->next(packet) == ReadStatus::Packet) {
        }
        for (const auto& statistics : file->interfaceStatistics())
            if (statistics)
                dropped += statistics->droppedByKernel;
    } catch (const CaptureError&) {
    }
    return dropped;
}

bool cancelled(const LabRecorderOptions& options)
{
    return options.cancel && options.cancel->load();
}

void report(const LabRecorderOptions& options, LabStage stage)
{
    if (options.progress)
        options.progress(stage);
}

LabRecording failed(LabRecording result, LabFailure failure, LabProblem problem)
{
    result.failure = failure;
    result.error = englishText(problem);
    result.problem = std::move(problem);
    return result;
}

/// The recording in the calling thread's network namespace.
LabRecording recordHere(const LabScenario& scenario, const std::string& outputPath, const LabRecorderOptions& options)
{
    LabRecording result;
    result.path = outputPath;
    std::string helperError; // the command line's English: the dialog words HelperMissing itself
    const std::string helper = options.helperPath.empty() ? CaptureHelperProcess::locate(helperError) : options.helperPath;
    if (helper.empty())
        return failed(result, LabFailure::HelperMissing, helperError);
    // The helper would fail on an unwritable file too; say so here rather than blame its capability.
    const auto slash = outputPath.rfind('/');
    const std::string directory = slash == std::string::npos ? "." : slash == 0 ? "/" : outputPath.substr(0, slash);
    if (outputPath.empty() || outputPath.back() == '/')
        return failed(result, LabFailure::Unwritable, LabProblem(LabProblemKind::NotAFileName, {outputPath}));
    if (::access(directory.c_str(), W_OK | X_OK) != 0
        || (::access(outputPath.c_str(), F_OK) == 0 && ::access(outputPath.c_str(), W_OK) != 0))
        return failed(result, LabFailure::Unwritable, LabProblem(LabProblemKind::CannotWrite, {outputPath}, errno));
    LabProblem error;
    LabSession session;
    session.timeout = options.timeout;
    LabSocket server = LabSocket::bindLoopback(session.port, error);
    if (!server.valid())
        return failed(result, LabFailure::Sockets, error);
    result.port = session.port;

    CaptureHelperRequest request;
    request.interfaces = {options.interface};
    request.filter = "tcp port " + std::to_string(session.port);
    request.promiscuous = false;
    request.bufferKiB = 16384; // lossy-link sends 1000 packets in a burst on a loaded machine
    request.outputPath = outputPath;
    auto process = CaptureHelperProcess::start(helper, CaptureHelperProcess::arguments(request), helperError);
    if (!process)
        return failed(result, LabFailure::HelperMissing, helperError);
    // A cancelled recording leaves no file behind: it would hold a part of the scenario.
    const auto stopCancelled = [&] {
        process->stop();
        process->wait();
        ::unlink(outputPath.c_str());
        return failed(result, LabFailure::Cancelled, LabProblem(LabProblemKind::Cancelled));
    };
    StreamWatch stream(process->takeOutput());
    bool ended = false;
    if (!stream.waitForHeader(options.timeout + std::chrono::seconds(5), ended, options.cancel)) {
        if (cancelled(options))
            return stopCancelled();
        process->stop();
        const int code = process->wait();
        // Its own message went to standard error; a window does not show that, so name the usual fix here too.
        if (ended && code == 1)
            return failed(result, LabFailure::HelperRefused,
                          LabProblem(LabProblemKind::HelperRefused, {helper, options.interface, captureHelperPermissionAdvice(helper)}));
        return failed(result, LabFailure::HelperSilent,
                      ended ? LabProblem(LabProblemKind::HelperCouldNotCapture, {helper, options.interface, std::to_string(code)})
                            : LabProblem(LabProblemKind::HelperNotInTime, {helper}));
    }

    report(options, LabStage::RunningSockets);
    session.server = &server;
    const bool ran = scenario.run(session, error);
    server.close();
    if (ran && !cancelled(options)) {
        report(options, LabStage::WaitingForLast);
        stream.waitForQuiet(std::chrono::milliseconds(300), std::chrono::seconds(3), options.cancel);
    }
    if (cancelled(options))
        return stopCancelled();
    process->stop();
    const int code = process->wait();
    result.observations = session.observations;
    if (!ran)
        return failed(result, LabFailure::Sockets, LabProblem(LabProblemKind::SocketsFailed).because(error));
    if (code != 0)
        return failed(result, LabFailure::HelperSilent, LabProblem(LabProblemKind::HelperEnded, {std::to_string(code)}));
    report(options, LabStage::Checking);
    // Which scenario made the file, for whoever opens it (the presentation's first slide, capinfos).
    if (std::string why; !addPcapngSectionComment(outputPath, labSectionComment(scenario), why))
        return failed(result, LabFailure::Unwritable, LabProblem(LabProblemKind::CannotNameScenario, {why}));
    try {
        const auto capture = loadCapture(outputPath);
        if (!capture.error.empty()) {
            LabProblem damaged(LabProblemKind::RecordedFileDamaged);
            damaged.read = capture.problem;
            return failed(result, LabFailure::Damaged, std::move(damaged));
        }
        result.recorded = true;
        result.packets = labPackets(capture).size();
        result.check = scenario.check(capture, session);
        if (const auto dropped = droppedByKernel(outputPath); dropped > 0) {
            const std::string count = std::to_string(dropped);
            result.observations.push_back({{"the capture missed " + count + " packets (dropped by the kernel: the helper "
                                                "read too slowly); a check may fail for that reason alone",
                                            "抓包漏掉了 " + count + " 个报文（被内核丢弃：抓包助手读取太慢）；检查可能仅因此而失败"},
                                           "dropped-by-kernel",
                                           static_cast<std::int64_t>(dropped)});
        }
    } catch (const CaptureError& failure) {
        LabProblem unreadable(LabProblemKind::CannotReadRecordedFile);
        unreadable.read = failure.problem();
        return failed(result, LabFailure::Damaged, std::move(unreadable));
    }
    return result;
}

} // namespace

LabRecording recordLabScenario(const LabScenario& scenario, const std::string& outputPath,
                               const LabRecorderOptions& options)
{
    report(options, LabStage::StartingHelper);
    if (!scenario.ownNetwork)
        return recordHere(scenario, outputPath, options);
    // A thread of its own enters the new namespace: the sockets, the helper and the tools it
    // starts live there, the rest of the program stays where it was.
    LabRecording result;
    std::thread([&] {
        LabProblem error;
        if (!enterOwnNetwork(error) || !scenario.ownNetwork(error)) {
            result = failed(std::move(result), LabFailure::Network, std::move(error));
            result.path = outputPath;
            return;
        }
        result = recordHere(scenario, outputPath, options);
    }).join();
    return result;
}

} // namespace tcplens
