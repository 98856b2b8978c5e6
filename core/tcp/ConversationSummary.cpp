#include "ConversationSummary.h"

namespace tcplens {
namespace {

ConversationSideSummary summarizeSide(const ConversationSide& side)
{
    return ConversationSideSummary{side.endpoint, side.packets, side.frameBytes, side.payloadBytes, side.state};
}

} // namespace

ConversationSummary summarize(const Conversation& c)
{
    ConversationSummary s;
    s.stream = c.stream;
    s.client = summarizeSide(c.client());
    s.server = summarizeSide(c.server());
    s.clientKnown = c.clientKnown;
    s.firstNs = c.firstNs;
    s.lastNs = c.lastNs;
    s.firstFrame = c.firstFrame;
    s.lastFrame = c.lastFrame;
    s.initialRttNs = c.initialRttNs;
    s.retransmissions = c.retransmissions;
    s.retransmissionRate = c.retransmissionRate();
    s.zeroWindowEvents = c.zeroWindowEvents;
    s.completeness = c.completeness;
    s.connState = c.connState();
    s.history = c.history.str();
    return s;
}

} // namespace tcplens
