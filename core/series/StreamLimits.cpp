#include "StreamLimits.h"

namespace tcplens {

void StreamLimits::add(std::int64_t timestampNs, const DecodedPacket& decoded, const TcpPacketAnalysis& analysis)
{
    if (!decoded.tcp.complete)
        return;
    if (analysis.stream >= trackers_.size())
        trackers_.resize(analysis.stream + 1);
    trackers_[analysis.stream].add(timestampNs, decoded.tcp, analysis);
}

const LimitTracker& StreamLimits::tracker(std::uint32_t stream) const noexcept
{
    static const LimitTracker kNone;
    return stream < trackers_.size() ? trackers_[stream] : kNone;
}

std::vector<StreamLimitSummary> StreamLimits::summaries() const
{
    std::vector<StreamLimitSummary> out(trackers_.size());
    for (std::size_t stream = 0; stream < trackers_.size(); ++stream) {
        if (trackers_[stream].empty())
            continue;
        for (const auto d : {Direction::ClientToServer, Direction::ServerToClient}) {
            const auto totals = trackers_[stream].totals(d);
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
