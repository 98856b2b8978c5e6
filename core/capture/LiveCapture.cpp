#include "LiveCapture.h"

#include "../decode/LinkType.h"

#include <poll.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstring>
#include <utility>

namespace tcplens {
namespace {

std::int64_t wallClockNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

using Kind = LiveCaptureError::Kind;

} // namespace

LiveCapture::LiveCapture(const LiveCaptureOptions& options, int linkType)
    : options_(options), builder_(linkType)
{
}

std::unique_ptr<LiveCapture> LiveCapture::start(const LiveCaptureOptions& options)
{
    if (options.interface.empty())
        throw LiveCaptureError(Kind::NoSuchInterface, "no interface given; `tcplens-cli interfaces` lists them");
    if (options.outputPath.empty())
        throw LiveCaptureError(Kind::File, "no file to write the capture to");
    auto device = CaptureDevice::open(
        CaptureDeviceOptions{options.interface, options.filter, options.snaplen, options.promiscuous, options.bufferBytes, true, {}});
    const int linkType = device->linkType();
    auto capture = std::unique_ptr<LiveCapture>(new LiveCapture(options, linkType));
    capture->options_.snaplen = device->snaplen();
    PcapngInterface interface{linkType, capture->options_.snaplen, options.interface, {}, options.filter};
    std::string error;
    if (!capture->writer_.open(options.outputPath, interface, error))
        throw LiveCaptureError(Kind::File, error);
    auto mapping = std::make_shared<MappedFile>(MappedFile::growing(options.outputPath, kMaxFileBytes));
    if (!mapping->isMapped())
        throw LiveCaptureError(Kind::File, "cannot map " + options.outputPath + " to read the packets back");
    capture->mapping_ = std::move(mapping);
    capture->info_.path = options.outputPath;
    capture->info_.format = FileFormat::Pcapng;
    capture->info_.linkType = linkType;
    capture->info_.snaplen = capture->options_.snaplen;
    capture->info_.interfaces.push_back(CaptureInterface{linkType, capture->options_.snaplen, options.interface, {}});
    capture->device_ = std::move(device);
    capture->sink_ = [raw = capture.get()](const RawPacket& packet) { raw->onPacket(packet); };
    capture->started_ = std::chrono::steady_clock::now();
    capture->pcapStats_.startNs = wallClockNs();
    return capture;
}

LiveCapture::~LiveCapture()
{
    stop();
}

void LiveCapture::onPacket(const RawPacket& live)
{
    RawPacket packet = live;
    // The file first: a packet in a batch always has its bytes on disk once poll() returns.
    packet.dataOffset = writer_.append(packet);
    builder_.add(packet);
    ++captured_;
}

int LiveCapture::dispatch()
{
    const int limit = options_.maxPackets == 0
                          ? -1
                          : static_cast<int>(std::min<std::uint64_t>(options_.maxPackets - captured_, INT_MAX));
    const int n = device_->dispatch(limit, sink_);
    if (!writer_.flush()) {
        finish("capture stopped: " + writer_.error());
        return -1;
    }
    if (writer_.bytesWritten() > kMaxFileBytes - (1U << 20)) {
        finish("capture stopped: the capture file reached its limit of 256 GiB");
        return -1;
    }
    if (n < 0) {
        // The interface went away or down: say so in libpcap's words and keep every packet.
        finish("capture stopped on " + options_.interface + ": " + device_->error()
               + " (the packets captured so far are kept)");
        return -1;
    }
    if (options_.maxPackets != 0 && captured_ >= options_.maxPackets) {
        finish({});
        return -1;
    }
    return n;
}

bool LiveCapture::poll(std::chrono::milliseconds timeout)
{
    if (!device_)
        return false;
    if (dispatch() < 0)
        return false;
    // Nothing more buffered: wait for the next packet, or the timeout.
    pollfd fd{device_->selectableFd(), POLLIN, 0};
    const int ready = ::poll(&fd, 1, static_cast<int>(timeout.count()));
    if (ready > 0 && dispatch() < 0)
        return false;
    return device_ != nullptr;
}

CaptureBatch LiveCapture::takeBatch()
{
    CaptureBatch batch = builder_.take();
    for (auto* observer : observers_)
        observer->packetsCaptured(*this, batch);
    return batch;
}

void LiveCapture::stop()
{
    if (!device_)
        return;
    (void)dispatch(); // what the kernel still holds
    if (device_)
        finish({});
}

void LiveCapture::finish(std::string error)
{
    if (stopped_)
        return;
    stopped_ = true;
    if (error_.empty())
        error_ = std::move(error);
    refreshPcapStats();
    ended_ = std::chrono::steady_clock::now();
    device_.reset();
    PcapngStatistics statistics{wallClockNs(), pcapStats_.received, pcapStats_.droppedByKernel,
                                pcapStats_.droppedByInterface, captured_};
    if (writer_.isOpen() && !writer_.writeStatistics(statistics) && error_.empty())
        error_ = "capture stopped: " + writer_.error();
    pcapStats_.fileBytes = writer_.bytesWritten();
    writer_.close();
    for (auto* observer : observers_)
        observer->captureStopped(*this);
}

void LiveCapture::refreshPcapStats() const
{
    if (!device_)
        return;
    const auto counters = device_->counters();
    pcapStats_.received = counters.received;
    pcapStats_.droppedByKernel = counters.droppedByKernel;
    pcapStats_.droppedByInterface = counters.droppedByInterface;
}

LiveCaptureStats LiveCapture::stats() const
{
    refreshPcapStats();
    LiveCaptureStats out = pcapStats_;
    out.captured = captured_;
    out.fileBytes = device_ ? writer_.bytesWritten() : pcapStats_.fileBytes;
    const auto end = device_ ? std::chrono::steady_clock::now() : ended_;
    out.durationNs = std::chrono::duration_cast<std::chrono::nanoseconds>(end - started_).count();
    return out;
}

void LiveCapture::addObserver(LiveCaptureObserver* observer)
{
    if (observer && std::find(observers_.begin(), observers_.end(), observer) == observers_.end()) {
        observers_.push_back(observer);
        observer->captureStarted(*this);
    }
}

void LiveCapture::removeObserver(LiveCaptureObserver* observer)
{
    observers_.erase(std::remove(observers_.begin(), observers_.end(), observer), observers_.end());
}

} // namespace tcplens
