#include "FilterFrameClock.h"

#include "../tcp/ConversationTracker.h"

namespace tcplens {

void FilterFrameClock::advance(FilterContext& context, std::int64_t timestampNs, std::uint32_t stream)
{
    if (!started_) {
        started_ = true;
        first_ = timestampNs;
        previous_ = timestampNs;
    }
    context.timeRelativeNs = timestampNs - first_;
    context.timeDeltaNs = timestampNs - previous_;
    context.timeDeltaDisplayedNs = anyDisplayed_ ? timestampNs - lastDisplayed_ : 0;
    previous_ = timestampNs;
    context.tcpTimeRelativeNs = -1;
    context.tcpTimeDeltaNs = -1;
    if (stream == kNoStream)
        return;
    if (stream >= streams_.size())
        streams_.resize(stream + 1U);
    auto& times = streams_[stream];
    if (!times.seen) {
        times = {timestampNs, timestampNs, true};
    }
    context.tcpTimeRelativeNs = timestampNs - times.first;
    context.tcpTimeDeltaNs = timestampNs - times.previous;
    times.previous = timestampNs;
}

} // namespace tcplens
