#pragma once
// The kernel's own numbers for one stream direction, on the same time axis as the chart series
// of the capture (seconds since the stream's first packet): what the Windows chart draws beside
// the estimate from the packets.

#include "../tcp/Conversation.h"
#include "../tcp/ConversationSummary.h"
#include "TcpInfoSample.h"

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace tcplens {

/// One tcp_info sample of the data sender's socket, in chart units.
struct KernelPoint {
    double time = 0;                 ///< Seconds since the stream's first packet.
    std::int64_t cwndBytes = 0;      ///< snd_cwnd x snd_mss.
    std::int64_t ssthreshBytes = -1; ///< -1 while the kernel has no ssthresh (before a loss).
    std::int64_t bytesInFlight = 0;  ///< The kernel's packets in flight x snd_mss (what cwnd limits).
    std::int64_t unackedBytes = 0;   ///< unacked x snd_mss: snd.nxt - snd.una, the wire's "bytes in flight".
    std::uint32_t cwndSegments = 0;
    std::uint32_t mss = 0;
    double srtt = 0;   ///< s
    double rttvar = 0; ///< s
    std::uint32_t totalRetrans = 0;
    double deliveryRate = -1; ///< Bits per second, -1 when the kernel did not report it.
    double pacingRate = -1;   ///< Bits per second, -1 when not reported (or unlimited).
    std::uint8_t state = 0;
    std::uint8_t caState = 0;
    bool hasChrono = false;     ///< The three chronograph times below were recorded.
    double busy = 0;            ///< s the socket had data to send, since it was created (tcpi_busy_time).
    double rwndLimited = 0;     ///< s of it held by the receiver's window (tcpi_rwnd_limited).
    double sndbufLimited = 0;   ///< s of it held by the send buffer (tcpi_sndbuf_limited).
    int appLimited = -1;        ///< delivery_rate_app_limited: 0, 1, or -1 when not recorded.
};

struct KernelSeries {
    Endpoint sender;                ///< The local socket the samples are of.
    Endpoint receiver;
    std::string congestionControl; ///< Of the last sample ("" when none).
    std::vector<KernelPoint> points;
    [[nodiscard]] bool empty() const noexcept { return points.empty(); }
};

/// The samples of the socket `sender` -> `receiver` taken between fromNs and toNs (inclusive),
/// with times relative to zeroNs, in time order.
[[nodiscard]] KernelSeries kernelSeries(std::span<const TcpInfoSample> samples, const Endpoint& sender,
                                        const Endpoint& receiver, std::int64_t zeroNs, std::int64_t fromNs,
                                        std::int64_t toNs);

/// The kernel series of the data sender of `data` in `conversation`: samples from 100 ms before
/// its first packet to 100 ms after its last (the socket exists around them; a reused 4-tuple's
/// other streams stay out), times relative to `zeroNs` (the chart's time zero, normally
/// conversation.firstNs). Empty when the sender's socket is not on this machine.
[[nodiscard]] KernelSeries kernelSeriesFor(std::span<const TcpInfoSample> samples, const Conversation& conversation,
                                           Direction data, std::int64_t zeroNs);
/// The same for a conversation table row (what the GUI holds).
[[nodiscard]] KernelSeries kernelSeriesFor(std::span<const TcpInfoSample> samples,
                                           const ConversationSummary& conversation, Direction data,
                                           std::int64_t zeroNs);

} // namespace tcplens
