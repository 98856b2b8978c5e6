#include "CaptureDevice.h"

#include "../decode/LinkType.h"
#include "Timestamp.h"

#include <pcap/pcap.h>

#include <unistd.h>

#include <algorithm>
#include <climits>
#include <utility>

namespace tcplens {
namespace {

using Kind = LiveCaptureError::Kind;

/// The error for a failed pcap_activate, naming the fix.
LiveCaptureError activateError(pcap_t* handle, int rc, const std::string& interface, const std::string& advice)
{
    const std::string detail = pcap_geterr(handle);
    const std::string where = "cannot capture on " + interface + ": ";
    switch (rc) {
    case PCAP_ERROR_PERM_DENIED:
        return {Kind::Permission, where + "no permission (" + detail + "); " + advice};
    case PCAP_ERROR_NO_SUCH_DEVICE:
        return {Kind::NoSuchInterface, where + "there is no such interface ("
                                           + (detail.empty() ? std::string("no such device") : detail)
                                           + "); `tcplens-cli interfaces` lists the ones there are"};
    case PCAP_ERROR_IFACE_NOT_UP:
        return {Kind::InterfaceDown, where + "the interface is down; bring it up first (ip link set " + interface + " up)"};
    case PCAP_ERROR_PROMISC_PERM_DENIED:
        return {Kind::Permission, where + "no permission for promiscuous mode (" + detail
                                      + "); capture without it, or " + advice};
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

std::string capturePermissionAdvice()
{
    return "run as root, or grant the capture capability: setcap cap_net_raw,cap_net_admin+eip " + currentExecutablePath();
}

std::string captureHelperPermissionAdvice(const std::string& helperPath)
{
    return "grant the capture capability to tcplens-capture: setcap cap_net_raw,cap_net_admin+eip " + helperPath
         + ", or add yourself to the tcplens group";
}

std::unique_ptr<CaptureDevice> CaptureDevice::open(const CaptureDeviceOptions& options)
{
    if (options.interface.empty())
        throw LiveCaptureError(Kind::NoSuchInterface, "no interface given; `tcplens-cli interfaces` lists them");
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
    pcap_set_immediate_mode(handle, options.immediate ? 1 : 0);
    if (!options.immediate)
        pcap_set_timeout(handle, 100);
    pcap_set_buffer_size(handle, static_cast<int>(std::clamp<std::uint32_t>(options.bufferBytes, 1U << 16, 1U << 30)));
    const bool nano = pcap_set_tstamp_precision(handle, PCAP_TSTAMP_PRECISION_NANO) == 0;
    const int rc = pcap_activate(handle);
    if (rc < 0)
        throw activateError(handle, rc, options.interface,
                            options.permissionAdvice.empty() ? capturePermissionAdvice() : options.permissionAdvice);

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

    auto device = std::unique_ptr<CaptureDevice>(new CaptureDevice);
    device->options_ = options;
    device->linkType_ = linkTypeFromDlt(pcap_datalink(handle));
    device->snaplen_ = static_cast<std::uint32_t>(pcap_snapshot(handle));
    device->nanosecond_ = nano && pcap_get_tstamp_precision(handle) == PCAP_TSTAMP_PRECISION_NANO;
    device->selectable_ = pcap_get_selectable_fd(handle);
    device->handle_ = std::exchange(handle, nullptr);
    return device;
}

CaptureDevice::~CaptureDevice()
{
    close();
}

void CaptureDevice::onPacket(unsigned char* user, const pcap_pkthdr* header, const unsigned char* data)
{
    auto* self = reinterpret_cast<CaptureDevice*>(user);
    RawPacket packet;
    packet.timestampNs = liveTimestampNs(header->ts.tv_sec, header->ts.tv_usec, self->nanosecond_);
    packet.capturedLength = header->caplen;
    packet.wireLength = std::max(header->len, header->caplen);
    packet.bytes = Bytes(data, header->caplen);
    packet.linkType = self->linkType_;
    (*self->sink_)(packet);
}

int CaptureDevice::dispatch(int limit, const PacketSink& sink)
{
    if (!handle_)
        return -1;
    sink_ = &sink;
    const int n = pcap_dispatch(handle_, limit, &CaptureDevice::onPacket, reinterpret_cast<unsigned char*>(this));
    sink_ = nullptr;
    if (n == PCAP_ERROR) {
        error_ = pcap_geterr(handle_);
        return -1;
    }
    return std::max(n, 0);
}

CaptureDeviceCounters CaptureDevice::counters()
{
    pcap_stat stat{};
    if (handle_ && pcap_stats(handle_, &stat) == 0) {
        // 32-bit counters that only grow: keep the high part across wraps.
        const auto widen = [](std::uint64_t previous, unsigned int now) {
            std::uint64_t value = (previous & ~0xffffffffULL) | now;
            if (value < previous)
                value += 1ULL << 32;
            return value;
        };
        counters_.received = widen(counters_.received, stat.ps_recv);
        counters_.droppedByKernel = widen(counters_.droppedByKernel, stat.ps_drop);
        counters_.droppedByInterface = widen(counters_.droppedByInterface, stat.ps_ifdrop);
    }
    return counters_;
}

void CaptureDevice::close()
{
    if (!handle_)
        return;
    (void)counters();
    pcap_close(handle_);
    handle_ = nullptr;
}

} // namespace tcplens
