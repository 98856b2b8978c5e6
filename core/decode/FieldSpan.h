#pragma once
// One decoded header field and where its bits live in the frame; the detail tree,
// hex highlight and bit diagram are all drawn from lists of these.

#include <cstdint>
#include <string>
#include <vector>

namespace tcplens {

enum class Layer : std::uint8_t { Frame, Link, Network, Transport, Payload };

struct FieldSpan {
    std::string id;              ///< Wireshark-style filter name, e.g. "tcp.flags.syn".
    std::string name;            ///< Human name, e.g. "Syn".
    std::uint32_t byteOffset = 0; ///< First byte of the field, from the start of the frame.
    std::uint32_t bitOffset = 0;  ///< First bit inside that byte, 0 = most significant.
    std::uint32_t bitWidth = 0;   ///< Width in bits; a whole header is byteLength * 8.
    std::uint64_t value = 0;      ///< Numeric value where the field has one.
    std::string text;            ///< Display text, e.g. ".... .... ..1. = Syn: Set".
    std::uint8_t depth = 0;       ///< Tree depth: 0 for a protocol header, 1 for its fields, ...
    Layer layer = Layer::Frame;

    [[nodiscard]] std::uint32_t firstByte() const noexcept { return byteOffset + bitOffset / 8; }
    /// Number of bytes the field touches.
    [[nodiscard]] std::uint32_t byteLength() const noexcept
    {
        const std::uint32_t startBit = bitOffset % 8;
        return (startBit + bitWidth + 7) / 8;
    }
};

using FieldSpans = std::vector<FieldSpan>;

/// Wireshark's bit-mask picture of a field inside its container, e.g. "000. .... ...." or
/// ".... ..1. = ": containerBits wide, the field `width` bits starting `shift` bits from the MSB.
[[nodiscard]] std::string bitMaskPicture(std::uint64_t containerValue, unsigned containerBits, unsigned shift,
                                         unsigned width);

} // namespace tcplens
