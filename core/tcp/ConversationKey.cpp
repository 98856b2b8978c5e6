#include "ConversationKey.h"

namespace tcplens {

std::optional<ConversationKey> ConversationKey::of(const DecodedPacket& packet, bool* reversed)
{
    if (!packet.tcp.present)
        return std::nullopt;
    const Endpoint src{packet.network.src, packet.tcp.srcPort};
    const Endpoint dst{packet.network.dst, packet.tcp.dstPort};
    if (reversed)
        *reversed = dst < src;
    return of(src, dst);
}

std::size_t ConversationKeyHash::operator()(const ConversationKey& key) const noexcept
{
    std::size_t hash = hashOf(key.low.address);
    hash = hash * 31 + key.low.port;
    hash = (hash ^ hashOf(key.high.address)) * 1099511628211ULL;
    return hash * 31 + key.high.port;
}

} // namespace tcplens
