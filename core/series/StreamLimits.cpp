#include "StreamLimits.h"

#include <algorithm>

namespace tcplens {

void StreamLimits::add(std::int64_t timestampNs, const DecodedPacket& decoded, const TcpPacketAnalysis& analysis)
{
    if (!decoded.tcp.complete)
        return;
    const std::size_t chunk = analysis.stream >> kChunkBits;
    if (chunk >= chunks_.size())
        chunks_.resize(chunk + 1);
    if (!chunks_[chunk])
        chunks_[chunk] = std::make_unique<Chunk>();
    streams_ = std::max<std::size_t>(streams_, std::size_t{analysis.stream} + 1);
    (*chunks_[chunk])[analysis.stream & (kChunk - 1)].add(timestampNs, decoded.tcp, analysis);
}

const LimitTracker* StreamLimits::find(std::uint32_t stream) const noexcept
{
    const std::size_t chunk = stream >> kChunkBits;
    if (stream >= streams_ || chunk >= chunks_.size() || !chunks_[chunk])
        return nullptr;
    return &(*chunks_[chunk])[stream & (kChunk - 1)];
}

const LimitTracker& StreamLimits::tracker(std::uint32_t stream) const noexcept
{
    static const LimitTracker kNone;
    const LimitTracker* found = find(stream);
    return found != nullptr ? *found : kNone;
}

std::vector<StreamLimitSummary> StreamLimits::summaries() const
{
    std::vector<StreamLimitSummary> out(streams_);
    for (std::uint32_t stream = 0; stream < streams_; ++stream) {
        const LimitTracker* tracker = find(stream);
        if (tracker == nullptr || tracker->empty())
            continue;
        for (const auto d : {Direction::ClientToServer, Direction::ServerToClient}) {
            const auto totals = tracker->totals(d);
            if (totals.empty())
                continue;
            auto& cell = out[stream][static_cast<std::size_t>(index(d))];
            cell.known = true;
            cell.dominant = totals.dominant();
            cell.share = totals.share(cell.dominant);
        }
    }
    return out;
}

} // namespace tcplens
