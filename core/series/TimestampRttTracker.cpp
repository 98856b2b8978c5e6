#include "TimestampRttTracker.h"

#include "../decode/Nanoseconds.h"
#include "../tcp/SeqNum.h"

namespace tcplens {

// TSvals wrap like sequence numbers (RFC 7323 §5.2), so they share the one serial arithmetic.

void TimestampRttTracker::sent(std::uint32_t tsval, std::int64_t timeNs)
{
    if (any_ && !seq::gt(tsval, newest_))
        return; // already recorded (or older): its first sending time is kept
    any_ = true;
    newest_ = tsval;
    pending_.push_back(Sent{tsval, timeNs});
    if (pending_.size() > kMaxPending)
        pending_.pop_front();
}

std::optional<std::int64_t> TimestampRttTracker::echoed(std::uint32_t tsecr, std::int64_t timeNs)
{
    // Echoes only move forward: TSvals older than this echo can never be matched first again.
    while (!pending_.empty() && seq::lt(pending_.front().tsval, tsecr))
        pending_.pop_front();
    if (pending_.empty() || pending_.front().tsval != tsecr)
        return std::nullopt;
    const std::int64_t rtt = nsBetween(pending_.front().timeNs, timeNs);
    pending_.pop_front();
    return rtt;
}

} // namespace tcplens
