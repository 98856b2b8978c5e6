#include "ConversationTracker.h"

#include "../decode/Nanoseconds.h"
#include "EndpointStateMachine.h"
#include "SequenceAnalysis.h"
#include "ZeekHistory.h"

#include <algorithm>

namespace tcplens {
namespace {

constexpr std::uint8_t kCompleteSyn = 1, kCompleteSynAck = 2, kCompleteAck = 4, kCompleteData = 8,
                       kCompleteFin = 16, kCompleteRst = 32;

Endpoint sourceOf(const DecodedPacket& p) { return Endpoint{p.network.src, p.tcp.srcPort}; }
Endpoint destinationOf(const DecodedPacket& p) { return Endpoint{p.network.dst, p.tcp.dstPort}; }

void recordOffer(OfferedOptions& offered, const TcpInfo& tcp)
{
    offered.sawSyn = true;
    const auto& o = tcp.options;
    offered.mss = o.hasMss ? o.mss : -1;
    offered.windowScale = o.hasWindowScale ? std::min<int>(o.windowScale, 14) : -1;
    offered.sackPermitted = o.sackPermitted;
    offered.timestamps = o.hasTimestamps;
    offered.ecn = tcp.has(tcpflag::Ack) ? tcp.has(tcpflag::Ece) : (tcp.has(tcpflag::Ece) && tcp.has(tcpflag::Cwr));
}

/// The shift each side's windows are scaled by, from the SYNs seen (their latest offers).
/// RFC 7323 2.2: scaling is on only when both SYNs carry the option, so a SYN without it turns
/// it off for both sides. When only one side's SYN was captured and it offered a shift, that side
/// is taken to scale by it, as Wireshark does: the reply is missing, and a stack that offers the
/// option nearly always meets a peer that accepts it. The other side's shift stays unknown.
void resolveWindowScale(Conversation& c)
{
    for (int i = 0; i < 2; ++i) {
        const auto& own = c.sides[static_cast<std::size_t>(i)].offered;
        const auto& peer = c.sides[static_cast<std::size_t>(1 - i)].offered;
        auto& shift = c.sides[static_cast<std::size_t>(i)].flow.windowScale;
        if ((own.sawSyn && own.windowScale < 0) || (peer.sawSyn && peer.windowScale < 0))
            shift = -2;
        else if (!own.sawSyn)
            shift = -1;
        else
            shift = own.windowScale;
    }
}

} // namespace

std::uint32_t ConversationTracker::open(const ConversationKey& key, const DecodedPacket& p, std::int64_t timestampNs,
                                        std::uint32_t frame)
{
    Conversation c;
    c.stream = static_cast<std::uint32_t>(conversations_.size());
    c.key = key;
    const auto& tcp = p.tcp;
    Endpoint client = sourceOf(p);
    Endpoint server = destinationOf(p);
    if (tcp.has(tcpflag::Syn)) {
        c.clientKnown = true;
        if (tcp.has(tcpflag::Ack)) { // first seen is the SYN-ACK: its receiver opened the connection
            std::swap(client, server);
            c.roleFlipped = true;
        }
    } else if (tcp.srcPort < tcp.dstPort) {
        // Midstream: the lower port is most likely the service.
        std::swap(client, server);
        c.roleFlipped = true;
    }
    c.sides[0].endpoint = client;
    c.sides[1].endpoint = server;
    c.firstNs = c.lastNs = timestampNs;
    c.firstFrame = c.lastFrame = frame;
    conversations_.push_back(std::move(c));
    return conversations_.back().stream;
}

TcpPacketAnalysis ConversationTracker::add(std::uint32_t frame, std::int64_t timestampNs, std::uint32_t wireLength,
                                           const DecodedPacket& p)
{
    TcpPacketAnalysis out;
    out.stream = kNoStream;
    if (!p.tcp.complete)
        return out;
    const auto& tcp = p.tcp;
    const auto key = *ConversationKey::of(p);

    // Wireshark's rule: a SYN whose ISN differs from the one this 4-tuple started with is a new
    // conversation on reused ports.
    bool reused = false;
    std::uint32_t stream;
    // Consecutive packets mostly belong to one conversation: skip the hash lookup then.
    const bool same = lastStream_ != kNoStream && key == lastKey_;
    const auto found = same ? std::nullopt : current_.find(key, conversations_);
    if (!same && !found) {
        stream = open(key, p, timestampNs, frame);
        current_.assign(key, stream, conversations_);
    } else {
        stream = same ? lastStream_ : *found;
        auto& existing = conversations_[stream];
        const Direction d = existing.side(Direction::ClientToServer).endpoint == sourceOf(p)
                                ? Direction::ClientToServer
                                : Direction::ServerToClient;
        const auto& flow = existing.side(d).flow;
        if ((tcp.flags & (tcpflag::Syn | tcpflag::Ack)) == tcpflag::Syn && flow.baseSet && tcp.seq != flow.baseSeq) {
            stream = open(key, p, timestampNs, frame);
            current_.assign(key, stream, conversations_);
            reused = true;
        }
    }

    lastKey_ = key;
    lastStream_ = stream;
    auto& c = conversations_[stream];
    const Direction dir = c.side(Direction::ClientToServer).endpoint == sourceOf(p) ? Direction::ClientToServer
                                                                                     : Direction::ServerToClient;
    auto& sender = c.side(dir);
    auto& receiver = c.side(opposite(dir));
    out.stream = stream;
    out.fromClient = dir == Direction::ClientToServer;
    if (reused)
        out.flags |= analysis::ReusedPorts;

    // Timestamps can go backwards: the conversation spans the earliest to the latest, as tshark's
    // conversation table has it.
    c.firstNs = std::min(c.firstNs, timestampNs);
    c.lastNs = std::max(c.lastNs, timestampNs);
    c.lastFrame = frame;
    ++sender.packets;
    sender.frameBytes += wireLength;
    sender.payloadBytes += tcp.payloadLength;

    // Handshake bookkeeping: offered options, window scale, completeness, initial RTT.
    const bool syn = tcp.has(tcpflag::Syn);
    const bool ack = tcp.has(tcpflag::Ack);
    if (syn) {
        recordOffer(sender.offered, tcp);
        resolveWindowScale(c);
        if (!ack)
            c.synTimeNs = timestampNs; // the most recent SYN, as Wireshark times the iRTT from it
    }
    // Completeness as tshark 4.0 keeps it: a conversation's first packet counts only if it is a
    // SYN (with its Fast Open data); later, a SYN-ACK, a pure ACK, data on an ACK, a FIN with ACK
    // and a RST each add their bit. Shown as it was before this packet, except on a SYN that
    // reopens a 4-tuple, which shows its own.
    out.completeness = c.completeness;
    if (c.firstFrame == frame) {
        if (syn && !ack)
            c.completeness = kCompleteSyn | (tcp.payloadLength > 0 ? kCompleteData : 0);
    } else {
        if (syn && ack)
            c.completeness |= kCompleteSynAck;
        if (ack && !syn)
            c.completeness |= tcp.payloadLength > 0 ? kCompleteData : kCompleteAck;
        if (tcp.has(tcpflag::Fin) && ack)
            c.completeness |= kCompleteFin;
        if (tcp.has(tcpflag::Rst))
            c.completeness |= kCompleteRst;
    }
    if (reused)
        out.completeness = c.completeness;

    // Relative numbers: the SYN's seq is the ISN; without a SYN, seq - 1 is.
    auto& fwd = sender.flow;
    auto& rev = receiver.flow;
    if (!fwd.baseSet) {
        fwd.baseSeq = syn ? tcp.seq : tcp.seq - 1;
        fwd.baseSet = true;
    }
    if (!rev.baseSet && ack) {
        rev.baseSeq = tcp.ack - 1;
        rev.baseSet = true;
    }
    if (syn && !reused && fwd.baseSet) {
        if (!ack && tcp.seq == fwd.baseSeq) {
            // The same SYN again (retried after a RST, say): what it expects next is what the
            // sender had sent contiguously, not where a RST's sequence number may have jumped to.
            fwd.nextSeqSet = fwd.maxSeqToBeAckedSet;
            fwd.nextSeq = fwd.maxSeqToBeAcked;
        } else if (ack && tcp.seq != fwd.baseSeq) {
            // A SYN-ACK with another ISN answers a new attempt on this 4-tuple: count from it.
            fwd.baseSeq = tcp.seq;
            out.flags |= analysis::ReusedPorts;
        }
    }

    // The calculated window: SYNs are never scaled; unknown scale leaves the raw value.
    out.windowScale = syn ? 0 : (fwd.windowScale == -1 ? -1 : std::max(fwd.windowScale, 0));
    const std::uint32_t window = syn || fwd.windowScale < 0 ? tcp.window
                                                           : static_cast<std::uint32_t>(tcp.window) << fwd.windowScale;
    out.calculatedWindow = window;

    fwd.sack = tcp.options.sack;
    fwd.sackCount = tcp.options.sackCount;
    const SegmentFacts facts{frame, timestampNs, tcp.seq, tcp.ack, tcp.payloadLength, tcp.flags, window};
    analyzeSequence(fwd, rev, facts, c.initialRttNs, out);
    // Wireshark: the first non-SYN segment with ACK after a SYN ends the initial RTT; it is set
    // after that segment's own analysis, which still used the default out-of-order threshold.
    if (ack && !syn && c.initialRttNs < 0 && c.synTimeNs >= 0)
        c.initialRttNs = nsBetween(c.synTimeNs, timestampNs);

    out.relativeSeq = tcp.seq - fwd.baseSeq;
    out.relativeAck = ack ? tcp.ack - rev.baseSeq : 0;
    const std::uint32_t occupied = tcp.payloadLength + ((syn || tcp.has(tcpflag::Fin)) ? 1U : 0U);
    out.nextSeq = occupied ? out.relativeSeq + occupied : 0;
    out.initialRttNs = c.initialRttNs;

    // Conversation totals.
    if (occupied > 0)
        ++c.sequencedSegments;
    constexpr std::uint32_t retransmitted =
        analysis::Retransmission | analysis::FastRetransmission | analysis::SpuriousRetransmission;
    if (out.flags & retransmitted)
        ++c.retransmissions;
    if (out.flags & analysis::ZeroWindow)
        ++c.zeroWindowEvents;
    if (out.bytesInFlight > c.maxBytesInFlight)
        c.maxBytesInFlight = out.bytesInFlight;

    // Endpoint states before and after, seen from this packet's sender and receiver.
    out.srcBefore = sender.state;
    out.dstBefore = receiver.state;
    if (sender.state == TcpState::Unknown && syn && !ack && receiver.state == TcpState::Unknown) {
        sender.state = TcpState::Closed;
        receiver.state = TcpState::Listen;
        out.srcBefore = TcpState::Closed;
        out.dstBefore = TcpState::Listen;
    }
    advanceStates(sender, receiver, SegmentView{tcp.flags, tcp.seq, tcp.ack, tcp.payloadLength});
    out.srcAfter = sender.state;
    out.dstAfter = receiver.state;

    updateZeekHistory(c, dir, p, out.flags);
    if (tcp.has(tcpflag::Rst) || (c.sides[0].lastFinSeq >= 0 && c.sides[1].lastFinSeq >= 0))
        c.finished = true;
    return out;
}

} // namespace tcplens
