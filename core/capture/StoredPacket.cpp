#include "StoredPacket.h"

#include "../decode/ReassemblingDecoder.h"

namespace tcplens {

StoredPacket decodeStoredPacket(const PacketStore& store, PacketNumber n, FieldSpans* spans)
{
    StoredPacket out;
    out.frame = store.bytes(n);
    const auto& index = store.index();
    // A fresh decoder sees exactly the fragments the pass put together, so it rebuilds the same datagram;
    // alone, a fragment decodes as in the pass too (a reassemblable first fragment without its TCP).
    ReassemblingDecoder decoder;
    const auto frame = static_cast<std::uint32_t>(n + 1);
    for (const auto earlier : store.reassembly().fragmentFrames(frame)) {
        if (earlier >= frame || earlier == 0)
            continue;
        const auto p = static_cast<PacketNumber>(earlier - 1);
        (void)decoder.decode(earlier, index.timestampNs(p), store.bytes(p), index.wireLength(p), store.linkType(p));
    }
    const auto decoded = decoder.decode(frame, index.timestampNs(n), out.frame, index.wireLength(n), store.linkType(n), spans);
    out.packet = decoded.packet;
    if (decoded.datagram)
        out.reassembled.assign(decoded.bytes.begin(), decoded.bytes.end());
    return out;
}

} // namespace tcplens
