#pragma once
// Sequence and acknowledgement numbers exactly as tcpdump prints them without -S:
// per 4-tuple, relative to the first ACK-carrying segment seen (a SYN-ACK resets the base).

#include "../decode/DecodedPacket.h"
#include "../tcp/ConversationKey.h"

#include <unordered_map>

namespace tcplens {

class TcpdumpSequenceNumbers {
public:
    struct Numbers {
        std::uint32_t seq = 0;
        std::uint32_t ack = 0;
        std::uint32_t sackBase = 0; ///< Subtracted from SACK edges (the other side's base).
    };

    /// Numbers to print for this packet (absolute for segments without ACK and for the
    /// segment that sets the base, as tcpdump does). Call once per packet, in order.
    [[nodiscard]] Numbers next(const DecodedPacket& packet);

private:
    struct Bases {
        std::uint32_t lowToHigh = 0; // base of the seq numbers sent by the key's low endpoint
        std::uint32_t highToLow = 0;
    };
    std::unordered_map<ConversationKey, Bases, ConversationKeyHash> bases_;
};

} // namespace tcplens
