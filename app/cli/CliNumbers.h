#pragma once
// Numbers on tcplens-cli's command line, checked as a whole and against their range: a value that
// is not exactly a number of the wanted kind, or lies outside [minimum, maximum], is refused
// (never truncated, wrapped or read as 0).

#include <cstdint>
#include <optional>
#include <string_view>

namespace tcplens::cli {

/// Decimal digits only ("0", "42"; no sign, blank, fraction or exponent) in [minimum, maximum].
[[nodiscard]] std::optional<std::uint64_t> parseWholeNumber(std::string_view text, std::uint64_t minimum,
                                                            std::uint64_t maximum) noexcept;
/// A finite decimal number ("2", "0.25", "1e-3"; no "nan", "inf" or hex) in [minimum, maximum].
[[nodiscard]] std::optional<double> parseDecimalNumber(std::string_view text, double minimum, double maximum);

/// Stream numbers: 0 to 4294967294 (4294967295 means "no stream" in the core).
inline constexpr std::uint64_t kMaxStreamNumber = 0xfffffffeULL;
/// Frame numbers: 1 to 4294967295.
inline constexpr std::uint64_t kMaxFrameNumber = 0xffffffffULL;

} // namespace tcplens::cli
