// tcplens-cli interfaces and capture: live capture through the core's LiveCapture engine.
#include "CliCommands.h"

#include <capture/LiveCapture.h>
#include <capture/NetworkInterfaces.h>
#include <export/JsonText.h>
#include <export/PacketText.h>
#include <export/TcpdumpSequenceNumbers.h>
#ifdef TCPLENS_HAVE_TCP_INFO
#include <kernel/TcpInfoCaptureObserver.h>
#endif

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <ostream>
#include <unistd.h>

namespace tcplens::cli {
namespace {

volatile std::sig_atomic_t stopSignal = 0;

extern "C" void onStopSignal(int signal)
{
    stopSignal = signal;
}


std::string temporaryCapturePath()
{
    const char* dir = std::getenv("TMPDIR");
    std::string pattern = std::string(dir && *dir ? dir : "/tmp") + "/tcplens-cli-capture-XXXXXX.pcapng";
    const int fd = ::mkstemps(pattern.data(), 7);
    if (fd < 0)
        return {};
    ::close(fd);
    return pattern;
}

std::string seconds(std::int64_t ns)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.3f s", static_cast<double>(ns) / 1e9);
    return text;
}

} // namespace

int runInterfaces(bool json, std::ostream& out, std::ostream& err)
{
    std::string error;
    const auto interfaces = listInterfaces(error);
    if (!error.empty()) {
        err << "tcplens-cli: " << error << '\n';
        return kExitUnreadable;
    }
    for (const auto& interface : interfaces) {
        if (json) {
            out << "{\"name\":" << jsonQuoted(interface.name) << ",\"description\":" << jsonQuoted(interface.description)
                << ",\"addresses\":[";
            for (std::size_t i = 0; i < interface.addresses.size(); ++i)
                out << (i ? "," : "") << jsonQuoted(interface.addresses[i]);
            out << "],\"up\":" << (interface.up ? "true" : "false")
                << ",\"running\":" << (interface.running ? "true" : "false")
                << ",\"loopback\":" << (interface.loopback ? "true" : "false") << "}\n";
            continue;
        }
        out << interface.name << "  [" << interface.flagsText() << "]";
        if (!interface.description.empty())
            out << "  " << interface.description;
        out << '\n';
        for (const auto& address : interface.addresses)
            out << "    " << address << '\n';
    }
    return kExitOk;
}

int runCapture(const CaptureOptions& options, std::ostream& out, std::ostream& err)
{
    LiveCaptureOptions live;
    live.interface = options.interface;
    live.filter = options.filter;
    live.snaplen = options.snaplen;
    live.promiscuous = options.promiscuous;
    live.bufferBytes = options.bufferKiB * 1024U;
    live.maxPackets = options.count;
    const bool temporary = options.outputPath.empty();
    live.outputPath = temporary ? temporaryCapturePath() : options.outputPath;
    if (live.outputPath.empty()) {
        err << "tcplens-cli: cannot create a temporary capture file (set TMPDIR, or use -w FILE)\n";
        return kExitUnreadable;
    }
    const auto removeTemporary = [&] {
        if (temporary)
            std::remove(live.outputPath.c_str());
    };

    std::unique_ptr<LiveCapture> capture;
    try {
        capture = LiveCapture::start(live);
    } catch (const LiveCaptureError& error) {
        removeTemporary();
        err << "tcplens-cli: " << error.what() << '\n';
        return error.kind() == LiveCaptureError::Kind::BadFilter ? kExitUsage : kExitUnreadable;
    }

#ifdef TCPLENS_HAVE_TCP_INFO
    // The kernel's numbers of the local sockets among the conversations, beside the capture.
    std::unique_ptr<TcpInfoCaptureObserver> kernelInfo;
    if (options.kernelInfo && !temporary) {
        kernelInfo = std::make_unique<TcpInfoCaptureObserver>();
        capture->addObserver(kernelInfo.get());
    }
#endif

    TcpdumpSequenceNumbers sequenceNumbers;
    std::string lines; // printed once poll() returns: the file holds every packet before its line shows
    capture->setPacketHook([&](std::uint32_t frame, const RawPacket& packet, const DecodedPacket& decoded,
                               const TcpPacketAnalysis& analysis) {
        auto numbers = sequenceNumbers.next(decoded); // same numbering as `packets`
        if (options.absolute)
            numbers = {decoded.tcp.seq, decoded.tcp.ack, 0};
        else if (options.json && analysis.stream != kNoStream)
            numbers = {analysis.relativeSeq, analysis.relativeAck, 0};
        if (options.json) {
            // A live line is printed as it comes: a correction of an earlier one follows as its own line.
            for (const auto& revision : capture->tracker().revisions())
                lines += revisionJsonLine(revision) + '\n';
            lines += jsonLine(frame, packet, decoded, numbers, &analysis, nullptr, &capture->info().interfaces.front());
        } else {
            lines += tcpdumpTime(packet.timestampNs) + " " + tcpdumpLine(packet.bytes, decoded, numbers);
        }
        lines += '\n';
    });
    const auto print = [&] {
        out << lines;
        out.flush();
        lines.clear();
    };

    stopSignal = 0;
    struct sigaction action {};
    action.sa_handler = onStopSignal;
    sigemptyset(&action.sa_mask);
    struct sigaction oldInt {}, oldTerm {};
    sigaction(SIGINT, &action, &oldInt);
    sigaction(SIGTERM, &action, &oldTerm);

    err << "tcplens-cli: capturing on " << live.interface << (live.filter.empty() ? "" : ", filter \"" + live.filter + "\"")
        << ", link type " << capture->info().linkType << ", snapshot length " << capture->info().snaplen
        << (temporary ? "" : ", writing " + live.outputPath) << '\n';
    err.flush();
    const auto deadline = std::chrono::steady_clock::now()
                        + std::chrono::microseconds(static_cast<std::int64_t>(options.durationSeconds * 1e6));
    while (!stopSignal) {
        const bool running = capture->poll(std::chrono::milliseconds(100));
        (void)capture->takeBatch();
        print();
        if (!running)
            break;
        if (options.durationSeconds > 0 && std::chrono::steady_clock::now() >= deadline)
            break;
    }
    capture->stop();
    (void)capture->takeBatch();
    print();
    sigaction(SIGINT, &oldInt, nullptr);
    sigaction(SIGTERM, &oldTerm, nullptr);

    const auto stats = capture->stats();
    err << stats.captured << " packets captured\n"
        << stats.received << " packets received by filter\n"
        << stats.droppedByKernel << " packets dropped by kernel\n"
        << stats.droppedByInterface << " packets dropped by interface\n"
        << capture->tracker().conversations().size() << " TCP conversations\n"
        << "duration " << seconds(stats.durationNs) << '\n';
    if (!temporary)
        err << "written to " << live.outputPath << " (" << stats.fileBytes << " bytes)\n";
#ifdef TCPLENS_HAVE_TCP_INFO
    if (kernelInfo) {
        capture->removeObserver(kernelInfo.get());
        if (!kernelInfo->error().empty())
            err << "kernel tcp_info not recorded: " << kernelInfo->error() << '\n';
        else if (kernelInfo->sidecarPath().empty())
            err << "kernel tcp_info: no conversation had a socket in this network namespace\n";
        else
            err << "kernel tcp_info: " << kernelInfo->samplesTaken() << " samples of " << kernelInfo->socketsFound()
                << " local sockets written to " << kernelInfo->sidecarPath() << '\n';
    }
#endif
    const std::string error = capture->error();
    capture.reset();
    removeTemporary();
    if (!error.empty()) {
        err << "tcplens-cli: " << error << '\n';
        return kExitUnreadable;
    }
    return kExitOk;
}

} // namespace tcplens::cli
