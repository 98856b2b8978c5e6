#pragma once
// A string as a JSON string literal, for every JSON the CLI and exports write
// (packets --json, info --json, report --format json, capture --json).

#include <cstdio>
#include <string>
#include <string_view>

namespace tcplens {

/// `text` with '"', '\\' and control characters escaped (\n and \t short, others \u00XX); bytes
/// from 0x80 pass through, so UTF-8 stays UTF-8.
[[nodiscard]] inline std::string jsonEscape(std::string_view text)
{
    std::string out;
    out.reserve(text.size() + 2);
    for (const char c : text) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\t': out += "\\t"; break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char escaped[8];
                std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned>(static_cast<unsigned char>(c)));
                out += escaped;
            } else {
                out += c;
            }
        }
    }
    return out;
}

/// `text` as a quoted JSON string.
[[nodiscard]] inline std::string jsonQuoted(std::string_view text) { return '"' + jsonEscape(text) + '"'; }

} // namespace tcplens
