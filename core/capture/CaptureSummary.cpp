#include "CaptureSummary.h"

#include <algorithm>

namespace tcplens {

void CaptureSummary::add(const RawPacket& packet, const DecodedPacket& decoded)
{
    if (packets_ == 0)
        first_ = last_ = packet.timestampNs;
    first_ = std::min(first_, packet.timestampNs);
    last_ = std::max(last_, packet.timestampNs);
    ++packets_;
    wireBytes_ += packet.wireLength;
    if (decoded.truncated)
        ++truncatedPackets_;
    if (decoded.tcp.present) {
        ++tcpPackets_;
        if (auto key = ConversationKey::of(decoded))
            tuples_.insert(*key);
    }
    for (const auto& problem : decoded.problems)
        ++problems_[static_cast<std::size_t>(problem.kind)];
}

} // namespace tcplens
