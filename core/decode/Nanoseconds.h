#pragma once
// Differences of nanosecond timestamps that cannot overflow: a capture may hold any 64-bit time
// (pcapng, offsets, damaged records), and `later - earlier` of two of them need not fit.

#include <cstdint>
#include <limits>

namespace tcplens {

/// `later - earlier`, saturated to the int64 range.
[[nodiscard]] constexpr std::int64_t nsBetween(std::int64_t earlier, std::int64_t later) noexcept
{
    std::int64_t difference = 0;
    if (__builtin_sub_overflow(later, earlier, &difference))
        return later > earlier ? std::numeric_limits<std::int64_t>::max() : std::numeric_limits<std::int64_t>::min();
    return difference;
}

} // namespace tcplens
