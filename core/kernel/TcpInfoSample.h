#pragma once
// One reading of the kernel's tcp_info for one local socket, as the sampler and the sidecar
// file hold it. Fields an older kernel does not report stay unset (`has` bits).

#include "../tcp/ConversationKey.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace tcplens {

/// The kernel's "no ssthresh yet" (TCP_INFINITE_SSTHRESH): before the first loss.
inline constexpr std::uint32_t kInfiniteSsthresh = 0x7fffffff;

/// Optional fields of TcpInfoSample, as bits of TcpInfoSample::has.
namespace tcpinfo {
inline constexpr std::uint32_t kPacingRate = 1U << 0;   ///< Linux 3.15
inline constexpr std::uint32_t kBytesAcked = 1U << 1;   ///< Linux 4.1
inline constexpr std::uint32_t kMinRtt = 1U << 2;       ///< Linux 4.6
inline constexpr std::uint32_t kDeliveryRate = 1U << 3; ///< Linux 4.9
inline constexpr std::uint32_t kBytesSent = 1U << 4;    ///< Linux 4.19 (bytes_sent, bytes_retrans)
inline constexpr std::uint32_t kSndWnd = 1U << 5;       ///< Linux 5.4 (snd_wnd)
inline constexpr std::uint32_t kAppLimited = 1U << 6;   ///< Linux 4.9 (delivery_rate_app_limited)
inline constexpr std::uint32_t kChrono = 1U << 7;       ///< Linux 4.10 (busy_time, rwnd_limited, sndbuf_limited)
} // namespace tcpinfo

struct TcpInfoSample {
    std::int64_t timestampNs = 0; ///< CLOCK_REALTIME when read: the clock of pcap timestamps.
    Endpoint local;
    Endpoint remote;
    std::uint8_t state = 0;   ///< TCP_ESTABLISHED = 1 ... (linux/tcp_states.h), see tcpStateName.
    std::uint8_t caState = 0; ///< Open, Disorder, CWR, Recovery, Loss, see caStateName.
    std::string congestionControl; ///< "cubic", "bbr", ...; empty when INET_DIAG_CONG was missing.
    std::uint32_t sndMss = 0;
    std::uint32_t cwnd = 0;     ///< Segments.
    std::uint32_t ssthresh = kInfiniteSsthresh; ///< Segments.
    std::uint32_t srttUs = 0;
    std::uint32_t rttvarUs = 0;
    std::uint32_t minRttUs = 0;
    std::uint32_t rtoUs = 0;
    std::uint32_t unacked = 0;  ///< Segments sent and not yet acknowledged (packets out).
    std::uint32_t sacked = 0;
    std::uint32_t lost = 0;
    std::uint32_t retrans = 0;  ///< Segments retransmitted and still unacknowledged.
    std::uint32_t totalRetrans = 0;
    std::uint64_t pacingRate = 0;   ///< Bytes per second.
    std::uint64_t deliveryRate = 0; ///< Bytes per second.
    std::uint64_t bytesAcked = 0;
    std::uint64_t bytesSent = 0;
    std::uint64_t bytesRetrans = 0;
    std::uint32_t sndWnd = 0;  ///< The peer's advertised window, scaled (bytes).
    /// The kernel's send-side chronograph (tcp_chrono), microseconds since the socket was
    /// created: time with data to send (all of it, the two limited times included), and the
    /// parts of it when the receiver's window, or the socket's send buffer, held the sender.
    std::uint64_t busyTimeUs = 0;
    std::uint64_t rwndLimitedUs = 0;
    std::uint64_t sndbufLimitedUs = 0;
    bool deliveryRateAppLimited = false; ///< The last delivery-rate sample was application-limited.
    std::uint32_t has = 0;     ///< tcpinfo::k* bits.

    bool operator==(const TcpInfoSample&) const = default;
    [[nodiscard]] bool hasField(std::uint32_t bit) const noexcept { return (has & bit) != 0; }
    [[nodiscard]] std::uint64_t cwndBytes() const noexcept { return std::uint64_t{cwnd} * sndMss; }
    [[nodiscard]] bool ssthreshSet() const noexcept { return ssthresh < kInfiniteSsthresh; }
    [[nodiscard]] std::uint64_t ssthreshBytes() const noexcept { return std::uint64_t{ssthresh} * sndMss; }
    /// Segments in flight as the kernel counts them: unacked - (sacked + lost) + retrans.
    [[nodiscard]] std::int64_t packetsInFlight() const noexcept
    {
        return std::int64_t{unacked} - std::int64_t{sacked} - std::int64_t{lost} + std::int64_t{retrans};
    }
    [[nodiscard]] std::int64_t bytesInFlight() const noexcept { return packetsInFlight() * sndMss; }
};

/// "ESTABLISHED", "SYN_SENT", ... as ss prints them ("ESTAB" spelled out); "UNKNOWN(n)" else.
[[nodiscard]] std::string tcpStateName(std::uint8_t state);
/// "open", "disorder", "cwr", "recovery", "loss"; "unknown(n)" else.
[[nodiscard]] std::string caStateName(std::uint8_t caState);

} // namespace tcplens
