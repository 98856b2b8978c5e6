#pragma once
// Everything a flow graph says about one arrow, computed on demand from the packet's bytes and
// its analysis record (nothing here is stored per row).

#include "../tcp/TcpAnalysis.h"

#include <cstdint>
#include <string>

namespace tcplens {

/// Relative numbers (Wireshark's default, the ISN is 0) or the raw ones on the wire.
enum class SequenceNumbers : std::uint8_t { Relative, Absolute };

/// How an arrow is drawn; the most telling analysis wins (RST > retransmission > ...).
enum class ArrowStyle : std::uint8_t {
    Normal,
    Handshake,       ///< SYN, SYN-ACK
    Close,           ///< FIN
    Reset,           ///< RST
    Retransmission,  ///< retransmission, fast or spurious retransmission
    DuplicateAck,
    ZeroWindow,      ///< zero window, zero-window probe and its ACK, window full
    OutOfOrder,      ///< out-of-order, previous segment not captured, ACKed unseen segment
    KeepAlive,       ///< keep-alive and its ACK
};
/// "normal", "handshake", "close", "reset", "retransmission", "dup-ack", "zero-window", "out-of-order", "keep-alive".
[[nodiscard]] const char* arrowStyleName(ArrowStyle style) noexcept;

struct FlowArrow {
    std::uint32_t row = 0;
    std::uint32_t frame = 0;            ///< 1-based, as the packet list numbers it.
    std::int64_t timestampNs = 0;
    std::int64_t sinceStartNs = 0;      ///< Since the model's first arrow.
    std::uint32_t stream = 0;
    std::uint32_t conversation = 0;     ///< Index into FlowModel::conversations().
    std::uint32_t fromLifeline = 0;
    std::uint32_t toLifeline = 0;
    bool fromClient = true;
    std::uint16_t srcPort = 0;
    std::uint16_t dstPort = 0;

    std::uint16_t tcpFlags = 0;         ///< The 12 header bits.
    std::string flags;                  ///< In words: "SYN", "SYN-ACK", "PSH-ACK", "FIN-ACK", "RST-ACK".
    std::uint32_t seq = 0;              ///< Absolute, as on the wire.
    std::uint32_t ack = 0;
    std::uint32_t relativeSeq = 0;
    std::uint32_t relativeAck = 0;      ///< 0 when the ACK flag is clear.
    std::uint32_t length = 0;           ///< TCP payload bytes (tcp.len).
    std::uint16_t rawWindow = 0;
    std::int64_t window = -1;           ///< Calculated (scaled) window; the raw one when the scale is unknown.
    std::string payloadText;            ///< Escaped first bytes of a text payload ("Hello, client!"), else "".

    std::uint32_t analysis = 0;         ///< analysis::* bits.
    std::uint32_t dupAckFrame = 0;
    std::uint16_t dupAckNumber = 0;
    std::string analysisText;           ///< "[TCP Retransmission] [TCP Dup ACK 7#1]", or "".
    std::string info;                   ///< Wireshark's one-line Info text (for a tooltip).
    ArrowStyle style = ArrowStyle::Normal;

    TcpState senderBefore = TcpState::Unknown;
    TcpState senderAfter = TcpState::Unknown;
    TcpState receiverBefore = TcpState::Unknown;
    TcpState receiverAfter = TcpState::Unknown;
    /// When a packet taken late (a crossing FIN) moved the receiver before this arrow reached it:
    /// the state it found it in (receiverBefore -> receiverOnArrival -> receiverAfter); else Unknown.
    TcpState receiverOnArrival = TcpState::Unknown;
    /// Seen on the wire, but the receiver's next segment proves it had not arrived (lost or still in
    /// flight after the capture point): the receiver's states do not take it.
    bool notReceived = false;

    [[nodiscard]] bool has(std::uint16_t flag) const noexcept { return (tcpFlags & flag) != 0; }
    [[nodiscard]] std::uint32_t seqIn(SequenceNumbers mode) const noexcept
    {
        return mode == SequenceNumbers::Relative ? relativeSeq : seq;
    }
    [[nodiscard]] std::uint32_t ackIn(SequenceNumbers mode) const noexcept
    {
        return mode == SequenceNumbers::Relative ? relativeAck : ack;
    }
    /// The arrow's label: "SYN-ACK seq=0 ack=1 len=0 win=65160" (ack only when the ACK flag is set);
    /// `ports` prefixes "33728 → 8888 " (for host lifelines, which carry several ports).
    [[nodiscard]] std::string label(SequenceNumbers mode, bool ports = false) const;
    /// The comment column: analysis text and the quoted payload, e.g. "[TCP Retransmission] \"HELO\"".
    [[nodiscard]] std::string comment() const;
};

} // namespace tcplens
