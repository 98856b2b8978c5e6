#include "ZeekHistory.h"

#include <cctype>

namespace tcplens {
namespace {

/// Zeek records c, g, t and w logarithmically: at the 1st, 10th, 100th... occurrence.
bool isLogarithmicMark(std::uint32_t count)
{
    for (std::uint32_t mark = 1; mark <= count; mark *= 10)
        if (mark == count)
            return true;
    return false;
}

} // namespace

void updateZeekHistory(Conversation& c, ConversationState& state, Direction direction, const TcpInfo& tcp,
                       bool badChecksum, std::uint32_t analysisFlags)
{
    auto& side = c.side(direction);
    auto& peer = c.side(opposite(direction));
    auto& marks = state.sides[static_cast<std::size_t>(direction)];
    const bool client = direction == Direction::ClientToServer;
    if (c.history.empty() && c.roleFlipped)
        c.history.push_back('^');
    const auto mark = [&](char letter) {
        c.history.push_back(client ? static_cast<char>(std::toupper(static_cast<unsigned char>(letter))) : letter);
    };

    const bool syn = tcp.has(tcpflag::Syn);
    const bool ack = tcp.has(tcpflag::Ack);
    const bool fin = tcp.has(tcpflag::Fin);
    const bool rst = tcp.has(tcpflag::Rst);
    // Zeek's update_history(): several of SYN/FIN/RST give only I (FIN+RST) or Q; one of them
    // gives s/h, f or r; none gives d for payload, else a for an ACK.
    const int controlBits = int{syn} + int{fin} + int{rst};
    if (controlBits > 1) {
        if (fin && rst && !syn) {
            if (!marks.historyInconsistent) {
                marks.historyInconsistent = true;
                mark('i');
            }
        } else if (!marks.historyMultiFlag) {
            marks.historyMultiFlag = true;
            mark('q');
        }
    } else if (syn) {
        auto& last = ack ? marks.lastSynAckSeq : marks.lastSynSeq;
        if (last != tcp.seq)
            mark(ack ? 'h' : 's');
        last = tcp.seq;
    } else if (fin) {
        const std::int64_t finSeq = static_cast<std::uint32_t>(tcp.seq + tcp.payloadLength);
        if (marks.lastFinSeq != finSeq)
            mark('f');
    } else if (rst) {
        if (marks.lastRstSeq != tcp.seq)
            mark('r');
        marks.lastRstSeq = tcp.seq;
    } else if (tcp.payloadLength > 0) {
        if (!marks.historyData) {
            marks.historyData = true;
            mark('d');
        }
    } else if (ack && !marks.historyAck) {
        marks.historyAck = true;
        mark('a');
    }
    if (fin) // the FIN's number, which the endpoint states need whatever letters were written
        marks.lastFinSeq = static_cast<std::uint32_t>(tcp.seq + tcp.payloadLength);
    if (badChecksum && isLogarithmicMark(++marks.badChecksums))
        mark('c');
    if ((analysisFlags & analysis::LostSegment) && isLogarithmicMark(++marks.gaps))
        mark('g');
    constexpr std::uint32_t retransmitted =
        analysis::Retransmission | analysis::FastRetransmission | analysis::SpuriousRetransmission;
    if ((analysisFlags & retransmitted) && tcp.payloadLength > 0 && isLogarithmicMark(++marks.retransmissions))
        mark('t');
    if ((analysisFlags & analysis::ZeroWindow) && isLogarithmicMark(++marks.zeroWindows))
        mark('w');

    // Zeek's endpoint state machine, which conn_state is read from.
    using Z = ZeekEndpointState;
    if (rst) {
        side.zeekState = Z::Reset;
    } else if (fin) {
        if (side.zeekState != Z::Reset)
            side.zeekState = Z::Closed;
    } else if (syn && !ack) {
        if (side.zeekState == Z::Inactive)
            side.zeekState = Z::SynSent;
    } else if (syn) {
        if (side.zeekState == Z::Inactive || side.zeekState == Z::SynSent)
            side.zeekState = Z::SynAckSent;
    } else {
        if (side.zeekState == Z::SynSent || side.zeekState == Z::SynAckSent)
            side.zeekState = Z::Established;
        else if (side.zeekState == Z::Inactive)
            side.zeekState = Z::Partial;
        if (ack && peer.zeekState == Z::SynAckSent)
            peer.zeekState = Z::Established;
    }
}

} // namespace tcplens
