#pragma once
// Packets read by the loader thread since its last report, handed to the GUI thread by value.

#include <capture/PacketAnalysisStore.h>
#include <capture/RawPacket.h>
#include <tcp/ConversationSummary.h>

#include <QMetaType>

#include <vector>

namespace tcplens::ui {

struct PacketBatch {
    /// Index data only: `bytes` is left empty, the GUI reads them from the shared file mapping.
    std::vector<RawPacket> packets;
    /// The conversation analysis of each packet, parallel to `packets`.
    std::vector<PacketAnalysisRecord> analyses;
    /// Every conversation a packet of this batch touched (new or updated), by ascending stream.
    std::vector<ConversationSummary> conversations;

    [[nodiscard]] std::size_t size() const noexcept { return packets.size(); }
    [[nodiscard]] bool empty() const noexcept { return packets.empty(); }
};

} // namespace tcplens::ui

Q_DECLARE_METATYPE(tcplens::ui::PacketBatch)
