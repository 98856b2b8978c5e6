#pragma once
// One TCP conversation (a Wireshark tcp.stream): its summary and the per-direction state
// the single-pass analysis keeps while packets arrive.

#include "../decode/TcpOption.h"
#include "ConversationKey.h"
#include "TcpAnalysis.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tcplens {

/// 0 = client to server, 1 = server to client.
enum class Direction : std::uint8_t { ClientToServer = 0, ServerToClient = 1 };
[[nodiscard]] constexpr int index(Direction d) noexcept { return static_cast<int>(d); }
[[nodiscard]] constexpr Direction opposite(Direction d) noexcept
{
    return d == Direction::ClientToServer ? Direction::ServerToClient : Direction::ClientToServer;
}

/// Zeek's endpoint states, from which conn_state is derived.
enum class ZeekEndpointState : std::uint8_t { Inactive, SynSent, SynAckSent, Partial, Established, Closed, Reset };

/// What one side offered in its SYN.
struct OfferedOptions {
    bool sawSyn = false;
    std::int32_t mss = -1;
    std::int32_t windowScale = -1; ///< -1: not offered.
    bool sackPermitted = false;
    bool timestamps = false;
    bool ecn = false; ///< ECE+CWR on the SYN, ECE on the SYN-ACK (RFC 3168).
};

/// A segment still waiting for its ACK (Wireshark's tcp_unacked_t).
struct UnackedSegment {
    std::uint32_t frame = 0;
    std::uint32_t seq = 0;
    std::uint32_t nextSeq = 0;
    std::int64_t timestampNs = 0;
};

/// Analysis state of one direction (Wireshark's tcp_flow_t + tcp_analyze_seq_info).
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

struct ConversationSide {
    Endpoint endpoint;
    std::uint64_t packets = 0;     ///< Sent by this side.
    std::uint64_t frameBytes = 0;
    std::uint64_t payloadBytes = 0;
    OfferedOptions offered;
    TcpState state = TcpState::Unknown;
    ZeekEndpointState zeekState = ZeekEndpointState::Inactive;
    FlowState flow;
    // Zeek history bookkeeping
    bool historyAck = false, historyData = false, historyInconsistent = false, historyMultiFlag = false;
    std::int64_t lastSynSeq = -1, lastSynAckSeq = -1, lastFinSeq = -1, lastRstSeq = -1;
    std::uint32_t badChecksums = 0, gaps = 0, retransmissions = 0, zeroWindows = 0;
};

struct Conversation {
    std::uint32_t stream = 0;
    ConversationKey key;
    std::array<ConversationSide, 2> sides; ///< [client, server]
    bool clientKnown = false;  ///< A SYN or SYN-ACK showed who opened it; else guessed by port.
    bool roleFlipped = false;  ///< Zeek's '^': the first packet was not sent by the client.
    std::int64_t firstNs = 0; ///< Earliest timestamp (a capture's clock can go backwards).
    std::int64_t lastNs = 0;  ///< Latest timestamp.
    std::uint32_t firstFrame = 0;
    std::uint32_t lastFrame = 0;
    std::uint8_t completeness = 0;
    std::int64_t synTimeNs = -1;
    std::int64_t initialRttNs = -1;
    std::uint64_t retransmissions = 0; ///< Segments flagged retransmission, fast or spurious.
    std::uint64_t zeroWindowEvents = 0;
    std::int64_t maxBytesInFlight = 0;
    std::string history;
    bool finished = false; ///< RST seen, or both FINs sent: a new SYN starts a new stream.

    [[nodiscard]] ConversationSide& side(Direction d) noexcept { return sides[static_cast<std::size_t>(d)]; }
    [[nodiscard]] const ConversationSide& side(Direction d) const noexcept
    {
        return sides[static_cast<std::size_t>(d)];
    }
    [[nodiscard]] const ConversationSide& client() const noexcept { return sides[0]; }
    [[nodiscard]] const ConversationSide& server() const noexcept { return sides[1]; }
    [[nodiscard]] std::uint64_t packets() const noexcept { return sides[0].packets + sides[1].packets; }
    /// Zeek's conn_state (S0, S1, SF, REJ, ...).
    [[nodiscard]] std::string connState() const;
    /// Retransmitted segments over all segments carrying data, SYN or FIN, in percent.
    [[nodiscard]] double retransmissionRate() const noexcept;
    std::uint64_t sequencedSegments = 0; ///< Segments carrying data, SYN or FIN.
};

/// "10.0.0.1:8080", "[fd77::1]:8080".
[[nodiscard]] std::string endpointText(const Endpoint& endpoint);
/// The inverse of endpointText: "10.0.0.1:8080" or "[fd77::1]:8080"; nullopt for anything else.
[[nodiscard]] std::optional<Endpoint> parseEndpoint(std::string_view text);
/// Wireshark's completeness text, e.g. "Complete, WITH_DATA (31)".
[[nodiscard]] std::string completenessText(std::uint8_t completeness);

} // namespace tcplens
