#include "Throughput.h"

#include <algorithm>

namespace tcplens {
namespace {

constexpr double kMinWindow = 1e-6;

bool isGood(SegmentKind kind) noexcept
{
    return kind == SegmentKind::New || kind == SegmentKind::OutOfOrder || kind == SegmentKind::ZeroWindowProbe;
}

} // namespace

double effectiveThroughputWindow(double requested, double streamDuration) noexcept
{
    double window = requested > 0 ? requested : 1.0;
    if (streamDuration > 0)
        window = std::min(window, streamDuration / 10);
    return std::max(window, kMinWindow);
}

ThroughputSeries throughputSeries(const std::vector<SegmentPoint>& segments, double windowSeconds,
                                  double streamDuration)
{
    ThroughputSeries out;
    out.windowSeconds = effectiveThroughputWindow(windowSeconds, streamDuration);
    const double window = out.windowSeconds;
    // Two pointers: [oldest, i] are the segments inside the window ending at segment i.
    std::size_t oldest = 0;
    std::uint64_t allBytes = 0;
    std::uint64_t goodBytes = 0;
    for (std::size_t i = 0; i < segments.size(); ++i) {
        const auto& s = segments[i];
        allBytes += s.len;
        if (isGood(s.kind))
            goodBytes += s.len;
        while (oldest < i && segments[oldest].time <= s.time - window) {
            allBytes -= segments[oldest].len;
            if (isGood(segments[oldest].kind))
                goodBytes -= segments[oldest].len;
            ++oldest;
        }
        if (s.len == 0)
            continue;
        out.points.push_back(RatePoint{s.time, static_cast<double>(allBytes) * 8 / window,
                                       static_cast<double>(goodBytes) * 8 / window, s.len, s.frame});
    }
    return out;
}

} // namespace tcplens
