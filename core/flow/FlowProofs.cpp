#include "FlowProofs.h"

#include "../capture/StoredPacket.h"
#include "../decode/DecodedPacket.h"
#include "../tcp/SeqNum.h"

#include <algorithm>

namespace tcplens {
namespace {

const PacketAnalysisRecord& recordOf(const FlowModel& model, std::size_t r)
{
    return (*model.analysisStore())[model.row(r).packet];
}

/// Bytes of payload of row `r` (decoded: the record does not keep them).
std::uint32_t payloadOf(const FlowModel& model, std::size_t r)
{
    return model.arrow(r, SequenceNumbers::Relative, false).length;
}

/// Whether row `r`'s SACK blocks reach past relative sequence number `end` of the other direction.
bool sacksPast(const FlowModel& model, std::size_t r, std::uint32_t end)
{
    const auto& record = recordOf(model, r);
    const auto stored = decodeStoredPacket(*model.packetStore(), model.row(r).packet);
    const auto& tcp = stored.packet.tcp;
    const std::uint32_t base = tcp.ack - record.relativeAck; // the other direction's ISN
    for (std::uint8_t i = 0; i < tcp.options.sackCount; ++i)
        if (seq::gt(static_cast<std::uint32_t>(tcp.options.sack[i].right - base), end))
            return true;
    return false;
}
} // namespace

std::optional<Proof> proofOf(const FlowModel& model, std::size_t r)
{
    if (r >= model.rowCount() || !model.analysisStore())
        return std::nullopt;
    const auto& lost = recordOf(model, r);
    if (!lost.notReceived())
        return std::nullopt;
    const bool synOrFin = lost.hasHeaderFlag(tcpflag::Syn) || lost.hasHeaderFlag(tcpflag::Fin);
    const std::uint32_t payload = payloadOf(model, r);
    const bool data = payload > 0 || synOrFin;
    const std::uint32_t lostEnd = lost.relativeSeq + payload + (synOrFin ? 1U : 0U);
    const std::size_t end = std::min<std::size_t>(model.rowCount(), r + 1 + kProofSearchRows);
    bool receiverSent = false;
    for (std::size_t x = r + 1; x < end; ++x) {
        const auto& later = recordOf(model, x);
        if (later.stream != lost.stream || later.fromClient() == lost.fromClient())
            continue;
        // Its receiver's packets: the first that shows it had not got it.
        if (data && later.hasHeaderFlag(tcpflag::Ack) && later.relativeAck == lost.relativeSeq) {
            if (later.hasAnalysis(analysis::DuplicateAck))
                return Proof{static_cast<std::uint32_t>(x), ProofKind::DuplicateAck};
            if (sacksPast(model, x, lostEnd))
                return Proof{static_cast<std::uint32_t>(x), ProofKind::SackedPast};
        }
        if (lost.hasHeaderFlag(tcpflag::Ack) && later.hasAnalysis(analysis::SpuriousRetransmission)
            && seq::lt(later.relativeSeq, lost.relativeAck))
            return Proof{static_cast<std::uint32_t>(x), ProofKind::ResentAcked};
        if (synOrFin && !receiverSent) {
            // A SYN-ACK or FIN is withdrawn at its receiver's next packet (its copies sent before that with it).
            const bool fin = later.hasHeaderFlag(tcpflag::Fin) && lost.hasHeaderFlag(tcpflag::Fin);
            return Proof{static_cast<std::uint32_t>(x), fin ? ProofKind::CrossingFin : ProofKind::SentAgain};
        }
        receiverSent = true;
    }
    return std::nullopt;
}

std::vector<std::uint32_t> rowsProvenBy(const FlowModel& model, std::size_t r)
{
    std::vector<std::uint32_t> rows;
    if (r >= model.rowCount() || !model.analysisStore())
        return rows;
    const auto& proving = recordOf(model, r);
    const std::size_t begin = r > kProofSearchRows ? r - kProofSearchRows : 0;
    for (std::size_t x = begin; x < r; ++x) {
        const auto& earlier = recordOf(model, x);
        if (earlier.stream != proving.stream || earlier.fromClient() == proving.fromClient() || !earlier.notReceived())
            continue;
        if (const auto proof = proofOf(model, x); proof && proof->row == r)
            rows.push_back(static_cast<std::uint32_t>(x));
    }
    return rows;
}

std::optional<std::uint32_t> lateFinRow(const FlowModel& model, std::size_t r)
{
    if (r >= model.rowCount() || !model.analysisStore())
        return std::nullopt;
    const auto& arriving = recordOf(model, r);
    const std::size_t begin = r > kProofSearchRows ? r - kProofSearchRows : 0;
    for (std::size_t x = r; x-- > begin;) {
        const auto& earlier = recordOf(model, x);
        if (earlier.stream != arriving.stream || earlier.fromClient() != arriving.fromClient())
            continue;
        if (earlier.hasHeaderFlag(tcpflag::Fin))
            return earlier.notReceived() ? std::optional<std::uint32_t>(static_cast<std::uint32_t>(x)) : std::nullopt;
    }
    return std::nullopt;
}

} // namespace tcplens
