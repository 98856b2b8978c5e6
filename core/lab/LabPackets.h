#pragma once
// The TCP packets of a recorded lab capture as a check reads them: our own reader, conversation
// tracker and per-packet analysis, plus the header fields a check needs (payload, raw window).

#include "LabText.h"

#include <cstdint>
#include <string>
#include <vector>

namespace tcplens {

struct LoadedCapture;

struct LabPacket {
    std::uint32_t frame = 0;  ///< 1-based, as Wireshark numbers it.
    std::uint32_t stream = 0;
    std::int64_t timestampNs = 0;
    std::uint16_t flags = 0;  ///< tcpflag::* bits.
    bool fromClient = true;
    std::uint32_t payload = 0;
    std::uint32_t relativeAck = 0;
    std::uint16_t window = 0; ///< Raw, unscaled.
    std::uint32_t analysis = 0; ///< analysis::* bits.
    std::int32_t bytesInFlight = -1; ///< As Wireshark's tcp.analysis.bytes_in_flight; -1 none.

    [[nodiscard]] bool has(std::uint16_t flag) const noexcept { return (flags & flag) != 0; }
    [[nodiscard]] bool is(std::uint32_t analysisBit) const noexcept { return (analysis & analysisBit) != 0; }
};

/// Every TCP packet of `capture`, in capture order.
[[nodiscard]] std::vector<LabPacket> labPackets(const LoadedCapture& capture);
/// Those of stream `stream`.
[[nodiscard]] std::vector<LabPacket> streamPackets(const std::vector<LabPacket>& packets, std::uint32_t stream);
/// "frame 3", "frames 1, 2, 3"; "no frame" when empty.
[[nodiscard]] LabText framesText(const std::vector<std::uint32_t>& frames);
/// "1234 bytes".
[[nodiscard]] LabText bytesText(std::uint64_t bytes);

} // namespace tcplens
