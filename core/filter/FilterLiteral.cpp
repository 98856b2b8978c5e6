#include "FilterLiteral.h"

#include "../decode/IpAddress.h"

#include <cctype>
#include <charconv>
#include <limits>

namespace tcplens {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/// Wireshark's integer syntax: 0x1f, 0b101, 017 (octal), 42.
std::optional<std::uint64_t> parseUnsigned(std::string_view text)
{
    int base = 10;
    if (text.size() > 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X')) {
        base = 16;
        text.remove_prefix(2);
    } else if (text.size() > 2 && text[0] == '0' && (text[1] == 'b' || text[1] == 'B')) {
        base = 2;
        text.remove_prefix(2);
    } else if (text.size() > 1 && text[0] == '0') {
        base = 8;
        text.remove_prefix(1);
    }
    std::uint64_t value = 0;
    const auto* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, value, base);
    if (text.empty() || ec != std::errc{} || ptr != end)
        return std::nullopt;
    return value;
}

/// Seconds with an optional fraction ("1", "0.25", "1.000000001") as nanoseconds.
std::optional<std::uint64_t> parseSeconds(std::string_view text)
{
    const auto dot = text.find('.');
    const auto whole = text.substr(0, dot);
    std::uint64_t seconds = 0;
    if (!whole.empty()) {
        const auto [ptr, ec] = std::from_chars(whole.data(), whole.data() + whole.size(), seconds);
        if (ec != std::errc{} || ptr != whole.data() + whole.size() || seconds > 9'000'000'000ULL)
            return std::nullopt;
    }
    std::uint64_t fraction = 0;
    if (dot != std::string_view::npos) {
        auto digits = text.substr(dot + 1);
        if (digits.empty() && whole.empty())
            return std::nullopt;
        std::uint64_t scale = 100'000'000;
        for (const char c : digits) {
            if (c < '0' || c > '9')
                return std::nullopt;
            fraction += static_cast<std::uint64_t>(c - '0') * scale; // digits past 1 ns are dropped
            scale /= 10;
        }
    } else if (whole.empty()) {
        return std::nullopt;
    }
    return seconds * 1'000'000'000ULL + fraction;
}

std::optional<FilterLiteral> parseAddress(std::string_view text, int family)
{
    const auto slash = text.find('/');
    const auto address = parseIpAddress(text.substr(0, slash));
    if (!address || address->family != family)
        return std::nullopt;
    const std::uint64_t bits = family == 4 ? 32 : 128;
    FilterLiteral literal;
    literal.number = bits;
    if (slash != std::string_view::npos) {
        const auto prefix = parseUnsigned(text.substr(slash + 1));
        if (!prefix || *prefix > bits || text.substr(slash + 1).starts_with("0x"))
            return std::nullopt;
        literal.number = *prefix;
    }
    literal.bytes.assign(address->bytes.begin(), address->bytes.begin() + static_cast<std::ptrdiff_t>(address->size()));
    return literal;
}

} // namespace

std::optional<std::vector<std::uint8_t>> parseByteString(std::string_view text)
{
    std::vector<std::uint8_t> bytes;
    if (text.empty())
        return std::nullopt;
    if (text.size() <= 2) { // "a", "0a", "10": one byte in hex
        int value = 0;
        for (const char c : text) {
            if (hexValue(c) < 0)
                return std::nullopt;
            value = value * 16 + hexValue(c);
        }
        bytes.push_back(static_cast<std::uint8_t>(value));
        return bytes;
    }
    const char separator = text[2];
    const bool separated = separator == ':' || separator == '-' || separator == '.';
    std::size_t i = 0;
    while (i < text.size()) {
        if (i + 1 >= text.size() || hexValue(text[i]) < 0 || hexValue(text[i + 1]) < 0)
            return std::nullopt;
        bytes.push_back(static_cast<std::uint8_t>(hexValue(text[i]) * 16 + hexValue(text[i + 1])));
        i += 2;
        if (i < text.size() && separated) {
            if (text[i] != separator)
                return std::nullopt;
            if (++i == text.size())
                return std::nullopt;
        }
    }
    return bytes;
}

std::optional<FilterLiteral> convertLiteral(std::string_view text, LiteralSyntax syntax, bool negative, FieldType type,
                                            FilterMessage& error)
{
    FilterLiteral literal;
    const std::string shown = syntax == LiteralSyntax::String ? "\"" + std::string(text) + "\""
                            : syntax == LiteralSyntax::Char   ? "'" + std::string(text) + "'"
                                                              : std::string(negative ? "-" : "") + std::string(text);
    const auto invalid = [&](FilterMessageKind kind) {
        error = {kind, {shown}, {}};
        return std::nullopt;
    };
    switch (type) {
    case FieldType::None:
        error = {FilterMessageKind::ValueForLabel, {}, {}};
        return std::nullopt;
    case FieldType::Boolean:
    case FieldType::Unsigned:
    case FieldType::Signed: {
        std::optional<std::uint64_t> value;
        if (syntax == LiteralSyntax::Char)
            value = static_cast<unsigned char>(text[0]);
        else if (syntax == LiteralSyntax::Word && type == FieldType::Boolean && (text == "True" || text == "true" || text == "TRUE"))
            value = 1;
        else if (syntax == LiteralSyntax::Word && type == FieldType::Boolean && (text == "False" || text == "false" || text == "FALSE"))
            value = 0;
        else if (syntax == LiteralSyntax::Word)
            value = parseUnsigned(text);
        if (!value)
            return invalid(type == FieldType::Boolean ? FilterMessageKind::ValueNotBoolean : FilterMessageKind::ValueNotInteger);
        if (negative) {
            if (type != FieldType::Signed)
                return invalid(FilterMessageKind::ValueNegative);
            if (*value > std::uint64_t{std::numeric_limits<std::int64_t>::max()})
                return invalid(FilterMessageKind::ValueNotInteger);
            literal.number = static_cast<std::uint64_t>(-static_cast<std::int64_t>(*value));
        } else {
            literal.number = *value;
        }
        if (type == FieldType::Boolean && literal.number > 1)
            return invalid(FilterMessageKind::ValueNotBoolean);
        return literal;
    }
    case FieldType::Time: {
        const auto value = syntax == LiteralSyntax::Word ? parseSeconds(text) : std::nullopt;
        if (!value)
            return invalid(FilterMessageKind::ValueNotTime);
        literal.number = negative ? static_cast<std::uint64_t>(-static_cast<std::int64_t>(*value)) : *value;
        return literal;
    }
    case FieldType::Ipv4:
    case FieldType::Ipv6: {
        auto address = negative || syntax == LiteralSyntax::Char ? std::nullopt
                                                                  : parseAddress(text, type == FieldType::Ipv4 ? 4 : 6);
        if (!address)
            return invalid(type == FieldType::Ipv4 ? FilterMessageKind::ValueNotIpv4 : FilterMessageKind::ValueNotIpv6);
        return address;
    }
    case FieldType::Ether: {
        auto bytes = syntax == LiteralSyntax::Word && !negative ? parseByteString(text) : std::nullopt;
        if (!bytes || bytes->size() != 6)
            return invalid(FilterMessageKind::ValueNotEther);
        literal.bytes = std::move(*bytes);
        return literal;
    }
    case FieldType::Protocol:
    case FieldType::Bytes:
    case FieldType::String: {
        if (negative)
            return invalid(FilterMessageKind::ValueNotBytes);
        if (syntax != LiteralSyntax::Word || type == FieldType::String) {
            literal.bytes.assign(text.begin(), text.end());
            return literal;
        }
        auto bytes = parseByteString(text);
        if (!bytes)
            return invalid(FilterMessageKind::ValueNotBytesOrText);
        literal.bytes = std::move(*bytes);
        return literal;
    }
    }
    return std::nullopt;
}

} // namespace tcplens
