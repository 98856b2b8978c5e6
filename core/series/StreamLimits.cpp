#include "StreamLimits.h"

namespace tcplens {

StreamLimits::Chunk& StreamLimits::newChunk(std::size_t chunk)
{
    if (chunk >= chunks_.size())
        chunks_.resize(chunk + 1);
    if (!chunks_[chunk])
        chunks_[chunk] = std::make_unique<Chunk>();
    return *chunks_[chunk];
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
