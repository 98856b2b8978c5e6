#pragma once
// Throughput and goodput of one direction as moving averages, sampled at each segment with payload.

#include "SeriesTypes.h"

#include <vector>

namespace tcplens {

/// The window actually used: `requested` (<= 0 means 1 s), but never more than a tenth of the
/// stream's duration, so a sub-second capture still shows its shape (a 50 ms exchange gets a
/// 5 ms window); at least 1 µs.
[[nodiscard]] double effectiveThroughputWindow(double requested, double streamDuration) noexcept;

/// At each segment with payload at time t: bytes of the segments in (t - W, t] x 8 / W, where W
/// is the effective window. Throughput counts every payload byte (retransmissions too);
/// goodput only new bytes: kinds New, OutOfOrder (reordered, not resent) and ZeroWindowProbe.
[[nodiscard]] ThroughputSeries throughputSeries(const std::vector<SegmentPoint>& segments, double windowSeconds,
                                                double streamDuration);

} // namespace tcplens
