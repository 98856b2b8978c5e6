#pragma once
// A pass over the packets of a loaded capture, in capture order, that can stop and go on: a
// cancelled pass keeps its place (and whatever state it carries from packet to packet), so the
// packets a load or a live capture appends later are scanned from where it stopped.

#include "../capture/PacketStore.h"

#include <atomic>
#include <cstddef>
#include <functional>

namespace tcplens {

class PacketAnalysisStore;

class PacketStoreScan {
public:
    virtual ~PacketStoreScan() = default;

    /// Packets scanned so far: the next one to scan.
    [[nodiscard]] std::size_t position() const noexcept { return position_; }
    /// Scans from position() to the end of `store` (the store must not change meanwhile); false
    /// when `cancel` (may be null, polled every few thousand packets) stopped it, between two packets.
    /// `progress` (may be empty) is told how many packets of the store are done.
    bool advance(const PacketStore& store, const PacketAnalysisStore& analyses, const std::atomic<bool>* cancel = nullptr,
                 const std::function<void(std::size_t done)>& progress = {});

protected:
    /// One packet, in order; `bytes` is empty when the store could not map it.
    virtual void scan(PacketNumber n, Bytes bytes, const PacketStore& store, const PacketAnalysisStore& analyses) = 0;

private:
    std::size_t position_ = 0;
};

} // namespace tcplens
