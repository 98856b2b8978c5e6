#include "LabPackets.h"

#include "../capture/LoadedCapture.h"
#include "../decode/PacketDecoder.h"

namespace tcplens {

std::vector<LabPacket> labPackets(const LoadedCapture& capture)
{
    std::vector<LabPacket> packets;
    const auto& store = capture.packets;
    for (PacketNumber n = 0; n < store.size(); ++n) {
        const auto& record = capture.analyses[n];
        if (!record.isTcp())
            continue;
        const auto decoded = decodePacket(store.bytes(n), store.index().wireLength(n), store.linkType(n));
        LabPacket packet;
        packet.frame = n + 1;
        packet.stream = record.stream;
        packet.timestampNs = store.index().timestampNs(n);
        packet.flags = record.headerFlags();
        packet.fromClient = record.fromClient();
        packet.payload = decoded.tcp.payloadLength;
        packet.relativeAck = record.relativeAck;
        packet.window = decoded.tcp.window;
        packet.analysis = record.analysisFlags;
        packet.bytesInFlight = record.bytesInFlight;
        packets.push_back(packet);
    }
    return packets;
}

std::vector<LabPacket> streamPackets(const std::vector<LabPacket>& packets, std::uint32_t stream)
{
    std::vector<LabPacket> out;
    for (const auto& packet : packets)
        if (packet.stream == stream)
            out.push_back(packet);
    return out;
}

LabText framesText(const std::vector<std::uint32_t>& frames)
{
    if (frames.empty())
        return {"no frame", "没有这样的帧"};
    std::string list;
    for (std::size_t i = 0; i < frames.size(); ++i) {
        if (i == 8 && frames.size() > 9) {
            list += ", ...";
            return LabText{"frames ", "帧 "} + list + LabText{" (" + std::to_string(frames.size()) + " in all)",
                                                            "（共 " + std::to_string(frames.size()) + " 个）"};
        }
        list += (i ? ", " : "") + std::to_string(frames[i]);
    }
    return LabText{frames.size() == 1 ? "frame " : "frames ", "帧 "} + list;
}

LabText bytesText(std::uint64_t bytes)
{
    return {std::to_string(bytes) + " bytes", std::to_string(bytes) + " 字节"};
}

} // namespace tcplens
