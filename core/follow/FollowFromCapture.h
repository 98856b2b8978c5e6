#pragma once
// One pass over a capture that follows one TCP stream (tcp.stream numbering), chunk by chunk.

#include "../capture/ReadProblem.h"
#include "FollowChunk.h"

#include <cstdint>
#include <functional>
#include <string>

namespace tcplens {

class CaptureFile;

struct FollowPassResult {
    FollowPeers peers;
    std::uint64_t packets = 0;   ///< Packets of the stream seen.
    std::uint64_t bytes[2] = {0, 0}; ///< Payload bytes each node delivered in order.
    std::uint32_t streams = 0;   ///< Streams in the capture (those read before stopping).
    std::string error;           ///< The reader's error when the file was cut short; empty otherwise.
    ReadProblem problem;         ///< The same as a kind and its arguments.
};

/// Reads `file` to its end (or its first error) and hands every chunk of `stream` to `sink`
/// together with the peers known at that point.
FollowPassResult followFromCapture(CaptureFile& file, std::uint32_t stream,
                                   const std::function<void(const FollowChunk&, const FollowPeers&)>& sink);

} // namespace tcplens
