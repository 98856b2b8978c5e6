#pragma once
// The "[SEQ/ACK analysis]" part of the detail tree: the conversation analysis of one packet as
// generated (zero-width) field spans, in Wireshark's words.

#include "../capture/PacketAnalysisStore.h"
#include "../decode/FieldSpan.h"

#include <string>

namespace tcplens {

/// How the detail tree shows sequence and acknowledgment numbers (Wireshark's
/// tcp.relative_sequence_numbers preference).
enum class SequenceNumbering { Relative, Absolute };

/// The detail line of a packet a later one proved its receiver ("client" or "server") never got:
/// "Not received by the client (lost after the capture point, or still on its way)". Its span
/// "tcplens.not_received" has the value 1 when the client did not get the packet, 2 the server.
[[nodiscard]] std::string notReceivedText(const char* receiver);

/// Inserts the analysis spans after the TCP header's spans (before the payload) of `spans`.
/// Relative: the header line says "Seq: 0, Ack: 1" and relative Seq/Ack lines join the raw ones;
/// Absolute: the raw fields are the only numbers, named as tshark names them then.
void insertAnalysisSpans(FieldSpans& spans, const PacketAnalysisRecord& record,
                         SequenceNumbering numbering = SequenceNumbering::Relative);

} // namespace tcplens
