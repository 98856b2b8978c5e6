#pragma once
// Values typed in a display filter, converted to a field's type as Wireshark's semantic check
// does: integers in any base, times in seconds, addresses with CIDR prefixes, byte strings.

#include "FilterMessage.h"
#include "FilterValue.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tcplens {

enum class LiteralSyntax : std::uint8_t { Word, String, Char };

struct FilterLiteral {
    std::uint64_t number = 0;        ///< Numeric types; for addresses the prefix length in bits.
    std::vector<std::uint8_t> bytes; ///< Byte-like types.
};

/// `text` as a value of `type`; nullopt with `error` set when it is not one.
[[nodiscard]] std::optional<FilterLiteral> convertLiteral(std::string_view text, LiteralSyntax syntax, bool negative,
                                                          FieldType type, FilterMessage& error);
/// Bytes written as aa:bb:cc, aa-bb-cc, aa.bb.cc, or one or two hex digits for a single byte.
[[nodiscard]] std::optional<std::vector<std::uint8_t>> parseByteString(std::string_view text);

} // namespace tcplens
