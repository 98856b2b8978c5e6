#include "PacketAnalyzer.h"

#include "../decode/PacketDecoder.h"

namespace tcplens {

AnalyzedPacket PacketAnalyzer::add(const RawPacket& packet)
{
    AnalyzedPacket out;
    out.decoded = decodePacket(packet.bytes, packet.wireLength, linkType_);
    out.analysis = tracker_.add(++frame_, packet.timestampNs, packet.wireLength, out.decoded);
    out.record = compactAnalysis(out.analysis, out.decoded);
    return out;
}

} // namespace tcplens
