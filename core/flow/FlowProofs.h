#pragma once
// Which later packet proved that a row never reached its receiver, and which packet a receiver
// took late (docs/state-inference.md): read back from the analysis records, so the narration and
// the diagram can name the frames without the tracker storing them.

#include "FlowModel.h"

#include <optional>
#include <vector>

namespace tcplens {

/// How a later packet proved a row never arrived.
enum class ProofKind : std::uint8_t {
    SentAgain,      ///< The receiver sent its SYN or FIN again (or one that ignores it): a retransmitted SYN.
    CrossingFin,    ///< The receiver's FIN does not acknowledge this FIN: the two crossed.
    DuplicateAck,   ///< The receiver's duplicate ACK still asks for this segment's first byte.
    SackedPast,     ///< The receiver's ACK still asks for it while its SACK blocks reach past it.
    ResentAcked,    ///< The peer sent again bytes this segment had acknowledged.
};

struct Proof {
    std::uint32_t row = 0; ///< The proving row.
    ProofKind kind = ProofKind::SentAgain;
};

/// Rows looked at after a not-received row for its proof (a proof comes within an RTT or two).
inline constexpr std::uint32_t kProofSearchRows = 4096;

/// The row whose packet proved row `r` (marked not received) never reached its receiver.
[[nodiscard]] std::optional<Proof> proofOf(const FlowModel& model, std::size_t r);

/// The rows that row `r` proved never reached their receiver (each with proofOf == r), oldest first.
[[nodiscard]] std::vector<std::uint32_t> rowsProvenBy(const FlowModel& model, std::size_t r);

/// When a FIN whose receipt was withdrawn reached row `r`'s receiver before `r` did
/// (FlowArrow::receiverOnArrival): that FIN's row.
[[nodiscard]] std::optional<std::uint32_t> lateFinRow(const FlowModel& model, std::size_t r);

} // namespace tcplens
