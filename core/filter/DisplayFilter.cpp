// Evaluation of a compiled display filter over one packet: values land in fixed arrays on the
// stack, byte views point into the frame, so a packet costs no allocation.
#include "DisplayFilter.h"

#include "../decode/IpAddress.h"

#include <algorithm>
#include <cstdio>
#include <cstring>

namespace tcplens {

namespace {

bool repeated(const FilterContext& context)
{
    return context.packet != nullptr && context.spans != nullptr && hasRepeatedHeaders(*context.packet);
}

/// -1, 0, 1 as a is below, equal to or above b; addresses compare under the shorter prefix.
int compareValues(FieldType type, const FilterValue& a, const FilterValue& b) noexcept
{
    switch (type) {
    case FieldType::Boolean: return (a.number != 0) - (b.number != 0);
    case FieldType::Unsigned: return a.number < b.number ? -1 : a.number > b.number ? 1 : 0;
    case FieldType::Signed:
    case FieldType::Time: {
        const auto x = static_cast<std::int64_t>(a.number);
        const auto y = static_cast<std::int64_t>(b.number);
        return x < y ? -1 : x > y ? 1 : 0;
    }
    case FieldType::Ipv4:
    case FieldType::Ipv6: {
        const std::uint32_t bits = a.size * 8U;
        auto prefix = bits;
        if (a.number != 0)
            prefix = std::min<std::uint32_t>(prefix, static_cast<std::uint32_t>(a.number));
        if (b.number != 0 || b.size != a.size)
            prefix = std::min<std::uint32_t>(prefix, static_cast<std::uint32_t>(b.size == a.size ? b.number : 0));
        const auto whole = prefix / 8;
        if (int c = std::memcmp(a.data, b.data, whole); c != 0)
            return c < 0 ? -1 : 1;
        if (prefix % 8 != 0) {
            const auto mask = static_cast<std::uint8_t>(0xff << (8 - prefix % 8));
            const auto x = a.data[whole] & mask;
            const auto y = b.data[whole] & mask;
            if (x != y)
                return x < y ? -1 : 1;
        }
        return 0;
    }
    default: {
        const auto n = std::min(a.size, b.size);
        if (n > 0) {
            if (int c = std::memcmp(a.data, b.data, n); c != 0)
                return c < 0 ? -1 : 1;
        }
        return a.size < b.size ? -1 : a.size > b.size ? 1 : 0;
    }
    }
}

bool holds(CompareOp op, int order) noexcept
{
    switch (op) {
    case CompareOp::AnyEq:
    case CompareOp::AllEq: return order == 0;
    case CompareOp::AllNe:
    case CompareOp::AnyNe: return order != 0;
    case CompareOp::Lt: return order < 0;
    case CompareOp::Le: return order <= 0;
    case CompareOp::Gt: return order > 0;
    case CompareOp::Ge: return order >= 0;
    }
    return false;
}

bool nonZero(FieldType type, const FilterValue& value) noexcept
{
    if (!isByteLike(type))
        return value.number != 0;
    for (std::uint32_t i = 0; i < value.size; ++i)
        if (value.data[i] != 0)
            return true;
    return false;
}

bool containsBytes(const FilterValue& haystack, const FilterValue& needle) noexcept
{
    if (needle.size == 0)
        return true;
    if (needle.size > haystack.size)
        return false;
    const auto* end = haystack.data + haystack.size;
    return std::search(haystack.data, end, needle.data, needle.data + needle.size) != end;
}

} // namespace

int readFilterField(const FilterField& field, const FilterContext& context, FilterValue* out, int capacity,
                    FilterScratch& scratch) noexcept
{
    if (context.packet == nullptr)
        return 0;
    if (field.extract != nullptr && !(field.layered && repeated(context)))
        return field.extract(context, out, capacity, scratch);
    if (context.spans != nullptr && !field.spanIds.empty())
        return extractFromSpans(field, context, out, capacity);
    return field.extract != nullptr ? field.extract(context, out, capacity, scratch) : 0;
}

bool DisplayFilter::needsSpans(const DecodedPacket& packet) const noexcept
{
    return spansAlways_ || (spansWhenRepeated_ && hasRepeatedHeaders(packet));
}

bool DisplayFilter::matches(const FilterContext& context) const noexcept
{
    if (root_ < 0)
        return true;
    FilterScratch scratch;
    return test(root_, context, scratch);
}

int DisplayFilter::values(int index, const FilterContext& context, FilterValue* out, int capacity,
                          FilterScratch& scratch) const noexcept
{
    const auto& node = nodes_[static_cast<std::size_t>(index)];
    switch (node.kind) {
    case FilterNodeKind::Field: return readFilterField(*node.field, context, out, capacity, scratch);
    case FilterNodeKind::Word:
        if (capacity < 1)
            return 0;
        out[0] = node.literal;
        return 1;
    case FilterNodeKind::Slice: return sliceValues(node, context, out, capacity, scratch);
    case FilterNodeKind::Arith: return arithValues(node, context, out, capacity, scratch);
    case FilterNodeKind::Negate: {
        const int count = values(node.children[0], context, out, capacity, scratch);
        for (int i = 0; i < count; ++i)
            out[i].number = static_cast<std::uint64_t>(-static_cast<std::int64_t>(out[i].number));
        return count;
    }
    case FilterNodeKind::Function: return functionValues(node, context, out, capacity, scratch);
    default: return 0;
    }
}

int DisplayFilter::sliceValues(const CompiledFilterNode& node, const FilterContext& context, FilterValue* out,
                               int capacity, FilterScratch& scratch) const noexcept
{
    FilterValue inner[kMaxValues];
    const int count = values(node.children[0], context, inner, kMaxValues, scratch);
    int n = 0;
    for (int i = 0; i < count && n < capacity; ++i) {
        const auto size = static_cast<std::int64_t>(inner[i].size);
        // Each range of the value, concatenated (one range: a view, no copy).
        std::uint8_t* joined = nullptr;
        std::uint32_t joinedSize = 0;
        bool valid = true;
        const FilterValue* single = nullptr;
        FilterValue part{};
        for (const auto& range : node.ranges) {
            std::int64_t start = range.start < 0 ? size + range.start : range.start;
            std::int64_t length = range.length < 0 ? size - start : range.length;
            if (start < 0 || length < 0 || start + length > size) {
                valid = false;
                break;
            }
            part = FilterValue::ofBytes(inner[i].data + start, static_cast<std::uint32_t>(length));
            if (node.ranges.size() == 1) {
                single = &part;
                break;
            }
            auto* grown = scratch.take(static_cast<std::size_t>(length));
            if (grown == nullptr) {
                valid = false;
                break;
            }
            if (joined == nullptr)
                joined = grown;
            std::memcpy(grown, part.data, static_cast<std::size_t>(length));
            joinedSize += static_cast<std::uint32_t>(length);
        }
        if (!valid)
            continue;
        out[n++] = single != nullptr ? *single : FilterValue::ofBytes(joined, joinedSize);
    }
    return n;
}

int DisplayFilter::arithValues(const CompiledFilterNode& node, const FilterContext& context, FilterValue* out,
                               int capacity, FilterScratch& scratch) const noexcept
{
    FilterValue left[kMaxValues];
    FilterValue right[kMaxValues];
    const int a = values(node.children[0], context, left, kMaxValues, scratch);
    const int b = a == 0 ? 0 : values(node.children[1], context, right, kMaxValues, scratch);
    int n = 0;
    const bool isSigned = node.type == FieldType::Signed || node.type == FieldType::Time;
    for (int i = 0; i < a; ++i) {
        for (int j = 0; j < b && n < capacity; ++j) {
            if (isByteLike(node.type)) { // bitwise and of byte strings, as long as the shorter
                const auto size = std::min(left[i].size, right[j].size);
                auto* p = scratch.take(size);
                if (p == nullptr)
                    return n;
                for (std::uint32_t k = 0; k < size; ++k)
                    p[k] = left[i].data[k] & right[j].data[k];
                out[n++] = FilterValue::ofBytes(p, size);
                continue;
            }
            const auto x = left[i].number;
            const auto y = right[j].number;
            std::uint64_t r = 0;
            switch (node.arith) {
            case ArithOp::BitAnd: r = x & y; break;
            case ArithOp::Add: r = x + y; break;
            case ArithOp::Sub: r = x - y; break;
            case ArithOp::Mul: r = x * y; break;
            case ArithOp::Div:
            case ArithOp::Mod:
                if (y == 0)
                    continue; // no value, as Wireshark's division by zero
                if (isSigned) {
                    const auto sx = static_cast<std::int64_t>(x);
                    const auto sy = static_cast<std::int64_t>(y);
                    r = static_cast<std::uint64_t>(node.arith == ArithOp::Div ? sx / sy : sx % sy);
                } else {
                    r = node.arith == ArithOp::Div ? x / y : x % y;
                }
                break;
            }
            out[n++] = FilterValue::ofNumber(r);
        }
    }
    return n;
}

int DisplayFilter::functionValues(const CompiledFilterNode& node, const FilterContext& context, FilterValue* out,
                                  int capacity, FilterScratch& scratch) const noexcept
{
    FilterValue inner[kMaxValues];
    const int count = values(node.children[0], context, inner, kMaxValues, scratch);
    if (node.count)
        return capacity > 0 && count > 0 ? (out[0] = FilterValue::ofNumber(static_cast<std::uint64_t>(count)), 1) : 0;
    const int n = std::min(count, capacity);
    for (int i = 0; i < n; ++i)
        out[i] = FilterValue::ofNumber(inner[i].size);
    return n;
}

bool DisplayFilter::test(int index, const FilterContext& context, FilterScratch& scratch) const noexcept
{
    const auto& node = nodes_[static_cast<std::size_t>(index)];
    switch (node.kind) {
    case FilterNodeKind::And: return test(node.children[0], context, scratch) && test(node.children[1], context, scratch);
    case FilterNodeKind::Or: return test(node.children[0], context, scratch) || test(node.children[1], context, scratch);
    case FilterNodeKind::Not: return !test(node.children[0], context, scratch);
    case FilterNodeKind::Exists: return exists(node, context, scratch);
    case FilterNodeKind::Compare: return compare(node, context, scratch);
    case FilterNodeKind::Contains: return contains(node, context, scratch);
    case FilterNodeKind::Matches: return matchesRegex(node, context, scratch);
    case FilterNodeKind::In: return in(node, context, scratch);
    default: return false;
    }
}

bool DisplayFilter::exists(const CompiledFilterNode& node, const FilterContext& context, FilterScratch& scratch) const noexcept
{
    const auto& inner = nodes_[static_cast<std::size_t>(node.children[0])];
    FilterValue found[kMaxValues];
    const int count = values(node.children[0], context, found, kMaxValues, scratch);
    if (inner.kind != FilterNodeKind::Arith)
        return count > 0;
    for (int i = 0; i < count; ++i)
        if (nonZero(inner.type, found[i]))
            return true;
    return false;
}

bool DisplayFilter::compare(const CompiledFilterNode& node, const FilterContext& context, FilterScratch& scratch) const noexcept
{
    FilterValue left[kMaxValues];
    FilterValue right[kMaxValues];
    const int a = values(node.children[0], context, left, kMaxValues, scratch);
    if (a == 0)
        return false;
    const int b = values(node.children[1], context, right, kMaxValues, scratch);
    if (b == 0)
        return false;
    const auto type = nodes_[static_cast<std::size_t>(node.children[0])].type;
    const bool all = node.compare == CompareOp::AllEq || node.compare == CompareOp::AllNe;
    for (int i = 0; i < a; ++i) {
        for (int j = 0; j < b; ++j) {
            const bool ok = holds(node.compare, compareValues(type, left[i], right[j]));
            if (all && !ok)
                return false;
            if (!all && ok)
                return true;
        }
    }
    return all;
}

bool DisplayFilter::contains(const CompiledFilterNode& node, const FilterContext& context, FilterScratch& scratch) const noexcept
{
    FilterValue left[kMaxValues];
    FilterValue right[kMaxValues];
    const int a = values(node.children[0], context, left, kMaxValues, scratch);
    const int b = a == 0 ? 0 : values(node.children[1], context, right, kMaxValues, scratch);
    for (int i = 0; i < a; ++i)
        for (int j = 0; j < b; ++j)
            if (containsBytes(left[i], right[j]))
                return true;
    return false;
}

bool DisplayFilter::matchesRegex(const CompiledFilterNode& node, const FilterContext& context, FilterScratch& scratch) const noexcept
{
    FilterValue left[kMaxValues];
    const int a = values(node.children[0], context, left, kMaxValues, scratch);
    for (int i = 0; i < a; ++i) {
        const auto* begin = reinterpret_cast<const char*>(left[i].data);
        if (std::regex_search(begin, begin + left[i].size, *node.regex))
            return true;
    }
    return false;
}

bool DisplayFilter::in(const CompiledFilterNode& node, const FilterContext& context, FilterScratch& scratch) const noexcept
{
    FilterValue left[kMaxValues];
    const int a = values(node.children[0], context, left, kMaxValues, scratch);
    if (a == 0)
        return false;
    FilterValue low[kMaxValues];
    FilterValue high[kMaxValues];
    for (std::size_t k = 1; k + 1 < node.children.size(); k += 2) {
        const int lows = values(node.children[k], context, low, kMaxValues, scratch);
        const bool range = node.children[k + 1] >= 0;
        const int highs = range ? values(node.children[k + 1], context, high, kMaxValues, scratch) : 0;
        for (int i = 0; i < a; ++i) {
            for (int l = 0; l < lows; ++l) {
                const int order = compareValues(node.type, left[i], low[l]);
                if (!range && order == 0)
                    return true;
                if (range && order >= 0)
                    for (int h = 0; h < highs; ++h)
                        if (compareValues(node.type, left[i], high[h]) <= 0)
                            return true;
            }
        }
    }
    return false;
}

std::string formatFilterValue(FieldType type, const FilterValue& value)
{
    char buffer[64];
    switch (type) {
    case FieldType::None:
    case FieldType::Protocol: return {};
    case FieldType::Boolean: return value.number != 0 ? "True" : "False";
    case FieldType::Unsigned: return std::to_string(value.number);
    case FieldType::Signed: return std::to_string(static_cast<std::int64_t>(value.number));
    case FieldType::Time: {
        const auto ns = static_cast<std::int64_t>(value.number);
        const auto magnitude = ns < 0 ? -ns : ns;
        std::snprintf(buffer, sizeof buffer, "%s%lld.%09lld", ns < 0 ? "-" : "", static_cast<long long>(magnitude / 1'000'000'000),
                      static_cast<long long>(magnitude % 1'000'000'000));
        return buffer;
    }
    case FieldType::Ipv4:
    case FieldType::Ipv6: {
        IpAddress address;
        address.family = type == FieldType::Ipv4 ? 4 : 6;
        std::memcpy(address.bytes.data(), value.data, std::min<std::size_t>(value.size, address.size()));
        return address.toString();
    }
    case FieldType::String: return std::string(reinterpret_cast<const char*>(value.data), value.size);
    case FieldType::Ether:
    case FieldType::Bytes: {
        std::string text;
        for (std::uint32_t i = 0; i < value.size; ++i) {
            std::snprintf(buffer, sizeof buffer, "%s%02x", i == 0 || type == FieldType::Bytes ? "" : ":", value.data[i]);
            text += buffer;
        }
        return text;
    }
    }
    return {};
}

} // namespace tcplens
