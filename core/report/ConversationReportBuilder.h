#pragma once
// Computes a ConversationReport packet by packet from the tracker's results, in one pass and with
// O(1) state per direction (besides the six RTT rows and the retransmitted frames).

#include "../capture/PacketAnalysisStore.h"
#include "../capture/PacketStore.h"
#include "../series/SeriesFromStore.h"
#include "../series/StreamSeriesBuilder.h"
#include "ConversationReport.h"

#include <cstdint>
#include <optional>
#include <string>

namespace tcplens {

class CaptureFile;

class ConversationReportBuilder {
public:
    /// Times in the report are seconds since `captureStartNs` (the capture's first packet).
    explicit ConversationReportBuilder(std::int64_t captureStartNs = 0) noexcept : startNs_(captureStartNs) {}

    /// Feeds one packet of the conversation, in capture order, with the tracker's analysis of it.
    void add(std::uint32_t frame, std::int64_t timestampNs, const DecodedPacket& packet, const TcpPacketAnalysis& analysis);

    [[nodiscard]] bool empty() const noexcept { return report_.packets == 0; }
    /// The report with the RTT estimates and the slow-start answer worked out.
    [[nodiscard]] ConversationReport finish(std::uint32_t stream) const;

private:
    void addAsSender(ReportDirection& s, std::uint32_t frame, double time, const TcpInfo& tcp,
                     const TcpPacketAnalysis& a);
    void addAsReceiver(ReportDirection& r, std::uint32_t frame, double time, const TcpInfo& tcp,
                       const TcpPacketAnalysis& a);
    [[nodiscard]] ReportSlowStart slowStart(Direction d) const;

    std::int64_t startNs_ = 0;
    ConversationReport report_;
    StreamSeriesBuilder series_;           ///< For the congestion estimate's rounds and losses.
    std::array<std::uint32_t, 2> dataEnd_{}; ///< Relative seq after the highest data byte sent.
    std::array<std::uint32_t, 2> firstSeq_{};
    std::array<std::uint32_t, 2> ackedEnd_{}; ///< Highest data byte + 1 the receiver acknowledged.
};

/// The report of the conversation in `snapshot` (see snapshotStream); nullopt when it has no
/// packets. `captureStartNs` is the capture's first timestamp (frame.time_relative's zero).
[[nodiscard]] std::optional<ConversationReport> buildReport(const StreamSnapshot& snapshot, std::int64_t captureStartNs);

/// The same from a loaded capture's stores: snapshot, then build (the GUI runs it on its thread).
[[nodiscard]] std::optional<ConversationReport> buildReport(const PacketStore& store, const PacketAnalysisStore& analyses,
                                                            std::uint32_t stream);

struct ReportPassResult {
    std::optional<ConversationReport> report; ///< nullopt: the capture has no such stream.
    std::uint32_t streams = 0;                ///< Streams in the capture (those read before stopping).
    std::string error;                        ///< The reader's error when the file was cut short.
};

/// One pass over `file` (any source: a pipe, a compressed file), reporting on `stream` only.
[[nodiscard]] ReportPassResult reportFromCapture(CaptureFile& file, std::uint32_t stream);

} // namespace tcplens
