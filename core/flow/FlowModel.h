#pragma once
// The flow graph of a loaded capture (a sequence diagram): lifelines, one compact row per arrow,
// TCP state tracks, and each arrow's facts computed on demand from the packet's bytes.
//
// Built over the stores the GUI already holds; the model keeps pointers to them, so they must
// outlive it and must not change while it is used (rebuild after loading more packets).
// Const member functions are safe to call from several threads.

#include "../capture/PacketAnalysisStore.h"
#include "../capture/PacketStore.h"
#include "FlowArrow.h"
#include "FlowConversation.h"
#include "FlowLifeline.h"
#include "FlowRow.h"
#include "FlowSelection.h"
#include "FlowStateTrack.h"

#include <memory>
#include <optional>
#include <span>
#include <vector>

namespace tcplens {

class FlowCopyIndex;

class FlowModel {
public:
    FlowModel() = default;
    /// One pass over the analysis records (no decoding except each conversation's first packet).
    /// One conversation gets one lifeline per endpoint, client on the left; several get one lifeline
    /// per host, in order of first appearance (each conversation's client first).
    [[nodiscard]] static FlowModel build(const PacketStore& packets, const PacketAnalysisStore& analyses,
                                         const FlowSelection& selection);

    [[nodiscard]] bool empty() const noexcept { return rows_.empty(); }
    [[nodiscard]] std::size_t rowCount() const noexcept { return rows_.size(); }
    [[nodiscard]] const FlowRow& row(std::size_t r) const noexcept { return rows_[r]; }
    [[nodiscard]] std::span<const FlowRow> rows() const noexcept { return rows_; }
    [[nodiscard]] const std::vector<FlowLifeline>& lifelines() const noexcept { return lifelines_; }
    [[nodiscard]] const std::vector<FlowConversation>& conversations() const noexcept { return conversations_; }
    /// Two tracks per conversation (client side, server side), in conversation order.
    [[nodiscard]] const std::vector<FlowStateTrack>& stateTracks() const noexcept { return tracks_; }
    /// True when lifelines are hosts (several conversations), false for endpoint lifelines.
    [[nodiscard]] bool hostLifelines() const noexcept { return hostLifelines_; }
    /// Band slots on lifeline `l`: how many of its conversations overlap in time at most (the most
    /// on any lifeline is maxSlots()). Each track's `slot` is its position among them.
    [[nodiscard]] std::uint32_t slotsOn(std::uint32_t lifeline) const noexcept;
    [[nodiscard]] std::uint32_t maxSlots() const noexcept;

    /// The facts of row `r`, decoded now (about a microsecond); `info` follows `infoNumbers`, and is
    /// left empty without `withInfo` (it costs as much as the rest).
    [[nodiscard]] FlowArrow arrow(std::size_t r, SequenceNumbers infoNumbers = SequenceNumbers::Relative,
                                  bool withInfo = true) const;
    [[nodiscard]] std::int64_t timestampNs(std::size_t r) const noexcept;
    /// Timestamp of the first arrow (the time column's zero).
    [[nodiscard]] std::int64_t originNs() const noexcept { return originNs_; }

    /// The row showing packet `packet`, if this graph has it.
    [[nodiscard]] std::optional<std::uint32_t> rowOfPacket(PacketNumber packet) const noexcept;
    /// The first row whose frame number is at least `frame` (rowCount() if none).
    [[nodiscard]] std::uint32_t firstRowAtOrAfterFrame(std::uint32_t frame) const noexcept;
    /// Index into conversations() of `stream`, if this graph shows it.
    [[nodiscard]] std::optional<std::uint32_t> conversationOfStream(std::uint32_t stream) const noexcept;

    /// The row before `r` that last sent the same bytes (same stream, direction and relative seq,
    /// occupying sequence space): a retransmission's previous copy. The first call indexes every
    /// row (one decode each); each call then takes logarithmic time.
    [[nodiscard]] std::optional<std::uint32_t> previousCopyRow(std::size_t r) const;

    /// Heap bytes held (rows, lifelines, tracks).
    [[nodiscard]] std::size_t memoryBytes() const noexcept;

    [[nodiscard]] const PacketStore* packetStore() const noexcept { return packets_; }
    [[nodiscard]] const PacketAnalysisStore* analysisStore() const noexcept { return analyses_; }

private:
    const PacketStore* packets_ = nullptr;
    const PacketAnalysisStore* analyses_ = nullptr;
    std::vector<FlowRow> rows_;
    std::vector<FlowLifeline> lifelines_;
    std::vector<FlowConversation> conversations_;
    std::vector<FlowStateTrack> tracks_;
    std::vector<std::uint32_t> slotsPerLifeline_;
    bool hostLifelines_ = false;
    std::int64_t originNs_ = 0;
    struct LazyCopyIndex;
    std::shared_ptr<LazyCopyIndex> copies_; ///< Built on first use, once, whichever thread asks.
};

} // namespace tcplens
