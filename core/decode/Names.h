#pragma once
// Names and number formats shared by the decoders and the exporters.

#include "ByteReader.h"

#include <cstdint>
#include <string>

namespace tcplens {

/// "0x1a2b".
[[nodiscard]] std::string hex16(std::uint32_t value);
/// Lower-case hex digits without separators, "0a0b".
[[nodiscard]] std::string hexBytes(Bytes bytes);
/// "02:42:ac:11:00:02".
[[nodiscard]] std::string macText(const std::uint8_t* mac, std::size_t length);
/// "IPv4 (0x0800)".
[[nodiscard]] std::string etherTypeText(std::uint16_t type);
/// "TCP", "UDP", "ICMPv6", ... or "Unknown".
[[nodiscard]] const char* ipProtocolName(std::uint8_t protocol) noexcept;

/// Short name of one encap:: bit: "GRE", "VXLAN", "MPLS", ...
[[nodiscard]] const char* encapsulationName(std::uint16_t bit) noexcept;

} // namespace tcplens
