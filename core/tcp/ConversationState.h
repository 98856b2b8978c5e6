#pragma once
// What the conversation tracker keeps of one conversation beyond what it shows: the per-direction
// sequence analysis (Wireshark's tcp_flow_t + tcp_analyze_seq_info) and Zeek's history bookkeeping.
// Only conversations past their first packet hold one (ConversationTracker replays that packet).

#include "../decode/TcpOption.h"
#include "RecentStates.h"

#include <array>
#include <cstdint>
#include <vector>

namespace tcplens {

/// A segment still waiting for its ACK (Wireshark's tcp_unacked_t).
struct UnackedSegment {
    static constexpr std::uint32_t kFirstCopy = 1; ///< New data in order: no retransmission, probe or out-of-order copy.
    static constexpr std::uint32_t kTrimmed = 2;   ///< A partial ACK moved `seq` into it.
    static constexpr std::uint32_t kLost = 4;      ///< Proven not received (docs/state-inference.md).

    std::uint32_t frame = 0;
    std::uint32_t seq = 0;
    std::uint32_t nextSeq = 0;
    std::uint32_t bits = 0; ///< k* above; fills what was padding before timestampNs.
    std::int64_t timestampNs = 0;
};

/// Analysis state of one direction.
struct FlowState {
    bool baseSet = false;
    std::uint32_t baseSeq = 0;
    std::int32_t windowScale = -1; ///< -1 unknown, -2 not negotiated, else the shift.
    std::uint32_t window = 0;       ///< Last calculated window.
    bool windowSeen = false;
    // Wireshark marks "not seen yet" with a 0 sequence number, which breaks when a real number is
    // 0 (an ISN near 2^32); explicit flags keep the arithmetic right everywhere.
    bool nextSeqSet = false;
    bool maxSeqToBeAckedSet = false;
    bool lastAckSet = false;
    std::uint32_t nextSeq = 0;      ///< Highest next sequence number seen.
    std::uint32_t nextSeqFrame = 0;
    std::int64_t nextSeqTimeNs = 0;
    std::uint32_t maxSeqToBeAcked = 0;
    std::uint32_t lastAck = 0;      ///< Of the last segment with ACK set.
    std::int64_t lastAckTimeNs = 0;
    /// Duplicate ACKs in the current run; -1 after an "ACKed unseen segment" this flow's data
    /// could not explain, so that the hole is reported once (Wireshark's dupacknum).
    std::int32_t dupAckCount = 0;
    std::uint32_t lastNonDupAckFrame = 0;
    std::uint32_t lastSegmentFlags = 0;
    bool validBytesInFlight = true; ///< Off from a hole in this flow until the peer ACKs again.
    /// In transmission order. While `unackedSorted`, both seq and nextSeq only grow along it, so
    /// an ACK removes a prefix and the flight is back - front; a retransmission breaks that.
    std::vector<UnackedSegment> unacked;
    bool unackedSorted = true;
    std::array<SackBlock, 4> sack{}; ///< SACK blocks of this flow's latest segment (absolute).
    std::uint8_t sackCount = 0;
};

/// One side's sequence analysis and the history bookkeeping Zeek keeps per endpoint.
struct SideState {
    FlowState flow;
    bool historyAck = false, historyData = false, historyInconsistent = false, historyMultiFlag = false;
    /// The peer's FIN went by, but this side's next segment proved it had not arrived (a crossing
    /// FIN): it takes it when a later segment of the peer arrives, since one path keeps its order.
    bool peerFinOnItsWay = false;
    /// Some of this side's unacknowledged segments are marked lost (UnackedSegment::kLost).
    bool hasLostMarks = false;
    std::int64_t lastSynSeq = -1, lastSynAckSeq = -1, lastFinSeq = -1, lastRstSeq = -1;
    std::uint32_t badChecksums = 0, gaps = 0, retransmissions = 0, zeroWindows = 0;
};

struct ConversationState {
    std::array<SideState, 2> sides; ///< [client, server], as Conversation::sides.
    std::int64_t synTimeNs = -1;    ///< Of the most recent SYN, which the initial RTT is timed from.
    RecentStates recent;            ///< The window in which a receipt may still be withdrawn.
};

} // namespace tcplens
