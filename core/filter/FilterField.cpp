#include "FilterField.h"

#include <algorithm>
#include <string>
#include <unordered_map>

namespace tcplens {

const char* fieldTypeName(FieldType type) noexcept
{
    switch (type) {
    case FieldType::None: return "Label";
    case FieldType::Protocol: return "Protocol";
    case FieldType::Boolean: return "Boolean";
    case FieldType::Unsigned: return "Unsigned integer";
    case FieldType::Signed: return "Signed integer";
    case FieldType::Time: return "Time offset";
    case FieldType::Ipv4: return "IPv4 address";
    case FieldType::Ipv6: return "IPv6 address";
    case FieldType::Ether: return "Ethernet or other MAC address";
    case FieldType::Bytes: return "Byte sequence";
    case FieldType::String: return "Character string";
    }
    return "?";
}

const FilterField* findFilterField(std::string_view name)
{
    static const auto index = [] {
        std::unordered_map<std::string_view, const FilterField*> map;
        for (const auto& field : filterFields())
            map.emplace(field.name, &field);
        return map;
    }();
    const auto it = index.find(name);
    return it == index.end() ? nullptr : it->second;
}

namespace {

std::size_t editDistance(std::string_view a, std::string_view b)
{
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const auto above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

} // namespace

std::vector<std::string> nearestFieldNames(std::string_view name, std::size_t count)
{
    struct Candidate {
        std::size_t distance;
        std::string_view name;
    };
    std::vector<Candidate> candidates;
    const std::size_t limit = std::max<std::size_t>(2, name.size() / 4);
    for (const auto& field : filterFields()) {
        auto distance = editDistance(name, field.name);
        // A name that starts with what was typed is a likely completion ("tcp.analysis.retr").
        if (name.size() >= 3 && field.name.starts_with(name))
            distance = std::min(distance, std::size_t{1});
        if (distance <= limit)
            candidates.push_back({distance, field.name});
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate& a, const Candidate& b) { return a.distance < b.distance; });
    std::vector<std::string> names;
    for (std::size_t i = 0; i < candidates.size() && names.size() < count; ++i)
        names.emplace_back(candidates[i].name);
    return names;
}

bool hasRepeatedHeaders(const DecodedPacket& packet) noexcept
{
    constexpr std::uint8_t kIcmp = 1;
    constexpr std::uint8_t kIcmpv6 = 58;
    return packet.tunnel.any() || packet.network.protocol == kIcmp || packet.network.protocol == kIcmpv6;
}

int extractFromSpans(const FilterField& field, const FilterContext& context, FilterValue* out, int capacity)
{
    if (context.spans == nullptr || field.spanIds.empty())
        return 0;
    int n = 0;
    for (const auto& span : *context.spans) {
        if (n >= capacity)
            break;
        // spanIds is a space-separated list; match whole words.
        bool match = false;
        for (std::size_t start = 0; start < field.spanIds.size() && !match;) {
            auto end = field.spanIds.find(' ', start);
            if (end == std::string_view::npos)
                end = field.spanIds.size();
            match = field.spanIds.substr(start, end - start) == span.id;
            start = end + 1;
        }
        if (!match)
            continue;
        if (isByteLike(field.type)) {
            const auto offset = span.firstByte();
            const auto length = field.type == FieldType::Ipv4 ? 4U
                              : field.type == FieldType::Ipv6 ? 16U
                              : field.type == FieldType::Ether ? 6U
                                                               : span.byteLength();
            if (fits(context.bytes, offset, length))
                out[n++] = FilterValue::ofBytes(context.bytes.data() + offset, length);
        } else if (field.type == FieldType::Boolean) {
            out[n++] = FilterValue::ofNumber(span.value != 0);
        } else {
            out[n++] = FilterValue::ofNumber(span.value);
        }
    }
    return n;
}

} // namespace tcplens
