#pragma once
// The flow graph's model for Qt painting: a thin adapter over the core's FlowModel (rows,
// lifelines, state tracks) that turns an arrow's facts into the texts the diagram shows,
// following the relative/absolute toggle, and caches the few rows on screen. No widgets: the
// GUI view, the image exports and tcplens-cli all draw from it.

#include <flow/FlowModel.h>
#include <series/LimitFactor.h>

#include <QString>

#include <array>
#include <optional>
#include <cstdint>
#include <unordered_map>
#include <vector>

namespace tcplens::ui {

/// One lifeline's header texts.
struct FlowGraphLifeline {
    QString title;    ///< "10.0.0.1:33728", "[fd77::1]:80", or a host's address.
    QString subtitle; ///< "client", "server", "ports 80, 443".
};

/// How an arrow is drawn.
enum class FlowArrowKind : std::uint8_t {
    Reset,           ///< RST set.
    Retransmission,  ///< Retransmission, fast or spurious.
    OutOfOrder,      ///< Out of order, previous segment not captured, ACKed unseen segment.
    ZeroWindow,      ///< Zero window, window full, zero-window probe and its ACK.
    DuplicateAck,
    KeepAlive,       ///< Keep-alive and its ACK.
    OpenClose,       ///< SYN or FIN.
    Data,            ///< Carries payload.
    Ack,             ///< Anything else: a pure ACK.
};

/// One row's arrow, with every text the diagram shows.
struct FlowGraphArrow {
    PacketNumber packet = 0;
    std::int64_t sinceStartNs = 0;
    int from = 0;             ///< Lifeline indexes.
    int to = 0;
    FlowArrowKind kind = FlowArrowKind::Ack;
    bool analysed = false;    ///< Carries a tcp.analysis flag.
    bool notReceived = false; ///< A later packet proved its receiver never got it (FlowArrow::notReceived).
    QString flags;            ///< "SYN-ACK".
    QString numbers;          ///< "seq=0 ack=1" (above the arrow).
    QString sizes;            ///< "len=0 win=65535" (below it).
    QString payload;          ///< The payload's first bytes when they are text, quoted; else empty.
    QString comment;          ///< Analysis in Wireshark's words; a change of limiting factor.
    QString toolTip;          ///< Frame, Wireshark's Info line, state changes.
};

class FlowGraphModel {
public:
    /// The capture to draw from; both must outlive the model (or be replaced before they go).
    void setCapture(const PacketStore* store, const PacketAnalysisStore* analyses);
    /// The conversations to show; empty shows nothing.
    void setStreams(std::vector<std::uint32_t> streams);
    /// Wireshark's relative seq/ack (default) or the raw ones.
    void setRelativeNumbers(bool relative);
    /// Rebuilds from the capture (after it grew).
    void refresh();

    [[nodiscard]] const FlowModel& core() const noexcept { return core_; }
    [[nodiscard]] const std::vector<std::uint32_t>& streams() const noexcept { return streams_; }
    [[nodiscard]] bool relativeNumbers() const noexcept { return relative_; }
    [[nodiscard]] SequenceNumbers numbers() const noexcept
    {
        return relative_ ? SequenceNumbers::Relative : SequenceNumbers::Absolute;
    }
    [[nodiscard]] int rowCount() const noexcept { return static_cast<int>(core_.rowCount()); }
    [[nodiscard]] PacketNumber packetAt(int row) const noexcept { return core_.row(static_cast<std::size_t>(row)).packet; }
    /// The row showing `packet`, or -1.
    [[nodiscard]] int rowOfPacket(PacketNumber packet) const noexcept;
    [[nodiscard]] std::int64_t timestampNs(int row) const noexcept { return core_.timestampNs(static_cast<std::size_t>(row)); }
    [[nodiscard]] int lifelineCount() const noexcept { return static_cast<int>(lifelines_.size()); }
    [[nodiscard]] const std::vector<FlowGraphLifeline>& lifelines() const noexcept { return lifelines_; }
    /// Sender and receiver lifeline of a row, without building its texts.
    [[nodiscard]] std::pair<int, int> endsOf(int row) const noexcept;
    /// The arrow of `row` with its texts (the rows recently asked for are cached).
    [[nodiscard]] const FlowGraphArrow& arrow(int row) const;
    /// The drawing style of a core arrow.
    [[nodiscard]] static FlowArrowKind kindOf(const FlowArrow& arrow) noexcept;

private:
    void rebuild();
    [[nodiscard]] FlowGraphArrow buildArrow(int row) const;

    const PacketStore* store_ = nullptr;
    const PacketAnalysisStore* analyses_ = nullptr;
    std::vector<std::uint32_t> streams_;
    bool relative_ = true;
    FlowModel core_;
    std::vector<FlowGraphLifeline> lifelines_;
    mutable std::unordered_map<int, FlowGraphArrow> cache_;
    // The limiting-factor timelines (client's data, server's) of the one stream shown, for the
    // comment where a sender's factor changes; empty when several streams are shown.
    std::array<std::vector<LimitSegment>, 2> limits_;
    std::int64_t limitsZeroNs_ = 0;
    // What limits_ was built from: a rebuild for the same stream of the same packets (a language
    // change, a new packet model) keeps it instead of building the stream's series again.
    struct LimitsKey {
        const PacketStore* store = nullptr;
        const PacketAnalysisStore* analyses = nullptr;
        std::uint32_t stream = 0;
        std::size_t packets = 0;
        bool operator==(const LimitsKey&) const = default;
    };
    std::optional<LimitsKey> limitsKey_;
};

} // namespace tcplens::ui
