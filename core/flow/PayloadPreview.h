#pragma once
// The first bytes of a payload as the flow graph quotes them, when they are text.

#include "../decode/ByteReader.h"

#include <cstddef>
#include <string>

namespace tcplens {

/// Printable ASCII and UTF-8 text with \r \n \t \\ \" escaped, cut after `maxChars` characters
/// (then "…"); also "…" when the capture cut the payload short (`complete` false). "" for an
/// empty payload or anything else (binary data, control bytes, invalid UTF-8).
[[nodiscard]] std::string payloadPreview(Bytes payload, bool complete = true, std::size_t maxChars = 32);

} // namespace tcplens
