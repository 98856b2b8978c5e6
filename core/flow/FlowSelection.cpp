#include "FlowSelection.h"

#include <algorithm>

namespace tcplens {

FlowSelection FlowSelection::streams(std::vector<std::uint32_t> streams)
{
    FlowSelection s;
    s.kind_ = Kind::Streams;
    std::sort(streams.begin(), streams.end());
    streams.erase(std::unique(streams.begin(), streams.end()), streams.end());
    s.streams_ = std::move(streams);
    return s;
}

FlowSelection FlowSelection::allStreams() { return FlowSelection{}; }

FlowSelection FlowSelection::matching(Predicate keep)
{
    FlowSelection s;
    s.kind_ = Kind::MatchingPackets;
    s.keep_ = std::move(keep);
    return s;
}

} // namespace tcplens
