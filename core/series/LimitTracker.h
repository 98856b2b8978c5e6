#pragma once
// The limiting-factor timeline of one TCP stream, both directions, built packet by packet from
// the conversation tracker's results (O(1) state per direction plus one span per round trip).
// docs/limiting-factors.md states the rules with their reasoning; in short, for the sender of a
// direction (R = max(sRTT, iRTT, 1 ms), sRTT per RFC 6298 from the ACK RTTs):
// - Handshake: from the first SYN to the ACK that completes it.
// - Stalls, cut out of the rounds: a zero window (from the receiver's Win=0 to the ACK that opens
//   it); a retransmission timeout (the silence before a retransmission sent more than
//   max(200 ms, 2 R) after the last transmission); a drained pipe (everything ACKed, nothing sent)
//   longer than max(R, 1 ms) is application-limited, longer than max(4 R, 500 ms) idle.
// - The rest is cut into rounds of length R from the first transmission after a stall, and each
//   round is judged by its transmissions, first rule that applies:
//   receiver-side capture -> unknown; a retransmission or an open loss episode (from the third
//   duplicate ACK, a SACK block above the ACK or the first retransmission, to the ACK of the
//   recovery point) -> loss recovery;
//   most flights unknown or beyond the last window seen (missing ACKs) -> unknown;
//   the round's peak flight, or half its segments, within 2 MSS of the advertised window ->
//   receiver window (of it, the time the window had room for a segment, or a paced sender had
//   not reached its next release, counts as congestion in the totals: Linux checks pacing first);
//   half its segments shorter than the MSS with room in the window ->
//   application; no transmission -> the previous round's factor; otherwise congestion.
// - Congestion rounds whose peak flight (above 4 MSS) stays within 1.5 MSS for 4 rounds or more, without loss
//   and with the ACK RTT within 1.25 x the minimum (no queue growing anywhere) are the sender's
//   own window: send buffer (T-RAT's "sender window limited").

#include "../decode/DecodedPacket.h"
#include "../tcp/Conversation.h"
#include "../tcp/TcpAnalysis.h"
#include "LimitFactor.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <vector>

namespace tcplens {

class LimitTracker {
public:
    static constexpr double kMinRound = 0.001;            ///< s: rounds never shorter (clock and ACK granularity).
    static constexpr double kDefaultRtt = 0.1;            ///< s, until an RTT is known.
    static constexpr double kMinTimeoutSilence = 0.2;     ///< s, as CongestionEstimator.
    static constexpr double kTimeoutSilenceRounds = 2;
    static constexpr int kLossDupAcks = 3;                ///< Duplicate ACKs that start a loss episode (RFC 5681).
    static constexpr double kMinAppGap = 0.001;           ///< s
    static constexpr double kMinIdleGap = 0.5;            ///< s
    static constexpr double kIdleGapRounds = 4;
    static constexpr double kWindowSlackSegments = 2;     ///< Less room than this in the window: window-bound.
    static constexpr double kBoundShare = 0.5;
    static constexpr double kShortShare = 0.5;
    static constexpr double kUnknownShare = 0.5;
    static constexpr int kFlatRounds = 4;
    static constexpr double kFlatSegments = 1.5;
    static constexpr double kQueueFreeRtt = 1.25;
    static constexpr double kMinSendBufferSegments = 4;   ///< A flat flight must be larger to be a send buffer.
    static constexpr double kReceiverSideShare = 0.8;     ///< Of the iRTT spent beyond the capture on the sender's side.
    static constexpr double kMinPathRttForSide = 0.002;   ///< s: below it the capture point does not matter.
    static constexpr std::size_t kFirstSpans = 4;         ///< Room for a short transfer's spans in one allocation.

    /// Feeds one packet of the stream, in capture order; the first packet fixes the stream and
    /// time zero, packets of other streams are ignored.
    void add(std::int64_t timestampNs, const TcpInfo& tcp, const TcpPacketAnalysis& analysis);

    /// The timeline of the direction's sender so far (the open round closed at the last packet),
    /// spans of the same factor merged. Empty when the direction sent no data.
    [[nodiscard]] std::vector<LimitSegment> timeline(Direction data) const;
    [[nodiscard]] LimitTotals totals(Direction data) const { return limitTotals(timeline(data)); }
    /// Whether the capture was taken near the receiver of `data` (the sender's turn of the
    /// handshake took most of the iRTT): flights there are not the sender's.
    [[nodiscard]] bool receiverSide(Direction data) const noexcept;
    [[nodiscard]] bool empty() const noexcept { return !started_; }

private:
    struct Span {
        double start = 0;
        double end = 0;
        std::int64_t peakFlight = 0;
        double maxRtt = -1; ///< Largest ACK RTT sample in the span; -1 none.
        double paced = 0; ///< Of a receiver-window span, the seconds pacing held the sender.
        LimitFactor factor = LimitFactor::Unknown;
        bool candidate = false; ///< A congestion round the send-buffer rule may relabel.
    };
    // Fields ordered by size: a capture holds one tracker per stream (58,000 on the benchmark's
    // 2M-packet file), and padding between them cost a tenth of the tracker's memory.
    struct Round {
        double start = 0;
        std::int64_t peakFlight = -1;
        double maxRtt = -1;
        int segments = 0;
        int bound = 0;
        int shortOnes = 0;
        int unknown = 0;
        bool loss = false;
        bool peakBound = false;
    };
    struct Side {
        std::vector<Span> spans;
        /// Since the cursor, the stretches [from, to] in which the window, not pacing, held the next
        /// segment: a span takes exactly those inside it (rounds close behind the packets seen).
        std::vector<std::pair<double, double>> boundStretches;
        Round round;
        double cursor = -1; ///< End of the last span; -1 before the timeline starts.
        double srtt = -1;
        double minRtt = -1;
        std::int64_t window = -1;
        double drainedAt = 0;
        double lastTransmission = -1;
        double boundFrom = -1;  ///< Since when the window has held the next segment; -1 it has room.
        double boundSeen = 0;   ///< Up to when boundStretches are counted.
        double spacing = 0;     ///< s between the last two transmissions the window had room for.
        std::uint32_t highestEnd = 0;
        std::uint32_t lastAck = 0;
        std::uint32_t maxPayload = 0;
        std::uint32_t recoveryPoint = 0;
        std::uint16_t offeredMss = 0; ///< By the receiver, in its SYN.
        LimitFactor lastFactor = LimitFactor::Unknown;
        bool ackSeen = false;
        bool sentData = false;
        bool timestampsOn = false;
        bool roundOpen = false;
        bool handshakeOwed = false; ///< The handshake span goes first when the side sends data.
        bool drained = false;
        bool zeroWindow = false;
        bool inEpisode = false;
        bool roomAfterLast = true; ///< The last transmission left room for another segment.
        bool ackSinceLast = false; ///< An ACK came after the last transmission (it may have released the next).
    };

    [[nodiscard]] double roundLength(const Side& s) const noexcept;
    [[nodiscard]] static double mss(const Side& s) noexcept;
    void closeDue(Side& s, Direction data, double end) const;
    void finish(Side& s, Direction data) const;
    void applySendBufferRule(Side& s) const;
    void startSide(Side& s, double time) const;
    void onSent(Side& s, Direction data, double time, const TcpInfo& tcp, const TcpPacketAnalysis& a);
    void onReceived(Side& s, Direction data, double time, const TcpInfo& tcp, const TcpPacketAnalysis& a);
    void openRound(Side& s) const;
    void closeRound(Side& s, Direction data, double end) const;
    void endDrain(Side& s, Direction data, double time) const;
    /// Records the window-bound time up to `time` (every packet passes here: the test stays inline).
    static void countBound(Side& s, double time)
    {
        if (s.boundFrom >= 0)
            addBoundStretch(s, time);
        s.boundSeen = std::max(s.boundSeen, time);
    }
    static void addBoundStretch(Side& s, double time);
    /// The window-bound seconds between the cursor and `end`, forgetting those before `end`.
    static double takeBound(Side& s, double end);
    [[nodiscard]] LimitFactor judge(const Side& s, Direction data) const noexcept;
    static void push(Side& s, double end, LimitFactor factor, std::int64_t peak = 0, double maxRtt = -1,
                     bool candidate = false);

    std::array<Side, 2> sides_;
    bool started_ = false;
    std::uint32_t stream_ = 0;
    std::int64_t firstNs_ = 0;
    double lastTime_ = 0;
    double synAt_ = -1;
    double synAckAt_ = -1;
    double handshakeEnd_ = -1;
    double initialRtt_ = -1;
};

} // namespace tcplens
