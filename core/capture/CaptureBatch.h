#pragma once
// Packets analysed since the last report, with the conversations they touched: what a file
// load and a live capture hand to their readers, a batch at a time.

#include "../tcp/ConversationSummary.h"
#include "CaptureInterface.h"
#include "PacketAnalysisStore.h"
#include "RawPacket.h"
#include "ReassemblyIndex.h"

#include <string>
#include <utility>
#include <vector>

namespace tcplens {

struct CaptureBatch {
    /// Index data only: `bytes` is left empty, readers find them through the file mapping.
    std::vector<RawPacket> packets;
    /// The conversation analysis of each packet, parallel to `packets`.
    std::vector<PacketAnalysisRecord> analyses;
    /// Corrections of packets of earlier batches (PacketAnalysisStore::revise), in the order made;
    /// those of this batch's own packets are already in `analyses`.
    std::vector<StateRevision> revisions;
    /// Every conversation a packet of this batch touched (new or updated), by ascending stream.
    std::vector<ConversationSummary> conversations;
    /// The IP datagrams completed by packets of this batch (PacketStore::appendReassembly).
    ReassemblyIndex reassembly;
    /// Comments of packets in this batch, by their index in `packets` (their spans there are cleared).
    std::vector<std::pair<std::size_t, std::vector<std::string>>> comments;
    /// Every interface of the capture when the batch brought new ones (a pcapng stream); else empty.
    std::vector<CaptureInterface> interfaces;

    [[nodiscard]] std::size_t size() const noexcept { return packets.size(); }
    [[nodiscard]] bool empty() const noexcept { return packets.empty(); }
};

} // namespace tcplens
