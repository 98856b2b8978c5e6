#include "HelperCapture.h"

#include <capture/NetworkInterfaces.h>
#include <decode/PacketDecoder.h>
#ifdef TCPLENS_HAVE_TCP_INFO
#include <kernel/TcpInfoCsv.h>
#include <kernel/TcpInfoRecorder.h>
#endif

#include <poll.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <climits>
#include <ostream>

namespace tcplens::capture {
namespace {

constexpr const char* kApplication = "tcplens-capture 0.1.0";

std::int64_t wallClockNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

} // namespace

HelperCapture::HelperCapture(const HelperOptions& options) : options_(options)
{
    std::string ignored;
    for (const auto& known : listInterfaces(ignored))
        descriptions_[known.name] = known.description;
    for (const auto& name : options.interfaces) {
        devices_.push_back(CaptureDevice::open(CaptureDeviceOptions{name, options.filter, options.snaplen,
                                                                    options.promiscuous, options.bufferBytes,
                                                                    options.immediate,
                                                                    captureHelperPermissionAdvice(currentExecutablePath())}));
        delivered_.push_back(0);
    }
}

HelperCapture::~HelperCapture() = default;

std::string HelperCapture::describe() const
{
    std::string text;
    for (const auto& device : devices_) {
        if (!text.empty())
            text += ", ";
        text += device->options().interface + " (link type " + std::to_string(device->linkType())
              + ", snapshot length " + std::to_string(device->snaplen()) + ")";
    }
    return text;
}

bool HelperCapture::openOutputs(std::string& error)
{
    const auto describeAll = [&](PcapngWriter& writer) {
        for (const auto& device : devices_)
            writer.addInterface(PcapngInterface{device->linkType(), device->snaplen(), device->options().interface,
                                                descriptions_[device->options().interface], options_.filter});
        if (!writer.flush()) {
            error = writer.error();
            return false;
        }
        return true;
    };
    if (!options_.filePath.empty()) {
        if (!file_.openSection(options_.filePath, kApplication, error) || !describeAll(file_))
            return false;
    }
    if (options_.toStandardOutput) {
        if (!stdout_.openDescriptor(STDOUT_FILENO, "standard output", kApplication, error))
            return false;
        // A reader that stops reading without closing the pipe must not hold the capture forever.
        stdout_.setStallLimit(std::chrono::seconds(options_.stallSeconds));
        if (!describeAll(stdout_))
            return false;
    }
#ifdef TCPLENS_HAVE_TCP_INFO
    if (options_.tcpInfo) {
        // The sampler sees the sockets of this process's network namespace (the caller's).
        tcpInfoPath_ = options_.tcpInfoPath.empty() ? tcpInfoSidecarPath(options_.filePath) : options_.tcpInfoPath;
        tcpInfo_ = std::make_unique<TcpInfoRecorder>(TcpInfoRecorder::Options{});
        if (tcpInfo_->valid() && tcpInfo_->openSidecar(tcpInfoPath_))
            tcpInfo_->start();
    }
#endif
    return true;
}

void HelperCapture::onPacket(std::uint32_t interfaceId, const RawPacket& packet)
{
    if (file_.isOpen())
        (void)file_.append(packet, interfaceId);
    if (stdout_.isOpen())
        (void)stdout_.append(packet, interfaceId);
#ifdef TCPLENS_HAVE_TCP_INFO
    if (tcpInfo_ && tcpInfo_->valid())
        tcpInfo_->observe(decodePacket(packet.bytes, packet.wireLength, packet.linkType));
#endif
    ++delivered_[interfaceId];
    ++captured_;
}

bool HelperCapture::flushOutputs()
{
    // The file first: a reader of the stream finds every packet it sees already in the file.
    if (file_.isOpen() && !file_.flush()) {
        error_ = "capture stopped: " + file_.error() + " (the packets written so far are kept)";
        return false;
    }
    if (stdout_.isOpen() && !stdout_.flush()) {
        const bool readerGone = errno == EPIPE; // an ordinary end
        outputClosed_ = true;
        if (!readerGone)
            error_ = "capture stopped: " + stdout_.error()
                   + (file_.isOpen() ? " (the packets captured so far are in " + options_.filePath + ")" : "");
        return false;
    }
    return true;
}

HelperCapture::Flow HelperCapture::readAll()
{
    for (std::uint32_t id = 0; id < devices_.size(); ++id) {
        const int limit = options_.count == 0 ? -1 : static_cast<int>(std::min<std::uint64_t>(options_.count - captured_, INT_MAX));
        if (limit == 0)
            break;
        const int n = devices_[id]->dispatch(limit, [&](const RawPacket& packet) { onPacket(id, packet); });
        if (n < 0) {
            (void)flushOutputs();
            error_ = "capture stopped on " + devices_[id]->options().interface + ": " + devices_[id]->error()
                   + " (the packets captured so far are kept)";
            return Flow::Failed;
        }
    }
    if (!flushOutputs())
        return error_.empty() ? Flow::Done : Flow::Failed;
    return options_.count != 0 && captured_ >= options_.count ? Flow::Done : Flow::More;
}

int HelperCapture::run(const volatile std::sig_atomic_t& stop, std::ostream& err)
{
    std::vector<pollfd> fds;
    for (const auto& device : devices_)
        fds.push_back(pollfd{device->selectableFd(), POLLIN, 0});
    if (stdout_.isOpen())
        fds.push_back(pollfd{STDOUT_FILENO, 0, 0}); // POLLERR once the reader closes its end
    Flow flow = Flow::More;
    while (!stop && flow == Flow::More) {
        flow = readAll();
        if (flow != Flow::More)
            break;
        const int ready = ::poll(fds.data(), fds.size(), 200);
        if (ready > 0 && stdout_.isOpen() && (fds.back().revents & (POLLERR | POLLHUP)) != 0) {
            outputClosed_ = true;
            flow = Flow::Done;
        } else if (ready > 0 && std::any_of(fds.begin(), fds.begin() + static_cast<std::ptrdiff_t>(devices_.size()),
                                            [](const pollfd& fd) { return (fd.revents & POLLIN) != 0; })) {
            // Statistics go just before packets, never last in an idle stream: a reader waiting for
            // its next packet is not left holding them (and the counters only move with traffic).
            writeInterimStatistics();
            if (outputClosed_)
                flow = error_.empty() ? Flow::Done : Flow::Failed;
        }
    }
    if (flow == Flow::More)
        (void)readAll(); // what the kernel still holds
    finish(err);
    return error_.empty() ? kExitOk : kExitFailed;
}

void HelperCapture::writeInterimStatistics()
{
    const auto now = std::chrono::steady_clock::now();
    if (options_.statsInterval == 0 || !stdout_.isOpen() || outputClosed_
        || now - lastStatistics_ < std::chrono::seconds(options_.statsInterval))
        return;
    lastStatistics_ = now;
    const std::int64_t wallClock = wallClockNs();
    for (std::uint32_t id = 0; id < devices_.size(); ++id) {
        const auto counters = devices_[id]->counters();
        const PcapngStatistics statistics{wallClock, counters.received, counters.droppedByKernel,
                                          counters.droppedByInterface, delivered_[id]};
        if (!stdout_.writeStatistics(statistics, id)) {
            outputClosed_ = true;
            if (errno != EPIPE)
                error_ = "capture stopped: " + stdout_.error();
            return;
        }
    }
}

void HelperCapture::finish(std::ostream& err)
{
    const std::int64_t now = wallClockNs();
    std::vector<CaptureDeviceCounters> counters;
    for (std::uint32_t id = 0; id < devices_.size(); ++id) {
        counters.push_back(devices_[id]->counters());
        devices_[id]->close();
        const PcapngStatistics statistics{now, counters.back().received, counters.back().droppedByKernel,
                                          counters.back().droppedByInterface, delivered_[id]};
        if (file_.isOpen() && !file_.writeStatistics(statistics, id) && error_.empty())
            error_ = "capture stopped: " + file_.error();
        if (stdout_.isOpen() && !outputClosed_ && !stdout_.writeStatistics(statistics, id))
            outputClosed_ = true;
    }
    file_.close();
    stdout_.close();
    if (!outputClosed_ && options_.toStandardOutput)
        ::close(STDOUT_FILENO); // the reader sees the end of the stream now, not at exit
    if (!error_.empty())
        err << "tcplens-capture: " << error_ << '\n';
#ifdef TCPLENS_HAVE_TCP_INFO
    if (tcpInfo_) {
        tcpInfo_->stop();
        const bool kept = tcpInfo_->rowsWritten() > 0;
        const std::string error = tcpInfo_->error();
        tcpInfo_->dropEmptySidecar();
        if (!error.empty())
            err << "kernel tcp_info not recorded: " << error << '\n';
        else if (!kept)
            err << "kernel tcp_info: no conversation had a socket in this network namespace\n";
        else
            err << "kernel tcp_info: " << tcpInfo_->samplesTaken() << " samples of " << tcpInfo_->socketsFound()
                << " local sockets written to " << tcpInfoPath_ << '\n';
    }
#endif
    if (options_.quiet)
        return;
    err << captured_ << " packets captured\n";
    for (std::uint32_t id = 0; id < devices_.size(); ++id)
        err << devices_[id]->options().interface << ": " << counters[id].received << " received by filter, "
            << counters[id].droppedByKernel << " dropped by kernel, " << counters[id].droppedByInterface
            << " dropped by interface\n";
    if (file_.bytesWritten() > 0)
        err << "written to " << options_.filePath << " (" << file_.bytesWritten() << " bytes)\n";
    err.flush();
}

} // namespace tcplens::capture
