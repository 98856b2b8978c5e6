#pragma once
// Reassembles the payload of one TCP conversation as Wireshark 4.0's Follow TCP Stream does
// (packet-tcp.c follow_tcp_tap_listener): each side's bytes in sequence order, retransmitted and
// overlapping bytes once, out-of-order segments held until the hole before them fills, and a gap
// reported when the other side acknowledges bytes the capture never had. Chunks go to a sink as
// soon as they are in order, so memory holds only the segments waiting for a hole.

#include "FollowChunk.h"

#include "../decode/DecodedPacket.h"
#include "../tcp/TcpAnalysis.h"

#include <cstdint>
#include <functional>
#include <list>
#include <span>
#include <vector>

namespace tcplens {

/// What the follower needs of one TCP segment of the stream.
struct FollowSegment {
    std::uint32_t frame = 0;
    std::int64_t timestampNs = 0;
    Endpoint source;
    Endpoint destination;
    std::uint32_t seq = 0;           ///< Relative, as Wireshark's tcp.seq.
    std::uint32_t ack = 0;           ///< Relative when the ACK flag is set, else the raw field (as Wireshark).
    std::uint16_t flags = 0;
    std::uint32_t segmentLength = 0; ///< Payload length the IP header announces (tcp.len).
    std::span<const std::uint8_t> payload; ///< The payload bytes captured (may be fewer).
};

/// The segment of a decoded packet of the stream, or false when Wireshark would not follow it
/// (an IP fragment left unreassembled, a header without a known segment length).
[[nodiscard]] bool followSegmentOf(std::uint32_t frame, std::int64_t timestampNs, const DecodedPacket& packet,
                                   std::span<const std::uint8_t> frameBytes, const TcpPacketAnalysis& analysis,
                                   FollowSegment& segment);

class StreamFollower {
public:
    using Sink = std::function<void(const FollowChunk&)>;

    explicit StreamFollower(Sink sink) : sink_(std::move(sink)) {}

    /// Feeds the next segment of the stream, in capture order.
    void add(const FollowSegment& segment);

    [[nodiscard]] const FollowPeers& peers() const noexcept { return peers_; }
    /// Bytes each node has delivered in order so far (gaps' stand-in text excluded).
    [[nodiscard]] std::uint64_t bytes(int node) const noexcept { return delivered_[node]; }
    /// Out-of-order bytes still waiting for a hole to fill, per node.
    [[nodiscard]] std::uint64_t pendingBytes() const noexcept;

private:
    struct Pending {
        std::uint32_t seq = 0;
        std::uint32_t frame = 0;
        std::int64_t timestampNs = 0;
        std::uint32_t payloadOffset = 0;
        std::vector<std::uint8_t> data;
    };

    bool applyPending(int node, std::uint32_t acknowledged, std::uint32_t frame, bool useAck);
    void deliver(int node, std::uint32_t frame, std::int64_t timestampNs, std::uint32_t payloadOffset,
              std::span<const std::uint8_t> bytes);

    Sink sink_;
    FollowPeers peers_;
    std::uint32_t nextSeq_[2] = {0, 0};
    std::uint64_t written_[2] = {0, 0};   ///< Wireshark's bytes_written: in-order bytes taken directly.
    std::uint64_t delivered_[2] = {0, 0};
    std::list<Pending> pending_[2];       ///< In arrival order, as Wireshark scans them.
};

} // namespace tcplens
