#pragma once
// How a long export tells how far it got and learns it must stop (File › Export on a worker
// thread): one question asked as it goes through the packets.

#include <cstdint>
#include <functional>

namespace tcplens {

/// An export returns this when its ExportControl said stop: it left no file behind.
inline constexpr std::int64_t kExportCancelled = -3;

struct ExportControl {
    /// Asked with the number of packets gone through so far (every packet, or every few); false
    /// stops the export, which then leaves no file behind. Unset: always go on.
    std::function<bool(std::uint64_t packetsDone)> keepGoing;

    [[nodiscard]] bool goOn(std::uint64_t packetsDone) const { return !keepGoing || keepGoing(packetsDone); }
};

} // namespace tcplens
