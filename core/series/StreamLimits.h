#pragma once
// The limiting-factor trackers of every stream of a capture, fed in the single pass that reads
// it (the GUI's load, tcplens-cli conversations --json), and their dominant factors for a table.

#include "../decode/DecodedPacket.h"
#include "../tcp/TcpAnalysis.h"
#include "LimitTracker.h"

#include <array>
#include <cstdint>
#include <memory>
#include <vector>

namespace tcplens {

/// The dominant factor of one direction, for a table cell.
struct DirectionLimit {
    bool known = false;                        ///< False: the direction had no transfer time.
    LimitFactor dominant = LimitFactor::Unknown;
    double share = 0;                          ///< Of the transfer time, 0..1.
};

/// Both directions of a stream (index: Direction's index()).
using StreamLimitSummary = std::array<DirectionLimit, 2>;

class StreamLimits {
public:
    /// Feeds one packet (non-TCP packets and incomplete headers are ignored). Inline: the loader
    /// calls it for every packet.
    void add(std::int64_t timestampNs, const DecodedPacket& decoded, const TcpPacketAnalysis& analysis)
    {
        if (!decoded.tcp.complete)
            return;
        const std::size_t chunk = analysis.stream >> kChunkBits;
        Chunk* trackers = chunk < chunks_.size() ? chunks_[chunk].get() : nullptr;
        if (trackers == nullptr)
            trackers = &newChunk(chunk);
        if (analysis.stream >= streams_)
            streams_ = std::size_t{analysis.stream} + 1;
        (*trackers)[analysis.stream & (kChunk - 1)].add(timestampNs, decoded.tcp, analysis);
    }

    /// The tracker of `stream`; an empty one for a stream never seen.
    [[nodiscard]] const LimitTracker& tracker(std::uint32_t stream) const noexcept;
    [[nodiscard]] std::size_t streams() const noexcept { return streams_; }
    /// The dominant factor and its share per stream and direction (index = stream).
    [[nodiscard]] std::vector<StreamLimitSummary> summaries() const;

private:
    // Trackers live in fixed chunks: a growing vector would move every tracker each time it
    // doubled (58,000 of them, 27 MB, on the benchmark's 2M-packet file).
    static constexpr std::size_t kChunkBits = 8;
    static constexpr std::size_t kChunk = std::size_t{1} << kChunkBits;
    using Chunk = std::array<LimitTracker, kChunk>;

    [[nodiscard]] const LimitTracker* find(std::uint32_t stream) const noexcept;
    Chunk& newChunk(std::size_t chunk);

    std::vector<std::unique_ptr<Chunk>> chunks_;
    std::size_t streams_ = 0; ///< Highest stream seen + 1.
};

} // namespace tcplens
