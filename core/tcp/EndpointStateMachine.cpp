#include "EndpointStateMachine.h"

#include "../decode/DecodedPacket.h"
#include "SeqNum.h"

namespace tcplens {
namespace {

/// Whether `ack` covers the FIN the other side sent as `finSeq` (-1: none).
bool acksFin(std::int64_t finSeq, std::uint32_t ack)
{
    return finSeq >= 0 && seq::gt(ack, static_cast<std::uint32_t>(finSeq));
}

bool isSynchronized(TcpState state)
{
    return state == TcpState::Established || state == TcpState::FinWait1 || state == TcpState::FinWait2
        || state == TcpState::CloseWait || state == TcpState::Closing || state == TcpState::LastAck
        || state == TcpState::TimeWait;
}

} // namespace

TcpState stateAfterPeerFin(TcpState state) noexcept
{
    switch (state) {
    case TcpState::Established:
    case TcpState::SynReceived: return TcpState::CloseWait;
    case TcpState::FinWait1: return TcpState::Closing;
    case TcpState::FinWait2: return TcpState::TimeWait;
    default: return state;
    }
}

void advanceStates(ConversationSide& sender, ConversationSide& receiver, std::int64_t receiverFinSeq,
                   const SegmentView& s)
{
    const bool syn = s.flags & tcpflag::Syn;
    const bool ack = s.flags & tcpflag::Ack;
    const bool fin = s.flags & tcpflag::Fin;
    const bool rst = s.flags & tcpflag::Rst;

    // A midstream capture starts with both sides synchronized.
    if (sender.state == TcpState::Unknown && receiver.state == TcpState::Unknown && !syn) {
        sender.state = TcpState::Established;
        receiver.state = TcpState::Established;
    }

    if (rst) {
        sender.state = TcpState::Closed;
        receiver.state = TcpState::Closed;
        return;
    }

    if (syn && !ack) {
        sender.state = TcpState::SynSent;
        if (receiver.state == TcpState::SynSent)
            receiver.state = TcpState::SynReceived; // simultaneous open
        else if (!isSynchronized(receiver.state))
            receiver.state = TcpState::SynReceived; // a listener took the SYN
        return;
    }
    if (syn && ack) {
        if (sender.state == TcpState::Unknown || sender.state == TcpState::Closed
            || sender.state == TcpState::Listen)
            sender.state = TcpState::SynReceived;
        if (receiver.state == TcpState::SynSent || receiver.state == TcpState::Unknown
            || receiver.state == TcpState::SynReceived)
            receiver.state = TcpState::Established;
        return;
    }

    // The receiver learns what this segment acknowledges.
    if (ack) {
        if (receiver.state == TcpState::SynReceived)
            receiver.state = TcpState::Established;
        if (acksFin(receiverFinSeq, s.ack)) {
            if (receiver.state == TcpState::FinWait1)
                receiver.state = TcpState::FinWait2;
            else if (receiver.state == TcpState::Closing)
                receiver.state = TcpState::TimeWait;
            else if (receiver.state == TcpState::LastAck)
                receiver.state = TcpState::Closed;
        }
    }
    if (sender.state == TcpState::SynReceived && ack)
        sender.state = TcpState::Established;
    // A sender that acknowledges the receiver's FIN has it, even when a withdrawn receipt left it
    // waiting (a FIN still on its way when the sender's own FIN crossed it).
    if (ack && acksFin(receiverFinSeq, s.ack)) {
        if (sender.state == TcpState::Established)
            sender.state = TcpState::CloseWait;
        else if (sender.state == TcpState::FinWait1)
            sender.state = TcpState::Closing;
        else if (sender.state == TcpState::FinWait2)
            sender.state = TcpState::TimeWait;
    }

    if (fin) {
        // The sender closes its half.
        if (sender.state == TcpState::Established || sender.state == TcpState::SynReceived
            || sender.state == TcpState::Unknown) {
            sender.state = TcpState::FinWait1;
        } else if (sender.state == TcpState::CloseWait) {
            // A FIN that does not acknowledge the peer's FIN was sent before that FIN arrived:
            // both sides are closing at once.
            sender.state = acksFin(receiverFinSeq, s.ack) ? TcpState::LastAck : TcpState::Closing;
        }
        // The receiver gets the FIN.
        switch (receiver.state) {
        case TcpState::Established:
        case TcpState::SynReceived:
        case TcpState::Unknown:
            receiver.state = TcpState::CloseWait;
            break;
        case TcpState::FinWait1:
            receiver.state = acksFin(receiverFinSeq, s.ack) ? TcpState::TimeWait : TcpState::Closing;
            break;
        case TcpState::FinWait2:
            receiver.state = TcpState::TimeWait;
            break;
        default:
            break;
        }
        if (sender.state == TcpState::Closing && receiver.state == TcpState::CloseWait)
            receiver.state = TcpState::Closing;
    }
}

} // namespace tcplens
