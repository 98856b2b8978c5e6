#include "PacketAnalyzer.h"

namespace tcplens {

AnalyzedPacket PacketAnalyzer::add(const RawPacket& packet)
{
    AnalyzedPacket out;
    ++frame_;
    auto frame = decoder_.decode(frame_, packet.timestampNs, packet.bytes, packet.wireLength,
                                 packet.linkType == kCaptureLinkType ? linkType_ : packet.linkType);
    out.decoded = frame.packet;
    out.bytes = frame.bytes;
    out.datagram = frame.datagram;
    out.analysis = tracker_.add(frame_, packet.timestampNs, packet.wireLength, out.decoded);
    out.record = compactAnalysis(out.analysis, out.decoded);
    out.revisions = tracker_.revisions();
    return out;
}

} // namespace tcplens
