#pragma once
// The transitions an endpoint's RFC 9293 state may take, written once (RFC 9293 figure 5), so that
// the state machine, the flow graph and their tests all judge a change by the same table.

#include "TcpAnalysis.h"

namespace tcplens {

/// Whether `from -> to` is one edge of RFC 9293's state diagram (figure 5), counting
/// "any state -> CLOSED" on RST or abort. UNKNOWN (a capture that starts after the handshake, or
/// mid-handshake) may become any state: it is the first evidence, not a change; nothing returns to it.
[[nodiscard]] bool isStateEdge(TcpState from, TcpState to) noexcept;

/// Whether one captured segment may move an endpoint from `from` to `to`: an edge, or two edges
/// through ESTABLISHED when the segment completes the handshake and also carries a FIN
/// (SYN_RECEIVED -> ESTABLISHED -> CLOSE_WAIT), or through LISTEN when a SYN reaches a CLOSED
/// endpoint (its passive open is a local call no capture can see), or through CLOSE_WAIT when one
/// segment acknowledges a FIN its sender got late (out of sequence, or after a withdrawn receipt)
/// and carries its own FIN (ESTABLISHED -> CLOSE_WAIT -> LAST_ACK).
[[nodiscard]] bool isLegalStateChange(TcpState from, TcpState to) noexcept;

/// Where sending a segment with TCP header `flags` takes an endpoint in `state`, by its own action
/// alone (RFC 9293 figure 5's "snd" edges): SYN opens, FIN closes, RST aborts.
[[nodiscard]] TcpState stateAfterSending(TcpState state, std::uint16_t flags) noexcept;

} // namespace tcplens
