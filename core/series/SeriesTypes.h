#pragma once
// The chart data of one TCP stream direction as plain vectors: what a plot widget receives.
// Times are seconds since the stream's first packet; sequence numbers are relative to the
// data direction's ISN (the same base as TcpPacketAnalysis::relativeSeq); sizes are bytes.

#include <cstdint>
#include <string_view>
#include <vector>

namespace tcplens {

/// How a segment of the data direction was classified (tcp.analysis flags, in precedence order).
enum class SegmentKind : std::uint8_t {
    New,
    Retransmission,
    FastRetransmission,
    Spurious,
    OutOfOrder,
    ZeroWindowProbe,
    KeepAlive,
};
/// "new", "retransmission", "fast_retransmission", "spurious", "out_of_order", "zero_window_probe", "keep_alive".
[[nodiscard]] std::string_view segmentKindName(SegmentKind kind) noexcept;
/// Retransmission, fast retransmission or spurious retransmission: bytes sent before.
[[nodiscard]] constexpr bool isRetransmitted(SegmentKind kind) noexcept
{
    return kind == SegmentKind::Retransmission || kind == SegmentKind::FastRetransmission
        || kind == SegmentKind::Spurious;
}

/// One segment of the data direction that occupies sequence space (payload, SYN or FIN) or is
/// a keep-alive / zero-window probe.
struct SegmentPoint {
    double time = 0;
    std::uint32_t seq = 0;  ///< Relative.
    std::uint32_t len = 0;  ///< Payload bytes (tcp.len).
    SegmentKind kind = SegmentKind::New;
    std::uint16_t tcpFlags = 0; ///< tcpflag::* bits, so SYN/FIN/PSH can be drawn.
    std::uint32_t frame = 0;
};

/// The receiver's cumulative ACK (relative to the data direction's ISN).
struct AckPoint {
    double time = 0;
    std::uint32_t ack = 0;
    std::uint32_t frame = 0;
};

/// The right edge of the receiver's advertised window: ack + calculated window.
struct WindowEdgePoint {
    double time = 0;
    std::uint64_t edge = 0;
    std::uint32_t frame = 0;
};

/// One SACK block the receiver reported, relative to the data direction's ISN.
struct SackPoint {
    double time = 0;
    std::uint32_t left = 0;
    std::uint32_t right = 0;
    std::uint32_t frame = 0;
};

enum class EventKind : std::uint8_t { ZeroWindow, WindowFull, Reset, DuplicateAck, LostSegment };
/// "zero_window", "window_full", "rst", "dup_ack", "lost_segment".
[[nodiscard]] std::string_view eventKindName(EventKind kind) noexcept;

/// A marker on the time-sequence graph.
struct EventMarker {
    double time = 0;
    EventKind kind = EventKind::ZeroWindow;
    std::uint32_t seq = 0;          ///< Where to draw it: the segment's seq, or the receiver's ack.
    std::uint32_t frame = 0;
    std::uint16_t dupAckNumber = 0; ///< DuplicateAck only: the n of "Dup ACK #n".
    bool fromReceiver = false;      ///< Sent by the receiver of the data direction.
};

/// tcptrace's time-sequence graph of one data direction.
struct TimeSequenceSeries {
    std::vector<SegmentPoint> segments;
    std::vector<AckPoint> acks;
    std::vector<WindowEdgePoint> windowEdge;
    std::vector<SackPoint> sacks;
    std::vector<EventMarker> events;
};

/// A (time, value) sample with the frame it came from.
struct ValuePoint {
    double time = 0;
    std::int64_t value = 0;
    std::uint32_t frame = 0;
};

/// Flow control seen from the data direction.
struct WindowSeries {
    std::vector<ValuePoint> receiveWindow; ///< The receiver's calculated window (RSTs skipped).
    std::vector<ValuePoint> bytesInFlight; ///< tcp.analysis.bytes_in_flight of the sender's segments.
};

enum class CongestionPhase : std::uint8_t { SlowStart, CongestionAvoidance };
/// "slow_start", "congestion_avoidance".
[[nodiscard]] std::string_view congestionPhaseName(CongestionPhase phase) noexcept;

enum class LossKind : std::uint8_t { Retransmission, FastRetransmission, Timeout };
/// "retransmission", "fast_retransmission", "timeout".
[[nodiscard]] std::string_view lossKindName(LossKind kind) noexcept;

/// The flight size at one transmission, labelled with the phase of its round.
struct CwndPoint {
    double time = 0;
    std::int64_t flight = 0;
    CongestionPhase phase = CongestionPhase::SlowStart;
    std::uint32_t frame = 0;
};

/// The start of a loss episode (see CongestionEstimator for the rules).
struct LossEvent {
    double time = 0;
    LossKind kind = LossKind::Retransmission;
    std::int64_t flightAtLoss = 0;
    std::int64_t ssthreshAfter = 0; ///< max(flightAtLoss / 2, 2 MSS).
    std::uint32_t round = 0;        ///< Index into CwndSeries::rounds.
    std::uint32_t frame = 0;
    double recoveredAt = -1;        ///< When the receiver ACKed the recovery point; -1 while still open.
};

/// One RTT round of transmissions (one sRTT long, or cut short by a timeout).
struct FlightRound {
    double start = 0;
    double end = 0;            ///< The next round's start; the last point's time while open.
    std::int64_t maxFlight = 0;
    CongestionPhase phase = CongestionPhase::SlowStart;
    std::uint32_t firstPoint = 0; ///< Index into CwndSeries::points.
    std::uint32_t pointCount = 0;
};

struct PhaseSpan {
    double start = 0;
    double end = 0;
    CongestionPhase phase = CongestionPhase::SlowStart;
};

/// The congestion-window estimate of the sender. The last round may still be open (provisional phase).
struct CwndSeries {
    std::vector<CwndPoint> points;
    std::vector<LossEvent> losses;
    std::vector<ValuePoint> ssthresh; ///< One point per loss episode.
    std::vector<FlightRound> rounds;
};
/// Consecutive rounds of the same phase merged into spans.
[[nodiscard]] std::vector<PhaseSpan> phaseSpans(const CwndSeries& series);

struct RttSample {
    double time = 0;         ///< When the ACK (or the echo) was seen.
    double rtt = 0;          ///< Seconds.
    std::uint32_t seq = 0;   ///< Relative seq the ACK covers (ack-based); 0 for timestamp samples.
    std::uint32_t frame = 0; ///< The ACK's frame.
};

struct RttSeries {
    std::vector<RttSample> ack;       ///< tcp.analysis.ack_rtt, retransmitted segments excluded.
    std::vector<RttSample> timestamp; ///< TSval first sent -> first echoed as TSecr.
};

struct RttStats {
    std::size_t count = 0;
    double min = 0;
    double avg = 0;
    double max = 0;
};
[[nodiscard]] RttStats rttStats(const std::vector<RttSample>& samples) noexcept;

struct RatePoint {
    double time = 0;
    double throughput = 0; ///< Bits per second, every payload byte.
    double goodput = 0;    ///< Bits per second, new bytes only.
    std::uint32_t len = 0; ///< This segment's payload.
    std::uint32_t frame = 0;
};

/// Throughput and goodput sampled at each segment carrying payload.
struct ThroughputSeries {
    double windowSeconds = 0; ///< The moving-average window actually used.
    std::vector<RatePoint> points;
};

} // namespace tcplens
