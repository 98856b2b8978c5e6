#pragma once
// The narrator's sentences, each in English and Simplified Chinese, apart from the logic that
// picks them (FlowNarrator): a translator reads one table, a reviewer of the TCP reasoning the other.

#include "FlowNarrator.h"

#include <cstdint>

namespace tcplens::narration {

/// Every sentence the narrator can say, in each language. Placeholders: {who} the sender, {peer}
/// the receiver, {seq} {ack} absolute, {rseq} {rack} relative, {len}, {win}, {text}, {next},
/// {bytes} ("1 byte", "14 bytes"), {end} (last byte), {n} and {dupframe} (duplicate ACK), {frame}, {port}, {server}, {stream}, {flags}, {states}.
enum class Say : std::uint8_t {
    Client, Server, ClientNoun, ServerNoun,
    Syn, SynAgain, SynAck, HandshakeAck, Refused,
    Data, DataText, PureAck, FinAck, Fin, FinData, FinAlsoAcks, Rst, OtherFlags,
    States, StateChange, StateSeparator, Unknown, NotReceived, NotReceivedProven, Proves, ProvesMany, LateFin, ListSeparator, ListLast,
    KindSynAgain, KindSentAgain, KindCrossingFin, KindDupAck, KindSackedPast, KindResentAcked,
    WhatSynAck, WhatSyn, WhatFin, WhatData, WhatAck, WhatSegment,
    Retransmission, FastRetransmission, Spurious, DupAck, OutOfOrder, LostSegment, AckLostSegment,
    ZeroWindow, ZeroWindowProbe, ZeroWindowProbeAck, WindowFull, WindowUpdate, KeepAlive, KeepAliveAck,
    ReusedPorts, PreviousCopy,
    TitleHandshake, TitleData, TitleAck, TitleClose, TitleReset, TitleOther,
    Count
};

/// The sentence `what` in `language`, its placeholders unfilled.
[[nodiscard]] const char* phrase(NarrationLanguage language, Say what) noexcept;

} // namespace tcplens::narration
