#pragma once
// One captured frame as it comes off a file or interface, viewing bytes it does not own.

#include "../decode/ByteReader.h"

#include <cstdint>
#include <limits>
#include <span>
#include <string>

namespace tcplens {

inline constexpr std::uint64_t kNoOffset = std::numeric_limits<std::uint64_t>::max();
/// RawPacket::linkType when the packet has no link type of its own: the capture's applies.
inline constexpr int kCaptureLinkType = -1;

enum class ReadStatus { Packet, End, Error };

struct RawPacket {
    std::int64_t timestampNs = 0;    ///< Nanoseconds since the Unix epoch.
    std::uint32_t capturedLength = 0;
    std::uint32_t wireLength = 0;
    Bytes bytes;                     ///< The captured bytes (capturedLength of them).
    std::uint64_t dataOffset = kNoOffset; ///< Where the bytes start in the file, if known.
    std::uint32_t interfaceId = 0;   ///< The capture interface (pcapng: numbered across sections).
    int linkType = kCaptureLinkType; ///< LINKTYPE_* of that interface.
    std::span<const std::string> comments; ///< Packet comments (pcapng opt_comment); valid like `bytes`.
};

} // namespace tcplens
