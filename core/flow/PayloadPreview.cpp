#include "PayloadPreview.h"

namespace tcplens {
namespace {

/// Length of the valid UTF-8 sequence starting at `at` (2 to 4), 0 if invalid or cut short.
std::size_t utf8SequenceLength(Bytes bytes, std::size_t at) noexcept
{
    const auto lead = bytes[at];
    std::size_t length = 0;
    std::uint32_t min = 0;
    std::uint32_t code = 0;
    if ((lead & 0xe0) == 0xc0) {
        length = 2, min = 0x80, code = lead & 0x1fU;
    } else if ((lead & 0xf0) == 0xe0) {
        length = 3, min = 0x800, code = lead & 0x0fU;
    } else if ((lead & 0xf8) == 0xf0) {
        length = 4, min = 0x10000, code = lead & 0x07U;
    } else {
        return 0;
    }
    if (at + length > bytes.size())
        return 0;
    for (std::size_t i = 1; i < length; ++i) {
        if ((bytes[at + i] & 0xc0) != 0x80)
            return 0;
        code = code << 6 | (bytes[at + i] & 0x3fU);
    }
    const bool surrogate = code >= 0xd800 && code <= 0xdfff;
    return code < min || code > 0x10ffff || surrogate ? 0 : length;
}

} // namespace

std::string payloadPreview(Bytes payload, bool complete, std::size_t maxChars)
{
    std::string text;
    std::size_t chars = 0;
    std::size_t at = 0;
    while (at < payload.size()) {
        const auto byte = payload[at];
        std::size_t length = 1;
        if (byte >= 0x80) {
            length = utf8SequenceLength(payload, at);
            // A character cut by the snapshot length at the very end is not a reason to call it binary.
            if (length == 0 && !(complete == false && payload.size() - at < 4))
                return {};
            if (length == 0)
                break;
        } else if (byte < 0x20 && byte != '\r' && byte != '\n' && byte != '\t') {
            return {};
        } else if (byte == 0x7f) {
            return {};
        }
        if (chars < maxChars) {
            switch (byte) {
            case '\r': text += "\\r"; break;
            case '\n': text += "\\n"; break;
            case '\t': text += "\\t"; break;
            case '\\': text += "\\\\"; break;
            case '"': text += "\\\""; break;
            default: text.append(reinterpret_cast<const char*>(payload.data() + at), length);
            }
        }
        ++chars;
        at += length;
    }
    if (chars > maxChars || (!complete && !text.empty()))
        text += "\xE2\x80\xA6"; // U+2026 HORIZONTAL ELLIPSIS
    return text;
}

} // namespace tcplens
