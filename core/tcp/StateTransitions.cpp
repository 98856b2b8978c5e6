#include "StateTransitions.h"

#include "../decode/DecodedPacket.h"

namespace tcplens {

bool isStateEdge(TcpState from, TcpState to) noexcept
{
    using S = TcpState;
    if (to == S::Unknown || from == to)
        return false;
    if (from == S::Unknown || to == S::Closed) // first evidence; RST, abort, close or timeout
        return true;
    switch (from) {
    case S::Closed: return to == S::Listen || to == S::SynSent;                              // passive, active open
    case S::Listen: return to == S::SynReceived || to == S::SynSent;                         // rcv SYN; send
    case S::SynSent: return to == S::SynReceived || to == S::Established;                    // simultaneous open; rcv SYN,ACK
    case S::SynReceived: return to == S::Established || to == S::FinWait1 || to == S::Listen; // rcv ACK; close; RST (passive)
    case S::Established: return to == S::FinWait1 || to == S::CloseWait;                     // close; rcv FIN
    case S::FinWait1: return to == S::FinWait2 || to == S::Closing || to == S::TimeWait;     // rcv ACK of FIN; FIN; FIN,ACK
    case S::FinWait2: return to == S::TimeWait;                                              // rcv FIN
    case S::Closing: return to == S::TimeWait;                                               // rcv ACK of FIN
    case S::CloseWait: return to == S::LastAck;                                              // close
    case S::LastAck:                                                                          // rcv ACK of FIN: CLOSED
    case S::TimeWait: return false;                                                          // timeout: CLOSED
    case S::Unknown: break;
    }
    return false;
}

bool isLegalStateChange(TcpState from, TcpState to) noexcept
{
    if (isStateEdge(from, to))
        return true;
    const auto via = [&](TcpState middle) { return isStateEdge(from, middle) && isStateEdge(middle, to); };
    return (from != TcpState::Unknown && via(TcpState::Established))
        || (from == TcpState::Closed && to == TcpState::SynReceived)
        || (from == TcpState::Established && to == TcpState::LastAck);
}

TcpState stateAfterSending(TcpState state, std::uint16_t flags) noexcept
{
    using S = TcpState;
    if (flags & tcpflag::Rst)
        return S::Closed;
    if (flags & tcpflag::Syn) {
        if (state == S::Unknown)
            return (flags & tcpflag::Ack) ? S::SynReceived : S::SynSent;
        if (state == S::Closed)
            return (flags & tcpflag::Ack) ? state : S::SynSent;
        if (state == S::Listen)
            return (flags & tcpflag::Ack) ? S::SynReceived : S::SynSent;
        if (state == S::SynSent && (flags & tcpflag::Ack))
            return S::SynReceived; // simultaneous open
        return state;
    }
    if (flags & tcpflag::Fin) {
        if (state == S::Established || state == S::SynReceived)
            return S::FinWait1;
        if (state == S::CloseWait)
            return S::LastAck;
    }
    return state;
}

} // namespace tcplens
