#include "PacketIndex.h"

namespace tcplens {

void PacketIndex::reserve(std::size_t packets)
{
    timestampNs_.reserve(packets);
    dataOffset_.reserve(packets);
    capturedLength_.reserve(packets);
    wireLength_.reserve(packets);
}

PacketNumber PacketIndex::append(const RawPacket& packet)
{
    const auto number = static_cast<PacketNumber>(timestampNs_.size());
    timestampNs_.push_back(packet.timestampNs);
    dataOffset_.push_back(packet.dataOffset);
    capturedLength_.push_back(packet.capturedLength);
    wireLength_.push_back(packet.wireLength);
    if (packet.interfaceId != 0 && interfaceId_.empty())
        interfaceId_.resize(number, 0);
    if (!interfaceId_.empty() || packet.interfaceId != 0)
        interfaceId_.push_back(static_cast<std::uint16_t>(packet.interfaceId));
    return number;
}

std::size_t PacketIndex::memoryBytes() const noexcept
{
    return timestampNs_.capacity() * sizeof(std::int64_t) + dataOffset_.capacity() * sizeof(std::uint64_t)
         + capturedLength_.capacity() * sizeof(std::uint32_t) + wireLength_.capacity() * sizeof(std::uint32_t)
         + interfaceId_.capacity() * sizeof(std::uint16_t);
}

} // namespace tcplens
