#include "CliNumbers.h"

#include <cmath>
#include <cstdlib>
#include <string>

namespace tcplens::cli {

std::optional<std::uint64_t> parseWholeNumber(std::string_view text, std::uint64_t minimum,
                                              std::uint64_t maximum) noexcept
{
    if (text.empty() || text.size() > 20)
        return std::nullopt;
    std::uint64_t value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        const auto digit = static_cast<std::uint64_t>(c - '0');
        if (value > (UINT64_MAX - digit) / 10)
            return std::nullopt;
        value = value * 10 + digit;
    }
    if (value < minimum || value > maximum)
        return std::nullopt;
    return value;
}

std::optional<double> parseDecimalNumber(std::string_view text, double minimum, double maximum)
{
    // Digits, one point, an exponent: what strtod would also read as hex, "nan" or "infinity" is refused here.
    if (text.empty() || text.size() > 64)
        return std::nullopt;
    for (const char c : text)
        if (!((c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E' || c == '-' || c == '+'))
            return std::nullopt;
    const std::string copy(text);
    char* end = nullptr;
    const double value = std::strtod(copy.c_str(), &end);
    if (end != copy.c_str() + copy.size() || !std::isfinite(value) || value < minimum || value > maximum)
        return std::nullopt;
    return value;
}

} // namespace tcplens::cli
