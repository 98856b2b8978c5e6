#pragma once
// The answers of the Kurose–Ross Wireshark TCP lab (and its local variants) for one conversation,
// as numbers with the frames they come from. ConversationReportBuilder computes them; ReportWriter
// words them in English or Chinese as text, Markdown or JSON.

#include "../kernel/KernelLimitSplit.h"
#include "../series/LimitFactor.h"
#include "../tcp/Conversation.h"

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

namespace tcplens {

/// The client's SYN (the first one seen; later copies are retransmissions).
struct ReportSyn {
    std::uint32_t frame = 0;
    std::uint32_t rawSeq = 0;      ///< The ISN.
    std::uint32_t relativeSeq = 0; ///< 0, as Wireshark shows it.
    std::uint16_t flags = 0;       ///< The header's 12 flag bits (0x002: SYN alone).
    std::vector<std::uint32_t> copies; ///< Frames of later SYNs with the same ISN.
};

/// The server's SYN-ACK answering it.
struct ReportSynAck {
    std::uint32_t frame = 0;
    std::uint32_t rawSeq = 0;      ///< The server's ISN.
    std::uint32_t rawAck = 0;
    std::uint32_t relativeAck = 0; ///< 1 when it acknowledges the client's SYN.
    std::uint16_t flags = 0;       ///< 0x012: SYN and ACK.
    bool ackIsClientIsnPlusOne = false; ///< rawAck == client ISN + 1 (mod 2^32); false without a SYN.
};

/// A sender's first segment carrying data (the lab's "segment containing the HTTP POST").
struct ReportFirstData {
    std::uint32_t frame = 0;
    std::uint32_t rawSeq = 0;
    std::uint32_t relativeSeq = 0;
    std::uint32_t length = 0;
};

/// One of the first six new data segments of a sender and the ACK that covers it. Times are
/// seconds since the capture's first packet (frame.time_relative); RTTs in seconds, -1 = none.
struct RttRow {
    std::uint32_t frame = 0;
    std::uint32_t relativeSeq = 0;
    std::uint32_t length = 0;
    double sent = 0;
    std::uint32_t ackFrame = 0;        ///< First ACK from the receiver with ack >= seq + length; 0 if none.
    double acked = -1;
    std::uint32_t retransmittedIn = 0; ///< A copy of these bytes sent before that ACK (Karn: no sample); 0 if none.
    double sampleRtt = -1;
    double estimatedRtt = -1;          ///< After this row (carried over when it has no sample).
    double devRtt = -1;
    double rto = -1;                   ///< estimatedRtt + 4 devRtt.
};

/// The window the receiver advertised to this sender, and whether it held the sender back.
struct ReportWindow {
    std::int64_t minWindow = -1;   ///< Smallest calculated (scaled) window the receiver advertised; -1 none.
    std::uint32_t minWindowFrame = 0;
    std::int64_t maxWindow = -1;
    std::uint32_t windowFull = 0;  ///< Sender segments that filled the window (tcp.analysis.window_full).
    std::uint32_t firstWindowFullFrame = 0;
    std::uint32_t zeroWindow = 0;  ///< Receiver packets advertising 0 (tcp.analysis.zero_window).
    std::uint32_t firstZeroWindowFrame = 0;
    std::int64_t maxFlight = -1;   ///< Largest bytes in flight of the sender.
    std::uint32_t maxFlightFrame = 0;
    [[nodiscard]] bool throttled() const noexcept { return windowFull > 0 || zeroWindow > 0; }
};

/// Bytes the receiver acknowledged over the time from the first data segment to that ACK.
struct ReportThroughput {
    std::uint64_t bytes = 0;
    std::uint32_t firstFrame = 0; ///< The first data segment.
    double firstTime = 0;
    std::uint32_t ackFrame = 0;   ///< The first ACK covering the last data byte acknowledged.
    double ackTime = 0;
    [[nodiscard]] double seconds() const noexcept { return ackTime - firstTime; }
    [[nodiscard]] double bytesPerSecond() const noexcept { return seconds() > 0 ? double(bytes) / seconds() : 0; }
};

enum class SlowStartEnd : std::uint8_t {
    NoData,      ///< The sender sent no data.
    Loss,        ///< The first loss episode (a retransmission) ended it.
    NotSeen,     ///< No loss: the capture shows no end (ssthresh itself is invisible).
};

struct ReportSlowStart {
    SlowStartEnd end = SlowStartEnd::NoData;
    std::uint32_t frame = 0;            ///< The retransmission that started the first loss episode.
    double time = 0;
    double roundLength = 0;             ///< The RTT rounds are formed with (s).
    std::vector<std::int64_t> roundFlights; ///< Max bytes in flight of each round up to the loss (at most 16).
};

/// Everything about one direction's data: its sender, and the receiver's ACKs and window.
struct ReportDirection {
    Direction direction = Direction::ClientToServer;
    std::uint64_t payloadBytes = 0;      ///< Retransmissions included.
    std::uint32_t dataSegments = 0;      ///< Segments carrying payload, retransmissions included.
    std::uint32_t minLength = 0;
    std::uint32_t maxLength = 0;
    std::optional<ReportFirstData> firstData;
    std::vector<RttRow> rtt;             ///< Up to six rows.
    ReportWindow window;
    std::vector<std::uint32_t> retransmissions; ///< Frames flagged retransmission (fast and spurious too).
    std::uint32_t fastRetransmissions = 0;
    ReportThroughput throughput;
    ReportSlowStart slowStart;
    LimitTotals limits;                  ///< What held the sender back (series/LimitTracker).
    bool limitsNearReceiver = false;     ///< Captured next to the receiver: most rounds unknown.
    std::vector<LimitSegment> limitTimeline; ///< Seconds since the stream's first packet.
    /// The kernel's split beside the wire's (addKernelSplit): nullopt without a tcp_info sidecar.
    std::optional<KernelLimitComparison> kernel;

    [[nodiscard]] static ReportDirection sentBy(Direction d)
    {
        ReportDirection r;
        r.direction = d;
        return r;
    }
};

struct ConversationReport {
    static constexpr std::size_t kRttRows = 6;
    static constexpr double kAlpha = 0.125;
    static constexpr double kBeta = 0.25;

    std::uint32_t stream = 0;
    Endpoint client;
    Endpoint server;
    bool clientKnown = false; ///< A SYN or SYN-ACK showed who opened it; else guessed by port.
    std::uint32_t packets = 0;
    std::uint32_t firstFrame = 0;
    std::uint32_t lastFrame = 0;
    std::int64_t firstNs = 0; ///< Timestamps of the stream's first and last packets.
    std::int64_t lastNs = 0;
    std::optional<ReportSyn> syn;
    std::optional<ReportSynAck> synAck;
    /// [client to server, server to client]
    std::array<ReportDirection, 2> directions{ReportDirection::sentBy(Direction::ClientToServer),
                                              ReportDirection::sentBy(Direction::ServerToClient)};

    [[nodiscard]] const ReportDirection& of(Direction d) const noexcept { return directions[static_cast<std::size_t>(index(d))]; }
};

} // namespace tcplens
