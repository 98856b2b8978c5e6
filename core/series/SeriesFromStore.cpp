#include "SeriesFromStore.h"

#include "../decode/ReassemblingDecoder.h"
#include "../tcp/ConversationTracker.h"

#include <algorithm>

namespace tcplens {

StreamSnapshot snapshotStream(const PacketStore& store, const PacketAnalysisStore& analyses, std::uint32_t stream)
{
    StreamSnapshot snapshot;
    snapshot.stream = stream;
    snapshot.linkType = store.info().linkType;
    snapshot.mapping = store.mapping();
    const auto count = std::min(store.size(), analyses.size());
    snapshot.storePackets = count;
    const auto& index = store.index();
    for (PacketNumber n = 0; n < count; ++n) {
        if (analyses[n].stream != stream)
            continue;
        for (const auto frame : store.reassembly().fragmentFrames(n + 1)) {
            const auto f = static_cast<PacketNumber>(frame - 1);
            if (frame != 0 && f < n)
                snapshot.packets.push_back(StreamPacketRef{frame, index.capturedLength(f), index.wireLength(f),
                                                           index.timestampNs(f), index.dataOffset(f), true, store.linkType(f)});
        }
        snapshot.packets.push_back(StreamPacketRef{n + 1, index.capturedLength(n), index.wireLength(n),
                                                   index.timestampNs(n), index.dataOffset(n), false, store.linkType(n)});
    }
    return snapshot;
}

StreamSeriesBuilder buildSeries(const StreamSnapshot& snapshot)
{
    StreamSeriesBuilder builder;
    if (!snapshot.mapping)
        return builder;
    // A tracker of its own sees only this stream, so it numbers it 0; the builder takes whatever
    // stream its first packet has.
    ConversationTracker tracker;
    ReassemblingDecoder decoder;
    for (const auto& p : snapshot.packets) {
        if (p.dataOffset == kNoOffset)
            continue;
        const auto bytes = snapshot.mapping->slice(p.dataOffset, p.capturedLength);
        const auto decoded = decoder.decode(p.frame, p.timestampNs, bytes, p.wireLength, p.linkType).packet;
        if (p.fragmentOnly)
            continue;
        const auto analysis = tracker.add(p.frame, p.timestampNs, p.wireLength, decoded);
        builder.add(p.frame, p.timestampNs, decoded, analysis);
    }
    return builder;
}

Direction dataDirection(const StreamSeriesBuilder& builder) noexcept
{
    return builder.payloadBytes(Direction::ClientToServer) >= builder.payloadBytes(Direction::ServerToClient)
               ? Direction::ClientToServer
               : Direction::ServerToClient;
}

} // namespace tcplens
