#pragma once
// Every packet of a loaded capture: the compact index plus the mapped file its bytes live in,
// the interfaces they were captured on and their comments.

#include "CaptureFile.h"
#include "PacketIndex.h"
#include "ReassemblyIndex.h"

#include <map>
#include <memory>
#include <span>
#include <vector>

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
    /// Indexes `packet` and keeps its comments.
    PacketNumber append(const RawPacket& packet)
    {
        const auto n = index_.append(packet);
        if (!packet.comments.empty())
            comments_.emplace(n, std::vector<std::string>(packet.comments.begin(), packet.comments.end()));
        return n;
    }
    /// Records comments of packet `n` appended without them (batches carry them separately).
    void setComments(PacketNumber n, std::vector<std::string> comments) { comments_[n] = std::move(comments); }
    /// The interfaces as the reader knows them now (a pcapng stream may describe more later).
    void setInterfaces(std::vector<CaptureInterface> interfaces) { info_.interfaces = std::move(interfaces); }
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
    /// The LINKTYPE_* of packet `n`: its interface's.
    [[nodiscard]] int linkType(PacketNumber n) const noexcept
    {
        const auto interface = index_.interfaceId(n);
        return interface < info_.interfaces.size() ? info_.interfaces[interface].linkType : info_.linkType;
    }
    /// The interface packet `n` was captured on, if the capture describes it.
    [[nodiscard]] const CaptureInterface* interface(PacketNumber n) const noexcept
    {
        const auto interface = index_.interfaceId(n);
        return interface < info_.interfaces.size() ? &info_.interfaces[interface] : nullptr;
    }
    /// Comments of packet `n` (pcapng opt_comment), usually none.
    [[nodiscard]] std::span<const std::string> comments(PacketNumber n) const noexcept
    {
        const auto found = comments_.find(n);
        return found == comments_.end() ? std::span<const std::string>{} : std::span<const std::string>(found->second);
    }

private:
    CaptureFileInfo info_;
    std::shared_ptr<const MappedFile> mapping_;
    PacketIndex index_;
    ReassemblyIndex reassembly_;
    std::map<PacketNumber, std::vector<std::string>> comments_;
};

} // namespace tcplens
