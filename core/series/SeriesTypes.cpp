#include "SeriesTypes.h"

#include <algorithm>

namespace tcplens {

std::string_view segmentKindName(SegmentKind kind) noexcept
{
    switch (kind) {
    case SegmentKind::New: return "new";
    case SegmentKind::Retransmission: return "retransmission";
    case SegmentKind::FastRetransmission: return "fast_retransmission";
    case SegmentKind::Spurious: return "spurious";
    case SegmentKind::OutOfOrder: return "out_of_order";
    case SegmentKind::ZeroWindowProbe: return "zero_window_probe";
    case SegmentKind::KeepAlive: return "keep_alive";
    }
    return "new";
}

std::string_view eventKindName(EventKind kind) noexcept
{
    switch (kind) {
    case EventKind::ZeroWindow: return "zero_window";
    case EventKind::WindowFull: return "window_full";
    case EventKind::Reset: return "rst";
    case EventKind::DuplicateAck: return "dup_ack";
    case EventKind::LostSegment: return "lost_segment";
    }
    return "zero_window";
}

std::string_view congestionPhaseName(CongestionPhase phase) noexcept
{
    return phase == CongestionPhase::SlowStart ? "slow_start" : "congestion_avoidance";
}

std::string_view lossKindName(LossKind kind) noexcept
{
    switch (kind) {
    case LossKind::Retransmission: return "retransmission";
    case LossKind::FastRetransmission: return "fast_retransmission";
    case LossKind::Timeout: return "timeout";
    }
    return "retransmission";
}

std::vector<PhaseSpan> phaseSpans(const CwndSeries& series)
{
    std::vector<PhaseSpan> spans;
    for (const auto& round : series.rounds) {
        if (!spans.empty() && spans.back().phase == round.phase)
            spans.back().end = round.end;
        else
            spans.push_back(PhaseSpan{round.start, round.end, round.phase});
    }
    return spans;
}

RttStats rttStats(const std::vector<RttSample>& samples) noexcept
{
    RttStats stats;
    if (samples.empty())
        return stats;
    stats.min = samples.front().rtt;
    stats.max = samples.front().rtt;
    double sum = 0;
    for (const auto& s : samples) {
        stats.min = std::min(stats.min, s.rtt);
        stats.max = std::max(stats.max, s.rtt);
        sum += s.rtt;
    }
    stats.count = samples.size();
    stats.avg = sum / static_cast<double>(samples.size());
    return stats;
}

} // namespace tcplens
