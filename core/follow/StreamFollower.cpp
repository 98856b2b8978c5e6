#include "StreamFollower.h"

#include "../tcp/ConversationTracker.h"
#include "../tcp/SeqNum.h"

#include <algorithm>
#include <cstdio>

namespace tcplens {

std::string followGapText(std::uint32_t missing)
{
    char text[64];
    const int length = std::snprintf(text, sizeof text, "[%d bytes missing in capture file]", static_cast<int>(missing));
    return std::string(text, static_cast<std::size_t>(length) + 1); // the NUL is part of Wireshark's chunk
}

bool followSegmentOf(std::uint32_t frame, std::int64_t timestampNs, const DecodedPacket& packet,
                     std::span<const std::uint8_t> frameBytes, const TcpPacketAnalysis& analysis,
                     FollowSegment& segment)
{
    const auto& tcp = packet.tcp;
    if (!tcp.complete || analysis.stream == kNoStream)
        return false;
    // Wireshark knows no segment length for a fragment it did not reassemble.
    if (packet.network.isFragment && !packet.network.reassembled)
        return false;
    // A header cut short by the capture (options included) stops Wireshark's dissection before it.
    if (std::size_t{tcp.offset} + tcp.headerLength > frameBytes.size())
        return false;
    segment.frame = frame;
    segment.timestampNs = timestampNs;
    segment.source = {packet.network.src, tcp.srcPort};
    segment.destination = {packet.network.dst, tcp.dstPort};
    segment.seq = analysis.relativeSeq;
    segment.ack = tcp.has(tcpflag::Ack) ? analysis.relativeAck : tcp.ack;
    segment.flags = tcp.flags;
    segment.segmentLength = tcp.payloadLength;
    const std::size_t start = std::min<std::size_t>(tcp.payloadOffset, frameBytes.size());
    const std::size_t captured =
        std::min<std::size_t>({tcp.payloadCaptured, tcp.payloadLength, frameBytes.size() - start});
    segment.payload = frameBytes.subspan(start, captured);
    return true;
}

std::uint64_t StreamFollower::pendingBytes() const noexcept
{
    std::uint64_t total = 0;
    for (const auto& list : pending_)
        for (const auto& piece : list)
            total += piece.data.size();
    return total;
}

void StreamFollower::deliver(int node, std::uint32_t frame, std::int64_t timestampNs, std::uint32_t payloadOffset,
                          std::span<const std::uint8_t> bytes)
{
    delivered_[node] += bytes.size();
    FollowChunk chunk;
    chunk.node = static_cast<std::uint8_t>(node);
    chunk.frame = frame;
    chunk.timestampNs = timestampNs;
    chunk.payloadOffset = payloadOffset;
    chunk.bytes = bytes;
    sink_(chunk);
}

void StreamFollower::add(const FollowSegment& segment)
{
    std::uint32_t sequence = segment.seq;
    std::uint32_t length = segment.segmentLength;
    std::size_t dataOffset = 0;
    std::size_t dataLength = segment.payload.size();
    if (segment.flags & tcpflag::Syn)
        ++sequence;

    if (!peers_.known) {
        peers_.node[0] = segment.source;
        peers_.node[1] = segment.destination;
        peers_.known = true;
    }
    const int node = segment.source == peers_.node[0] ? 0 : 1;
    const int other = 1 - node;

    // An ACK for bytes the other side sent but the capture lacks lets its waiting segments through.
    while (!pending_[other].empty() && applyPending(other, segment.ack, segment.frame, true)) {
    }

    if (written_[node] == 0 && nextSeq_[node] == 0)
        nextSeq_[node] = sequence;

    auto& next = nextSeq_[node];
    if (seq::lt(sequence, next)) {
        // Starts in bytes already seen: keep what a retransmission with more data adds.
        const std::uint32_t end = sequence + length;
        if (seq::gt(end, next)) {
            dataOffset = next - sequence;
            dataLength = dataLength <= dataOffset ? 0 : dataLength - dataOffset;
            sequence = next;
            length = end - next;
        }
    }
    if (dataLength == 0 || seq::lt(sequence, next))
        return;

    const auto bytes = segment.payload.subspan(dataOffset, dataLength);
    if (sequence == next) {
        next += length;
        written_[node] += bytes.size();
        deliver(node, segment.frame, segment.timestampNs, static_cast<std::uint32_t>(dataOffset), bytes);
        while (applyPending(node, 0, segment.frame, false)) {
        }
    } else {
        // Ahead of a hole: wait for it to fill (or for the other side to acknowledge past it).
        pending_[node].push_back(Pending{sequence, segment.frame, segment.timestampNs,
                                         static_cast<std::uint32_t>(dataOffset),
                                         std::vector<std::uint8_t>(bytes.begin(), bytes.end())});
    }
}

bool StreamFollower::applyPending(int node, std::uint32_t acknowledged, std::uint32_t frame, bool useAck)
{
    auto& list = pending_[node];
    if (list.empty())
        return false;
    auto& next = nextSeq_[node];
    std::uint32_t lowest = list.front().seq;
    for (auto it = list.begin(); it != list.end(); ++it) {
        if (seq::gt(lowest, it->seq))
            lowest = it->seq;
        const auto size = static_cast<std::uint32_t>(it->data.size());
        if (seq::lt(it->seq, next)) {
            // Partly seen already: only its end is new.
            if (seq::gt(it->seq + size, next)) {
                const std::uint32_t newPos = next - it->seq;
                if (size > newPos)
                    deliver(node, it->frame, it->timestampNs, it->payloadOffset + newPos,
                         std::span<const std::uint8_t>(it->data).subspan(newPos));
                next += size - newPos;
            }
            list.erase(it);
            return true;
        }
        if (it->seq == next) {
            if (size > 0)
                deliver(node, it->frame, it->timestampNs, it->payloadOffset, it->data);
            next += size;
            list.erase(it);
            return true;
        }
    }
    if (useAck && seq::gt(acknowledged, lowest)) {
        // The receiver had bytes the capture missed: report the hole and carry on after it.
        FollowChunk gap;
        gap.node = static_cast<std::uint8_t>(node);
        gap.frame = frame;
        gap.missing = lowest - next;
        next = lowest;
        sink_(gap);
        return true;
    }
    return false;
}

} // namespace tcplens
