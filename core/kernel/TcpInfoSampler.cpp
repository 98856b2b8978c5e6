#include "TcpInfoSampler.h"

#include <arpa/inet.h>
#include <linux/inet_diag.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <linux/sock_diag.h>
#include <linux/tcp.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstddef>
#include <cstring>

namespace tcplens {
namespace {

constexpr int kTcpListen = 10;
constexpr std::uint32_t kAllStates = (1U << 12) - 1; // TCP_ESTABLISHED (1) .. TCP_CLOSING (11)
/// The tcp_info of Linux 2.6 (up to tcpi_total_retrans); every kernel sends at least this.
constexpr std::size_t kMinTcpInfo = offsetof(tcp_info, tcpi_pacing_rate);
constexpr std::uint32_t kNoInfoStates = (1U << 6) | (1U << 3); // TIME_WAIT, SYN_RECV: no tcp_info

/// Reads a T from possibly unaligned netlink bytes.
template <typename T>
T load(const std::uint8_t* at) noexcept
{
    T value;
    std::memcpy(&value, at, sizeof value);
    return value;
}

/// A v4-mapped IPv6 address (a dual-stack socket's IPv4 peer) becomes the IPv4 address the
/// capture shows.
Endpoint endpointOf(std::uint8_t family, const __be32 (&address)[4], __be16 port)
{
    Endpoint endpoint;
    endpoint.port = ntohs(port);
    std::uint8_t bytes[16];
    std::memcpy(bytes, address, sizeof bytes);
    static constexpr std::uint8_t kMapped[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
    if (family == AF_INET) {
        endpoint.address.family = 4;
        std::memcpy(endpoint.address.bytes.data(), bytes, 4);
    } else if (std::memcmp(bytes, kMapped, sizeof kMapped) == 0) {
        endpoint.address.family = 4;
        std::memcpy(endpoint.address.bytes.data(), bytes + 12, 4);
    } else {
        endpoint.address.family = 6;
        std::memcpy(endpoint.address.bytes.data(), bytes, 16);
    }
    return endpoint;
}

void fillAddress(__be32 (&out)[4], const IpAddress& address)
{
    std::memset(out, 0, sizeof out);
    std::memcpy(out, address.bytes.data(), address.size());
}

/// Whether the kernel's tcp_info of `length` bytes reaches past `end` (offset + size of a field).
constexpr bool reaches(std::size_t length, std::size_t end) noexcept { return length >= end; }

#define TCPLENS_FIELD_END(field) (offsetof(tcp_info, field) + sizeof(tcp_info::field))

void fillFromTcpInfo(TcpInfoSample& s, const std::uint8_t* data, std::size_t length)
{
    tcp_info info{};
    std::memcpy(&info, data, std::min(length, sizeof info));
    s.caState = info.tcpi_ca_state;
    s.sndMss = info.tcpi_snd_mss;
    s.cwnd = info.tcpi_snd_cwnd;
    s.ssthresh = info.tcpi_snd_ssthresh;
    s.srttUs = info.tcpi_rtt;
    s.rttvarUs = info.tcpi_rttvar;
    s.rtoUs = info.tcpi_rto;
    s.unacked = info.tcpi_unacked;
    s.sacked = info.tcpi_sacked;
    s.lost = info.tcpi_lost;
    s.retrans = info.tcpi_retrans;
    s.totalRetrans = info.tcpi_total_retrans;
    if (reaches(length, TCPLENS_FIELD_END(tcpi_pacing_rate))) {
        s.pacingRate = info.tcpi_pacing_rate;
        s.has |= tcpinfo::kPacingRate;
    }
    if (reaches(length, TCPLENS_FIELD_END(tcpi_bytes_acked))) {
        s.bytesAcked = info.tcpi_bytes_acked;
        s.has |= tcpinfo::kBytesAcked;
    }
    if (reaches(length, TCPLENS_FIELD_END(tcpi_min_rtt))) {
        s.minRttUs = info.tcpi_min_rtt;
        s.has |= tcpinfo::kMinRtt;
    }
    if (reaches(length, TCPLENS_FIELD_END(tcpi_delivery_rate))) {
        s.deliveryRate = info.tcpi_delivery_rate;
        s.deliveryRateAppLimited = info.tcpi_delivery_rate_app_limited != 0; // same kernel (4.9)
        s.has |= tcpinfo::kDeliveryRate | tcpinfo::kAppLimited;
    }
    if (reaches(length, TCPLENS_FIELD_END(tcpi_sndbuf_limited))) {
        s.busyTimeUs = info.tcpi_busy_time;
        s.rwndLimitedUs = info.tcpi_rwnd_limited;
        s.sndbufLimitedUs = info.tcpi_sndbuf_limited;
        s.has |= tcpinfo::kChrono;
    }
    if (reaches(length, TCPLENS_FIELD_END(tcpi_bytes_retrans))) {
        s.bytesSent = info.tcpi_bytes_sent;
        s.bytesRetrans = info.tcpi_bytes_retrans;
        s.has |= tcpinfo::kBytesSent;
    }
    if (reaches(length, TCPLENS_FIELD_END(tcpi_snd_wnd))) {
        s.sndWnd = info.tcpi_snd_wnd;
        s.has |= tcpinfo::kSndWnd;
    }
}

#undef TCPLENS_FIELD_END

} // namespace

std::int64_t realtimeNs() noexcept
{
    timespec now{};
    clock_gettime(CLOCK_REALTIME, &now);
    return std::int64_t{now.tv_sec} * 1'000'000'000 + now.tv_nsec;
}

bool TcpInfoFilter::matches(const Endpoint& local, const Endpoint& remote) const noexcept
{
    return (!localAddress || *localAddress == local.address) && (localPort == 0 || localPort == local.port)
        && (!remoteAddress || *remoteAddress == remote.address) && (remotePort == 0 || remotePort == remote.port);
}

namespace {

/// The sample of any inet_diag_msg; `sawInfo` says whether it carried tcp_info.
std::optional<TcpInfoSample> parseDiag(std::span<const std::uint8_t> payload, std::int64_t timestampNs, bool& sawInfo)
{
    if (payload.size() < sizeof(inet_diag_msg))
        return std::nullopt;
    const auto msg = load<inet_diag_msg>(payload.data());
    TcpInfoSample sample;
    sample.timestampNs = timestampNs;
    sample.local = endpointOf(msg.idiag_family, msg.id.idiag_src, msg.id.idiag_sport);
    sample.remote = endpointOf(msg.idiag_family, msg.id.idiag_dst, msg.id.idiag_dport);
    sample.state = msg.idiag_state;
    sawInfo = false;
    std::size_t offset = NLMSG_ALIGN(sizeof(inet_diag_msg));
    while (offset + sizeof(rtattr) <= payload.size()) {
        const auto attribute = load<rtattr>(payload.data() + offset);
        if (attribute.rta_len < sizeof(rtattr) || offset + attribute.rta_len > payload.size())
            break; // a damaged attribute ends the list
        const auto* data = payload.data() + offset + RTA_LENGTH(0);
        const std::size_t length = attribute.rta_len - RTA_LENGTH(0);
        if (attribute.rta_type == INET_DIAG_INFO && length >= kMinTcpInfo) {
            fillFromTcpInfo(sample, data, length);
            sawInfo = true;
        } else if (attribute.rta_type == INET_DIAG_CONG && length > 0) {
            sample.congestionControl.assign(reinterpret_cast<const char*>(data), strnlen(reinterpret_cast<const char*>(data), length));
        }
        offset += RTA_ALIGN(attribute.rta_len);
    }
    return sample;
}

} // namespace

std::optional<TcpInfoSample> parseInetDiagMessage(std::span<const std::uint8_t> payload, std::int64_t timestampNs)
{
    bool sawInfo = false;
    auto sample = parseDiag(payload, timestampNs, sawInfo);
    if (!sawInfo)
        return std::nullopt;
    return sample;
}

TcpInfoSampler::TcpInfoSampler() : buffer_(64 * 1024)
{
    fd_ = ::socket(AF_NETLINK, SOCK_DGRAM | SOCK_CLOEXEC, NETLINK_SOCK_DIAG);
    if (fd_ < 0) {
        error_ = std::string("cannot open a sock_diag netlink socket: ") + std::strerror(errno);
        return;
    }
    timeval timeout{1, 0}; // a kernel that never answers must not hang the sampling loop
    ::setsockopt(fd_, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
}

TcpInfoSampler::~TcpInfoSampler()
{
    if (fd_ >= 0)
        ::close(fd_);
}

bool TcpInfoSampler::send(const void* request, std::size_t size)
{
    sockaddr_nl kernel{};
    kernel.nl_family = AF_NETLINK;
    for (;;) {
        if (::sendto(fd_, request, size, 0, reinterpret_cast<const sockaddr*>(&kernel), sizeof kernel) >= 0)
            return true;
        if (errno != EINTR) {
            error_ = std::string("sock_diag request failed: ") + std::strerror(errno);
            return false;
        }
    }
}

bool TcpInfoSampler::receive(bool dump, const std::function<void(std::span<const std::uint8_t>)>& onMessage)
{
    for (;;) {
        const auto received = ::recv(fd_, buffer_.data(), buffer_.size(), 0);
        if (received < 0) {
            if (errno == EINTR)
                continue;
            error_ = std::string("reading the sock_diag answer failed: ") + std::strerror(errno);
            return false;
        }
        auto remaining = static_cast<std::size_t>(received);
        std::size_t offset = 0;
        bool done = false;
        while (remaining - offset >= sizeof(nlmsghdr)) {
            const auto header = load<nlmsghdr>(buffer_.data() + offset);
            if (header.nlmsg_len < sizeof(nlmsghdr) || header.nlmsg_len > remaining - offset)
                break;
            const std::span<const std::uint8_t> payload(buffer_.data() + offset + NLMSG_HDRLEN,
                                                        header.nlmsg_len - NLMSG_HDRLEN);
            offset += NLMSG_ALIGN(header.nlmsg_len);
            if (header.nlmsg_seq != sequence_)
                continue; // a late answer to an earlier request that timed out
            if (header.nlmsg_type == NLMSG_DONE)
                return true;
            if (header.nlmsg_type == NLMSG_ERROR) {
                int code = 0;
                if (payload.size() >= sizeof(nlmsgerr))
                    code = -load<nlmsgerr>(payload.data()).error;
                if (code == ENOENT || code == 0)
                    return true; // no such socket: not an error
                error_ = std::string("sock_diag: ") + std::strerror(code);
                return false;
            }
            if (header.nlmsg_type == SOCK_DIAG_BY_FAMILY) {
                onMessage(payload);
                if (!dump)
                    done = true;
            }
        }
        if (done)
            return true;
    }
}

std::optional<TcpInfoSample> TcpInfoSampler::query(const Endpoint& local, const Endpoint& remote, bool* exists,
                                                  std::uint8_t* state)
{
    error_.clear();
    if (exists)
        *exists = false;
    if (state)
        *state = 0;
    if (!valid() || local.address.family != remote.address.family
        || (local.address.family != 4 && local.address.family != 6))
        return std::nullopt;
    struct {
        nlmsghdr header;
        inet_diag_req_v2 request;
    } message{};
    message.header.nlmsg_len = sizeof message;
    message.header.nlmsg_type = SOCK_DIAG_BY_FAMILY;
    message.header.nlmsg_flags = NLM_F_REQUEST;
    message.header.nlmsg_seq = ++sequence_;
    auto& request = message.request;
    request.sdiag_family = local.address.family == 4 ? AF_INET : AF_INET6;
    request.sdiag_protocol = IPPROTO_TCP;
    request.idiag_ext = (1U << (INET_DIAG_INFO - 1)) | (1U << (INET_DIAG_CONG - 1));
    request.idiag_states = kAllStates;
    request.id.idiag_sport = htons(local.port);
    request.id.idiag_dport = htons(remote.port);
    fillAddress(request.id.idiag_src, local.address);
    fillAddress(request.id.idiag_dst, remote.address);
    request.id.idiag_cookie[0] = INET_DIAG_NOCOOKIE;
    request.id.idiag_cookie[1] = INET_DIAG_NOCOOKIE;
    if (!send(&message, sizeof message))
        return std::nullopt;
    std::optional<TcpInfoSample> found;
    const bool ok = receive(false, [&](std::span<const std::uint8_t> payload) {
        bool sawInfo = false;
        auto sample = parseDiag(payload, realtimeNs(), sawInfo);
        // The exact lookup falls back to a listener on the local port: only the 4-tuple counts.
        if (!sample || sample->state == kTcpListen || sample->local != local || sample->remote != remote)
            return;
        if (exists)
            *exists = true;
        if (state)
            *state = sample->state;
        if (sawInfo)
            found = std::move(sample);
    });
    if (!ok)
        return std::nullopt;
    return found;
}

std::vector<TcpInfoSample> TcpInfoSampler::dump(int family, const TcpInfoFilter& filter)
{
    error_.clear();
    std::vector<TcpInfoSample> samples;
    if (!valid())
        return samples;
    for (const int f : {4, 6}) {
        if (family != 0 && family != f)
            continue;
        struct {
            nlmsghdr header;
            inet_diag_req_v2 request;
        } message{};
        message.header.nlmsg_len = sizeof message;
        message.header.nlmsg_type = SOCK_DIAG_BY_FAMILY;
        message.header.nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP;
        message.header.nlmsg_seq = ++sequence_;
        auto& request = message.request;
        request.sdiag_family = f == 4 ? AF_INET : AF_INET6;
        request.sdiag_protocol = IPPROTO_TCP;
        request.idiag_ext = (1U << (INET_DIAG_INFO - 1)) | (1U << (INET_DIAG_CONG - 1));
        request.idiag_states = kAllStates & ~kNoInfoStates & ~(filter.includeListening ? 0U : 1U << kTcpListen);
        request.id.idiag_cookie[0] = INET_DIAG_NOCOOKIE;
        request.id.idiag_cookie[1] = INET_DIAG_NOCOOKIE;
        if (!send(&message, sizeof message))
            return samples;
        const auto now = realtimeNs();
        const bool ok = receive(true, [&](std::span<const std::uint8_t> payload) {
            auto sample = parseInetDiagMessage(payload, now);
            if (sample && filter.matches(sample->local, sample->remote))
                samples.push_back(std::move(*sample));
        });
        if (!ok)
            return samples;
    }
    return samples;
}

} // namespace tcplens
