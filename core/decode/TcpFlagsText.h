#pragma once
// The one place TCP flags become text, in the notations users know.

#include <cstdint>
#include <string>

namespace tcplens {

/// tcpdump's bracket contents: "S", "S.", "P.", "F.", "R", "none".
[[nodiscard]] std::string tcpdumpFlags(std::uint16_t flags);
/// Wireshark's flag names, low bit first: "SYN, ACK", "PSH, ACK", "<None>".
[[nodiscard]] std::string wiresharkFlagNames(std::uint16_t flags);
/// Wireshark's 12-character picture, e.g. "·······A··S·".
[[nodiscard]] std::string wiresharkFlagPicture(std::uint16_t flags);
/// Words for a diagram arrow: "SYN", "SYN-ACK", "PSH-ACK", "FIN-ACK", "RST".
[[nodiscard]] std::string flagWords(std::uint16_t flags);

} // namespace tcplens
