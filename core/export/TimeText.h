#pragma once
// Times and durations as exact decimal text, from integer nanoseconds: no floating point, no
// overflow, and negative values (times before 1970, a clock stepped back) printed as such.

#include <cstdint>
#include <string>

namespace tcplens {

/// `ns` in seconds with `decimals` (0 to 9) digits, rounded half away from zero: "-0.000001", "1.500".
[[nodiscard]] std::string secondsText(std::int64_t ns, int decimals = 9);
/// `ns` in milliseconds with `decimals` (0 to 6) digits: "19.042", "9223372036854.776".
[[nodiscard]] std::string millisecondsText(std::int64_t ns, int decimals = 3);

/// Whole seconds since the epoch, rounded down (-1 for 1969-12-31 23:59:59.999999999).
[[nodiscard]] constexpr std::int64_t floorSeconds(std::int64_t ns) noexcept
{
    return ns / 1'000'000'000 - (ns % 1'000'000'000 < 0 ? 1 : 0);
}
/// Nanoseconds into that second: 0 to 999999999 whatever the sign of `ns`.
[[nodiscard]] constexpr std::int64_t nanosecondOfSecond(std::int64_t ns) noexcept
{
    const auto rest = ns % 1'000'000'000;
    return rest < 0 ? rest + 1'000'000'000 : rest;
}

} // namespace tcplens
