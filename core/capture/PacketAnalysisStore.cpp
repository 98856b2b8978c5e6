#include "PacketAnalysisStore.h"

#include <algorithm>

namespace tcplens {
namespace {

template <typename Narrow, typename Wide>
Narrow saturate(Wide value) noexcept
{
    return static_cast<Narrow>(std::clamp<Wide>(value, static_cast<Wide>(std::numeric_limits<Narrow>::min()),
                                                 static_cast<Wide>(std::numeric_limits<Narrow>::max())));
}

template <typename States>
std::uint16_t packStates(const States& a) noexcept
{
    const auto nibble = [](TcpState s) { return static_cast<unsigned>(s) & 0xfU; };
    return static_cast<std::uint16_t>(nibble(a.srcBefore) | nibble(a.srcAfter) << 4 | nibble(a.dstBefore) << 8
                                      | nibble(a.dstAfter) << 12);
}

} // namespace

void PacketAnalysisRecord::revise(const StateRevision& revision) noexcept
{
    if (!isTcp())
        return;
    if (!revision.markOnly)
        states = packStates(revision);
    tcpFlags = static_cast<std::uint16_t>(revision.notReceived ? tcpFlags | kNotReceivedBit : tcpFlags & ~kNotReceivedBit);
}

bool PacketAnalysisStore::revise(const StateRevision& revision) noexcept
{
    if (revision.frame == 0 || revision.frame > records_.size())
        return false;
    records_[revision.frame - 1].revise(revision);
    return true;
}

PacketAnalysisRecord compactAnalysis(const TcpPacketAnalysis& a, const DecodedPacket& packet) noexcept
{
    PacketAnalysisRecord r;
    if (a.stream == kNoStream) {
        if (a.quotedStream != kNoStream) {
            r.tcpFlags = PacketAnalysisRecord::kQuotedStreamBit;
            r.relativeSeq = a.quotedStream;
        }
        return r;
    }
    r.stream = a.stream;
    r.relativeSeq = a.relativeSeq;
    r.relativeAck = a.relativeAck;
    r.dupAckFrame = a.dupAckFrame;
    r.calculatedWindow = a.calculatedWindow < 0 ? PacketAnalysisRecord::kUnknownWindow
                                                : saturate<std::uint32_t>(a.calculatedWindow);
    r.bytesInFlight = a.bytesInFlight < 0 ? -1 : saturate<std::int32_t>(a.bytesInFlight);
    r.analysisFlags = static_cast<std::uint16_t>(a.flags);
    r.dupAckNumber = a.dupAckNumber;
    r.tcpFlags = static_cast<std::uint16_t>((packet.tcp.flags & 0x0fff)
                                            | (a.fromClient ? PacketAnalysisRecord::kFromClientBit : 0));
    r.states = packStates(a);
    return r;
}

} // namespace tcplens
