#pragma once
// Packets read by the loader thread since its last report, handed to the GUI thread by value.

#include <capture/RawPacket.h>
#include <export/TcpdumpSequenceNumbers.h>

#include <QMetaType>

#include <vector>

namespace tcplens::ui {

struct PacketBatch {
    /// Index data only: `bytes` is left empty, the GUI reads them from the shared file mapping.
    std::vector<RawPacket> packets;
    /// tcpdump's relative seq/ack of each packet, parallel to `packets`.
    std::vector<TcpdumpSequenceNumbers::Numbers> numbers;

    [[nodiscard]] std::size_t size() const noexcept { return packets.size(); }
    [[nodiscard]] bool empty() const noexcept { return packets.empty(); }
};

} // namespace tcplens::ui

Q_DECLARE_METATYPE(tcplens::ui::PacketBatch)
