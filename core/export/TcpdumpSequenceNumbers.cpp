#include "TcpdumpSequenceNumbers.h"

namespace tcplens {

TcpdumpSequenceNumbers::Numbers TcpdumpSequenceNumbers::next(const DecodedPacket& packet)
{
    const auto& tcp = packet.tcp;
    Numbers numbers{tcp.seq, tcp.ack};
    if (!tcp.complete || !tcp.has(tcpflag::Ack))
        return numbers;
    bool reversed = false;
    const auto key = ConversationKey::of(packet, &reversed);
    auto found = bases_.find(*key);
    if (found == bases_.end() || tcp.has(tcpflag::Syn)) {
        Bases& bases = bases_[*key];
        // This segment's seq is its sender's base; its ack - 1 the other side's.
        (reversed ? bases.highToLow : bases.lowToHigh) = tcp.seq;
        (reversed ? bases.lowToHigh : bases.highToLow) = tcp.ack - 1;
        numbers.sackBase = tcp.ack - 1;
        return numbers;
    }
    const Bases& bases = found->second;
    numbers.seq = tcp.seq - (reversed ? bases.highToLow : bases.lowToHigh);
    numbers.ack = tcp.ack - (reversed ? bases.lowToHigh : bases.highToLow);
    numbers.sackBase = reversed ? bases.lowToHigh : bases.highToLow;
    return numbers;
}

} // namespace tcplens
