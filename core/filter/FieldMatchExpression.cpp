#include "FieldMatchExpression.h"

#include "DisplayFilter.h"
#include "FilterField.h"

#include "../tcp/ConversationKey.h"

#include <array>
#include <cstdio>

namespace tcplens {
namespace {

/// Fields Wireshark shows (and writes into a filter) in hexadecimal.
bool shownInHex(std::string_view field)
{
    static constexpr std::array<std::string_view, 9> kHex = {"tcp.flags", "ip.flags", "ip.dsfield", "ip.id", "eth.type",
                                                             "ipv6.flow", "ipv6.tclass", "vlan.etype", "ip.tos"};
    for (const auto name : kHex)
        if (field == name)
            return true;
    return field.ends_with(".checksum");
}

std::string byteList(const FilterValue& value)
{
    std::string text;
    char buffer[4];
    for (std::uint32_t i = 0; i < value.size; ++i) {
        std::snprintf(buffer, sizeof buffer, "%s%02x", i == 0 ? "" : ":", value.data[i]);
        text += buffer;
    }
    return text;
}

std::string quoted(const FilterValue& value)
{
    std::string text = "\"";
    for (std::uint32_t i = 0; i < value.size; ++i) {
        const auto c = static_cast<char>(value.data[i]);
        if (c == '"' || c == '\\')
            text += '\\';
        if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) >= 0x7f) {
            char buffer[8];
            std::snprintf(buffer, sizeof buffer, "\\x%02x", value.data[i]);
            text += buffer;
        } else {
            text += c;
        }
    }
    return text + '"';
}

} // namespace

std::string displayFilterComparison(std::string_view field, FieldType type, const FilterValue& value, unsigned bitWidth)
{
    std::string literal;
    switch (type) {
    case FieldType::None:
    case FieldType::Protocol: return std::string(field);
    case FieldType::Boolean: literal = value.number != 0 ? "1" : "0"; break;
    case FieldType::Unsigned:
        if (shownInHex(field)) {
            char buffer[32];
            const int digits = bitWidth == 0 ? 1 : static_cast<int>((bitWidth + 3) / 4);
            std::snprintf(buffer, sizeof buffer, "0x%0*llx", digits, static_cast<unsigned long long>(value.number));
            literal = buffer;
        } else {
            literal = std::to_string(value.number);
        }
        break;
    case FieldType::Bytes: literal = byteList(value); break;
    case FieldType::String: literal = quoted(value); break;
    default: literal = formatFilterValue(type, value); break; // times, addresses
    }
    return std::string(field) + " == " + literal;
}

namespace {

FieldMatch refused(FilterMessage why)
{
    auto reason = englishText(why);
    return {{}, std::move(reason), std::move(why)};
}

} // namespace

FieldMatch displayFilterForSpan(std::size_t index, const FilterContext& context)
{
    if (context.spans == nullptr || index >= context.spans->size())
        return refused({FilterMessageKind::ApplyNoField, {}, {}});
    const auto& span = (*context.spans)[index];
    const auto* field = findFilterField(span.id);
    if (field == nullptr)
        return refused(span.id.empty() ? FilterMessage{FilterMessageKind::ApplyNotAField, {}, {}}
                                       : FilterMessage{FilterMessageKind::ApplyUnknownField, {span.id}, {}});
    if (!field->missing.empty())
        return refused({FilterMessageKind::ApplyMissingField, {std::string(field->missing)}, {}});
    if (field->type == FieldType::None || field->type == FieldType::Protocol)
        return {std::string(field->name), {}, {}};
    // The occurrence of this field the span is (tunnels and ICMP quotes repeat headers).
    int occurrence = 0;
    for (std::size_t i = 0; i < index; ++i)
        occurrence += (*context.spans)[i].id == span.id;
    constexpr int kCapacity = 16;
    FilterValue values[kCapacity];
    FilterScratch scratch;
    const int count = readFilterField(*field, context, values, kCapacity, scratch);
    if (occurrence < count)
        return {displayFilterComparison(field->name, field->type, values[occurrence], span.bitWidth), {}, {}};
    if (count == 0 && isNumeric(field->type) && field->type != FieldType::Time)
        return {displayFilterComparison(field->name, field->type, FilterValue::ofNumber(span.value), span.bitWidth), {}, {}};
    return refused({FilterMessageKind::ApplyNoValue, {span.id}, {}});
}

std::string displayFilterForStream(std::uint32_t stream)
{
    return "tcp.stream == " + std::to_string(stream);
}

std::string displayFilterForEndpoint(const Endpoint& endpoint)
{
    return std::string(endpoint.address.family == 6 ? "ipv6.addr == " : "ip.addr == ") + endpoint.address.toString()
         + " && tcp.port == " + std::to_string(endpoint.port);
}

} // namespace tcplens
