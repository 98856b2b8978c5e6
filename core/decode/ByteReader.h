#pragma once
// Bounds-checked big-endian loads over captured bytes; no read ever leaves the span.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>

namespace tcplens {

using Bytes = std::span<const std::uint8_t>;

/// True when [offset, offset + length) lies inside the captured bytes.
[[nodiscard]] constexpr bool fits(Bytes bytes, std::size_t offset, std::size_t length) noexcept
{
    return offset <= bytes.size() && length <= bytes.size() - offset;
}

[[nodiscard]] constexpr std::optional<std::uint8_t> loadU8(Bytes bytes, std::size_t offset) noexcept
{
    if (!fits(bytes, offset, 1))
        return std::nullopt;
    return bytes[offset];
}

[[nodiscard]] constexpr std::optional<std::uint16_t> loadBe16(Bytes bytes, std::size_t offset) noexcept
{
    if (!fits(bytes, offset, 2))
        return std::nullopt;
    return static_cast<std::uint16_t>((bytes[offset] << 8) | bytes[offset + 1]);
}

[[nodiscard]] constexpr std::optional<std::uint32_t> loadBe32(Bytes bytes, std::size_t offset) noexcept
{
    if (!fits(bytes, offset, 4))
        return std::nullopt;
    return (std::uint32_t{bytes[offset]} << 24) | (std::uint32_t{bytes[offset + 1]} << 16)
         | (std::uint32_t{bytes[offset + 2]} << 8) | std::uint32_t{bytes[offset + 3]};
}

/// Unchecked little-endian loads for callers that already proved the range.
[[nodiscard]] constexpr std::uint16_t le16(const std::uint8_t* p) noexcept
{
    return static_cast<std::uint16_t>((p[1] << 8) | p[0]);
}

[[nodiscard]] constexpr std::uint32_t le32(const std::uint8_t* p) noexcept
{
    return (std::uint32_t{p[3]} << 24) | (std::uint32_t{p[2]} << 16) | (std::uint32_t{p[1]} << 8) | std::uint32_t{p[0]};
}

[[nodiscard]] constexpr std::optional<std::uint32_t> loadLe32(Bytes bytes, std::size_t offset) noexcept
{
    if (!fits(bytes, offset, 4))
        return std::nullopt;
    return le32(bytes.data() + offset);
}

/// Unchecked big-endian loads for callers that already proved the range with fits().
[[nodiscard]] constexpr std::uint16_t be16(const std::uint8_t* p) noexcept
{
    return static_cast<std::uint16_t>((p[0] << 8) | p[1]);
}

[[nodiscard]] constexpr std::uint32_t be32(const std::uint8_t* p) noexcept
{
    return (std::uint32_t{p[0]} << 24) | (std::uint32_t{p[1]} << 16) | (std::uint32_t{p[2]} << 8) | std::uint32_t{p[3]};
}

/// Unchecked loads in a file's byte order (pcap and pcapng headers come in either).
[[nodiscard]] constexpr std::uint16_t u16InOrder(const std::uint8_t* p, bool bigEndian) noexcept
{
    return bigEndian ? be16(p) : le16(p);
}

[[nodiscard]] constexpr std::uint32_t u32InOrder(const std::uint8_t* p, bool bigEndian) noexcept
{
    return bigEndian ? be32(p) : le32(p);
}

} // namespace tcplens
