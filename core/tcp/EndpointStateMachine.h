#pragma once
// RFC 9293 states of both endpoints as a capture shows them: each packet moves its sender
// (by what it sends) and its receiver (by what it receives) at the moment it is captured.

#include "Conversation.h"

namespace tcplens {

struct SegmentView {
    std::uint16_t flags = 0;
    std::uint32_t seq = 0;
    std::uint32_t ack = 0;
    std::uint32_t length = 0;
};

/// Updates sender and receiver states for one segment. `receiverFinSeq` is the number of the
/// receiver's last FIN (-1: none yet).
void advanceStates(ConversationSide& sender, ConversationSide& receiver, std::int64_t receiverFinSeq,
                   const SegmentView& segment);

/// The state an endpoint moves to when its peer's FIN arrives in sequence (no ACK of its own FIN
/// with it): ESTABLISHED -> CLOSE_WAIT, FIN_WAIT_1 -> CLOSING, FIN_WAIT_2 -> TIME_WAIT.
[[nodiscard]] TcpState stateAfterPeerFin(TcpState state) noexcept;

} // namespace tcplens
