#pragma once
// One captured frame as it comes off a file or interface, viewing bytes it does not own.

#include "../decode/ByteReader.h"

#include <cstdint>
#include <limits>

namespace tcplens {

inline constexpr std::uint64_t kNoOffset = std::numeric_limits<std::uint64_t>::max();

struct RawPacket {
    std::int64_t timestampNs = 0;    ///< Nanoseconds since the Unix epoch.
    std::uint32_t capturedLength = 0;
    std::uint32_t wireLength = 0;
    Bytes bytes;                     ///< The captured bytes (capturedLength of them).
    std::uint64_t dataOffset = kNoOffset; ///< Where the bytes start in the file, if known.
};

} // namespace tcplens
