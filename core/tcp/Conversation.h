#pragma once
// One TCP conversation (a Wireshark tcp.stream): what a user is shown of it. The state the
// single-pass analysis keeps while packets arrive is the tracker's (ConversationState.h).

#include "ConversationKey.h"
#include "HistoryText.h"
#include "TcpAnalysis.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace tcplens {

/// 0 = client to server, 1 = server to client.
enum class Direction : std::uint8_t { ClientToServer = 0, ServerToClient = 1 };
[[nodiscard]] constexpr int index(Direction d) noexcept { return static_cast<int>(d); }
[[nodiscard]] constexpr Direction opposite(Direction d) noexcept
{
    return d == Direction::ClientToServer ? Direction::ServerToClient : Direction::ClientToServer;
}

/// Conversation::completeness bits, as Wireshark's tcp.completeness.
namespace complete {
inline constexpr std::uint8_t Syn = 1, SynAck = 2, Ack = 4, Data = 8, Fin = 16, Rst = 32;
} // namespace complete

/// Zeek's endpoint states, from which conn_state is derived.
enum class ZeekEndpointState : std::uint8_t { Inactive, SynSent, SynAckSent, Partial, Established, Closed, Reset };

/// What one side offered in its SYN.
struct OfferedOptions {
    std::uint16_t mss = 0;
    std::int8_t windowScale = -1; ///< -1: not offered.
    bool sawSyn : 1 = false;
    bool hasMss : 1 = false;
    bool sackPermitted : 1 = false;
    bool timestamps : 1 = false;
    bool ecn : 1 = false; ///< ECE+CWR on the SYN, ECE on the SYN-ACK (RFC 3168).
};

/// One side's totals and states. The analysis state behind them is the tracker's own
/// (ConversationState), so that a conversation costs little (issue 13: a port scan's million SYNs).
struct ConversationSide {
    std::uint64_t frameBytes = 0;
    std::uint64_t payloadBytes = 0;
    Endpoint endpoint;
    TcpState state = TcpState::Unknown;
    ZeekEndpointState zeekState = ZeekEndpointState::Inactive;
    std::uint32_t packets = 0; ///< Sent by this side (frame numbers are 32-bit, so is this).
    OfferedOptions offered;
};

struct Conversation {
    std::array<ConversationSide, 2> sides; ///< [client, server]
    std::int64_t firstNs = 0; ///< Earliest timestamp (a capture's clock can go backwards).
    std::int64_t lastNs = 0;  ///< Latest timestamp.
    std::int64_t initialRttNs = -1;
    HistoryText history;
    std::uint32_t stream = 0;
    std::uint32_t firstFrame = 0;
    std::uint32_t lastFrame = 0;
    std::uint32_t retransmissions = 0; ///< Segments flagged retransmission, fast or spurious.
    std::uint32_t zeroWindowEvents = 0;
    std::uint32_t sequencedSegments = 0; ///< Segments carrying data, SYN or FIN.
    std::uint32_t maxBytesInFlight = 0;  ///< Bytes in flight never exceed the 2^32 sequence space.
    /// TCP headers quoted in ICMP errors filed here, as tshark gives each its tcp.stream.
    std::uint32_t quotes = 0;
    std::uint8_t completeness = 0;
    bool clientKnown = false; ///< A SYN or SYN-ACK showed who opened it; else guessed by port.
    bool roleFlipped = false; ///< Zeek's '^': the first packet was not sent by the client.
    bool finished = false;    ///< RST seen, or both FINs sent: a new SYN starts a new stream.

    [[nodiscard]] ConversationSide& side(Direction d) noexcept { return sides[static_cast<std::size_t>(d)]; }
    [[nodiscard]] const ConversationSide& side(Direction d) const noexcept
    {
        return sides[static_cast<std::size_t>(d)];
    }
    [[nodiscard]] const ConversationSide& client() const noexcept { return sides[0]; }
    [[nodiscard]] const ConversationSide& server() const noexcept { return sides[1]; }
    [[nodiscard]] std::uint64_t packets() const noexcept { return std::uint64_t{sides[0].packets} + sides[1].packets; }
    /// Opened by a quoted header and met by no segment: tshark counts its stream number, but
    /// neither its conversation table nor anything else shows it.
    [[nodiscard]] bool quoteOnly() const noexcept { return packets() == 0; }
    /// The normalized 4-tuple (the two endpoints in order).
    [[nodiscard]] ConversationKey key() const noexcept
    {
        return sides[1].endpoint < sides[0].endpoint ? ConversationKey{sides[1].endpoint, sides[0].endpoint}
                                                     : ConversationKey{sides[0].endpoint, sides[1].endpoint};
    }
    /// Zeek's conn_state (S0, S1, SF, REJ, ...).
    [[nodiscard]] std::string connState() const;
    /// Retransmitted segments over all segments carrying data, SYN or FIN, in percent.
    [[nodiscard]] double retransmissionRate() const noexcept;
};

/// "10.0.0.1:8080", "[fd77::1]:8080".
[[nodiscard]] std::string endpointText(const Endpoint& endpoint);
/// The inverse of endpointText: "10.0.0.1:8080" or "[fd77::1]:8080"; nullopt for anything else.
[[nodiscard]] std::optional<Endpoint> parseEndpoint(std::string_view text);
/// Wireshark's completeness text, e.g. "Complete, WITH_DATA (31)".
[[nodiscard]] std::string completenessText(std::uint8_t completeness);

} // namespace tcplens
