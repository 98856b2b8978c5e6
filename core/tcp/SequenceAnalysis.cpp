#include "SequenceAnalysis.h"

#include "../decode/DecodedPacket.h"
#include "../decode/Nanoseconds.h"
#include "SeqNum.h"

#include <algorithm>

namespace tcplens {
namespace {

constexpr std::size_t kMaxUnackedSegments = 10000;               // Wireshark's TCP_MAX_UNACKED_SEGMENTS
constexpr std::int64_t kFastRetransmissionWindowNs = 20'000'000; // 20 ms after the last dup ACK
constexpr std::int64_t kDefaultOutOfOrderNs = 3'000'000;         // 3 ms when the iRTT is unknown

constexpr std::uint16_t kSynFinRst = tcpflag::Syn | tcpflag::Fin | tcpflag::Rst;

/// Wireshark measures these intervals in unsigned nanoseconds: a timestamp that went backwards
/// gives a huge interval, never a short one.
[[nodiscard]] bool within(std::int64_t intervalNs, std::int64_t limitNs)
{
    return intervalNs >= 0 && intervalNs < limitNs;
}

/// The checks of tcp_analyze_sequence_number() that only look at the forward flow, in its order,
/// up to its "finished_fwd" label. Returns the flags; `fwd.validBytesInFlight` and the
/// duplicate-ACK counter change on the way, as they do there.
void classifyForward(FlowState& fwd, const FlowState& rev, const SegmentFacts& s, TcpPacketAnalysis& out)
{
    using namespace analysis;
    const bool plain = (s.flags & kSynFinRst) == 0;
    const bool atNext = fwd.nextSeqSet && s.seq == fwd.nextSeq;
    const bool sameAck = fwd.lastAckSet && s.ack == fwd.lastAck;

    // Zero window probe: one byte at the next expected seq into a closed window.
    if (s.length == 1 && atNext && rev.windowSeen && rev.window == 0) {
        out.flags |= ZeroWindowProbe;
        return;
    }
    if (s.window == 0 && plain)
        out.flags |= ZeroWindow;
    // A hole before this segment: the capture missed something. RSTs are exempt.
    if (fwd.nextSeqSet && seq::gt(s.seq, fwd.nextSeq) && !(s.flags & tcpflag::Rst)) {
        out.flags |= LostSegment;
        fwd.validBytesInFlight = false; // until the peer ACKs again
    }
    if ((s.length == 0 || s.length == 1) && fwd.nextSeqSet && s.seq == fwd.nextSeq - 1 && plain)
        out.flags |= KeepAlive;
    if (s.length == 0 && s.window != 0 && s.window != fwd.window && atNext && sameAck && plain)
        out.flags |= WindowUpdate;
    if (s.length > 0 && rev.windowScale != -1 && plain && rev.lastAckSet && rev.windowSeen
        && s.seq + s.length == rev.lastAck + rev.window)
        out.flags |= WindowFull;
    if (s.length == 0 && s.window != 0 && s.window == fwd.window && atNext && sameAck
        && (rev.lastSegmentFlags & KeepAlive) && plain) {
        out.flags |= KeepAliveAck;
        return;
    }
    if (s.length == 0 && s.window == 0 && fwd.windowSeen && s.window == fwd.window && atNext
        && sameAck && (rev.lastSegmentFlags & ZeroWindowProbe) && plain) {
        out.flags |= ZeroWindowProbeAck;
        return;
    }
    if (s.length == 0 && s.window != 0 && s.window == fwd.window && atNext && sameAck && plain) {
        // -1: an "ACKed unseen segment" was just reported for this hole; the run starts at 1.
        fwd.dupAckCount = fwd.dupAckCount < 0 ? 1 : fwd.dupAckCount + 1;
        out.flags |= DuplicateAck;
        out.dupAckNumber = static_cast<std::uint16_t>(std::min<std::int32_t>(fwd.dupAckCount, 0xffff));
        out.dupAckFrame = fwd.lastNonDupAckFrame;
    }
}

/// "ACKed segment that wasn't captured": this ACK covers sequence space the other side never
/// showed us. Reported once per hole: if the other side has sent more since, maxSeqToBeAcked
/// catches up with it; if not, its dup-ACK counter set to -1 remembers the report until that side
/// acknowledges something new.
void checkAckedUnseen(FlowState& rev, const SegmentFacts& s, TcpPacketAnalysis& out)
{
    if (!(s.flags & tcpflag::Ack) || !rev.maxSeqToBeAckedSet || !seq::gt(s.ack, rev.maxSeqToBeAcked))
        return;
    if (rev.nextSeqSet && seq::lt(rev.maxSeqToBeAcked, rev.nextSeq)) {
        rev.maxSeqToBeAcked = rev.nextSeq;
        out.flags |= analysis::AckLostSegment;
    } else {
        if (rev.dupAckCount == 0)
            out.flags |= analysis::AckLostSegment;
        rev.dupAckCount = -1;
    }
}

/// Retransmission kinds for segments that occupy sequence space, in Wireshark 4.0's order:
/// spurious, fast retransmission, out-of-order, retransmission.
void classifyRetransmission(const FlowState& fwd, const FlowState& rev, const SegmentFacts& s,
                            std::int64_t initialRttNs, TcpPacketAnalysis& out)
{
    using namespace analysis;
    if (out.flags & KeepAlive)
        return;
    bool notAdvanced = fwd.nextSeqSet && seq::lt(s.seq, fwd.nextSeq);
    // More than one byte starting at nextSeq - 1 adds new data (the byte before may have been a
    // zero window probe): not a retransmission, though it may still be spurious.
    if (s.length > 1 && fwd.nextSeqSet && fwd.nextSeq - 1 == s.seq)
        notAdvanced = false;

    // Data the receiver had already acknowledged. tshark shows it as a retransmission too.
    if (s.length > 0 && rev.lastAckSet && seq::le(s.seq + s.length, rev.lastAck)) {
        out.flags |= SpuriousRetransmission | Retransmission;
        return;
    }
    if (notAdvanced && rev.dupAckCount >= 2 && rev.lastAckSet && rev.lastAck == s.seq
        && within(nsBetween(rev.lastAckTimeNs, s.timestampNs), kFastRetransmissionWindowNs)) {
        out.flags |= FastRetransmission | Retransmission; // tshark shows both
        return;
    }
    const std::int64_t threshold = initialRttNs > 0 ? initialRttNs : kDefaultOutOfOrderNs;
    const std::uint32_t occupied = s.length + ((s.flags & (tcpflag::Syn | tcpflag::Fin)) ? 1U : 0U);
    if (notAdvanced && within(nsBetween(fwd.nextSeqTimeNs, s.timestampNs), threshold) && fwd.nextSeq != s.seq + occupied) {
        out.flags |= OutOfOrder;
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
            out.ackRttNs = nsBetween(segment.timestampNs, s.timestampNs);
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
            segment.bits |= UnackedSegment::kTrimmed;
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
            segment.bits |= UnackedSegment::kTrimmed;
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

/// Bytes in flight on a data segment: the span of this direction's unacknowledged segments,
/// less what the receiver SACKed; -1 when there is none to report.
std::int64_t bytesInFlight(const FlowState& fwd, const FlowState& rev, const SegmentFacts& s)
{
    if (s.length == 0 || fwd.unacked.empty() || !fwd.validBytesInFlight)
        return -1;
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
    // What the receiver already SACKed is not in flight. Wireshark 4.0 keeps only the first three
    // blocks of a SACK option for this (dissect_tcpopt_sack stores a block while the count is
    // below MAX_TCP_SACK_RANGES, 4, after incrementing it), so a fourth block still counts.
    constexpr std::size_t kSackBlocksCounted = 3;
    for (std::size_t i = 0; i < std::min<std::size_t>(rev.sackCount, kSackBlocksCounted); ++i) {
        const auto& block = rev.sack[i];
        if (seq::gt(block.right, block.left))
            inFlight -= std::min(inFlight, block.right - block.left);
    }
    if (inFlight == 0 || inFlight >= 2'000'000'000U)
        return -1;
    if (s.flags & (tcpflag::Syn | tcpflag::Fin))
        --inFlight; // Wireshark counts bytes, not the SYN/FIN number
    return inFlight == 0 ? -1 : inFlight;
}

} // namespace

void analyzeSequence(FlowState& fwd, FlowState& rev, const SegmentFacts& s, std::int64_t initialRttNs,
                     TcpPacketAnalysis& out)
{
    using namespace analysis;
    if (s.flags & tcpflag::Ack)
        rev.validBytesInFlight = true;

    classifyForward(fwd, rev, s, out);
    // Only a new ACK number ends a run of duplicates (a window update in between does not).
    if (!fwd.lastAckSet || s.ack != fwd.lastAck) {
        fwd.lastNonDupAckFrame = s.frame;
        fwd.dupAckCount = 0;
    }
    checkAckedUnseen(rev, s, out);

    const bool occupiesSpace = s.length > 0 || (s.flags & (tcpflag::Syn | tcpflag::Fin));
    if (occupiesSpace)
        classifyRetransmission(fwd, rev, s, initialRttNs, out);

    std::uint32_t nextSeq = s.seq + s.length;
    if (occupiesSpace && fwd.unacked.size() < kMaxUnackedSegments) {
        if (s.flags & (tcpflag::Syn | tcpflag::Fin))
            nextSeq += 1;
        constexpr std::uint32_t notFirstCopy = Retransmission | FastRetransmission | SpuriousRetransmission
                                             | OutOfOrder | KeepAlive | ZeroWindowProbe;
        appendUnacked(fwd, UnackedSegment{s.frame, s.seq, nextSeq,
                                          (out.flags & notFirstCopy) ? 0U : UnackedSegment::kFirstCopy, s.timestampNs});
    }
    const bool probe = (out.flags & ZeroWindowProbe) != 0;
    // A reset answering a segment without ACK has sequence number 0 (RFC 9293 3.10.7.1), which
    // is none of its sender's: as its side's first segment it starts no sequence space, so a
    // later SYN-ACK from that side is not compared with it (Wireshark 4.0 reads 0 as "no
    // sequence number yet" and so does the same).
    const bool resetOutsideSpace = (s.flags & tcpflag::Rst) && s.seq == 0 && s.length == 0 && !fwd.nextSeqSet;
    if ((!fwd.nextSeqSet || seq::gt(nextSeq, fwd.nextSeq)) && !probe && !resetOutsideSpace) {
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
    if (s.flags & tcpflag::Ack) { // the ack field of a segment without ACK means nothing
        fwd.lastAckSet = true;
        fwd.lastAck = s.ack;
        fwd.lastAckTimeNs = s.timestampNs;
    }
    fwd.lastSegmentFlags = out.flags;

    if (s.flags & tcpflag::Ack)
        acknowledge(rev, s, out);
    out.bytesInFlight = bytesInFlight(fwd, rev, s);
}

} // namespace tcplens
