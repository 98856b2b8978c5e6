#pragma once
// Text made safe inside XML and HTML elements and double-quoted attributes (SVG exports, the
// conversation report's HTML).

#include <string>
#include <string_view>

namespace tcplens {

[[nodiscard]] inline std::string markupEscape(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        default: out += c;
        }
    }
    return out;
}

} // namespace tcplens
