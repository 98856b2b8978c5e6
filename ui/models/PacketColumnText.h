#pragma once
// The short texts of the packet list columns, as pure functions of a decoded packet.

#include <decode/DecodedPacket.h>

#include <QString>

#include <cstdint>

namespace tcplens::ui {

/// Seconds since the first packet with 6 decimals, e.g. "0.000033" or "-1.250000".
[[nodiscard]] QString relativeTimeText(std::int64_t timestampNs, std::int64_t firstTimestampNs);
/// Network source address, empty when the frame has none (ARP, truncated).
[[nodiscard]] QString sourceText(const DecodedPacket& packet);
[[nodiscard]] QString destinationText(const DecodedPacket& packet);
/// The innermost protocol recognised: "TCP", "UDP", "ICMPv6", "IPv4", "ARP", ...
[[nodiscard]] QString protocolText(const DecodedPacket& packet);
/// Every problem of the frame, one per line with its severity, e.g. "Error: bad TCP checksum ...".
[[nodiscard]] QString problemsText(const DecodedPacket& packet);

} // namespace tcplens::ui
