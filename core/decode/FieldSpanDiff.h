#pragma once
// Which header fields of a packet differ from another packet's: the presentation mode lights
// them in the header diagram ("what changed since the client's last segment?").

#include "FieldSpan.h"

#include <vector>

namespace tcplens {

/// Indexes into `current` of its IP and TCP header fields (depth >= 1) that differ from
/// `previous`: another value or text, or no field of that id at the same place in its header
/// (an option that appeared). A field is matched by id and bit offset inside its header, so
/// options are compared option by option. Sorted ascending; link, payload and derived
/// notes without bits of their own (checksum status, segment length) are left out.
[[nodiscard]] std::vector<int> changedHeaderFields(const FieldSpans& previous, const FieldSpans& current);

} // namespace tcplens
