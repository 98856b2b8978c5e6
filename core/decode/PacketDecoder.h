#pragma once
// The single decoder: link, IP and TCP in one pass over the captured bytes.

#include "ByteReader.h"
#include "DecodedPacket.h"
#include "FieldSpan.h"

namespace tcplens {

/// Decodes one frame. Never reads outside `frame`, never throws, never allocates unless
/// `spans` is given, in which case every field found is appended to it as a FieldSpan.
[[nodiscard]] DecodedPacket decodePacket(Bytes frame, std::uint32_t wireLength, int linkType,
                                         FieldSpans* spans = nullptr);

} // namespace tcplens
