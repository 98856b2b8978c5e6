#pragma once
// One conversation inside a flow graph: its endpoints and where its arrows are.

#include "../tcp/ConversationKey.h"

#include <cstdint>

namespace tcplens {

struct FlowConversation {
    std::uint32_t stream = 0;
    Endpoint client;                 ///< The SYN sender (or the higher port when no SYN was seen).
    Endpoint server;
    bool clientKnown = true;         ///< A SYN or SYN-ACK showed who opened it.
    std::uint32_t clientLifeline = 0;
    std::uint32_t serverLifeline = 0;
    std::uint32_t firstRow = 0;      ///< Rows of the model holding this conversation's first and last arrows.
    std::uint32_t lastRow = 0;
    std::uint32_t rows = 0;          ///< Arrows of this conversation in the model.
};

} // namespace tcplens
