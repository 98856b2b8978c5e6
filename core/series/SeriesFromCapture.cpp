#include "SeriesFromCapture.h"

#include "../capture/CaptureFile.h"
#include "../decode/ReassemblingDecoder.h"
#include "../tcp/ConversationTracker.h"

namespace tcplens {

StreamSeriesBuilder seriesFromCapture(const std::string& path, std::uint32_t stream, std::string* error)
{
    const auto file = CaptureFile::open(path);
    ConversationTracker tracker;
    ReassemblingDecoder decoder;
    StreamSeriesBuilder builder;
    RawPacket packet;
    ReadStatus status;
    while ((status = file->next(packet)) == ReadStatus::Packet) {
        const auto frame = static_cast<std::uint32_t>(file->packetsRead());
        const auto decoded = decoder.decode(frame, packet.timestampNs, packet.bytes, packet.wireLength, packet.linkType).packet;
        const auto analysis = tracker.add(frame, packet.timestampNs, packet.wireLength, decoded);
        if (analysis.stream == stream)
            builder.add(frame, packet.timestampNs, decoded, analysis);
    }
    if (status == ReadStatus::Error && error != nullptr)
        *error = file->error();
    return builder;
}

} // namespace tcplens
