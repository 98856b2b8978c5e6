#pragma once
// Wireshark's colouring rules: a named display filter and the colours of the rows it matches,
// with the text of Wireshark's `colorfilters` file ("@name@filter@[bg r,g,b][fg r,g,b]", 16-bit
// channels, "!" before a disabled rule) so users can paste theirs in and take ours out.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace tcplens {

/// A colour as Wireshark stores it: 16 bits per channel.
struct RuleColour {
    std::uint16_t red = 0;
    std::uint16_t green = 0;
    std::uint16_t blue = 0;
    [[nodiscard]] static RuleColour fromRgb8(std::uint8_t r, std::uint8_t g, std::uint8_t b) noexcept
    {
        return {static_cast<std::uint16_t>(r * 257), static_cast<std::uint16_t>(g * 257),
                static_cast<std::uint16_t>(b * 257)};
    }
    friend bool operator==(const RuleColour&, const RuleColour&) = default;
};

struct ColouringRule {
    std::string name;
    std::string filter;     ///< Display-filter text
    RuleColour foreground;
    RuleColour background;
    bool enabled = true;
    friend bool operator==(const ColouringRule&, const ColouringRule&) = default;
};

/// A line of a colorfilters text that is not a rule (nor a comment or blank).
struct ColourFiltersLineError {
    std::size_t line = 0; ///< 1-based
    std::string message;
};

struct ColourFiltersParse {
    std::vector<ColouringRule> rules;
    std::vector<ColourFiltersLineError> errors;
};

/// The rules of Wireshark 4.0's default colorfilters that tcplens can evaluate, in its order.
[[nodiscard]] std::vector<ColouringRule> defaultColouringRules();
/// Reads Wireshark's colorfilters text; bad lines are reported and skipped, never fatal.
[[nodiscard]] ColourFiltersParse parseColourFilters(std::string_view text);
/// Writes rules as Wireshark's colorfilters text (Wireshark reads it back).
[[nodiscard]] std::string formatColourFilters(const std::vector<ColouringRule>& rules);

} // namespace tcplens
