#pragma once
// Capture timestamps to nanoseconds since the epoch with wide arithmetic: a file can hold any
// 64-bit tick count, and what does not fit an int64 of nanoseconds (beyond 1677..2262) is
// clamped to the nearest end and reported, never wrapped.

#include <cstdint>

namespace tcplens {

struct TimestampNs {
    std::int64_t ns = 0;
    bool clamped = false; ///< The true time lies outside what an int64 of nanoseconds holds.
};

/// `seconds` plus `fraction` of a second counted in `fractionsPerSecond` (e.g. 10^6 for tv_usec).
[[nodiscard]] TimestampNs timestampFromParts(std::int64_t seconds, std::int64_t fraction,
                                             std::int64_t fractionsPerSecond) noexcept;

/// How a pcapng interface counts time: if_tsresol (10^-n or 2^-n of a second) and if_tsoffset.
struct TickResolution {
    bool powerOfTwo = false;
    std::uint8_t exponent = 6;   ///< Default: microseconds.
    std::int64_t offsetSeconds = 0;
};

/// A pcapng 64-bit tick count to nanoseconds.
[[nodiscard]] TimestampNs timestampFromTicks(std::uint64_t ticks, const TickResolution& resolution) noexcept;

} // namespace tcplens
