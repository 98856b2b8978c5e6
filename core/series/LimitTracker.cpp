#include "LimitTracker.h"

#include "../decode/Nanoseconds.h"
#include "../tcp/SeqNum.h"

#include <algorithm>

namespace tcplens {
namespace {

constexpr std::uint32_t kRetransmitted =
    analysis::Retransmission | analysis::FastRetransmission | analysis::SpuriousRetransmission;
constexpr std::uint32_t kProbe = analysis::KeepAlive | analysis::ZeroWindowProbe;

} // namespace

double LimitTracker::roundLength(const Side& s) const noexcept
{
    if (s.srtt <= 0 && initialRtt_ <= 0)
        return kDefaultRtt;
    return std::max({s.srtt, initialRtt_, kMinRound});
}

double LimitTracker::mss(const Side& s) noexcept
{
    if (s.offeredMss == 0)
        return s.maxPayload;
    const unsigned options = s.timestampsOn ? 12 : 0; // the timestamp option rides in every segment
    return s.offeredMss > options ? s.offeredMss - options : s.offeredMss;
}

bool LimitTracker::receiverSide(Direction data) const noexcept
{
    if (synAt_ < 0 || synAckAt_ < synAt_ || handshakeEnd_ < synAckAt_)
        return false;
    const double serverTurn = synAckAt_ - synAt_;       // capture point -> server -> capture point
    const double clientTurn = handshakeEnd_ - synAckAt_; // capture point -> client -> capture point
    const double path = serverTurn + clientTurn;
    if (path < kMinPathRttForSide)
        return false;
    const double senderTurn = data == Direction::ClientToServer ? clientTurn : serverTurn;
    return senderTurn > kReceiverSideShare * path;
}

void LimitTracker::add(std::int64_t timestampNs, const TcpInfo& tcp, const TcpPacketAnalysis& a)
{
    if (!tcp.complete)
        return;
    if (!started_) {
        started_ = true;
        stream_ = a.stream;
        firstNs_ = timestampNs;
    } else if (a.stream != stream_) {
        return;
    }
    const double time = static_cast<double>(nsBetween(firstNs_, timestampNs)) / 1e9;
    lastTime_ = std::max(lastTime_, time);
    if (tcp.has(tcpflag::Syn) && !tcp.has(tcpflag::Ack) && a.fromClient && synAt_ < 0)
        synAt_ = time;
    if (tcp.has(tcpflag::Syn) && tcp.has(tcpflag::Ack) && !a.fromClient && synAckAt_ < 0)
        synAckAt_ = time;
    if (a.initialRttNs > 0 && handshakeEnd_ < 0) {
        handshakeEnd_ = time;
        initialRtt_ = static_cast<double>(a.initialRttNs) / 1e9;
        for (auto& side : sides_)
            startSide(side, time);
    }
    const Direction sent = a.fromClient ? Direction::ClientToServer : Direction::ServerToClient;
    onSent(sides_[index(sent)], sent, time, tcp, a);
    onReceived(sides_[index(opposite(sent))], opposite(sent), time, tcp, a);
}

void LimitTracker::startSide(Side& s, double time) const
{
    if (s.cursor >= 0)
        return;
    // The handshake span waits for the side's first data: most sides of a large capture never
    // send any (scans, one-way transfers), and a span would cost each an allocation.
    s.handshakeOwed = synAt_ >= 0 && synAt_ < time;
    s.cursor = time;
    s.drained = true; // nothing sent yet
    s.drainedAt = time;
}

void LimitTracker::push(Side& s, double end, LimitFactor factor, std::int64_t peak, double maxRtt, bool candidate)
{
    if (end <= s.cursor)
        return;
    // Linux tries pacing before the window (tcp_write_xmit): of a receiver-window stretch, the time
    // the window had room, or a paced sender had not reached its next release, is busy.
    countBound(s, end);
    const double bound = takeBound(s, end);
    const double paced = factor == LimitFactor::ReceiverWindow ? std::clamp(end - s.cursor - bound, 0.0, end - s.cursor) : 0.0;
    // A new candidate round stays apart (the send-buffer rule counts rounds); anything else of the
    // same factor, the rounds without transmissions included, extends the span before it.
    if (!candidate && !s.spans.empty() && s.spans.back().factor == factor && s.spans.back().end == s.cursor) {
        s.spans.back().end = end;
        s.spans.back().paced += paced;
    } else {
        s.spans.push_back(Span{s.cursor, end, peak, maxRtt, paced, factor, candidate});
    }
    s.cursor = end;
}

void LimitTracker::openRound(Side& s) const
{
    s.round = Round{};
    s.round.start = s.cursor;
    s.round.loss = s.inEpisode;
    s.roundOpen = true;
}

LimitFactor LimitTracker::judge(const Side& s, Direction data) const noexcept
{
    const Round& r = s.round;
    if (r.segments == 0)
        return s.lastFactor;
    if (receiverSide(data))
        return LimitFactor::Unknown;
    if (r.loss)
        return LimitFactor::LossRecovery;
    if (r.unknown > kUnknownShare * r.segments)
        return LimitFactor::Unknown;
    const double known = r.segments - r.unknown;
    if (r.peakBound || r.bound >= kBoundShare * known)
        return LimitFactor::ReceiverWindow;
    if (r.shortOnes >= kShortShare * known)
        return LimitFactor::Application;
    return LimitFactor::Congestion;
}

void LimitTracker::closeRound(Side& s, Direction data, double end) const
{
    const LimitFactor factor = judge(s, data);
    const double to = std::max(end, s.cursor);
    push(s, to, factor, s.round.peakFlight, s.round.maxRtt, factor == LimitFactor::Congestion);
    s.lastFactor = factor;
    s.roundOpen = false;
}

void LimitTracker::closeDue(Side& s, Direction data, double end) const
{
    if (s.roundOpen)
        closeRound(s, data, std::min(end, s.round.start + roundLength(s)));
    push(s, end, s.lastFactor); // rounds without a transmission: what held the sender last
}

void LimitTracker::endDrain(Side& s, Direction data, double time) const
{
    s.drained = false;
    const double gap = time - s.drainedAt;
    const double rtt = roundLength(s);
    if (gap < std::max(kMinAppGap, rtt))
        return; // ACK-clocked: the next segment answers the ACK
    closeDue(s, data, s.drainedAt);
    push(s, time, gap >= std::max(kMinIdleGap, kIdleGapRounds * rtt) ? LimitFactor::Idle : LimitFactor::Application);
}

void LimitTracker::onSent(Side& s, Direction data, double time, const TcpInfo& tcp, const TcpPacketAnalysis& a)
{
    if (tcp.options.hasTimestamps)
        s.timestampsOn = true;
    if (tcp.payloadLength == 0 || (a.flags & kProbe) || tcp.has(tcpflag::Rst))
        return;
    if (s.cursor < 0) { // no handshake seen: the timeline starts at the first data
        s.cursor = time;
    }
    const bool first = !s.sentData;
    if (first) {
        s.spans.reserve(kFirstSpans);
        if (s.handshakeOwed)
            s.spans.push_back(Span{synAt_, handshakeEnd_, 0, -1, 0, LimitFactor::Handshake, false});
    }
    s.sentData = true;
    s.maxPayload = std::max(s.maxPayload, tcp.payloadLength);
    const double rtt = roundLength(s);
    const bool retransmitted = (a.flags & kRetransmitted) != 0;
    if (retransmitted && s.lastTransmission >= 0 && !s.zeroWindow
        && time - s.lastTransmission > std::max(kMinTimeoutSilence, kTimeoutSilenceRounds * rtt)) {
        closeDue(s, data, std::max(s.lastTransmission, s.cursor));
        push(s, time, LimitFactor::RetransmissionTimeout);
        s.drained = false;
        s.inEpisode = true;
        s.recoveryPoint = s.highestEnd;
    } else if (s.zeroWindow) { // the window reopened in an ACK the capture missed
        push(s, time, LimitFactor::ZeroWindow);
        s.zeroWindow = false;
    } else if (s.drained) {
        endDrain(s, data, time);
    }
    if (retransmitted && !s.inEpisode) {
        s.inEpisode = true;
        s.recoveryPoint = s.highestEnd;
    }
    if (s.roundOpen && time >= s.round.start + rtt)
        closeDue(s, data, time);
    countBound(s, time);
    if (!s.roundOpen)
        openRound(s);

    Round& r = s.round;
    ++r.segments;
    if (retransmitted || s.inEpisode)
        r.loss = true;
    const std::uint32_t end = a.nextSeq != 0 ? a.nextSeq : a.relativeSeq + tcp.payloadLength;
    const std::int64_t flight = a.bytesInFlight;
    const double segment = mss(s);
    const bool beyond = s.ackSeen && s.window >= 0
                     && seq::diff(end, s.lastAck) > s.window + static_cast<std::int64_t>(segment);
    if (flight < 0 || s.window < 0 || beyond) {
        ++r.unknown;
    } else {
        const bool bound = static_cast<double>(s.window - flight) < kWindowSlackSegments * segment;
        if (bound)
            ++r.bound;
        else if (tcp.payloadLength < segment && !tcp.has(tcpflag::Fin))
            ++r.shortOnes;
        if (flight > r.peakFlight) {
            r.peakFlight = flight;
            r.peakBound = bound;
        }
    }
    if (first || seq::gt(end, s.highestEnd))
        s.highestEnd = end;
    // The window holds the next segment once less than one fits, from one spacing on: a paced
    // sender is released no sooner (an unpaced one sends back to back, spacing ~0).
    if (s.roomAfterLast && !s.ackSinceLast && s.lastTransmission >= 0) // no ACK released it: pacing did
        s.spacing = std::min(time - s.lastTransmission, rtt);
    s.ackSinceLast = false;
    const bool room = s.window < 0 || static_cast<double>(s.window - seq::diff(s.highestEnd, s.lastAck)) >= segment;
    s.roomAfterLast = room;
    s.boundFrom = room ? -1 : time + s.spacing;
    s.lastTransmission = time;
}

void LimitTracker::addBoundStretch(Side& s, double time)
{
    const double from = std::max(s.boundFrom, s.boundSeen);
    if (time > from) {
        if (!s.boundStretches.empty() && s.boundStretches.back().second == from)
            s.boundStretches.back().second = time;
        else
            s.boundStretches.emplace_back(from, time);
    }
}

double LimitTracker::takeBound(Side& s, double end)
{
    if (s.boundStretches.empty())
        return 0;
    double bound = 0;
    std::size_t kept = 0;
    for (auto& [from, to] : s.boundStretches) {
        bound += std::max(0.0, std::min(to, end) - std::max(from, s.cursor));
        if (to > end)
            s.boundStretches[kept++] = {std::max(from, end), to};
    }
    s.boundStretches.resize(kept);
    return bound;
}

void LimitTracker::onReceived(Side& s, Direction data, double time, const TcpInfo& tcp, const TcpPacketAnalysis& a)
{
    if (tcp.has(tcpflag::Syn) && tcp.options.hasMss)
        s.offeredMss = tcp.options.mss;
    if (tcp.has(tcpflag::Rst) || !tcp.has(tcpflag::Ack))
        return;
    if (a.ackRttNs > 0 && a.ackedFrame != 0 && !(a.flags & analysis::DuplicateAck)) {
        const double rtt = static_cast<double>(a.ackRttNs) / 1e9;
        s.srtt = s.srtt < 0 ? rtt : 0.875 * s.srtt + 0.125 * rtt; // RFC 6298, alpha = 1/8
        s.minRtt = s.minRtt < 0 ? rtt : std::min(s.minRtt, rtt);
        if (s.roundOpen)
            s.round.maxRtt = std::max(s.round.maxRtt, rtt);
    }
    if (a.calculatedWindow >= 0)
        s.window = a.calculatedWindow;
    if (!s.ackSeen || seq::gt(a.relativeAck, s.lastAck))
        s.lastAck = a.relativeAck;
    s.ackSeen = true;
    if (s.inEpisode && seq::ge(s.lastAck, s.recoveryPoint))
        s.inEpisode = false;
    bool hole = (a.flags & analysis::DuplicateAck) && a.dupAckNumber >= kLossDupAcks;
    const std::uint32_t base = tcp.ack - a.relativeAck; // raw - relative in the data direction
    for (std::size_t i = 0; i < tcp.options.sackCount && !hole; ++i)
        hole = seq::gt(tcp.options.sack[i].left - base, a.relativeAck); // not a D-SACK
    if (hole && !s.inEpisode && s.sentData) {
        s.inEpisode = true; // the receiver reports a hole: the sender's recovery starts here (RFC 5681, 6675)
        s.recoveryPoint = s.highestEnd;
        if (s.roundOpen)
            s.round.loss = true;
    }
    if (!s.sentData || s.cursor < 0)
        return;
    countBound(s, time);
    s.ackSinceLast = true;
    if (s.window >= 0 && s.ackSeen) {
        const bool room = static_cast<double>(s.window - seq::diff(s.highestEnd, s.lastAck)) >= mss(s);
        if (room)
            s.boundFrom = -1;
        else if (s.boundFrom < 0)
            s.boundFrom = time;
    }
    if (s.window == 0 && !s.zeroWindow) {
        if (s.drained)
            endDrain(s, data, time);
        closeDue(s, data, time);
        s.zeroWindow = true;
        return;
    }
    if (s.window > 0 && s.zeroWindow) {
        push(s, time, LimitFactor::ZeroWindow);
        s.zeroWindow = false;
    }
    if (!s.drained && seq::ge(s.lastAck, s.highestEnd)) {
        s.drained = true;
        s.drainedAt = time;
    }
}

void LimitTracker::finish(Side& s, Direction data) const
{
    if (s.zeroWindow)
        push(s, lastTime_, LimitFactor::ZeroWindow);
    else if (s.drained)
        closeDue(s, data, s.drainedAt);
    else
        closeDue(s, data, lastTime_);
}

void LimitTracker::applySendBufferRule(Side& s) const
{
    const double tolerance = kFlatSegments * mss(s);
    const auto queueFree = [&](const Span& span) {
        return span.maxRtt < 0 || s.minRtt <= 0 || span.maxRtt <= kQueueFreeRtt * s.minRtt;
    };
    auto& spans = s.spans;
    std::size_t i = 0;
    while (i < spans.size()) {
        if (!spans[i].candidate) {
            ++i;
            continue;
        }
        std::size_t j = i;
        std::int64_t lo = spans[i].peakFlight;
        std::int64_t hi = lo;
        bool calm = queueFree(spans[i]);
        while (j + 1 < spans.size() && spans[j + 1].candidate) {
            const std::int64_t peak = spans[j + 1].peakFlight;
            if (static_cast<double>(std::max(hi, peak) - std::min(lo, peak)) > tolerance)
                break;
            lo = std::min(lo, peak);
            hi = std::max(hi, peak);
            calm = calm && queueFree(spans[j + 1]);
            ++j;
        }
        // A flat flight of a few segments is what a receiver's ACK policy leaves visible next to it.
        const bool sizeable = static_cast<double>(lo) > kMinSendBufferSegments * mss(s);
        if (calm && sizeable && j - i + 1 >= static_cast<std::size_t>(kFlatRounds))
            for (std::size_t k = i; k <= j; ++k)
                spans[k].factor = LimitFactor::SendBuffer;
        i = j + 1;
    }
}

std::vector<LimitSegment> LimitTracker::timeline(Direction data) const
{
    const Side& sent = sides_[index(data)];
    if (!sent.sentData || sent.cursor < 0)
        return {};
    Side s = sent; // finishing closes the open round: on a copy, the tracker goes on
    finish(s, data);
    applySendBufferRule(s);
    std::vector<LimitSegment> out;
    out.reserve(s.spans.size());
    for (const auto& span : s.spans) {
        if (!out.empty() && out.back().factor == span.factor && out.back().end == span.start) {
            out.back().end = span.end;
            out.back().paced += span.paced;
        } else {
            out.push_back(LimitSegment{span.start, span.end, span.factor, span.paced});
        }
    }
    return out;
}

} // namespace tcplens
