#pragma once
// Every packet of a loaded capture: the compact index plus the mapped file its bytes live in.

#include "CaptureFile.h"
#include "PacketIndex.h"
#include "ReassemblyIndex.h"

#include <memory>

namespace tcplens {

class PacketStore {
public:
    PacketStore() = default;
    PacketStore(CaptureFileInfo info, std::shared_ptr<const MappedFile> mapping)
        : info_(std::move(info)), mapping_(std::move(mapping))
    {
    }

    [[nodiscard]] const CaptureFileInfo& info() const noexcept { return info_; }
    [[nodiscard]] const PacketIndex& index() const noexcept { return index_; }
    /// The mapped file the bytes are read from (shared, immutable); null if it could not be mapped.
    [[nodiscard]] const std::shared_ptr<const MappedFile>& mapping() const noexcept { return mapping_; }
    [[nodiscard]] std::size_t size() const noexcept { return index_.size(); }
    PacketNumber append(const RawPacket& packet) { return index_.append(packet); }
    /// The IP datagrams the loading pass reassembled (see decodeStoredPacket).
    [[nodiscard]] const ReassemblyIndex& reassembly() const noexcept { return reassembly_; }
    void appendReassembly(const ReassemblyIndex& more) { reassembly_.append(more); }
    void addReassembly(std::uint32_t completing, std::span<const FragmentRef> fragments)
    {
        reassembly_.add(completing, fragments);
    }

    /// The captured bytes of packet `n`, read in place; empty if the file could not be mapped.
    [[nodiscard]] Bytes bytes(PacketNumber n) const noexcept
    {
        const auto offset = index_.dataOffset(n);
        return offset == kNoOffset || !mapping_ ? Bytes{} : mapping_->slice(offset, index_.capturedLength(n));
    }

private:
    CaptureFileInfo info_;
    std::shared_ptr<const MappedFile> mapping_;
    PacketIndex index_;
    ReassemblyIndex reassembly_;
};

} // namespace tcplens
