#include "CongestionEstimator.h"

#include "../tcp/SeqNum.h"

#include <algorithm>

namespace tcplens {

double CongestionEstimator::smoothedRtt() const noexcept
{
    if (srtt_ > 0)
        return srtt_;
    return initialRtt_ > 0 ? initialRtt_ : kDefaultRtt;
}

double CongestionEstimator::roundLength() const noexcept
{
    return std::max(smoothedRtt(), initialRtt_);
}

void CongestionEstimator::onRttSample(double rtt)
{
    if (rtt <= 0)
        return;
    srtt_ = srtt_ < 0 ? rtt : 0.875 * srtt_ + 0.125 * rtt; // RFC 6298, alpha = 1/8
}

void CongestionEstimator::onAck(double time, std::uint32_t relativeAck)
{
    if (inEpisode_ && seq::ge(relativeAck, recoveryPoint_)) {
        inEpisode_ = false;
        series_.losses.back().recoveredAt = time;
    }
}

void CongestionEstimator::onTransmission(double time, std::uint32_t frame, std::int64_t flight, std::uint32_t len,
                                         SegmentKind kind, std::uint32_t end)
{
    maxLen_ = std::max(maxLen_, len);
    const bool silenceBefore = transmitted_
                            && time - lastTransmission_ > std::max(kMinTimeoutSilence, 2 * roundLength());
    if (isRetransmitted(kind)) {
        const bool timeout = silenceBefore;
        if (timeout || !inEpisode_) {
            const LossKind loss = timeout ? LossKind::Timeout
                                : kind == SegmentKind::FastRetransmission ? LossKind::FastRetransmission
                                                                          : LossKind::Retransmission;
            if (timeout && roundOpen_)
                closeRound(time);
            startEpisode(time, frame, std::max(flight, lastFlight_), loss);
        }
    }
    if (!transmitted_ || seq::gt(end, highestEnd_))
        highestEnd_ = end;
    transmitted_ = true;
    lastTransmission_ = time;
    if (flight < 0 || kind != SegmentKind::New)
        return; // as tcptrace's outstanding data: only new, in-order segments are sampled
    lastFlight_ = flight;

    if (roundOpen_ && time >= series_.rounds.back().start + roundLength())
        closeRound(time);
    if (!roundOpen_)
        startRound(time);
    auto& round = series_.rounds.back();
    round.maxFlight = std::max(round.maxFlight, flight);
    round.end = time;
    ++round.pointCount;
    series_.points.push_back(CwndPoint{time, flight, round.phase, frame});
    labelRound(); // provisional until the round closes
}

void CongestionEstimator::startEpisode(double time, std::uint32_t frame, std::int64_t flight, LossKind kind)
{
    inEpisode_ = true;
    recoveryPoint_ = highestEnd_;
    ssthresh_ = std::max<std::int64_t>(flight / 2, 2 * static_cast<std::int64_t>(maxLen_));
    if (kind == LossKind::Timeout)
        slowStartAfterTimeout_ = true;
    // The round the loss belongs to: the open one, or the one the next transmission opens.
    const auto round = static_cast<std::uint32_t>(series_.rounds.size() - (roundOpen_ ? 1 : 0));
    series_.losses.push_back(LossEvent{time, kind, flight, ssthresh_, round, frame});
    series_.ssthresh.push_back(ValuePoint{time, ssthresh_, frame});
}

void CongestionEstimator::startRound(double time)
{
    FlightRound round;
    round.start = time;
    round.end = time;
    round.firstPoint = static_cast<std::uint32_t>(series_.points.size());
    series_.rounds.push_back(round);
    roundOpen_ = true;
}

void CongestionEstimator::closeRound(double time)
{
    labelRound();
    auto& round = series_.rounds.back();
    round.end = time;
    if (slowStartAfterTimeout_ && ssthresh_ >= 0 && round.maxFlight >= ssthresh_)
        slowStartAfterTimeout_ = false;
    previousRoundMax_ = round.maxFlight;
    roundOpen_ = false;
}

void CongestionEstimator::labelRound()
{
    // A round's max flight only grows, so its label changes at most once: relabelling is cheap.
    auto& round = series_.rounds.back();
    const auto phase = phaseOf(round);
    if (phase == round.phase && series_.points.back().phase == phase)
        return;
    round.phase = phase;
    for (std::uint32_t i = 0; i < round.pointCount; ++i)
        series_.points[round.firstPoint + i].phase = phase;
}

CongestionPhase CongestionEstimator::phaseOf(const FlightRound& round) const noexcept
{
    if (slowStartAfterTimeout_ || series_.rounds.size() == 1 || previousRoundMax_ <= 0)
        return CongestionPhase::SlowStart;
    return static_cast<double>(round.maxFlight) >= kSlowStartGrowth * static_cast<double>(previousRoundMax_)
               ? CongestionPhase::SlowStart
               : CongestionPhase::CongestionAvoidance;
}

} // namespace tcplens
