#pragma once
// The "[SEQ/ACK analysis]" part of the detail tree: the conversation analysis of one packet as
// generated (zero-width) field spans, in Wireshark's words.

#include "../capture/PacketAnalysisStore.h"
#include "../decode/FieldSpan.h"

namespace tcplens {

/// Inserts the analysis spans after the TCP header's spans (before the payload) of `spans`.
void insertAnalysisSpans(FieldSpans& spans, const PacketAnalysisRecord& record);

} // namespace tcplens
