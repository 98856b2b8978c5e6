#include "FlowCopyIndex.h"

#include "../capture/StoredPacket.h"
#include "../decode/TcpFlagsText.h"
#include "FlowModel.h"

#include <algorithm>

namespace tcplens {
namespace {

std::uint64_t directionKey(std::uint32_t stream, bool fromClient) noexcept
{
    return std::uint64_t{stream} * 2 + (fromClient ? 0 : 1);
}

} // namespace

FlowCopyIndex::FlowCopyIndex(const FlowModel& model)
{
    const auto* packets = model.packetStore();
    const auto* analyses = model.analysisStore();
    if (!packets || !analyses)
        return;
    for (std::uint32_t r = 0; r < model.rowCount(); ++r) {
        const auto packet = model.row(r).packet;
        const auto& rec = (*analyses)[packet];
        // A pure ACK shares the seq of the data after it: only a segment that occupies sequence space counts.
        bool occupies = rec.hasHeaderFlag(tcpflag::Syn | tcpflag::Fin);
        if (!occupies)
            occupies = decodeStoredPacket(*packets, packet).packet.tcp.payloadLength > 0; // reassembled too
        if (occupies)
            entries_.push_back(Entry{directionKey(rec.stream, rec.fromClient()), rec.relativeSeq, r});
    }
    std::sort(entries_.begin(), entries_.end());
    entries_.shrink_to_fit();
}

std::optional<std::uint32_t> FlowCopyIndex::previousCopy(std::uint32_t stream, bool fromClient, std::uint32_t relativeSeq,
                                                         std::uint32_t row) const noexcept
{
    const Entry key{directionKey(stream, fromClient), relativeSeq, row};
    const auto it = std::lower_bound(entries_.begin(), entries_.end(), key);
    if (it == entries_.begin())
        return std::nullopt;
    const auto& before = *std::prev(it);
    if (before.direction != key.direction || before.seq != relativeSeq)
        return std::nullopt;
    return before.row;
}

} // namespace tcplens
