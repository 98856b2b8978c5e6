#pragma once
// Writes a followed stream as tshark 4.0 prints `-z follow,tcp,MODE,N` (ascii, hex, raw, yaml), as
// Wireshark's C arrays, or as the payload bytes themselves, chunk by chunk as they arrive.

#include "FollowChunk.h"

#include <array>
#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>

namespace tcplens {

enum class FollowFormat : std::uint8_t {
    Ascii,  ///< tshark's ascii: length line, non-printables as '.', server side indented by a tab.
    Hex,    ///< tshark's hex dump: offset per side, 16 bytes a line.
    Raw,    ///< tshark's raw: each chunk as one line of hex digits.
    Yaml,   ///< tshark's yaml: peers, then each chunk with frame, peer, time and base64 data.
    CArray, ///< Wireshark's C arrays: char peer0_0[] = { /* Packet 4 */ ... };
    Binary, ///< The payload bytes themselves, gaps left out (Wireshark's "Save as Raw").
};

[[nodiscard]] std::optional<FollowFormat> parseFollowFormat(std::string_view name);
[[nodiscard]] const char* followFormatName(FollowFormat format) noexcept;

/// "10.0.0.1:80", "[fd00::1]:443", or ":0" for a stream without packets, as tshark writes a node.
[[nodiscard]] std::string followNodeText(const FollowPeers& peers, int node);

/// One line of tshark's hex dump (without the leading tab or newline): the offset, up to 16
/// bytes in hex and as text, a space after the eighth.
[[nodiscard]] std::string followHexLine(std::uint64_t offset, std::span<const std::uint8_t> bytes);

/// A byte as tshark's ascii mode shows it: printable ASCII, CR and LF as they are, others as '.'.
[[nodiscard]] inline char followAsciiChar(std::uint8_t byte) noexcept
{
    return (byte >= 0x20 && byte < 0x7f) || byte == '\r' || byte == '\n' ? static_cast<char>(byte) : '.';
}

class FollowWriter {
public:
    FollowWriter(std::ostream& out, FollowFormat format, std::uint32_t stream);

    /// Writes one chunk (the header first, once the peers are known).
    void chunk(const FollowChunk& chunk, const FollowPeers& peers);
    /// Writes what is left: the header of a stream without data, and the closing line.
    void finish(const FollowPeers& peers);

private:
    void header(const FollowPeers& peers);

    std::ostream& out_;
    FollowFormat format_;
    std::uint32_t stream_;
    bool headerWritten_ = false;
    std::array<std::uint64_t, 2> offset_{}; ///< Per side, for the hex dump.
    std::array<std::uint32_t, 2> count_{};  ///< Per side, for the C array names.
    std::string line_;
};

} // namespace tcplens
