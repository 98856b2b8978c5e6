#pragma once
// The chart data of one TCP stream (both directions), built packet by packet from the
// conversation tracker's results. One builder per stream: a packet from either side feeds the
// series of its own direction (as data) and of the opposite direction (as the receiver's ACK,
// window, SACK, RTT). Every accessor takes the data direction: ClientToServer charts the
// client's data and the server's ACKs.
//
// Memory: besides the returned vectors, only O(1) state per direction and a bounded TSval queue.

#include "../decode/DecodedPacket.h"
#include "../tcp/Conversation.h"
#include "../tcp/TcpAnalysis.h"
#include "CongestionEstimator.h"
#include "LimitTracker.h"
#include "SeriesTypes.h"
#include "TimestampRttTracker.h"

#include <array>
#include <cstdint>

namespace tcplens {

class StreamSeriesBuilder {
public:
    static constexpr double kDefaultThroughputWindow = 1.0; ///< s

    /// Feeds one packet of the stream, in capture order. The first packet fixes the stream and
    /// time zero; packets of other streams (and non-TCP ones) are ignored.
    void add(std::uint32_t frame, std::int64_t timestampNs, const DecodedPacket& packet,
             const TcpPacketAnalysis& analysis);

    [[nodiscard]] const TimeSequenceSeries& timeSequence(Direction data) const noexcept { return at(data).tsg; }
    [[nodiscard]] const WindowSeries& windows(Direction data) const noexcept { return at(data).windows; }
    [[nodiscard]] const CwndSeries& congestion(Direction data) const noexcept { return at(data).cwnd.series(); }
    [[nodiscard]] const RttSeries& rtt(Direction data) const noexcept { return at(data).rtt; }
    /// What held each sender back, round trip by round trip (see LimitTracker).
    [[nodiscard]] const LimitTracker& limits() const noexcept { return limits_; }
    /// Throughput and goodput over a moving window (see throughputSeries for the clamping rule).
    [[nodiscard]] ThroughputSeries throughput(Direction data, double windowSeconds = kDefaultThroughputWindow) const;

    /// The sender's segment size: the MSS its peer offered in its SYN (less 12 bytes when the
    /// timestamp option is on), else the largest payload it sent, else 0.
    [[nodiscard]] std::uint32_t mss(Direction data) const noexcept;
    /// The RTT the congestion estimate forms its rounds with (s), see CongestionEstimator.
    [[nodiscard]] double roundLength(Direction data) const noexcept { return at(data).cwnd.roundLength(); }
    /// The end of the relative sequence space the direction used (its SYN and FIN count one).
    [[nodiscard]] std::uint32_t highestSeq(Direction data) const noexcept { return at(data).highestEnd; }
    /// Payload bytes the direction sent, retransmissions included.
    [[nodiscard]] std::uint64_t payloadBytes(Direction data) const noexcept { return at(data).payloadBytes; }

    [[nodiscard]] bool empty() const noexcept { return !started_; }
    [[nodiscard]] std::uint32_t stream() const noexcept { return stream_; }
    [[nodiscard]] std::int64_t firstTimestampNs() const noexcept { return firstNs_; }
    /// Seconds from the first to the last packet fed.
    [[nodiscard]] double duration() const noexcept { return lastTime_; }

private:
    struct DirectionSeries {
        TimeSequenceSeries tsg;
        WindowSeries windows;
        RttSeries rtt;
        CongestionEstimator cwnd;
        TimestampRttTracker timestamps;
        bool baseKnown = false;
        std::uint32_t base = 0; // raw seq - relative seq of this direction's data
        std::uint32_t highestEnd = 0;
        std::uint32_t maxPayload = 0;
        std::uint64_t payloadBytes = 0;
        std::uint16_t offeredMss = 0; // by the receiver, in its SYN
        bool timestampsOn = false;
    };

    [[nodiscard]] const DirectionSeries& at(Direction d) const noexcept { return series_[index(d)]; }
    static void addAsData(DirectionSeries& s, double time, std::int64_t timestampNs, std::uint32_t frame,
                          const TcpInfo& tcp, const TcpPacketAnalysis& a);
    static void addAsReceiver(DirectionSeries& s, double time, std::int64_t timestampNs, std::uint32_t frame,
                              const TcpInfo& tcp, const TcpPacketAnalysis& a);

    std::array<DirectionSeries, 2> series_;
    LimitTracker limits_;
    bool started_ = false;
    std::uint32_t stream_ = 0;
    std::int64_t firstNs_ = 0;
    double lastTime_ = 0;
};

} // namespace tcplens
