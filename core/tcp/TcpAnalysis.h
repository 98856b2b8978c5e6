#pragma once
// What the conversation tracker concludes about one TCP packet, Wireshark's tcp.analysis.* included.

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

namespace tcplens {

namespace analysis {
inline constexpr std::uint32_t Retransmission = 1U << 0;
inline constexpr std::uint32_t FastRetransmission = 1U << 1;
inline constexpr std::uint32_t SpuriousRetransmission = 1U << 2;
inline constexpr std::uint32_t OutOfOrder = 1U << 3;
inline constexpr std::uint32_t LostSegment = 1U << 4;
inline constexpr std::uint32_t AckLostSegment = 1U << 5;
inline constexpr std::uint32_t DuplicateAck = 1U << 6;
inline constexpr std::uint32_t ZeroWindow = 1U << 7;
inline constexpr std::uint32_t ZeroWindowProbe = 1U << 8;
inline constexpr std::uint32_t ZeroWindowProbeAck = 1U << 9;
inline constexpr std::uint32_t WindowFull = 1U << 10;
inline constexpr std::uint32_t WindowUpdate = 1U << 11;
inline constexpr std::uint32_t KeepAlive = 1U << 12;
inline constexpr std::uint32_t KeepAliveAck = 1U << 13;
inline constexpr std::uint32_t ReusedPorts = 1U << 14;
inline constexpr int Count = 15;
} // namespace analysis

/// Wireshark's field names without the "tcp.analysis." prefix, in bit order.
[[nodiscard]] std::vector<std::string> analysisNames(std::uint32_t flags);
/// Wireshark's bracketed info texts: "[TCP Retransmission]", "[TCP Dup ACK 12#1]"...
[[nodiscard]] std::string analysisInfoText(std::uint32_t flags, std::uint32_t dupAckFrame, std::uint16_t dupAckNumber);

/// RFC 9293 connection states, as seed 001's table names them.
enum class TcpState : std::uint8_t {
    Unknown, // no evidence yet (midstream capture)
    Closed,
    Listen,
    SynSent,
    SynReceived,
    Established,
    FinWait1,
    FinWait2,
    CloseWait,
    Closing,
    LastAck,
    TimeWait,
};
[[nodiscard]] const char* stateName(TcpState state) noexcept;

inline constexpr std::uint32_t kNoStream = std::numeric_limits<std::uint32_t>::max();

/// Per-packet results. Sentinels (-1) mean "does not apply / unknown".
struct TcpPacketAnalysis {
    std::uint32_t stream = 0;
    /// Of an ICMP error (whose `stream` is kNoStream): the conversation its quoted TCP header was
    /// filed in, as tshark gives that header a tcp.stream; kNoStream when it quotes none.
    std::uint32_t quotedStream = kNoStream;
    std::uint32_t relativeSeq = 0;
    std::uint32_t relativeAck = 0;
    std::uint32_t nextSeq = 0;          ///< Relative seq after this segment (0 when it carries nothing).
    std::uint32_t flags = 0;            ///< analysis::* bits.
    std::uint16_t dupAckNumber = 0;
    std::uint32_t dupAckFrame = 0;      ///< 1-based frame of the original ACK.
    std::int64_t calculatedWindow = -1; ///< Window << scale; the raw window when the scale is unknown.
    std::int32_t windowScale = -1;      ///< Shift applied; -1 unknown (no handshake), 0 when not negotiated.
    std::int64_t bytesInFlight = -1;
    std::int64_t ackRttNs = -1;
    std::uint32_t ackedFrame = 0;       ///< 1-based frame this packet's ACK completed (ack RTT source).
    std::int64_t initialRttNs = -1;
    std::uint8_t completeness = 0;      ///< Of the conversation as known at this packet.
    bool fromClient = true;             ///< Sent by the conversation's client.
    TcpState srcBefore = TcpState::Unknown;
    TcpState srcAfter = TcpState::Unknown;
    TcpState dstBefore = TcpState::Unknown;
    TcpState dstAfter = TcpState::Unknown;
    /// Never set by the tracker as the packet passes: a later packet's StateRevision may set it.
    bool notReceived = false;
};

} // namespace tcplens
