#pragma once
// Zeek's conn.log view of a conversation: the history letters and the endpoint states behind conn_state.

#include "../decode/DecodedPacket.h"
#include "Conversation.h"
#include "ConversationState.h"

namespace tcplens {

/// Appends this packet's history letters (upper case for the client, Zeek's originator) and
/// moves the sender's Zeek endpoint state.
void updateZeekHistory(Conversation& conversation, ConversationState& state, Direction direction, const TcpInfo& tcp,
                       bool badChecksum, std::uint32_t analysisFlags);

} // namespace tcplens
