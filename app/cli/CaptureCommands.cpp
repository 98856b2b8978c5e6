// tcplens-cli interfaces and capture. Capture runs tcplens-capture (the only binary holding the
// capture capability) and reads its pcapng stream through the same streaming reader as `-`.
#include "CliCommands.h"

#include <capture/CaptureBatchBuilder.h>
#include <capture/CaptureFile.h>
#include <capture/CaptureHelperProcess.h>
#include <capture/CaptureStopper.h>
#include <capture/PacketFileWriter.h>
#include <capture/NetworkInterfaces.h>
#include <capture/RemoteCaptureCommand.h>
#include <export/JsonText.h>
#include <export/PacketText.h>
#include <export/TcpdumpSequenceNumbers.h>

#include <poll.h>
#include <sys/stat.h>

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <optional>
#include <ostream>

namespace tcplens::cli {
namespace {

volatile std::sig_atomic_t stopSignal = 0;
std::atomic<bool> stopRequested{false};

extern "C" void onStopSignal(int signal)
{
    stopSignal = signal;
    stopRequested.store(true, std::memory_order_relaxed);
}

std::string seconds(std::int64_t ns)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.3f s", static_cast<double>(ns) / 1e9);
    return text;
}

/// SIGINT and SIGTERM set stopSignal while a capture runs; the old handlers come back after.
class StopSignals {
public:
    StopSignals()
    {
        stopSignal = 0;
        stopRequested = false;
        struct sigaction action {};
        action.sa_handler = onStopSignal;
        sigemptyset(&action.sa_mask);
        sigaction(SIGINT, &action, &oldInt_);
        sigaction(SIGTERM, &action, &oldTerm_);
    }
    ~StopSignals()
    {
        sigaction(SIGINT, &oldInt_, nullptr);
        sigaction(SIGTERM, &oldTerm_, nullptr);
    }
    StopSignals(const StopSignals&) = delete;
    StopSignals& operator=(const StopSignals&) = delete;

private:
    struct sigaction oldInt_ {};
    struct sigaction oldTerm_ {};
};

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
    std::string error;
    const bool remote = !options.remote.empty();
    std::string program;
    std::vector<std::string> arguments;
    RemoteCaptureRequest remoteRequest;
    if (remote) {
        // Another machine's tcpdump over the system's ssh; its pcap stream is read like the helper's.
        if (!parseRemoteTarget(options.remote, remoteRequest, error)) {
            err << "tcplens-cli: --remote: " << error << '\n';
            return kExitUsage;
        }
        remoteRequest.interface = options.interface;
        remoteRequest.filter = options.filter;
        remoteRequest.snaplen = options.snaplen;
        remoteRequest.sudo = options.remoteSudo;
        remoteRequest.sshOptions = options.sshOptions;
        arguments = remoteCaptureArguments(remoteRequest, error);
        if (arguments.empty()) {
            err << "tcplens-cli: " << error << '\n';
            return kExitUsage;
        }
        program = sshProgram(error);
        if (program.empty()) {
            err << "tcplens-cli: " << error << "\n";
            return kExitUnreadable;
        }
    } else {
        program = CaptureHelperProcess::locate(error);
        if (program.empty()) {
            err << "tcplens-cli: " << error << '\n';
            return kExitUnreadable;
        }
        CaptureHelperRequest request;
        request.interfaces = {options.interface};
        request.filter = options.filter;
        request.snaplen = options.snaplen;
        request.bufferKiB = options.bufferKiB;
        request.promiscuous = options.promiscuous;
        request.count = options.count;
        request.outputPath = options.outputPath;
#ifdef TCPLENS_HAVE_TCP_INFO
        request.tcpInfo = options.kernelInfo && !options.outputPath.empty();
#endif
        arguments = CaptureHelperProcess::arguments(request);
    }
    const StopSignals signals;
    const auto started = std::chrono::steady_clock::now();
    // ssh's and tcpdump's words are collected, to add the fix they call for (the helper's pass through).
    // ssh's input is a pipe that a stop closes: the remote side then ends its tcpdump.
    auto process = CaptureHelperProcess::start(program, arguments, error, remote, remote);
    if (!process) {
        err << "tcplens-cli: " << error << '\n';
        return kExitUnreadable;
    }
    // The helper's own messages (no permission, no interface, bad filter) reach standard error
    // directly; its exit code says which kind of failure it was.
    const auto remoteSaid = [&](int code) {
        const std::string& text = process->collectErrors();
        err << text;
        if (const auto advice = remoteCaptureAdvice(code, text, remoteRequest); !advice.empty())
            err << "tcplens-cli: " << advice << '\n';
    };
    const auto helperFailed = [&] {
        const int code = process->wait();
        if (remote)
            remoteSaid(code);
        return code == 2 ? kExitUsage : kExitUnreadable;
    };
    const int pipe = process->takeOutput();
    std::unique_ptr<CaptureFile> file;
    try {
        file = CaptureFile::openDescriptor(pipe, remote ? "the stream of ssh " + options.remote : "the stream of tcplens-capture",
                                           &stopRequested);
    } catch (const CaptureError& failure) {
        process->stop();
        if (process->wait() == 0 || stopSignal) {
            if (!stopSignal)
                err << "tcplens-cli: " << failure.what() << '\n';
            return stopSignal ? kExitOk : kExitUnreadable;
        }
        return helperFailed();
    }
    file->setCancelFlag(nullptr); // from here a stop request ends the helper, which ends the stream

    // The helper writes a local capture's file; a remote one's is written here as packets come, so
    // a killed tcplens-cli leaves what it had. By its name's extension: pcap or pcapng.
    PacketFileWriter recording;
    const bool recordingPcap = options.outputPath.size() >= 5 && options.outputPath.substr(options.outputPath.size() - 5) == ".pcap";
    if (remote && !options.outputPath.empty()
        && !recording.openInPlace(options.outputPath, recordingPcap ? SaveFormat::Pcap : SaveFormat::Pcapng,
                                  remoteCaptureInterface(remoteRequest, file->info()), kRemoteCaptureApplication, error)) {
        err << "tcplens-cli: " << error << '\n';
        process->stop();
        (void)process->wait();
        return kExitUnreadable;
    }
    std::string recordingError;
    std::atomic<bool> enough{false}; // a remote capture's -c (tcpdump -c would count before the filter's end), or its file failed

    const auto& info = file->info();
    const CaptureInterface interface = info.interfaces.empty() ? CaptureInterface{} : info.interfaces.front();
    CaptureBatchBuilder builder(info.linkType);
    TcpdumpSequenceNumbers sequenceNumbers;
    std::string lines; // printed once a read would wait: the file holds every packet before its line shows
    builder.setPacketHook([&](std::uint32_t frame, const RawPacket& packet, const DecodedPacket& decoded,
                              const TcpPacketAnalysis& analysis) {
        auto numbers = sequenceNumbers.next(decoded); // same numbering as `packets`
        if (options.absolute)
            numbers = {decoded.tcp.seq, decoded.tcp.ack, 0};
        else if (options.json && analysis.stream != kNoStream)
            numbers = {analysis.relativeSeq, analysis.relativeAck, 0};
        if (options.json) {
            // A live line is printed as it comes: a correction of an earlier one follows as its own line.
            for (const auto& revision : builder.tracker().revisions())
                lines += revisionJsonLine(revision) + '\n';
            lines += jsonLine(frame, packet, decoded, numbers, &analysis, nullptr, &interface);
        } else {
            lines += tcpdumpTime(packet.timestampNs) + " " + tcpdumpLine(packet.bytes, decoded, numbers);
        }
        lines += '\n';
    });
    const auto print = [&] {
        if (recording.isOpen() && recordingError.empty() && !recording.flush(recordingError))
            enough.store(true, std::memory_order_relaxed);
        (void)builder.take();
        out << lines;
        out.flush();
        lines.clear();
    };

    err << "tcplens-cli: capturing on " << (remote ? options.remote + " (over ssh) " : "") << options.interface
        << (options.filter.empty() ? "" : ", filter \"" + options.filter + "\"") << ", link type " << info.linkType
        << ", snapshot length " << info.snaplen << (options.outputPath.empty() ? "" : ", writing " + options.outputPath)
        << '\n';
    err.flush();
    const auto deadline = started + std::chrono::microseconds(static_cast<std::int64_t>(options.durationSeconds * 1e6));
    std::uint64_t captured = 0;
    RawPacket packet;
    ReadStatus status = ReadStatus::End;
    // The helper writes its statistics and ends the stream when asked, from a thread of its own:
    // this one may be waiting in next() for a packet that never comes.
    std::optional<CaptureStopper> stopper;
    stopper.emplace(*process, [&options, &enough, deadline] {
        return stopRequested.load(std::memory_order_relaxed) || enough.load(std::memory_order_relaxed)
            || (options.durationSeconds > 0 && std::chrono::steady_clock::now() >= deadline);
    });
    for (;;) {
        if (!file->packetReady()) { // what came before a pause is printed now, not with the next packet
            print();
            pollfd ready{pipe, POLLIN, 0};
            (void)::poll(&ready, 1, 100);
            continue;
        }
        status = file->next(packet);
        if (status != ReadStatus::Packet)
            break;
        const auto& interfaces = info.interfaces;
        if (recording.isOpen() && recordingError.empty()
            && !recording.write(packet, packet.interfaceId < interfaces.size() ? interfaces[packet.interfaceId] : CaptureInterface{},
                                recordingError))
            enough.store(true, std::memory_order_relaxed);
        builder.add(packet);
        ++captured;
        if (remote && options.count != 0 && captured >= options.count)
            enough.store(true, std::memory_order_relaxed);
        if (lines.size() >= (64U << 10)) // a stream that never pauses still prints as it goes
            print();
    }
    print();
    stopper.reset(); // before the wait: nothing signals a process once it is reaped
    const int helperCode = process->wait();
    const auto duration = std::chrono::steady_clock::now() - started;

    InterfaceStatistics counters;
    for (const auto& statistics : file->interfaceStatistics())
        if (statistics) {
            counters.received += statistics->received;
            counters.droppedByKernel += statistics->droppedByKernel;
            counters.droppedByInterface += statistics->droppedByInterface;
        }
    if (remote) {
        // tcpdump's pcap stream has no statistics: its own summary is among its words.
        const int code = helperCode;
        err << captured << " packets captured\n" << builder.tracker().conversations().size() << " TCP conversations\n"
            << "duration " << seconds(std::chrono::duration_cast<std::chrono::nanoseconds>(duration).count()) << '\n';
        const bool stoppedHere = stopSignal || process->stopped();
        if (!stoppedHere || code != 128 + SIGTERM)
            remoteSaid(code);
        if (std::string closing; recording.isOpen() && !recording.close(closing) && recordingError.empty())
            recordingError = closing;
        if (!recordingError.empty()) {
            err << "tcplens-cli: " << recordingError << '\n';
            return kExitUnreadable;
        }
        if (!options.outputPath.empty())
            err << "written to " << options.outputPath << '\n';
        if (status == ReadStatus::Error && !stoppedHere) {
            err << "tcplens-cli: " << file->error() << '\n';
            return kExitUnreadable;
        }
        return stoppedHere || code == 0 ? kExitOk : kExitUnreadable;
    }
    err << captured << " packets captured\n"
        << counters.received << " packets received by filter\n"
        << counters.droppedByKernel << " packets dropped by kernel\n"
        << counters.droppedByInterface << " packets dropped by interface\n"
        << builder.tracker().conversations().size() << " TCP conversations\n"
        << "duration " << seconds(std::chrono::duration_cast<std::chrono::nanoseconds>(duration).count()) << '\n';
    struct stat st {};
    if (!options.outputPath.empty() && ::stat(options.outputPath.c_str(), &st) == 0)
        err << "written to " << options.outputPath << " (" << st.st_size << " bytes)\n";
    if (status == ReadStatus::Error) {
        err << "tcplens-cli: " << file->error() << '\n';
        return kExitUnreadable;
    }
    return helperCode == 0 ? kExitOk : kExitUnreadable;
}

} // namespace tcplens::cli
