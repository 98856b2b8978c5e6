#pragma once
// The display-filter fields tcplens knows: Wireshark's names and types, each with an accessor
// that reads the packet context directly (no spans, no allocation) and, for headers that may
// repeat (tunnels, ICMP-quoted packets), the span ids that list every occurrence.

#include "FilterContext.h"
#include "FilterValue.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace tcplens {

/// Bytes an evaluation may write values into (host names, flag strings, bitwise results).
struct FilterScratch {
    static constexpr std::size_t kSize = 1024;
    std::uint8_t buffer[kSize];
    std::size_t used = 0;
    /// `n` bytes, or nullptr when the buffer is spent.
    [[nodiscard]] std::uint8_t* take(std::size_t n) noexcept
    {
        if (n > kSize - used)
            return nullptr;
        auto* p = buffer + used;
        used += n;
        return p;
    }
};

/// Values of one field in one packet: writes up to `capacity` into `out`, returns how many.
using FieldExtract = int (*)(const FilterContext& context, FilterValue* out, int capacity, FilterScratch& scratch);

struct FilterField {
    std::string_view name;
    FieldType type = FieldType::None;
    FieldExtract extract = nullptr; ///< The fast path; nullptr when only the spans have the field.
    std::string_view spanIds;       ///< Space-separated span ids of every occurrence; empty: none.
    /// A header that repeats in tunnelled or ICMP-quoted packets: read from the spans there.
    bool layered = false;
    std::string_view missing;       ///< Known to Wireshark but not computed here: why (an error).
};

/// Every field name, in a fixed order (for completion and suggestions).
[[nodiscard]] const std::vector<FilterField>& filterFields();
/// The field named `name`, or nullptr.
[[nodiscard]] const FilterField* findFilterField(std::string_view name);
/// Up to `count` known names closest to `name` (edit distance, then shared prefix).
[[nodiscard]] std::vector<std::string> nearestFieldNames(std::string_view name, std::size_t count = 3);
/// A packet whose headers may appear more than once (tunnels, ICMP errors quoting a packet).
[[nodiscard]] bool hasRepeatedHeaders(const DecodedPacket& packet) noexcept;
/// The values of `field` read from `spans` (the slow path), as extract() would give them.
int extractFromSpans(const FilterField& field, const FilterContext& context, FilterValue* out, int capacity);

} // namespace tcplens
