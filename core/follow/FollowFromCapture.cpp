#include "FollowFromCapture.h"

#include "StreamFollower.h"

#include "../capture/CaptureFile.h"
#include "../decode/ReassemblingDecoder.h"
#include "../tcp/ConversationTracker.h"

namespace tcplens {

FollowPassResult followFromCapture(CaptureFile& file, std::uint32_t stream,
                                   const std::function<void(const FollowChunk&, const FollowPeers&)>& sink)
{
    FollowPassResult result;
    StreamFollower follower([&](const FollowChunk& chunk) { sink(chunk, follower.peers()); });
    ConversationTracker tracker;
    ReassemblingDecoder decoder;
    RawPacket packet;
    ReadStatus status;
    FollowSegment segment;
    while ((status = file.next(packet)) == ReadStatus::Packet) {
        const auto frame = static_cast<std::uint32_t>(file.packetsRead());
        const auto decoded = decoder.decode(frame, packet.timestampNs, packet.bytes, packet.wireLength, packet.linkType);
        if (!decoded.packet.isTcp())
            continue;
        const auto analysis = tracker.add(frame, packet.timestampNs, packet.wireLength, decoded.packet);
        if (analysis.stream != stream)
            continue;
        ++result.packets;
        if (followSegmentOf(frame, packet.timestampNs, decoded.packet, decoded.bytes, analysis, segment))
            follower.add(segment);
    }
    if (status == ReadStatus::Error) {
        result.error = file.error();
        result.problem = file.problem();
    }
    result.peers = follower.peers();
    result.bytes[0] = follower.bytes(0);
    result.bytes[1] = follower.bytes(1);
    result.streams = static_cast<std::uint32_t>(tracker.conversations().size());
    return result;
}

} // namespace tcplens
