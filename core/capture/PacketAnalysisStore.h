#pragma once
// The conversation analysis of every packet, kept compact (32 bytes a packet) so a list of
// millions of rows can show and filter seq/ack/window/flags without re-running the tracker.

#include "../decode/DecodedPacket.h"
#include "../tcp/ConversationTracker.h"
#include "../tcp/StateRevision.h"
#include "../tcp/TcpAnalysis.h"
#include "PacketIndex.h"

#include <cstdint>
#include <limits>
#include <span>
#include <vector>

namespace tcplens {

/// One packet's TcpPacketAnalysis, narrowed: what the packet list shows, filters and colours by.
struct PacketAnalysisRecord {
    static constexpr std::uint32_t kUnknownWindow = std::numeric_limits<std::uint32_t>::max();
    static constexpr std::uint16_t kFromClientBit = 0x8000; ///< In tcpFlags, above the 12 header bits.
    /// In tcpFlags: a later packet proved this one never reached its receiver (StateRevision).
    static constexpr std::uint16_t kNotReceivedBit = 0x1000;
    /// In tcpFlags of a record that is no segment: an ICMP error quoting a TCP header that tshark
    /// files in a conversation; relativeSeq, unused there, holds that stream (see quotedStream()).
    static constexpr std::uint16_t kQuotedStreamBit = 0x2000;

    std::uint32_t stream = kNoStream;
    std::uint32_t relativeSeq = 0;
    std::uint32_t relativeAck = 0;
    std::uint32_t dupAckFrame = 0;                 ///< 1-based frame of the original ACK, 0 if none.
    std::uint32_t calculatedWindow = kUnknownWindow; ///< Scaled window, saturated.
    std::int32_t bytesInFlight = -1;               ///< Saturated; -1 unknown / does not apply.
    std::uint16_t analysisFlags = 0;               ///< analysis::* bits.
    std::uint16_t dupAckNumber = 0;
    std::uint16_t tcpFlags = 0;                    ///< Header flags | kFromClientBit | kNotReceivedBit.
    std::uint16_t states = 0;                      ///< srcBefore, srcAfter, dstBefore, dstAfter: 4 bits each.

    [[nodiscard]] bool isTcp() const noexcept { return stream != kNoStream; }
    [[nodiscard]] std::uint16_t headerFlags() const noexcept { return tcpFlags & 0x0fff; }
    [[nodiscard]] bool hasHeaderFlag(std::uint16_t flag) const noexcept { return (tcpFlags & flag) != 0; }
    [[nodiscard]] bool fromClient() const noexcept { return (tcpFlags & kFromClientBit) != 0; }
    [[nodiscard]] bool notReceived() const noexcept { return (tcpFlags & kNotReceivedBit) != 0; }
    /// The stream an ICMP error's quoted TCP header is filed in (tshark's tcp.stream of that
    /// frame), kNoStream otherwise. Kept in the 32 bytes a record has: it is no segment.
    [[nodiscard]] std::uint32_t quotedStream() const noexcept
    {
        return !isTcp() && (tcpFlags & kQuotedStreamBit) ? relativeSeq : kNoStream;
    }
    [[nodiscard]] bool hasAnalysis(std::uint32_t bits) const noexcept { return (analysisFlags & bits) != 0; }
    [[nodiscard]] TcpState srcBefore() const noexcept { return stateAt(0); }
    [[nodiscard]] TcpState srcAfter() const noexcept { return stateAt(4); }
    [[nodiscard]] TcpState dstBefore() const noexcept { return stateAt(8); }
    [[nodiscard]] TcpState dstAfter() const noexcept { return stateAt(12); }
    /// Takes a later packet's correction of this one's states.
    void revise(const StateRevision& revision) noexcept;

private:
    [[nodiscard]] TcpState stateAt(int shift) const noexcept { return static_cast<TcpState>((states >> shift) & 0xf); }
};
static_assert(sizeof(PacketAnalysisRecord) == 32, "keep the per-packet record at 32 bytes");
static_assert(analysis::Count <= 16, "analysis flags must fit the record's 16 bits");

/// Narrows the tracker's result for `packet` (kNoStream analyses give an empty record).
[[nodiscard]] PacketAnalysisRecord compactAnalysis(const TcpPacketAnalysis& analysis, const DecodedPacket& packet) noexcept;

/// Every packet's record, indexed by PacketNumber, parallel to a PacketStore.
class PacketAnalysisStore {
public:
    void append(std::span<const PacketAnalysisRecord> records) { records_.insert(records_.end(), records.begin(), records.end()); }
    void clear() noexcept { records_.clear(); }
    [[nodiscard]] std::size_t size() const noexcept { return records_.size(); }
    /// The record of packet `n`; an empty (non-TCP) record past the end.
    [[nodiscard]] const PacketAnalysisRecord& operator[](PacketNumber n) const noexcept
    {
        static const PacketAnalysisRecord none{};
        return n < records_.size() ? records_[n] : none;
    }
    [[nodiscard]] std::size_t memoryBytes() const noexcept { return records_.capacity() * sizeof(PacketAnalysisRecord); }
    /// Applies a correction to the record of its frame (frame N is packet N - 1); false when the
    /// store does not hold that frame yet.
    bool revise(const StateRevision& revision) noexcept;

private:
    std::vector<PacketAnalysisRecord> records_;
};

} // namespace tcplens
