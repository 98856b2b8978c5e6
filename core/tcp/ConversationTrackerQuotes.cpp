// How a TCP header quoted in an ICMP error is filed: tshark 4.0's dissect_tcp runs its conversation
// lookup on it before anything checks pinfo->flags.in_error_pkt, so the quote takes a stream number
// (docs/wireshark-differences.md section 9).
#include "ConversationTracker.h"

namespace tcplens {

TcpPacketAnalysis ConversationTracker::addQuoted(std::uint32_t frame, std::int64_t timestampNs,
                                                 const QuotedTcpInfo& q)
{
    // The 4-tuple's conversation and the SYN rules as for a segment; then no sequence analysis,
    // but the completeness bits (of a segment without data).
    TcpPacketAnalysis out;
    out.stream = kNoStream;
    const Endpoint src{q.src, q.srcPort};
    const Endpoint dst{q.dst, q.dstPort};
    const auto key = ConversationKey::of(src, dst);
    const std::uint16_t synAck = q.flags & (tcpflag::Syn | tcpflag::Ack);
    const auto found = current_.find(key, conversations_);
    std::uint32_t stream = found.value_or(kNoStream);
    bool reused = false;
    if (!found) {
        stream = open(src, dst, q.flags, timestampNs, frame);
        current_.assign(key, stream, conversations_);
    } else if (synAck == tcpflag::Syn || synAck == (tcpflag::Syn | tcpflag::Ack)) {
        const auto& c = conversations_[stream];
        const Direction d = c.side(Direction::ClientToServer).endpoint == src ? Direction::ClientToServer
                                                                                : Direction::ServerToClient;
        auto& flow = stateOf(stream).sides[static_cast<std::size_t>(index(d))].flow;
        if (flow.baseSet && q.seq != flow.baseSeq) {
            out.flags |= analysis::ReusedPorts;
            if (synAck == tcpflag::Syn) { // another ISN: a new conversation on these ports
                stream = open(src, dst, q.flags, timestampNs, frame);
                current_.assign(key, stream, conversations_);
                conversations_[stream].completeness = complete::Syn;
                reused = true;
            } else {
                flow.baseSeq = q.seq; // a SYN-ACK's ISN: relative numbers count from it
            }
        } else if (flow.baseSet && synAck == tcpflag::Syn) {
            flow.nextSeqSet = flow.maxSeqToBeAckedSet; // the same SYN again (see process())
            flow.nextSeq = flow.maxSeqToBeAcked;
        }
    }
    auto& c = conversations_[stream];
    // Header length below 20: tshark stops before the completeness bits.
    if (q.headerLength >= 20 && !reused) {
        if (!found) {
            if (synAck == tcpflag::Syn)
                c.completeness = complete::Syn;
        } else {
            if (synAck == (tcpflag::Syn | tcpflag::Ack))
                c.completeness |= complete::SynAck;
            if (synAck == tcpflag::Ack)
                c.completeness |= complete::Ack;
            if ((q.flags & (tcpflag::Fin | tcpflag::Ack)) == (tcpflag::Fin | tcpflag::Ack))
                c.completeness |= complete::Fin;
            if (q.flags & tcpflag::Rst)
                c.completeness |= complete::Rst;
        }
    }
    ++c.quotes;
    lastKey_ = key;
    lastStream_ = stream;
    out.quotedStream = stream;
    return out;
}

} // namespace tcplens
