#pragma once
// The compact index of every packet read: struct of arrays, file offsets instead of copies.

#include "RawPacket.h"

#include <cstdint>
#include <vector>

namespace tcplens {

/// A packet's position in the capture, 0-based; not to be confused with a byte offset.
using PacketNumber = std::uint32_t;

class PacketIndex {
public:
    void reserve(std::size_t packets);
    PacketNumber append(const RawPacket& packet);

    [[nodiscard]] std::size_t size() const noexcept { return timestampNs_.size(); }
    [[nodiscard]] std::int64_t timestampNs(PacketNumber n) const { return timestampNs_[n]; }
    [[nodiscard]] std::uint64_t dataOffset(PacketNumber n) const { return dataOffset_[n]; }
    [[nodiscard]] std::uint32_t capturedLength(PacketNumber n) const { return capturedLength_[n]; }
    [[nodiscard]] std::uint32_t wireLength(PacketNumber n) const { return wireLength_[n]; }
    /// The capture interface of packet `n` (0 for every packet of a one-interface capture).
    [[nodiscard]] std::uint32_t interfaceId(PacketNumber n) const { return n < interfaceId_.size() ? interfaceId_[n] : 0; }
    /// Heap bytes held by the index.
    [[nodiscard]] std::size_t memoryBytes() const noexcept;

private:
    std::vector<std::int64_t> timestampNs_;
    std::vector<std::uint64_t> dataOffset_;
    std::vector<std::uint32_t> capturedLength_;
    std::vector<std::uint32_t> wireLength_;
    std::vector<std::uint16_t> interfaceId_; // empty until a packet of another interface than 0 comes
};

} // namespace tcplens
