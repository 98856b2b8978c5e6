#include "FieldSpanDiff.h"

#include <algorithm>
#include <cstdint>
#include <string_view>
#include <tuple>

namespace tcplens {

namespace {

struct FieldKey {
    std::string_view id;
    std::uint64_t bitInHeader = 0; ///< First bit, counted from the start of the field's header.
    std::uint32_t bitWidth = 0;
    int index = -1;

    [[nodiscard]] auto tied() const noexcept { return std::tie(id, bitInHeader, bitWidth); }
};

bool isHeaderLayer(Layer layer) noexcept
{
    return layer == Layer::Network || layer == Layer::Transport;
}

std::uint64_t firstBit(const FieldSpan& span) noexcept
{
    return std::uint64_t{span.byteOffset} * 8 + span.bitOffset;
}

/// The IP/TCP fields of a packet keyed by where they sit in their header, sorted by key.
std::vector<FieldKey> keysOf(const FieldSpans& spans)
{
    std::vector<FieldKey> keys;
    std::uint64_t headerStart = 0;
    for (std::size_t i = 0; i < spans.size(); ++i) {
        const FieldSpan& span = spans[i];
        if (!isHeaderLayer(span.layer))
            continue;
        if (span.depth == 0) {
            headerStart = firstBit(span);
            continue;
        }
        if (span.bitWidth == 0)
            continue; // a derived note ("[Checksum Status: Good]"), not bits of the header
        const std::uint64_t first = firstBit(span);
        keys.push_back({span.id, first >= headerStart ? first - headerStart : first, span.bitWidth, static_cast<int>(i)});
    }
    std::sort(keys.begin(), keys.end(), [](const FieldKey& a, const FieldKey& b) { return a.tied() < b.tied(); });
    return keys;
}

} // namespace

std::vector<int> changedHeaderFields(const FieldSpans& previous, const FieldSpans& current)
{
    const std::vector<FieldKey> before = keysOf(previous);
    std::vector<int> changed;
    for (const FieldKey& key : keysOf(current)) {
        const auto match = std::lower_bound(before.begin(), before.end(), key,
                                            [](const FieldKey& a, const FieldKey& b) { return a.tied() < b.tied(); });
        const FieldSpan& now = current[static_cast<std::size_t>(key.index)];
        if (match == before.end() || match->tied() != key.tied()) {
            changed.push_back(key.index);
            continue;
        }
        const FieldSpan& then = previous[static_cast<std::size_t>(match->index)];
        if (then.value != now.value || then.text != now.text)
            changed.push_back(key.index);
    }
    std::sort(changed.begin(), changed.end());
    return changed;
}

} // namespace tcplens
