#pragma once
// TCP option kinds and the decoded summary of a segment's options.

#include <array>
#include <cstdint>
#include <string_view>

namespace tcplens {

namespace tcpopt {
inline constexpr std::uint8_t Eol = 0;
inline constexpr std::uint8_t Nop = 1;
inline constexpr std::uint8_t Mss = 2;
inline constexpr std::uint8_t WindowScale = 3;
inline constexpr std::uint8_t SackPermitted = 4;
inline constexpr std::uint8_t Sack = 5;
inline constexpr std::uint8_t Timestamps = 8;
inline constexpr std::uint8_t Mptcp = 30;
inline constexpr std::uint8_t FastOpen = 34;
} // namespace tcpopt

/// Wireshark's name of an option kind ("Maximum segment size"), or "Unknown".
[[nodiscard]] std::string_view tcpOptionName(std::uint8_t kind) noexcept;
/// Short machine name used in JSON ("mss", "wscale", "sackOK", ...).
[[nodiscard]] std::string_view tcpOptionShortName(std::uint8_t kind) noexcept;

/// Where one option sits in the frame; values are re-read from the bytes when needed.
struct TcpOptionRef {
    std::uint8_t kind = 0;
    std::uint8_t length = 0;  ///< 1 for EOL/NOP, else the length byte.
    std::uint16_t offset = 0; ///< From the start of the frame.
    bool wellFormed = false;  ///< Set when the length suits the kind (false by default: cheap to zero).
};

struct SackBlock {
    std::uint32_t left = 0;
    std::uint32_t right = 0;
};

struct TcpOptions {
    static constexpr std::size_t kMaxOptions = 40; // 40 option bytes, at least one byte each

    std::array<TcpOptionRef, kMaxOptions> items{};
    std::uint8_t count = 0;

    std::uint16_t mss = 0;
    bool hasMss = false;
    std::uint8_t windowScale = 0;
    bool hasWindowScale = false;
    bool sackPermitted = false;
    bool hasTimestamps = false;
    std::uint32_t tsval = 0;
    std::uint32_t tsecr = 0;
    std::array<SackBlock, 4> sack{};
    std::uint8_t sackCount = 0;
    bool hasFastOpen = false;
    bool hasMptcp = false;
};

} // namespace tcplens
