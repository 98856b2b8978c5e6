#pragma once
// What the display-filter compiler and Copy as BPF report, as a kind and its arguments rather
// than a sentence: tcplens-cli prints englishText(), the GUI words each kind through tr() in the
// user's language (core has no Qt).

#include "FilterValue.h"

#include <cstdint>
#include <string>
#include <vector>

namespace tcplens {

/// Each kind lists its arguments: a = args (text shown as typed), t = types.
enum class FilterMessageKind : std::uint8_t {
    None,
    // Reading the text
    HexEscapeNeedsDigit,    ///< \x without a hexadecimal digit
    UnclosedString,         ///< A "string" without its closing quote
    UnclosedCharacter,      ///< A 'c' without its closing quote
    CharacterLength,        ///< A character constant of more or less than one character
    UnclosedSlice,          ///< [ without ]
    SingleEquals,           ///< "=" instead of "=="
    UnexpectedCharacter,    ///< a0: the character
    UnexpectedEnd,          ///< The text stops where more is needed
    UnexpectedToken,        ///< a0: the token as typed
    UnclosedParenthesis,
    UnclosedSet,
    InvalidRange,           ///< a0: the slice range
    // Meaning
    NotATest,
    NoSuchField,            ///< a0: the name, a1...: the nearest known names
    FieldNotComputed,       ///< a0: the field, a1: why tcplens does not compute it (FilterField::missing)
    CannotSlice,            ///< a0: the operand, t0: its type
    ArithmeticNeedsNumbers, ///< t0: the operand's type
    NegateNeedsNumber,
    UnsupportedFunction,    ///< a0: the function's name
    LenNeedsBytes,
    NotFieldOrProtocol,     ///< a0: the word
    ValueNeeded,
    NoFieldInComparison,
    IncomparableTypes,      ///< t0, t1
    HasNoValue,             ///< a0: the field
    NotOrderable,           ///< t0
    ContainsNeedsBytes,     ///< t0
    ContainsNeedsValue,
    MatchesNeedsBytes,      ///< t0
    MatchesNeedsString,
    InvalidRegex,           ///< a0: the regex library's reason (English)
    RangeNeedsOrder,        ///< t0
    EmptyFilter,
    // Values (a0: the value as typed)
    ValueNotInteger,
    ValueNegative,
    ValueNotBoolean,
    ValueNotTime,
    ValueNotIpv4,
    ValueNotIpv6,
    ValueNotEther,
    ValueNotBytes,
    ValueNotBytesOrText,
    ValueForLabel,          ///< No a0: a field without a value was compared
    // Copy as BPF (a0: the field, where there is one)
    BpfFromConversation,
    BpfFrameMetadata,
    BpfVariableOffset,
    BpfNoPrimitive,
    BpfSearchesPayload,
    BpfNoEquivalent,
    BpfSlice,
    BpfArithmetic,
    BpfFieldOnLeft,
    BpfValueNotNumber,
    BpfEqualityOnly,
    BpfUnsupportedComparison,
    BpfRangeNoPrimitive,
    // Apply as Filter on a line of the packet details
    ApplyNoField,           ///< The line is gone (another packet)
    ApplyNotAField,         ///< A line that names no field
    ApplyUnknownField,      ///< a0: a field id the display filters do not know
    ApplyMissingField,      ///< a0: why tcplens does not compute it (FilterField::missing)
    ApplyNoValue,           ///< a0: a field without a comparable value here
};
inline constexpr int kFilterMessageKinds = static_cast<int>(FilterMessageKind::ApplyNoValue) + 1;

struct FilterMessage {
    FilterMessageKind kind = FilterMessageKind::None;
    std::vector<std::string> args;
    std::vector<FieldType> types;
    [[nodiscard]] bool empty() const noexcept { return kind == FilterMessageKind::None; }
    /// The argument `i`, or "" when there is none (a message read from elsewhere may lack some).
    [[nodiscard]] const std::string& arg(std::size_t i) const noexcept;
    [[nodiscard]] FieldType type(std::size_t i) const noexcept { return i < types.size() ? types[i] : FieldType::None; }
    friend bool operator==(const FilterMessage&, const FilterMessage&) = default;
};

/// The message in English, as tcplens-cli prints it.
[[nodiscard]] std::string englishText(const FilterMessage& message);
/// "A or B", "A, B or C": the names of a "did you mean".
[[nodiscard]] std::string englishAlternatives(const std::vector<std::string>& names, std::size_t first = 0);

} // namespace tcplens
