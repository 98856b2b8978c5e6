#pragma once
// One piece of a followed TCP stream: bytes one side sent, new to the stream, in the order
// Wireshark's Follow TCP Stream shows them, or a gap the capture missed.

#include "../tcp/ConversationKey.h"

#include <cstdint>
#include <span>
#include <string>

namespace tcplens {

struct FollowChunk {
    std::uint8_t node = 0;           ///< 0: the side that sent the stream's first packet (tshark's Node 0), 1: the other.
    std::uint32_t frame = 0;         ///< 1-based frame the bytes came in (for a gap: the frame whose ACK revealed it).
    std::int64_t timestampNs = 0;    ///< That frame's time; 0 for a gap, as tshark has it.
    std::uint32_t payloadOffset = 0; ///< Where the bytes start in that frame's TCP payload.
    std::uint32_t missing = 0;       ///< A gap: this many bytes the receiver acknowledged never reached the capture.
    std::span<const std::uint8_t> bytes; ///< The new bytes; empty for a gap. Valid during the sink call only.

    [[nodiscard]] bool isGap() const noexcept { return missing > 0; }
};

/// Wireshark's stand-in for a gap, "[N bytes missing in capture file]" with its terminating NUL,
/// which tshark's output carries as a byte of the chunk.
[[nodiscard]] std::string followGapText(std::uint32_t missing);

/// The two sides of a followed stream as tshark names them: node 0 sent the first packet.
struct FollowPeers {
    Endpoint node[2];
    bool known = false; ///< False until the stream's first packet (tshark then prints ":0").
};

} // namespace tcplens
