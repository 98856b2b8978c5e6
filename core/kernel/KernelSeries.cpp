#include "KernelSeries.h"

#include <algorithm>

namespace tcplens {
namespace {

constexpr std::int64_t kMarginNs = 100'000'000;

/// The kernel's pacing rate is ~0 (all ones) when pacing is off.
constexpr std::uint64_t kUnlimitedRate = ~std::uint64_t{0};

} // namespace

KernelSeries kernelSeries(std::span<const TcpInfoSample> samples, const Endpoint& sender, const Endpoint& receiver,
                          std::int64_t zeroNs, std::int64_t fromNs, std::int64_t toNs)
{
    KernelSeries series;
    series.sender = sender;
    series.receiver = receiver;
    for (const auto& s : samples) {
        if (s.timestampNs < fromNs || s.timestampNs > toNs || s.local != sender || s.remote != receiver)
            continue;
        KernelPoint p;
        p.time = static_cast<double>(s.timestampNs - zeroNs) / 1e9;
        p.cwndBytes = static_cast<std::int64_t>(s.cwndBytes());
        p.ssthreshBytes = s.ssthreshSet() ? static_cast<std::int64_t>(s.ssthreshBytes()) : -1;
        p.bytesInFlight = std::max<std::int64_t>(0, s.bytesInFlight());
        p.unackedBytes = std::int64_t{s.unacked} * s.sndMss;
        p.cwndSegments = s.cwnd;
        p.mss = s.sndMss;
        p.srtt = s.srttUs / 1e6;
        p.rttvar = s.rttvarUs / 1e6;
        p.totalRetrans = s.totalRetrans;
        if (s.hasField(tcpinfo::kDeliveryRate))
            p.deliveryRate = static_cast<double>(s.deliveryRate) * 8;
        if (s.hasField(tcpinfo::kPacingRate) && s.pacingRate != kUnlimitedRate)
            p.pacingRate = static_cast<double>(s.pacingRate) * 8;
        p.state = s.state;
        p.caState = s.caState;
        if (s.hasField(tcpinfo::kChrono)) {
            p.hasChrono = true;
            p.busy = static_cast<double>(s.busyTimeUs) / 1e6;
            p.rwndLimited = static_cast<double>(s.rwndLimitedUs) / 1e6;
            p.sndbufLimited = static_cast<double>(s.sndbufLimitedUs) / 1e6;
        }
        if (s.hasField(tcpinfo::kAppLimited))
            p.appLimited = s.deliveryRateAppLimited ? 1 : 0;
        series.points.push_back(p);
        series.congestionControl = s.congestionControl;
    }
    std::stable_sort(series.points.begin(), series.points.end(),
                     [](const KernelPoint& a, const KernelPoint& b) { return a.time < b.time; });
    return series;
}

KernelSeries kernelSeriesFor(std::span<const TcpInfoSample> samples, const Conversation& conversation,
                             Direction data, std::int64_t zeroNs)
{
    return kernelSeries(samples, conversation.side(data).endpoint, conversation.side(opposite(data)).endpoint,
                        zeroNs, conversation.firstNs - kMarginNs, conversation.lastNs + kMarginNs);
}

KernelSeries kernelSeriesFor(std::span<const TcpInfoSample> samples, const ConversationSummary& conversation,
                             Direction data, std::int64_t zeroNs)
{
    const auto& sender = data == Direction::ClientToServer ? conversation.client : conversation.server;
    const auto& receiver = data == Direction::ClientToServer ? conversation.server : conversation.client;
    return kernelSeries(samples, sender.endpoint, receiver.endpoint, zeroNs, conversation.firstNs - kMarginNs,
                        conversation.lastNs + kMarginNs);
}

} // namespace tcplens
