#include "StoredPacket.h"

#include "../decode/ReassemblingDecoder.h"

#include <algorithm>

namespace tcplens {
namespace {

/// "[Reassembled IPv4 in frame: N]", last in the fragment's IP header subtree as Wireshark puts it.
void insertReassembledIn(FieldSpans& spans, const NetworkInfo& ip, std::uint32_t completing)
{
    const bool v4 = ip.kind == NetworkKind::Ipv4;
    const std::string id = v4 ? "ip" : "ipv6";
    auto header = std::find_if(spans.rbegin(), spans.rend(), [&](const FieldSpan& span) {
        return span.depth == 0 && span.id == id && span.byteOffset == ip.offset;
    });
    if (header == spans.rend())
        return;
    auto at = std::find_if(header.base(), spans.end(), [](const FieldSpan& span) { return span.depth == 0; });
    FieldSpan span;
    span.id = v4 ? "ip.reassembled_in" : "ipv6.reassembled.in"; // Wireshark's two spellings
    span.name = v4 ? "Reassembled IPv4 in frame" : "Reassembled IPv6 in frame";
    span.byteOffset = ip.offset;
    span.value = completing;
    span.text = "[" + span.name + ": " + std::to_string(completing) + "]";
    span.depth = 1;
    span.layer = Layer::Network;
    spans.insert(at, std::move(span));
}

} // namespace

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
    out.reassembledIn = store.reassembly().completingFrame(frame);
    if (spans && out.reassembledIn != 0)
        insertReassembledIn(*spans, out.packet.network, out.reassembledIn);
    return out;
}

} // namespace tcplens
