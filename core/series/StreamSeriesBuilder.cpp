#include "StreamSeriesBuilder.h"

#include "../decode/Nanoseconds.h"
#include "../tcp/SeqNum.h"
#include "Throughput.h"

#include <algorithm>

namespace tcplens {
namespace {

SegmentKind kindOf(std::uint32_t flags) noexcept
{
    using namespace analysis;
    if (flags & KeepAlive)
        return SegmentKind::KeepAlive;
    if (flags & ZeroWindowProbe)
        return SegmentKind::ZeroWindowProbe;
    if (flags & SpuriousRetransmission)
        return SegmentKind::Spurious;
    if (flags & FastRetransmission)
        return SegmentKind::FastRetransmission;
    if (flags & Retransmission)
        return SegmentKind::Retransmission;
    if (flags & OutOfOrder)
        return SegmentKind::OutOfOrder;
    return SegmentKind::New;
}

double seconds(std::int64_t ns) noexcept { return static_cast<double>(ns) / 1e9; }

/// The segment sent in `frame`, found by binary search (segments are in frame order).
const SegmentPoint* findSegment(const std::vector<SegmentPoint>& segments, std::uint32_t frame) noexcept
{
    const auto it = std::lower_bound(segments.begin(), segments.end(), frame,
                                     [](const SegmentPoint& s, std::uint32_t f) { return s.frame < f; });
    return it != segments.end() && it->frame == frame ? &*it : nullptr;
}

} // namespace

void StreamSeriesBuilder::add(std::uint32_t frame, std::int64_t timestampNs, const DecodedPacket& packet,
                              const TcpPacketAnalysis& a)
{
    if (!packet.tcp.complete)
        return;
    if (!started_) {
        started_ = true;
        stream_ = a.stream;
        firstNs_ = timestampNs;
    } else if (a.stream != stream_) {
        return;
    }
    const double time = seconds(nsBetween(firstNs_, timestampNs));
    lastTime_ = std::max(lastTime_, time);
    const Direction sent = a.fromClient ? Direction::ClientToServer : Direction::ServerToClient;
    addAsData(series_[index(sent)], time, timestampNs, frame, packet.tcp, a);
    addAsReceiver(series_[index(opposite(sent))], time, timestampNs, frame, packet.tcp, a);
    limits_.add(timestampNs, packet.tcp, a);
}

void StreamSeriesBuilder::addAsData(DirectionSeries& s, double time, std::int64_t timestampNs, std::uint32_t frame,
                                    const TcpInfo& tcp, const TcpPacketAnalysis& a)
{
    if (!s.baseKnown) {
        s.base = tcp.seq - a.relativeSeq;
        s.baseKnown = true;
    }
    const bool synFin = tcp.has(tcpflag::Syn) || tcp.has(tcpflag::Fin);
    const SegmentKind kind = kindOf(a.flags);
    const bool probe = kind == SegmentKind::KeepAlive || kind == SegmentKind::ZeroWindowProbe;
    if (tcp.payloadLength > 0 || synFin || probe) {
        s.tsg.segments.push_back(SegmentPoint{time, a.relativeSeq, tcp.payloadLength, kind, tcp.flags, frame});
        const std::uint32_t end = a.nextSeq != 0 ? a.nextSeq : a.relativeSeq + tcp.payloadLength;
        if (seq::gt(end, s.highestEnd))
            s.highestEnd = end;
    }
    if (tcp.payloadLength > 0) {
        s.maxPayload = std::max(s.maxPayload, tcp.payloadLength);
        s.payloadBytes += tcp.payloadLength;
        if (!probe)
            s.cwnd.onTransmission(time, frame, a.bytesInFlight, tcp.payloadLength, kind,
                                  a.relativeSeq + tcp.payloadLength);
    }
    if (a.bytesInFlight >= 0)
        s.windows.bytesInFlight.push_back(ValuePoint{time, a.bytesInFlight, frame});
    if (a.initialRttNs > 0)
        s.cwnd.setInitialRtt(seconds(a.initialRttNs));
    if (a.flags & analysis::WindowFull)
        s.tsg.events.push_back(EventMarker{time, EventKind::WindowFull, a.relativeSeq, frame, 0, false});
    if (a.flags & analysis::LostSegment)
        s.tsg.events.push_back(EventMarker{time, EventKind::LostSegment, a.relativeSeq, frame, 0, false});
    if (tcp.has(tcpflag::Rst))
        s.tsg.events.push_back(EventMarker{time, EventKind::Reset, a.relativeSeq, frame, 0, false});
    if (tcp.options.hasTimestamps) {
        s.timestampsOn = true;
        s.timestamps.sent(tcp.options.tsval, timestampNs);
    }
}

void StreamSeriesBuilder::addAsReceiver(DirectionSeries& s, double time, std::int64_t timestampNs,
                                        std::uint32_t frame, const TcpInfo& tcp, const TcpPacketAnalysis& a)
{
    if (tcp.has(tcpflag::Syn) && tcp.options.hasMss)
        s.offeredMss = tcp.options.mss;
    if (a.initialRttNs > 0)
        s.cwnd.setInitialRtt(seconds(a.initialRttNs));
    if (tcp.has(tcpflag::Rst))
        s.tsg.events.push_back(EventMarker{time, EventKind::Reset, a.relativeAck, frame, 0, true});
    else if (a.calculatedWindow >= 0)
        s.windows.receiveWindow.push_back(ValuePoint{time, a.calculatedWindow, frame});
    if (a.flags & analysis::ZeroWindow)
        s.tsg.events.push_back(EventMarker{time, EventKind::ZeroWindow, a.relativeAck, frame, 0, true});
    if (a.flags & analysis::DuplicateAck)
        s.tsg.events.push_back(EventMarker{time, EventKind::DuplicateAck, a.relativeAck, frame, a.dupAckNumber, true});
    if (!tcp.has(tcpflag::Ack))
        return;

    if (!s.baseKnown) {
        s.base = tcp.ack - a.relativeAck; // the tracker's base for the data direction
        s.baseKnown = true;
    }
    s.tsg.acks.push_back(AckPoint{time, a.relativeAck, frame});
    if (a.calculatedWindow >= 0 && !tcp.has(tcpflag::Rst))
        s.tsg.windowEdge.push_back(
            WindowEdgePoint{time, std::uint64_t{a.relativeAck} + static_cast<std::uint64_t>(a.calculatedWindow), frame});
    for (std::size_t i = 0; i < tcp.options.sackCount; ++i) {
        const auto& block = tcp.options.sack[i];
        s.tsg.sacks.push_back(SackPoint{time, block.left - s.base, block.right - s.base, frame});
    }
    s.cwnd.onAck(time, a.relativeAck);

    // ACK RTT: Wireshark does not time retransmitted data (Karn), so neither do we.
    if (a.ackRttNs >= 0 && a.ackedFrame != 0) {
        const SegmentPoint* acked = findSegment(s.tsg.segments, a.ackedFrame);
        if (acked == nullptr || !isRetransmitted(acked->kind)) {
            const double rtt = seconds(a.ackRttNs);
            s.rtt.ack.push_back(RttSample{time, rtt, a.relativeAck, frame});
            s.cwnd.onRttSample(rtt);
        }
    }
    if (tcp.options.hasTimestamps) {
        if (const auto rtt = s.timestamps.echoed(tcp.options.tsecr, timestampNs))
            s.rtt.timestamp.push_back(RttSample{time, seconds(*rtt), 0, frame});
    }
}

ThroughputSeries StreamSeriesBuilder::throughput(Direction data, double windowSeconds) const
{
    return throughputSeries(at(data).tsg.segments, windowSeconds, duration());
}

std::uint32_t StreamSeriesBuilder::mss(Direction data) const noexcept
{
    const auto& s = at(data);
    if (s.offeredMss == 0)
        return s.maxPayload;
    const std::uint32_t options = s.timestampsOn ? 12 : 0; // the timestamp option rides in every segment
    return s.offeredMss > options ? s.offeredMss - options : s.offeredMss;
}

} // namespace tcplens
