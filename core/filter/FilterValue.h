#pragma once
// One value of a display-filter field, by value and without allocation: numbers inline, addresses
// and byte strings as views into the frame (or into the evaluation's scratch buffer).

#include <cstdint>

namespace tcplens {

/// The Wireshark field types the filter language compares (FT_*), narrowed to what tcplens has.
enum class FieldType : std::uint8_t {
    None,     ///< FT_NONE: only present or absent (tcp.analysis.retransmission).
    Protocol, ///< FT_PROTOCOL: present, and its bytes can be sliced or searched (tcp, ip).
    Boolean,  ///< FT_BOOLEAN
    Unsigned, ///< FT_UINT*, FT_FRAMENUM
    Signed,   ///< FT_INT*
    Time,     ///< FT_RELATIVE_TIME, held in nanoseconds
    Ipv4,
    Ipv6,
    Ether,
    Bytes,
    String,
};

[[nodiscard]] const char* fieldTypeName(FieldType type) noexcept;
[[nodiscard]] constexpr bool isNumeric(FieldType type) noexcept
{
    return type == FieldType::Boolean || type == FieldType::Unsigned || type == FieldType::Signed
        || type == FieldType::Time;
}
/// Types whose values are byte strings: sliced with [], searched with contains/matches.
[[nodiscard]] constexpr bool isByteLike(FieldType type) noexcept
{
    return type == FieldType::Protocol || type == FieldType::Ipv4 || type == FieldType::Ipv6
        || type == FieldType::Ether || type == FieldType::Bytes || type == FieldType::String;
}

/// Trivially constructible on purpose: evaluation keeps arrays of these on the stack per test,
/// and zero-filling them for every packet would cost more than the test. Initialize with {}.
struct FilterValue {
    std::uint64_t number;      ///< Numeric types (Signed and Time as two's complement).
    const std::uint8_t* data;  ///< Byte-like types.
    std::uint32_t size;

    [[nodiscard]] static FilterValue ofNumber(std::uint64_t n) noexcept { return {n, nullptr, 0}; }
    [[nodiscard]] static FilterValue ofBytes(const std::uint8_t* p, std::uint32_t n) noexcept { return {0, p, n}; }
};

} // namespace tcplens
