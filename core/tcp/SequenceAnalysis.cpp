#include "SequenceAnalysis.h"

#include "../decode/DecodedPacket.h"
#include "SeqNum.h"

#include <algorithm>

namespace tcplens {
namespace {

constexpr std::size_t kMaxUnackedSegments = 10000;         // Wireshark's TCP_MAX_UNACKED_SEGMENTS
constexpr std::int64_t kFastRetransmissionWindowNs = 20'000'000; // 20 ms after the last dup ACK
constexpr std::int64_t kDefaultOutOfOrderNs = 3'000'000;   // 3 ms when the iRTT is unknown

constexpr std::uint16_t kSynFinRst = tcpflag::Syn | tcpflag::Fin | tcpflag::Rst;

/// Detection rules that only look at the forward flow, in Wireshark's order; returns true when
/// a rule ends the checks early (Wireshark's "goto finished_fwd").
bool classifyForward(const FlowState& fwd, const FlowState& rev, const SegmentFacts& s, TcpPacketAnalysis& out)
{
    using namespace analysis;
    const bool plain = (s.flags & kSynFinRst) == 0;

    // Zero window probe: one byte at the next expected seq into a closed window.
    const bool atNext = fwd.nextSeqSet && s.seq == fwd.nextSeq;
    const bool sameAck = fwd.lastAckSet && s.ack == fwd.lastAck;
    if (s.length == 1 && atNext && rev.window == 0 && rev.windowSeen) {
        out.flags |= ZeroWindowProbe;
        return true;
    }
    if (s.window == 0 && plain)
        out.flags |= ZeroWindow;
    // A hole before this segment: the capture missed something. RSTs are exempt.
    if (fwd.nextSeqSet && seq::gt(s.seq, fwd.nextSeq) && !(s.flags & tcpflag::Rst))
        out.flags |= LostSegment;
    if ((s.length == 0 || s.length == 1) && fwd.nextSeqSet && s.seq == fwd.nextSeq - 1 && plain)
        out.flags |= KeepAlive;
    if (s.length == 0 && s.window != 0 && s.window != fwd.window && atNext && sameAck && plain)
        out.flags |= WindowUpdate;
    if (s.length > 0 && rev.windowScale != -1 && plain && rev.lastAckSet && s.seq + s.length == rev.lastAck + rev.window)
        out.flags |= WindowFull;
    if (s.length == 0 && s.window != 0 && s.window == fwd.window && atNext && sameAck
        && (rev.lastSegmentFlags & KeepAlive) && plain) {
        out.flags |= KeepAliveAck;
        return true;
    }
    if (s.length == 0 && s.window == 0 && s.window == fwd.window && atNext
        && (sameAck || (fwd.lastAckSet && s.ack == fwd.lastAck + 1)) && (rev.lastSegmentFlags & ZeroWindowProbe)
        && plain) {
        out.flags |= ZeroWindowProbeAck;
        return true;
    }
    if (s.length == 0 && s.window != 0 && s.window == fwd.window && atNext && sameAck && plain)
        out.flags |= DuplicateAck;
    return false;
}

/// Retransmission kinds for segments that occupy sequence space, in Wireshark's precedence.
void classifyRetransmission(const FlowState& fwd, const FlowState& rev, const SegmentFacts& s,
                            std::int64_t initialRttNs, TcpPacketAnalysis& out)
{
    using namespace analysis;
    if (out.flags & KeepAlive)
        return;
    const bool notAdvanced = fwd.nextSeqSet && seq::lt(s.seq, fwd.nextSeq);
    if (notAdvanced && rev.dupAckCount >= 2 && rev.lastAckSet && rev.lastAck == s.seq
        && s.timestampNs - rev.lastAckTimeNs < kFastRetransmissionWindowNs) {
        out.flags |= FastRetransmission | Retransmission; // Wireshark marks it as both
        return;
    }
    const std::int64_t threshold = initialRttNs > 0 ? initialRttNs : kDefaultOutOfOrderNs;
    const std::uint32_t occupied = s.length + ((s.flags & (tcpflag::Syn | tcpflag::Fin)) ? 1U : 0U);
    if (notAdvanced && s.timestampNs - fwd.nextSeqTimeNs < threshold && fwd.nextSeq != s.seq + occupied) {
        out.flags |= OutOfOrder;
        return;
    }
    if (s.length > 0 && rev.lastAckSet && seq::le(s.seq + s.length, rev.lastAck)) {
        out.flags |= SpuriousRetransmission;
        return;
    }
    if (notAdvanced)
        out.flags |= Retransmission;
}

/// Whether seq and nextSeq both never decrease along the list.
bool isSorted(const std::vector<UnackedSegment>& list)
{
    for (std::size_t i = 1; i < list.size(); ++i)
        if (seq::lt(list[i].seq, list[i - 1].seq) || seq::lt(list[i].nextSeq, list[i - 1].nextSeq))
            return false;
    return true;
}

void appendUnacked(FlowState& flow, const UnackedSegment& segment)
{
    if (!flow.unacked.empty()) {
        const auto& last = flow.unacked.back();
        if (seq::lt(segment.seq, last.seq) || seq::lt(segment.nextSeq, last.nextSeq))
            flow.unackedSorted = false;
    }
    flow.unacked.push_back(segment);
}

/// Drops what this ACK covers from the reverse flow's list; an exact match gives the ACK RTT.
/// Kept oldest first; Wireshark walks newest first and the last exact match wins, so here the
/// first exact match does.
void acknowledge(FlowState& rev, const SegmentFacts& s, TcpPacketAnalysis& out)
{
    auto& list = rev.unacked;
    bool matched = false;
    const auto match = [&](const UnackedSegment& segment) {
        if (!matched && s.ack == segment.nextSeq) {
            out.ackedFrame = segment.frame;
            out.ackRttNs = s.timestampNs - segment.timestampNs;
            matched = true;
        }
    };
    if (rev.unackedSorted) {
        // Fully acknowledged segments are a prefix; partly acknowledged ones follow it, up to
        // the first that starts at or after the ACK.
        std::size_t acked = 0;
        while (acked < list.size() && seq::le(list[acked].nextSeq, s.ack))
            match(list[acked++]);
        list.erase(list.begin(), list.begin() + static_cast<std::ptrdiff_t>(acked));
        for (auto& segment : list) {
            if (!seq::gt(s.ack, segment.seq))
                break;
            segment.seq = s.ack;
        }
        if (list.empty() && list.capacity() > 64)
            list.shrink_to_fit(); // idle conversations give their memory back
        return;
    }
    std::size_t kept = 0;
    for (std::size_t i = 0; i < list.size(); ++i) {
        auto segment = list[i];
        if (s.ack == segment.nextSeq) {
            match(segment);
        } else if (seq::gt(s.ack, segment.seq) && seq::le(s.ack, segment.nextSeq)) {
            segment.seq = s.ack; // partly acknowledged: keep the rest
            list[kept++] = segment;
            continue;
        } else if (seq::gt(segment.nextSeq, s.ack)) {
            list[kept++] = segment;
            continue;
        }
        // fully acknowledged (or older): dropped
    }
    list.resize(kept);
    rev.unackedSorted = isSorted(list);
    if (list.empty() && list.capacity() > 64)
        list.shrink_to_fit();
}

} // namespace

void analyzeSequence(FlowState& fwd, FlowState& rev, const SegmentFacts& s, std::int64_t initialRttNs,
                     TcpPacketAnalysis& out)
{
    using namespace analysis;
    if (s.flags & tcpflag::Ack)
        rev.validBytesInFlight = true;

    const bool stopEarly = classifyForward(fwd, rev, s, out);
    if (!stopEarly && (out.flags & LostSegment))
        fwd.validBytesInFlight = false;
    if (out.flags & DuplicateAck) {
        ++fwd.dupAckCount;
        out.dupAckNumber = static_cast<std::uint16_t>(std::min<std::uint32_t>(fwd.dupAckCount, 0xffff));
        out.dupAckFrame = fwd.lastNonDupAckFrame;
    }
    // Only a new ACK number ends a run of duplicates (a window update in between does not).
    if (!fwd.lastAckSet || s.ack != fwd.lastAck) {
        fwd.lastNonDupAckFrame = s.frame;
        fwd.dupAckCount = 0;
    }

    // An ACK beyond everything the other side sent: the capture missed those segments.
    if (rev.maxSeqToBeAckedSet && seq::gt(s.ack, rev.maxSeqToBeAcked) && (s.flags & tcpflag::Ack)) {
        out.flags |= AckLostSegment;
        rev.maxSeqToBeAcked = rev.nextSeq;
    }

    if (!stopEarly && (s.length > 0 || (s.flags & (tcpflag::Syn | tcpflag::Fin))))
        classifyRetransmission(fwd, rev, s, initialRttNs, out);

    std::uint32_t nextSeq = s.seq + s.length;
    if ((s.length > 0 || (s.flags & (tcpflag::Syn | tcpflag::Fin))) && fwd.unacked.size() < kMaxUnackedSegments) {
        if (s.flags & (tcpflag::Syn | tcpflag::Fin))
            nextSeq += 1;
        appendUnacked(fwd, UnackedSegment{s.frame, s.seq, nextSeq, s.timestampNs});
    }
    const bool probe = (out.flags & ZeroWindowProbe) != 0;
    if ((!fwd.nextSeqSet || seq::gt(nextSeq, fwd.nextSeq)) && !probe) {
        fwd.nextSeqSet = true;
        fwd.nextSeq = nextSeq;
        fwd.nextSeqFrame = s.frame;
        fwd.nextSeqTimeNs = s.timestampNs;
    }
    if ((!fwd.maxSeqToBeAckedSet || s.seq == fwd.maxSeqToBeAcked) && !probe && fwd.nextSeqSet) {
        fwd.maxSeqToBeAckedSet = true;
        fwd.maxSeqToBeAcked = fwd.nextSeq;
    }

    fwd.window = s.window;
    fwd.windowSeen = true;
    if (s.flags & tcpflag::Ack) { // a SYN's ack field means nothing
        fwd.lastAckSet = true;
        fwd.lastAck = s.ack;
        fwd.lastAckTimeNs = s.timestampNs;
    }
    fwd.lastSegmentFlags = out.flags;

    if (s.flags & tcpflag::Ack)
        acknowledge(rev, s, out);

    // Bytes in flight: the span of this direction's unacknowledged segments, on data segments.
    if (s.length != 0 && !fwd.unacked.empty() && fwd.validBytesInFlight) {
        std::uint32_t first = fwd.unacked.front().seq - fwd.baseSeq;
        std::uint32_t last = fwd.unacked.back().nextSeq - fwd.baseSeq;
        if (!fwd.unackedSorted) {
            last = fwd.unacked.front().nextSeq - fwd.baseSeq;
            for (const auto& segment : fwd.unacked) {
                last = std::max(last, segment.nextSeq - fwd.baseSeq);
                first = std::min(first, segment.seq - fwd.baseSeq);
            }
        }
        std::uint32_t inFlight = last - first;
        // What the receiver already SACKed is not in flight.
        for (std::size_t i = 0; i < rev.sackCount; ++i) {
            const auto& block = rev.sack[i];
            if (seq::gt(block.right, block.left))
                inFlight -= std::min(inFlight, block.right - block.left);
        }
        if (s.flags & (tcpflag::Syn | tcpflag::Fin))
            inFlight -= std::min(inFlight, 1U); // Wireshark counts bytes, not the SYN/FIN number
        if (inFlight > 0 && inFlight < 2'000'000'000U)
            out.bytesInFlight = inFlight;
    }
}

} // namespace tcplens
