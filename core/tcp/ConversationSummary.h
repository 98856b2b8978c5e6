#pragma once
// A Conversation without its per-direction tracking state: what a conversation table shows,
// cheap to copy across threads (a few hundred bytes, no heap for the usual short strings).

#include "Conversation.h"

#include <cstdint>
#include <string>

namespace tcplens {

struct ConversationSideSummary {
    Endpoint endpoint;
    std::uint64_t packets = 0;
    std::uint64_t frameBytes = 0;
    std::uint64_t payloadBytes = 0;
    TcpState state = TcpState::Unknown;
};

struct ConversationSummary {
    std::uint32_t stream = 0;
    ConversationSideSummary client;
    ConversationSideSummary server;
    bool clientKnown = false;
    std::int64_t firstNs = 0;
    std::int64_t lastNs = 0;
    std::uint32_t firstFrame = 0;
    std::uint32_t lastFrame = 0;
    std::int64_t initialRttNs = -1;
    std::uint64_t retransmissions = 0;
    double retransmissionRate = 0; ///< Percent, as Conversation::retransmissionRate().
    std::uint64_t zeroWindowEvents = 0;
    std::uint8_t completeness = 0;
    std::string connState; ///< Zeek's conn_state, e.g. "SF".
    std::string history;   ///< Zeek's history, e.g. "ShADadFf".

    [[nodiscard]] std::uint64_t packets() const noexcept { return client.packets + server.packets; }
    [[nodiscard]] std::int64_t durationNs() const noexcept { return lastNs - firstNs; }
};

/// The summary of a conversation as it stands now.
[[nodiscard]] ConversationSummary summarize(const Conversation& conversation);

} // namespace tcplens
