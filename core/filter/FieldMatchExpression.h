#pragma once
// Wireshark's "Apply as Filter" in display-filter syntax: the test that matches a field's value
// in one packet (`tcp.srcport == 80`, `ip.src == 10.0.0.5`, a flag or protocol by its name), a
// conversation (`tcp.stream == 3`) or one of its ends (`ip.addr == 10.0.0.5 && tcp.port == 80`).

#include "FilterContext.h"
#include "FilterMessage.h"
#include "FilterValue.h"

#include <cstddef>
#include <string>
#include <string_view>

namespace tcplens {

struct Endpoint;

struct FieldMatch {
    std::string text;   ///< The display filter; empty when `reason` says why there is none.
    std::string reason; ///< In English
    FilterMessage why;  ///< What `reason` says, for wording it in another language
    [[nodiscard]] bool ok() const noexcept { return !text.empty(); }
};

/// The filter for span `index` of *context.spans (span ids are field names), with the value the
/// filter engine reads for that occurrence of the field in this packet.
[[nodiscard]] FieldMatch displayFilterForSpan(std::size_t index, const FilterContext& context);
/// `field == value` for one value of a field of `type` (hex for flag and checksum fields).
[[nodiscard]] std::string displayFilterComparison(std::string_view field, FieldType type, const FilterValue& value,
                                                  unsigned bitWidth = 0);
/// Packets of TCP stream `stream`.
[[nodiscard]] std::string displayFilterForStream(std::uint32_t stream);
/// TCP packets to or from one endpoint (address and port).
[[nodiscard]] std::string displayFilterForEndpoint(const Endpoint& endpoint);

} // namespace tcplens
