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

/// Updates sender and receiver states for one segment.
void advanceStates(ConversationSide& sender, ConversationSide& receiver, const SegmentView& segment);

} // namespace tcplens
