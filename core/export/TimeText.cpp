#include "TimeText.h"

#include <algorithm>

namespace tcplens {
namespace {

/// `value` units of 10^-scale, printed with `decimals` <= scale digits after the point.
std::string fixedPoint(std::int64_t value, int scale, int decimals)
{
    decimals = std::clamp(decimals, 0, scale);
    const bool negative = value < 0;
    // The magnitude as unsigned: -INT64_MIN does not fit an int64.
    std::uint64_t magnitude = negative ? 0 - static_cast<std::uint64_t>(value) : static_cast<std::uint64_t>(value);
    std::uint64_t dropped = 1;
    for (int i = decimals; i < scale; ++i)
        dropped *= 10;
    std::uint64_t unit = 1;
    for (int i = 0; i < decimals; ++i)
        unit *= 10;
    const std::uint64_t one = dropped * unit; // 10^scale
    // Round half away from zero in two steps so that adding half a unit cannot overflow.
    std::uint64_t whole = magnitude / one;
    std::uint64_t fraction = (magnitude % one + dropped / 2) / dropped;
    if (fraction >= unit) {
        fraction -= unit;
        ++whole;
    }
    std::string text = std::to_string(whole);
    if (decimals > 0) {
        std::string digits = std::to_string(fraction);
        text += '.' + std::string(static_cast<std::size_t>(decimals) - digits.size(), '0') + digits;
    }
    const bool zero = whole == 0 && fraction == 0;
    return negative && !zero ? '-' + text : text;
}

} // namespace

std::string secondsText(std::int64_t ns, int decimals) { return fixedPoint(ns, 9, decimals); }

std::string millisecondsText(std::int64_t ns, int decimals) { return fixedPoint(ns, 6, decimals); }

} // namespace tcplens
