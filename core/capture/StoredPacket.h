#pragma once
// One packet of a loaded capture decoded again, lazily, as the loading pass decoded it: a frame
// that completed an IP datagram gets the datagram's TCP, rebuilt from its fragments in the store.

#include "../decode/PacketDecoder.h"
#include "PacketStore.h"

#include <vector>

namespace tcplens {

struct StoredPacket {
    DecodedPacket packet;
    Bytes frame;                          ///< The packet's bytes, read in place.
    std::vector<std::uint8_t> reassembled; ///< The frame followed by the datagram's payload, if it completed one.
    /// The later frame that completed the datagram this fragment belongs to (Wireshark's
    /// "[Reassembled in #N]"); 0 if none or this one.
    std::uint32_t reassembledIn = 0;

    /// What the packet's offsets and spans index: the frame, or the frame + datagram.
    [[nodiscard]] Bytes bytes() const noexcept
    {
        return reassembled.empty() ? frame : Bytes(reassembled.data(), reassembled.size());
    }
};

/// Decodes packet `n` of `store`, appending its FieldSpans to `spans` when given.
[[nodiscard]] StoredPacket decodeStoredPacket(const PacketStore& store, PacketNumber n, FieldSpans* spans = nullptr);

} // namespace tcplens
