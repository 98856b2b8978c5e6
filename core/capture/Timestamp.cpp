#include "Timestamp.h"

#include <limits>

namespace tcplens {
namespace {

__extension__ using Wide = __int128; // 64-bit ticks times 10^9 need more than 64 bits

TimestampNs narrow(Wide ns) noexcept
{
    constexpr Wide lowest = std::numeric_limits<std::int64_t>::min();
    constexpr Wide highest = std::numeric_limits<std::int64_t>::max();
    if (ns < lowest)
        return {std::numeric_limits<std::int64_t>::min(), true};
    if (ns > highest)
        return {std::numeric_limits<std::int64_t>::max(), true};
    return {static_cast<std::int64_t>(ns), false};
}

} // namespace

TimestampNs timestampFromParts(std::int64_t seconds, std::int64_t fraction, std::int64_t fractionsPerSecond) noexcept
{
    if (fractionsPerSecond <= 0)
        fractionsPerSecond = 1'000'000'000;
    return narrow(Wide{seconds} * 1'000'000'000 + Wide{fraction} * 1'000'000'000 / fractionsPerSecond);
}

TimestampNs timestampFromTicks(std::uint64_t ticks, const TickResolution& resolution) noexcept
{
    Wide ns = 0;
    if (resolution.powerOfTwo) {
        // ticks * 10^9 / 2^n; ticks * 10^9 < 2^94, so the product cannot overflow 128 bits.
        const Wide product = Wide{ticks} * 1'000'000'000;
        ns = resolution.exponent >= 100 ? 0 : product >> resolution.exponent;
    } else if (resolution.exponent <= 9) {
        Wide scale = 1;
        for (int i = resolution.exponent; i < 9; ++i)
            scale *= 10;
        ns = Wide{ticks} * scale;
    } else {
        Wide divisor = 1;
        for (int i = 9; i < resolution.exponent && divisor <= Wide{std::numeric_limits<std::uint64_t>::max()}; ++i)
            divisor *= 10;
        ns = Wide{ticks} / divisor;
    }
    return narrow(ns + Wide{resolution.offsetSeconds} * 1'000'000'000);
}

} // namespace tcplens
