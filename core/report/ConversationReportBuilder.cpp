#include "ConversationReportBuilder.h"

#include "../capture/CaptureFile.h"
#include "../decode/ReassemblingDecoder.h"
#include "../tcp/ConversationTracker.h"
#include "../tcp/SeqNum.h"

#include <algorithm>
#include <cmath>

namespace tcplens {
namespace {

constexpr std::uint32_t kAnyRetransmission =
    analysis::Retransmission | analysis::FastRetransmission | analysis::SpuriousRetransmission;

/// Whether [a, a + alen) and [b, b + blen) share a sequence number.
bool overlaps(std::uint32_t a, std::uint32_t alen, std::uint32_t b, std::uint32_t blen) noexcept
{
    return seq::lt(a, b + blen) && seq::lt(b, a + alen);
}

} // namespace

void ConversationReportBuilder::add(std::uint32_t frame, std::int64_t timestampNs, const DecodedPacket& packet,
                                    const TcpPacketAnalysis& analysis)
{
    const auto& tcp = packet.tcp;
    if (!tcp.present)
        return;
    const double time = static_cast<double>(timestampNs - startNs_) / 1e9;
    const Endpoint src{packet.network.src, tcp.srcPort};
    const Endpoint dst{packet.network.dst, tcp.dstPort};
    if (report_.packets == 0) {
        report_.firstFrame = frame;
        report_.firstNs = timestampNs;
        report_.client = analysis.fromClient ? src : dst;
        report_.server = analysis.fromClient ? dst : src;
    }
    ++report_.packets;
    report_.lastFrame = frame;
    report_.lastNs = timestampNs;
    series_.add(frame, timestampNs, packet, analysis);

    const bool syn = tcp.has(tcpflag::Syn);
    const bool ack = tcp.has(tcpflag::Ack);
    if (syn && !ack && analysis.fromClient) {
        report_.clientKnown = true;
        if (!report_.syn)
            report_.syn = ReportSyn{frame, tcp.seq, analysis.relativeSeq, tcp.flags, {}};
        else if (tcp.seq == report_.syn->rawSeq)
            report_.syn->copies.push_back(frame);
    } else if (syn && ack && !analysis.fromClient && !report_.synAck) {
        report_.clientKnown = true;
        report_.synAck = ReportSynAck{frame, tcp.seq, tcp.ack, analysis.relativeAck, tcp.flags,
                                      report_.syn && tcp.ack == report_.syn->rawSeq + 1};
    }

    const auto from = analysis.fromClient ? Direction::ClientToServer : Direction::ServerToClient;
    addAsSender(report_.directions[static_cast<std::size_t>(index(from))], frame, time, tcp, analysis);
    addAsReceiver(report_.directions[static_cast<std::size_t>(index(opposite(from)))], frame, time, tcp, analysis);
}

void ConversationReportBuilder::addAsSender(ReportDirection& s, std::uint32_t frame, double time, const TcpInfo& tcp,
                                            const TcpPacketAnalysis& a)
{
    const auto d = static_cast<std::size_t>(index(s.direction));
    if (a.flags & analysis::WindowFull) {
        if (s.window.windowFull++ == 0)
            s.window.firstWindowFullFrame = frame;
    }
    if (a.bytesInFlight > s.window.maxFlight) {
        s.window.maxFlight = a.bytesInFlight;
        s.window.maxFlightFrame = frame;
    }
    const auto len = tcp.payloadLength;
    if (len == 0)
        return;
    s.payloadBytes += len;
    s.minLength = s.dataSegments == 0 ? len : std::min(s.minLength, len);
    s.maxLength = std::max(s.maxLength, len);
    ++s.dataSegments;
    if (!s.firstData) {
        s.firstData = ReportFirstData{frame, tcp.seq, a.relativeSeq, len};
        s.throughput.firstFrame = frame;
        s.throughput.firstTime = time;
        firstSeq_[d] = ackedEnd_[d] = dataEnd_[d] = a.relativeSeq;
    }
    if (a.flags & kAnyRetransmission) {
        s.retransmissions.push_back(frame);
        if (a.flags & analysis::FastRetransmission)
            ++s.fastRetransmissions;
        for (auto& row : s.rtt) {
            if (row.ackFrame == 0 && row.retransmittedIn == 0 && overlaps(row.relativeSeq, row.length, a.relativeSeq, len))
                row.retransmittedIn = frame;
        }
    } else if (!(a.flags & (analysis::KeepAlive | analysis::ZeroWindowProbe))
               && s.rtt.size() < ConversationReport::kRttRows) {
        RttRow row;
        row.frame = frame;
        row.relativeSeq = a.relativeSeq;
        row.length = len;
        row.sent = time;
        s.rtt.push_back(row);
    }
    if (seq::gt(a.relativeSeq + len, dataEnd_[d]))
        dataEnd_[d] = a.relativeSeq + len;
}

void ConversationReportBuilder::addAsReceiver(ReportDirection& r, std::uint32_t frame, double time, const TcpInfo& tcp,
                                              const TcpPacketAnalysis& a)
{
    const auto d = static_cast<std::size_t>(index(r.direction));
    auto& w = r.window;
    if (!tcp.has(tcpflag::Rst) && a.calculatedWindow >= 0) {
        if (w.minWindow < 0 || a.calculatedWindow < w.minWindow) {
            w.minWindow = a.calculatedWindow;
            w.minWindowFrame = frame;
        }
        w.maxWindow = std::max(w.maxWindow, a.calculatedWindow);
    }
    if (a.flags & analysis::ZeroWindow) {
        if (w.zeroWindow++ == 0)
            w.firstZeroWindowFrame = frame;
    }
    if (!tcp.has(tcpflag::Ack) || !r.firstData)
        return;
    for (auto& row : r.rtt) {
        if (row.ackFrame == 0 && seq::ge(a.relativeAck, row.relativeSeq + row.length)) {
            row.ackFrame = frame;
            row.acked = time;
        }
    }
    // Only data counts: the ACK of a FIN covers one more sequence number but no byte.
    const auto covered = seq::lt(a.relativeAck, dataEnd_[d]) ? a.relativeAck : dataEnd_[d];
    if (seq::gt(covered, ackedEnd_[d])) {
        ackedEnd_[d] = covered;
        r.throughput.bytes = static_cast<std::uint32_t>(covered - firstSeq_[d]);
        r.throughput.ackFrame = frame;
        r.throughput.ackTime = time;
    }
}

ReportSlowStart ConversationReportBuilder::slowStart(Direction d) const
{
    ReportSlowStart answer;
    const auto& cwnd = series_.congestion(d);
    if (cwnd.points.empty())
        return answer;
    answer.roundLength = series_.roundLength(d);
    const double offset = static_cast<double>(series_.firstTimestampNs() - startNs_) / 1e9;
    answer.end = SlowStartEnd::NotSeen;
    std::size_t lastRound = cwnd.rounds.empty() ? 0 : cwnd.rounds.size() - 1;
    if (!cwnd.losses.empty()) {
        answer.end = SlowStartEnd::Loss;
        answer.frame = cwnd.losses.front().frame;
        answer.time = cwnd.losses.front().time + offset;
        lastRound = cwnd.losses.front().round;
    }
    constexpr std::size_t kMaxRounds = 16;
    for (std::size_t i = 0; i <= lastRound && i < cwnd.rounds.size() && i < kMaxRounds; ++i)
        answer.roundFlights.push_back(cwnd.rounds[i].maxFlight);
    return answer;
}

ConversationReport ConversationReportBuilder::finish(std::uint32_t stream) const
{
    ConversationReport report = report_;
    report.stream = stream;
    for (auto& direction : report.directions) {
        double estimated = -1;
        double deviation = -1;
        for (auto& row : direction.rtt) {
            if (row.ackFrame != 0 && row.retransmittedIn == 0 && row.acked >= row.sent) {
                const double sample = row.acked - row.sent;
                row.sampleRtt = sample;
                if (estimated < 0) {
                    estimated = sample;
                    deviation = sample / 2;
                } else {
                    // RFC 6298 2.3: RTTVAR from the SRTT before this sample, then SRTT.
                    deviation = (1 - ConversationReport::kBeta) * deviation
                              + ConversationReport::kBeta * std::fabs(sample - estimated);
                    estimated = (1 - ConversationReport::kAlpha) * estimated + ConversationReport::kAlpha * sample;
                }
            }
            row.estimatedRtt = estimated;
            row.devRtt = deviation;
            row.rto = estimated < 0 ? -1 : estimated + 4 * deviation;
        }
        direction.slowStart = slowStart(direction.direction);
        direction.limitTimeline = series_.limits().timeline(direction.direction);
        direction.limits = limitTotals(direction.limitTimeline);
        direction.limitsNearReceiver = series_.limits().receiverSide(direction.direction);
    }
    return report;
}

std::optional<ConversationReport> buildReport(const StreamSnapshot& snapshot, std::int64_t captureStartNs)
{
    if (!snapshot.mapping)
        return std::nullopt;
    ConversationReportBuilder builder(captureStartNs);
    ConversationTracker tracker; // sees only this stream, as buildSeries does
    ReassemblingDecoder decoder;
    for (const auto& p : snapshot.packets) {
        if (p.dataOffset == kNoOffset)
            continue;
        const auto bytes = snapshot.mapping->slice(p.dataOffset, p.capturedLength);
        const auto decoded = decoder.decode(p.frame, p.timestampNs, bytes, p.wireLength, p.linkType).packet;
        if (p.fragmentOnly || !decoded.isTcp())
            continue;
        builder.add(p.frame, p.timestampNs, decoded, tracker.add(p.frame, p.timestampNs, p.wireLength, decoded));
    }
    if (builder.empty())
        return std::nullopt;
    return builder.finish(snapshot.stream);
}

std::optional<ConversationReport> buildReport(const PacketStore& store, const PacketAnalysisStore& analyses,
                                              std::uint32_t stream)
{
    const auto start = store.size() == 0 ? 0 : store.index().timestampNs(0);
    return buildReport(snapshotStream(store, analyses, stream), start);
}

ReportPassResult reportFromCapture(CaptureFile& file, std::uint32_t stream)
{
    ReportPassResult result;
    std::optional<ConversationReportBuilder> builder;
    ConversationTracker tracker;
    ReassemblingDecoder decoder;
    RawPacket packet;
    ReadStatus status;
    while ((status = file.next(packet)) == ReadStatus::Packet) {
        if (!builder)
            builder.emplace(packet.timestampNs); // frame.time_relative counts from the first packet
        const auto frame = static_cast<std::uint32_t>(file.packetsRead());
        const auto decoded = decoder.decode(frame, packet.timestampNs, packet.bytes, packet.wireLength, packet.linkType);
        if (!decoded.packet.isTcp())
            continue;
        const auto analysis = tracker.add(frame, packet.timestampNs, packet.wireLength, decoded.packet);
        if (analysis.stream == stream)
            builder->add(frame, packet.timestampNs, decoded.packet, analysis);
    }
    if (status == ReadStatus::Error)
        result.error = file.error();
    result.streams = static_cast<std::uint32_t>(tracker.conversations().size());
    if (builder && !builder->empty())
        result.report = builder->finish(stream);
    return result;
}

} // namespace tcplens
