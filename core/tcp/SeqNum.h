#pragma once
// The one sequence-number arithmetic: 32-bit, modulo 2^32 (RFC 1982 style). Nothing compares
// raw sequence numbers with < directly.

#include <cstdint>

namespace tcplens::seq {

/// Signed distance from b to a, correct across wraparound when |a - b| < 2^31.
[[nodiscard]] constexpr std::int32_t diff(std::uint32_t a, std::uint32_t b) noexcept
{
    return static_cast<std::int32_t>(a - b);
}
[[nodiscard]] constexpr bool lt(std::uint32_t a, std::uint32_t b) noexcept { return diff(a, b) < 0; }
[[nodiscard]] constexpr bool le(std::uint32_t a, std::uint32_t b) noexcept { return diff(a, b) <= 0; }
[[nodiscard]] constexpr bool gt(std::uint32_t a, std::uint32_t b) noexcept { return diff(a, b) > 0; }
[[nodiscard]] constexpr bool ge(std::uint32_t a, std::uint32_t b) noexcept { return diff(a, b) >= 0; }

} // namespace tcplens::seq
