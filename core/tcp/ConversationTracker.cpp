#include "ConversationTracker.h"

#include "../decode/Nanoseconds.h"
#include "EndpointStateMachine.h"
#include "SeqNum.h"
#include "SequenceAnalysis.h"
#include "StateTransitions.h"
#include "ZeekHistory.h"

#include <algorithm>

namespace tcplens {
namespace {

Endpoint sourceOf(const DecodedPacket& p) { return Endpoint{p.network.src, p.tcp.srcPort}; }
Endpoint destinationOf(const DecodedPacket& p) { return Endpoint{p.network.dst, p.tcp.dstPort}; }

void recordOffer(OfferedOptions& offered, const TcpInfo& tcp)
{
    offered.sawSyn = true;
    const auto& o = tcp.options;
    offered.hasMss = o.hasMss;
    offered.mss = o.hasMss ? o.mss : 0;
    offered.windowScale = static_cast<std::int8_t>(o.hasWindowScale ? std::min<int>(o.windowScale, 14) : -1);
    offered.sackPermitted = o.sackPermitted;
    offered.timestamps = o.hasTimestamps;
    offered.ecn = tcp.has(tcpflag::Ack) ? tcp.has(tcpflag::Ece) : (tcp.has(tcpflag::Ece) && tcp.has(tcpflag::Cwr));
}

/// The shift each side's windows are scaled by, from the SYNs seen (their latest offers).
/// RFC 7323 2.2: scaling is on only when both SYNs carry the option, so a SYN without it turns
/// it off for both sides. When only one side's SYN was captured and it offered a shift, that side
/// is taken to scale by it, as Wireshark does: the reply is missing, and a stack that offers the
/// option nearly always meets a peer that accepts it. The other side's shift stays unknown.
void resolveWindowScale(const Conversation& c, ConversationState& state)
{
    for (int i = 0; i < 2; ++i) {
        const auto& own = c.sides[static_cast<std::size_t>(i)].offered;
        const auto& peer = c.sides[static_cast<std::size_t>(1 - i)].offered;
        auto& shift = state.sides[static_cast<std::size_t>(i)].flow.windowScale;
        if ((own.sawSyn && own.windowScale < 0) || (peer.sawSyn && peer.windowScale < 0))
            shift = -2;
        else if (!own.sawSyn)
            shift = -1;
        else
            shift = own.windowScale;
    }
}

// AnalysisSlot::bits.
constexpr std::uint32_t kFlagsMask = 0xfff;
constexpr int kWindowShift = 12;
constexpr std::uint32_t kFirstBadChecksum = 1U << 28;
constexpr std::uint32_t kFirstReused = 1U << 29;
constexpr std::uint32_t kFirstOnly = 1U << 30; ///< One packet so far, kept in the slot.
constexpr std::uint32_t kHasState = 1U << 31;  ///< seqOrState indexes states_.

/// The first copy sent of the bytes at `seq` (absolute) among `flow`'s unacknowledged segments, if
/// it is new data sent in order (not a retransmission or probe) and whole.
UnackedSegment* firstCopyAt(FlowState& flow, std::uint32_t seq)
{
    auto& list = flow.unacked;
    auto it = list.begin();
    if (flow.unackedSorted) // seq never decreases along it: the first at `seq` is found by bisection
        it = std::lower_bound(list.begin(), list.end(), seq,
                              [](const UnackedSegment& segment, std::uint32_t value) { return seq::lt(segment.seq, value); });
    for (; it != list.end(); ++it) {
        if (it->seq == seq)
            return (it->bits & (UnackedSegment::kFirstCopy | UnackedSegment::kTrimmed)) == UnackedSegment::kFirstCopy
                       ? &*it
                       : nullptr;
        if (flow.unackedSorted)
            break;
    }
    return nullptr;
}

/// A duplicate ACK for `first`'s bytes proves it lost when the receiver had got data sent after it:
/// its SACK blocks reach past it (`sackedTo`, absolute), or, without SACK, the peer sent data beyond
/// it later, which one path delivers behind it (RecentStates::withdrawLostData's rule).
bool provenLost(const FlowState& flow, const UnackedSegment& first, std::optional<std::uint32_t> sackedTo)
{
    if (sackedTo)
        return seq::gt(*sackedTo, first.nextSeq);
    if (flow.unackedSorted) // what follows it only grows: the last one says
        return seq::gt(flow.unacked.back().seq, first.seq);
    bool after = false;
    for (const auto& segment : flow.unacked) {
        if (&segment == &first)
            after = true;
        else if (after && seq::gt(segment.seq, first.seq))
            return true;
    }
    return false;
}

/// An ACK up to `ack` (absolute) of `side`'s data: a segment marked lost that it covers while no copy
/// of it was sent again did arrive after all (reordered after the capture point, against the
/// rule that one path keeps its order): its mark is taken back.
void withdrawLostMarksCovered(SideState& side, std::uint32_t ack, std::vector<StateRevision>& revisions)
{
    const auto& list = side.flow.unacked;
    bool left = false;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const auto& segment = list[i];
        if (!seq::le(segment.nextSeq, ack)) {
            if (side.flow.unackedSorted) { // nothing after it is covered either
                left = true;
                break;
            }
            left = left || (segment.bits & UnackedSegment::kLost);
            continue;
        }
        if (!(segment.bits & UnackedSegment::kLost))
            continue;
        const bool resent = std::any_of(list.begin() + static_cast<std::ptrdiff_t>(i) + 1, list.end(),
                                        [&](const UnackedSegment& later) { // a copy of its first byte sent later
                                            return seq::le(later.seq, segment.seq) && seq::gt(later.nextSeq, segment.seq);
                                        });
        if (!resent) {
            StateRevision unmark;
            unmark.frame = segment.frame;
            unmark.markOnly = true;
            revisions.push_back(unmark);
        }
    }
    side.hasLostMarks = left;
}

/// Who opened the conversation, from its first packet (src to dst, with these header flags).
void assignRoles(Conversation& c, Endpoint client, Endpoint server, std::uint16_t flags)
{
    c.clientKnown = false;
    c.roleFlipped = false;
    if (flags & tcpflag::Syn) {
        c.clientKnown = true;
        if (flags & tcpflag::Ack) { // first seen is the SYN-ACK: its receiver opened the connection
            std::swap(client, server);
            c.roleFlipped = true;
        }
    } else if (client.port < server.port) {
        // Midstream: the lower port is most likely the service.
        std::swap(client, server);
        c.roleFlipped = true;
    }
    c.sides[0].endpoint = client;
    c.sides[1].endpoint = server;
}

Direction directionOf(const Conversation& c, const DecodedPacket& p)
{
    return c.side(Direction::ClientToServer).endpoint == sourceOf(p) ? Direction::ClientToServer
                                                                     : Direction::ServerToClient;
}

} // namespace

std::uint32_t ConversationTracker::open(const Endpoint& src, const Endpoint& dst, std::uint16_t flags,
                                       std::int64_t timestampNs, std::uint32_t frame)
{
    Conversation c;
    c.stream = static_cast<std::uint32_t>(conversations_.size());
    assignRoles(c, src, dst, flags);
    c.firstNs = c.lastNs = timestampNs;
    c.firstFrame = c.lastFrame = frame;
    conversations_.push_back(std::move(c));
    slots_.push_back(AnalysisSlot{});
    return conversations_.back().stream;
}

ConversationState& ConversationTracker::stateOf(std::uint32_t stream)
{
    auto& slot = slots_[stream];
    if (!(slot.bits & (kHasState | kFirstOnly))) { // opened by a quoted header: nothing to replay
        slot = AnalysisSlot{static_cast<std::uint32_t>(states_.size()), kHasState};
        states_.emplace_back();
    } else if (!(slot.bits & kHasState)) {
        // Replay the only packet so far on a conversation as open() left it: the same inputs give
        // the same state (and the same summary, which is already there).
        const auto& c = conversations_[stream];
        Conversation replay;
        replay.stream = c.stream;
        replay.sides[0].endpoint = c.sides[0].endpoint;
        replay.sides[1].endpoint = c.sides[1].endpoint;
        replay.clientKnown = c.clientKnown;
        replay.roleFlipped = c.roleFlipped;
        replay.firstNs = replay.lastNs = c.firstNs;
        replay.firstFrame = replay.lastFrame = c.firstFrame;
        const Direction dir = c.sides[0].packets > 0 ? Direction::ClientToServer : Direction::ServerToClient;
        const auto& sender = c.side(dir);
        TcpInfo tcp;
        tcp.seq = slot.seqOrState;
        tcp.flags = static_cast<std::uint16_t>(slot.bits & kFlagsMask);
        tcp.window = static_cast<std::uint16_t>(slot.bits >> kWindowShift);
        tcp.payloadLength = static_cast<std::uint32_t>(sender.payloadBytes);
        if (tcp.has(tcpflag::Syn)) {
            const auto& offered = sender.offered;
            tcp.options.hasMss = offered.hasMss;
            tcp.options.mss = offered.mss;
            tcp.options.hasWindowScale = offered.windowScale >= 0;
            tcp.options.windowScale = static_cast<std::uint8_t>(std::max<int>(offered.windowScale, 0));
            tcp.options.sackPermitted = offered.sackPermitted;
            tcp.options.hasTimestamps = offered.timestamps;
        }
        ConversationState state;
        (void)process(replay, state, dir, (slot.bits & kFirstReused) != 0, c.firstFrame, c.firstNs,
                      static_cast<std::uint32_t>(sender.frameBytes), tcp, (slot.bits & kFirstBadChecksum) != 0);
        slot = AnalysisSlot{static_cast<std::uint32_t>(states_.size()), kHasState};
        states_.push_back(std::move(state));
    }
    return states_[slot.seqOrState];
}

std::size_t ConversationTracker::memoryBytes() const noexcept
{
    std::size_t bytes = conversations_.capacity() * sizeof(Conversation) + slots_.capacity() * sizeof(AnalysisSlot)
                      + states_.capacity() * sizeof(ConversationState) + current_.memoryBytes();
    for (const auto& c : conversations_)
        if (c.history.size() > 15)
            bytes += c.history.size();
    for (const auto& state : states_)
        bytes += (state.sides[0].flow.unacked.capacity() + state.sides[1].flow.unacked.capacity())
               * sizeof(UnackedSegment);
    return bytes;
}

TcpPacketAnalysis ConversationTracker::add(std::uint32_t frame, std::int64_t timestampNs, std::uint32_t wireLength,
                                           const DecodedPacket& p)
{
    revisions_.clear();
    if (!p.tcp.complete) {
        if (p.quotedTcp.present)
            return addQuoted(frame, timestampNs, p.quotedTcp);
        TcpPacketAnalysis out;
        out.stream = kNoStream;
        return out;
    }
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
        stream = open(sourceOf(p), destinationOf(p), tcp.flags, timestampNs, frame);
        current_.assign(key, stream, conversations_);
    } else {
        stream = same ? lastStream_ : *found;
        const Direction d = directionOf(conversations_[stream], p);
        const auto& flow = stateOf(stream).sides[static_cast<std::size_t>(index(d))].flow;
        if ((tcp.flags & (tcpflag::Syn | tcpflag::Ack)) == tcpflag::Syn && flow.baseSet && tcp.seq != flow.baseSeq) {
            stream = open(sourceOf(p), destinationOf(p), tcp.flags, timestampNs, frame);
            current_.assign(key, stream, conversations_);
            reused = true;
        }
    }
    lastKey_ = key;
    lastStream_ = stream;

    auto& c = conversations_[stream];
    if (c.quoteOnly()) { // opened by a quoted header: this segment is its first
        assignRoles(c, sourceOf(p), destinationOf(p), tcp.flags);
        c.firstNs = c.lastNs = timestampNs;
        c.firstFrame = c.lastFrame = frame;
    }
    const Direction dir = directionOf(c, p);
    const bool badChecksum = p.problems.has(ProblemKind::BadTcpChecksum);
    auto& slot = slots_[stream];
    if (slot.bits & kHasState)
        return process(c, states_[slot.seqOrState], dir, reused, frame, timestampNs, wireLength, tcp, badChecksum);

    // The conversation's first packet. Without ACK or SACK blocks, what Conversation keeps of it and
    // its sequence number and flags are all the analysis needs to replay it once a second packet
    // comes (stateOf), so a conversation that never gets one holds no ConversationState.
    ConversationState state;
    auto out = process(c, state, dir, reused, frame, timestampNs, wireLength, tcp, badChecksum);
    if (!tcp.has(tcpflag::Ack) && tcp.options.sackCount == 0) {
        slot = AnalysisSlot{tcp.seq, kFirstOnly | (tcp.flags & kFlagsMask)
                                         | (std::uint32_t{tcp.window} << kWindowShift)
                                         | (badChecksum ? kFirstBadChecksum : 0) | (reused ? kFirstReused : 0)};
    } else {
        slot = AnalysisSlot{static_cast<std::uint32_t>(states_.size()), kHasState};
        states_.push_back(std::move(state));
    }
    return out;
}

TcpPacketAnalysis ConversationTracker::process(Conversation& c, ConversationState& state, Direction dir, bool reused,
                                               std::uint32_t frame, std::int64_t timestampNs,
                                               std::uint32_t wireLength, const TcpInfo& tcp, bool badChecksum)
{
    TcpPacketAnalysis out;
    auto& sender = c.side(dir);
    auto& receiver = c.side(opposite(dir));
    out.stream = c.stream;
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
        resolveWindowScale(c, state);
        if (!ack)
            state.synTimeNs = timestampNs; // the most recent SYN, as Wireshark times the iRTT from it
    }
    // Completeness as tshark 4.0 keeps it: a conversation's first packet counts only if it is a
    // SYN (with its Fast Open data); later, a SYN-ACK, a pure ACK, data on an ACK, a FIN with ACK
    // and a RST each add their bit. Shown as it was before this packet, except on a SYN that
    // reopens a 4-tuple, which shows its own.
    out.completeness = c.completeness;
    if (c.firstFrame == frame && c.quotes == 0) {
        if (syn && !ack)
            c.completeness = complete::Syn | (tcp.payloadLength > 0 ? complete::Data : 0);
    } else {
        if (syn && ack)
            c.completeness |= complete::SynAck;
        if (ack && !syn)
            c.completeness |= tcp.payloadLength > 0 ? complete::Data : complete::Ack;
        if (tcp.has(tcpflag::Fin) && ack)
            c.completeness |= complete::Fin;
        if (tcp.has(tcpflag::Rst))
            c.completeness |= complete::Rst;
    }
    if (reused)
        out.completeness = c.completeness;

    // Relative numbers: the SYN's seq is the ISN; without a SYN, seq - 1 is.
    auto& senderSide = state.sides[static_cast<std::size_t>(index(dir))];
    auto& receiverSide = state.sides[static_cast<std::size_t>(index(opposite(dir)))];
    auto& fwd = state.sides[static_cast<std::size_t>(index(dir))].flow;
    auto& rev = state.sides[static_cast<std::size_t>(index(opposite(dir)))].flow;
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
    // Only an ACK that moves on can cover a segment marked lost.
    if (ack && receiverSide.hasLostMarks && !(fwd.lastAckSet && fwd.lastAck == tcp.ack))
        withdrawLostMarksCovered(receiverSide, tcp.ack, revisions_);
    analyzeSequence(fwd, rev, facts, c.initialRttNs, out);
    // Wireshark: the first non-SYN segment with ACK after a SYN ends the initial RTT; it is set
    // after that segment's own analysis, which still used the default out-of-order threshold.
    if (ack && !syn && c.initialRttNs < 0 && state.synTimeNs >= 0)
        c.initialRttNs = nsBetween(state.synTimeNs, timestampNs);

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
        c.maxBytesInFlight = static_cast<std::uint32_t>(out.bytesInFlight);

    // A FIN whose receipt was withdrawn (it crossed the receiver's own FIN) was on its way or lost;
    // a later segment of its sender arrives behind it on the same path, so the receiver takes it first.
    if (receiverSide.peerFinOnItsWay) {
        if (tcp.has(tcpflag::Rst) || tcp.has(tcpflag::Fin) || syn)
            receiverSide.peerFinOnItsWay = false; // the FIN again, or the end: the usual rules apply
        else if (senderSide.lastFinSeq >= 0 && seq::gt(tcp.seq, static_cast<std::uint32_t>(senderSide.lastFinSeq))) {
            receiver.state = stateAfterPeerFin(receiver.state);
            receiverSide.peerFinOnItsWay = false;
        }
    }
    // Endpoint states before and after, seen from this packet's sender and receiver.
    out.srcBefore = sender.state;
    out.dstBefore = receiver.state;
    if (sender.state == TcpState::Unknown && syn && !ack && receiver.state == TcpState::Unknown) {
        sender.state = TcpState::Closed;
        receiver.state = TcpState::Listen;
        out.srcBefore = TcpState::Closed;
        out.dstBefore = TcpState::Listen;
    }
    const std::int64_t receiverFinSeq = state.sides[static_cast<std::size_t>(index(opposite(dir)))].lastFinSeq;
    const SegmentView segment{tcp.flags, tcp.seq, tcp.ack, tcp.payloadLength};
    const TcpState receiverBefore = receiver.state;
    advanceStates(sender, receiver, receiverFinSeq, segment);
    // When this segment proves an earlier one never reached the sender (docs/state-inference.md),
    // the sender is back where it was before that receipt: replay this segment from there.
    const auto replayFrom = [&](TcpState restored) {
        sender.state = restored;
        receiver.state = receiverBefore;
        out.srcBefore = restored;
        advanceStates(sender, receiver, receiverFinSeq, segment);
        if (sender.state != out.srcBefore && !isLegalStateChange(out.srcBefore, sender.state))
            sender.state = stateAfterSending(out.srcBefore, tcp.flags); // only its own move
    };
    constexpr std::uint32_t probes = analysis::KeepAlive | analysis::ZeroWindowProbe;
    constexpr std::uint32_t probeAcks = analysis::KeepAliveAck | analysis::ZeroWindowProbeAck;
    // What it sends is no move from the state its latest receipt put it in: that receipt never happened.
    if (sender.state != out.srcBefore && !isLegalStateChange(out.srcBefore, sender.state)) {
        std::uint16_t withdrawn = 0;
        if (const auto restored = state.recent.withdrawLatestReceipt(out.fromClient, frame, revisions_, &withdrawn)) {
            replayFrom(*restored);
            if (withdrawn & tcpflag::Fin)
                senderSide.peerFinOnItsWay = true;
        }
    }
    // Acknowledging the peer's FIN, the sender shows it has it (advanceStates moved it).
    if (senderSide.peerFinOnItsWay && ack && receiverFinSeq >= 0
        && seq::gt(tcp.ack, static_cast<std::uint32_t>(receiverFinSeq)))
        senderSide.peerFinOnItsWay = false;
    // It sends again what the receiver had acknowledged: none of those acknowledgements had arrived.
    if ((out.flags & analysis::SpuriousRetransmission) && !(out.flags & probes) && occupied > 0)
        if (const auto restored = state.recent.withdrawAcksOf(out.fromClient, out.relativeSeq + occupied, frame, revisions_))
            replayFrom(*restored);
    // It asks again for bytes seen on the wire before later data (a duplicate ACK), or acknowledges
    // up to them while SACKing data beyond them: their first copy never arrived.
    const bool dupAck = (out.flags & analysis::DuplicateAck) && !(out.flags & probeAcks);
    if (ack && (dupAck || tcp.options.sackCount > 0) && !(out.flags & probeAcks)) {
        std::optional<std::uint32_t> sackedTo;
        for (std::uint8_t i = 0; i < tcp.options.sackCount; ++i) {
            const std::uint32_t right = tcp.options.sack[i].right - rev.baseSeq;
            if (!sackedTo || seq::gt(right, *sackedTo))
                sackedTo = right;
        }
        // The first copy of those bytes among the peer's unacknowledged segments, however far back
        // (up to Wireshark's 10,000 per direction): marking it costs nothing, while only the window
        // of kept states (RecentStates) can also withdraw what it did.
        UnackedSegment* first = firstCopyAt(rev, tcp.ack);
        if (first ? !(first->bits & UnackedSegment::kLost) : dupAck) {
            const auto before = revisions_.size();
            if (dupAck)
                if (const auto restored =
                        state.recent.withdrawLostData(out.fromClient, out.relativeAck, sackedTo, frame, revisions_))
                    replayFrom(*restored);
            if (first) {
                const bool marked = std::any_of(revisions_.begin() + static_cast<std::ptrdiff_t>(before), revisions_.end(),
                                                [&](const StateRevision& r) { return r.frame == first->frame && r.notReceived; });
                if (marked || provenLost(rev, *first, sackedTo ? std::optional(*sackedTo + rev.baseSeq) : std::nullopt)) {
                    if (!marked) {
                        StateRevision mark;
                        mark.frame = first->frame;
                        mark.notReceived = true;
                        mark.markOnly = true;
                        revisions_.push_back(mark);
                        state.recent.markNotReceived(first->frame);
                    }
                    first->bits |= UnackedSegment::kLost;
                    receiverSide.hasLostMarks = true;
                }
            }
        }
    }
    out.srcAfter = sender.state;
    out.dstAfter = receiver.state;
    constexpr std::uint32_t notFirstCopy = analysis::Retransmission | analysis::FastRetransmission
                                         | analysis::SpuriousRetransmission | analysis::OutOfOrder | probes;
    state.recent.push(RecentStates::Entry{
        frame, out.relativeSeq, out.relativeSeq + occupied, out.relativeAck, out.srcBefore, out.srcAfter,
        out.dstBefore, out.dstAfter, static_cast<std::uint16_t>(tcp.flags & 0x0fff),
        static_cast<std::uint8_t>((out.fromClient ? RecentStates::kFromClient : 0)
                                  | (occupied > 0 && !(out.flags & notFirstCopy) ? RecentStates::kOriginal : 0))});

    updateZeekHistory(c, state, dir, tcp, badChecksum, out.flags);
    if (tcp.has(tcpflag::Rst) || (state.sides[0].lastFinSeq >= 0 && state.sides[1].lastFinSeq >= 0))
        c.finished = true;
    return out;
}

} // namespace tcplens
