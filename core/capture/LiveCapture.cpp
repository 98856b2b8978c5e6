#include "LiveCapture.h"

#include "../decode/LinkType.h"
#include "Timestamp.h"

#include <pcap/pcap.h>

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

std::string permissionAdvice()
{
    return "run as root, or grant the capture capability: setcap cap_net_raw,cap_net_admin+eip "
           + currentExecutablePath();
}

using Kind = LiveCaptureError::Kind;

/// The error for a failed pcap_activate, naming the fix.
LiveCaptureError activateError(pcap_t* handle, int rc, const std::string& interface)
{
    const std::string detail = pcap_geterr(handle);
    const std::string where = "cannot capture on " + interface + ": ";
    switch (rc) {
    case PCAP_ERROR_PERM_DENIED:
        return {Kind::Permission, where + "no permission (" + detail + "); " + permissionAdvice()};
    case PCAP_ERROR_NO_SUCH_DEVICE:
        return {Kind::NoSuchInterface, where + "there is no such interface ("
                                           + (detail.empty() ? std::string("no such device") : detail)
                                           + "); `tcplens-cli interfaces` lists the ones there are"};
    case PCAP_ERROR_IFACE_NOT_UP:
        return {Kind::InterfaceDown, where + "the interface is down; bring it up first (ip link set " + interface + " up)"};
    case PCAP_ERROR_PROMISC_PERM_DENIED:
        return {Kind::Permission, where + "no permission for promiscuous mode (" + detail
                                      + "); capture without it, or " + permissionAdvice()};
    default:
        return {Kind::Other, where + (detail.empty() ? std::string(pcap_statustostr(rc)) : detail)};
    }
}

} // namespace

std::int64_t liveTimestampNs(std::int64_t seconds, std::int64_t fraction, bool nanosecond) noexcept
{
    // A clock set absurdly far ahead must not wrap into the past: clamp, as file readers do.
    return timestampFromParts(seconds, fraction, nanosecond ? 1'000'000'000 : 1'000'000).ns;
}

std::string currentExecutablePath()
{
    char path[PATH_MAX] = {};
    const auto n = ::readlink("/proc/self/exe", path, sizeof path - 1);
    return n > 0 ? std::string(path, static_cast<std::size_t>(n)) : std::string("<path of tcplens>");
}

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
    char errbuf[PCAP_ERRBUF_SIZE] = {};
    pcap_t* handle = pcap_create(options.interface.c_str(), errbuf);
    if (!handle)
        throw LiveCaptureError(Kind::Other, "cannot capture on " + options.interface + ": " + errbuf);
    struct Closer {
        pcap_t*& h;
        ~Closer()
        {
            if (h)
                pcap_close(h);
        }
    } closer{handle};

    pcap_set_snaplen(handle, static_cast<int>(std::clamp<std::uint32_t>(options.snaplen, 64, 262144)));
    pcap_set_promisc(handle, options.promiscuous ? 1 : 0);
    pcap_set_immediate_mode(handle, 1); // every packet as soon as it arrives, no block timeout
    pcap_set_buffer_size(handle, static_cast<int>(std::clamp<std::uint32_t>(options.bufferBytes, 1U << 16, 1U << 30)));
    const bool nano = pcap_set_tstamp_precision(handle, PCAP_TSTAMP_PRECISION_NANO) == 0;
    const int rc = pcap_activate(handle);
    if (rc < 0)
        throw activateError(handle, rc, options.interface);

    const int linkType = linkTypeFromDlt(pcap_datalink(handle));
    if (!options.filter.empty()) {
        bpf_program program{};
        if (pcap_compile(handle, &program, options.filter.c_str(), 1, PCAP_NETMASK_UNKNOWN) != 0)
            throw LiveCaptureError(Kind::BadFilter,
                                   "bad capture filter \"" + options.filter + "\": " + pcap_geterr(handle));
        const int set = pcap_setfilter(handle, &program);
        pcap_freecode(&program);
        if (set != 0)
            throw LiveCaptureError(Kind::BadFilter, "cannot apply the capture filter: " + std::string(pcap_geterr(handle)));
    }
    if (pcap_setnonblock(handle, 1, errbuf) != 0)
        throw LiveCaptureError(Kind::Other, "cannot capture on " + options.interface + ": " + errbuf);

    auto capture = std::unique_ptr<LiveCapture>(new LiveCapture(options, linkType));
    capture->nanosecond_ = nano && pcap_get_tstamp_precision(handle) == PCAP_TSTAMP_PRECISION_NANO;
    capture->options_.snaplen = static_cast<std::uint32_t>(pcap_snapshot(handle));
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
    capture->selectable_ = pcap_get_selectable_fd(handle);
    capture->handle_ = std::exchange(handle, nullptr);
    capture->started_ = std::chrono::steady_clock::now();
    capture->pcapStats_.startNs = wallClockNs();
    return capture;
}

LiveCapture::~LiveCapture()
{
    stop();
}

void LiveCapture::onPacket(unsigned char* user, const pcap_pkthdr* header, const unsigned char* data)
{
    auto* self = reinterpret_cast<LiveCapture*>(user);
    RawPacket packet;
    packet.timestampNs = liveTimestampNs(header->ts.tv_sec, header->ts.tv_usec, self->nanosecond_);
    packet.capturedLength = header->caplen;
    packet.wireLength = std::max(header->len, header->caplen);
    packet.bytes = Bytes(data, header->caplen);
    // The file first: a packet in a batch always has its bytes on disk once poll() returns.
    packet.dataOffset = self->writer_.append(packet);
    self->builder_.add(packet);
    ++self->captured_;
}

int LiveCapture::dispatch()
{
    const int limit = options_.maxPackets == 0
                          ? -1
                          : static_cast<int>(std::min<std::uint64_t>(options_.maxPackets - captured_, INT_MAX));
    const int n = pcap_dispatch(handle_, limit, &LiveCapture::onPacket, reinterpret_cast<unsigned char*>(this));
    if (!writer_.flush()) {
        finish("capture stopped: " + writer_.error());
        return -1;
    }
    if (writer_.bytesWritten() > kMaxFileBytes - (1U << 20)) {
        finish("capture stopped: the capture file reached its limit of 256 GiB");
        return -1;
    }
    if (n == PCAP_ERROR) {
        // The interface went away or down: say so in libpcap's words and keep every packet.
        finish("capture stopped on " + options_.interface + ": " + pcap_geterr(handle_)
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
    if (!handle_)
        return false;
    if (dispatch() < 0)
        return false;
    // Nothing more buffered: wait for the next packet, or the timeout.
    pollfd fd{selectable_, POLLIN, 0};
    const int ready = ::poll(&fd, 1, static_cast<int>(timeout.count()));
    if (ready > 0 && dispatch() < 0)
        return false;
    return handle_ != nullptr;
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
    if (!handle_)
        return;
    (void)dispatch(); // what the kernel still holds
    if (handle_)
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
    pcap_close(handle_);
    handle_ = nullptr;
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
    if (!handle_)
        return;
    pcap_stat stat{};
    if (pcap_stats(handle_, &stat) == 0) {
        // 32-bit counters that only grow: keep the high part across wraps.
        const auto widen = [](std::uint64_t previous, unsigned int now) {
            std::uint64_t value = (previous & ~0xffffffffULL) | now;
            if (value < previous)
                value += 1ULL << 32;
            return value;
        };
        pcapStats_.received = widen(pcapStats_.received, stat.ps_recv);
        pcapStats_.droppedByKernel = widen(pcapStats_.droppedByKernel, stat.ps_drop);
        pcapStats_.droppedByInterface = widen(pcapStats_.droppedByInterface, stat.ps_ifdrop);
    }
}

LiveCaptureStats LiveCapture::stats() const
{
    refreshPcapStats();
    LiveCaptureStats out = pcapStats_;
    out.captured = captured_;
    out.fileBytes = handle_ ? writer_.bytesWritten() : pcapStats_.fileBytes;
    const auto end = handle_ ? std::chrono::steady_clock::now() : ended_;
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
