#pragma once
// A congestion-window estimate for one sender, from what a capture can see: the flight size
// at each transmission, loss episodes, an ssthresh guess and a slow-start / congestion-avoidance
// label. Like tcptrace's "outstanding data", it is a heuristic, not the sender's real cwnd.
//
// Rules (all in seconds; sRTT per RFC 6298 from the ACK RTT samples, else the iRTT, else 100 ms;
// RTT = max(sRTT, iRTT): the handshake spans the whole path wherever the capture was taken,
// while ACK RTTs seen near the receiver only cover the receiver's side):
// - Points: the flight at each new segment (retransmitted and out-of-order ones are not
//   sampled, as tcptrace's "outstanding data"; their flight still counts for a loss).
// - Rounds: transmissions are grouped into rounds one RTT long, starting at the first
//   transmission of each round; a timeout starts a new round.
// - Loss episode: a retransmission (plain, fast or spurious) when no episode is open; the episode
//   stays open until the receiver ACKs everything sent before it began (the recovery point).
//   A timeout always starts a new episode. Further retransmissions in an episode are not losses.
// - Timeout: a retransmission after a silence (no transmission) longer than max(200 ms, 2 RTT).
// - Flight at the loss: the larger of the retransmission's and the last sampled point's.
// - ssthresh after a loss = max(flight at the loss / 2, 2 MSS), MSS = the largest payload seen.
// - Phase of a round: slow start if it is the first round, or its max flight is >= 1.5 x the
//   previous round's, or a timeout happened and no round has reached ssthresh since; otherwise
//   congestion avoidance. The open round's phase is provisional.

#include "SeriesTypes.h"

#include <cstdint>

namespace tcplens {

class CongestionEstimator {
public:
    static constexpr double kMinTimeoutSilence = 0.2; ///< s
    static constexpr double kDefaultRtt = 0.1;        ///< s, when no RTT is known yet
    static constexpr double kSlowStartGrowth = 1.5;

    /// A segment with payload sent at `time`; `flight` is bytes in flight (-1 unknown);
    /// `end` the relative seq after it.
    void onTransmission(double time, std::uint32_t frame, std::int64_t flight, std::uint32_t len,
                        SegmentKind kind, std::uint32_t end);
    /// An ACK from the receiver at `time` (relative to this sender's ISN); ends a loss episode
    /// (its recovery) once it covers the recovery point.
    void onAck(double time, std::uint32_t relativeAck);
    /// An ACK RTT sample, in seconds.
    void onRttSample(double rtt);
    /// The handshake's RTT, used until the first sample.
    void setInitialRtt(double rtt) noexcept { initialRtt_ = rtt; }

    [[nodiscard]] const CwndSeries& series() const noexcept { return series_; }
    /// The smoothed ACK RTT, else the iRTT, else kDefaultRtt (s).
    [[nodiscard]] double smoothedRtt() const noexcept;
    /// The round length and timeout unit: max(smoothedRtt, iRTT) (s).
    [[nodiscard]] double roundLength() const noexcept;

private:
    void startRound(double time);
    void closeRound(double time);
    [[nodiscard]] CongestionPhase phaseOf(const FlightRound& round) const noexcept;
    void labelRound();
    void startEpisode(double time, std::uint32_t frame, std::int64_t flight, LossKind kind);

    CwndSeries series_;
    double srtt_ = -1;
    double initialRtt_ = -1;
    bool transmitted_ = false;
    double lastTransmission_ = 0;
    std::int64_t lastFlight_ = 0;
    std::uint32_t maxLen_ = 0;
    std::uint32_t highestEnd_ = 0;
    bool inEpisode_ = false;
    std::uint32_t recoveryPoint_ = 0;
    std::int64_t ssthresh_ = -1;
    bool slowStartAfterTimeout_ = false;
    bool roundOpen_ = false;
    std::int64_t previousRoundMax_ = 0;
};

} // namespace tcplens
