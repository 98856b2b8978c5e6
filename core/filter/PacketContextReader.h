#pragma once
// Reads the packets of a loaded capture, in capture order, as a display filter sees them in
// tcplens-cli packets -Y: the reassembled (tshark) view of each frame, the frame clock, the
// stored analysis record, and the conversation tracker run again when the filter reads what the
// records leave out (ack_rtt, initial_rtt, acks_frame, completeness).

#include "FilterContext.h"
#include "FilterFrameClock.h"

#include "../capture/PacketAnalysisStore.h"
#include "../capture/PacketStore.h"
#include "../decode/ReassemblingDecoder.h"
#include "../tcp/ConversationTracker.h"

#include <optional>

namespace tcplens {

class PacketContextReader {
public:
    /// `fullAnalysis`: run the tracker for the full analysis; `spansAlways`: decode every packet's spans.
    PacketContextReader(bool fullAnalysis, bool spansAlways);

    /// The context of packet `n` (the next in capture order; `bytes` non-empty), valid until the
    /// next call. `needsSpans(decoded)` says whether this packet also needs its detail spans.
    template <typename NeedsSpans>
    const FilterContext& read(PacketNumber n, Bytes bytes, const PacketStore& store, const PacketAnalysisStore& analyses,
                              NeedsSpans&& needsSpans)
    {
        readFast(n, bytes, store, analyses);
        if (!context_.spans && needsSpans(*context_.packet))
            readSpans(bytes, store.index().wireLength(n), store.linkType(n));
        return context_;
    }
    /// The packet last read was displayed: frame.time_delta_displayed counts from it.
    void displayed() noexcept { clock_.displayed(timestamp_); }

private:
    void readFast(PacketNumber n, Bytes bytes, const PacketStore& store, const PacketAnalysisStore& analyses);
    void readSpans(Bytes bytes, std::uint32_t wireLength, int linkType);

    // Fragments are put together as the loading pass (and tshark) did: the last one carries the TCP.
    ReassemblingDecoder decoder_;
    std::optional<ConversationTracker> tracker_;
    bool spansAlways_;
    FilterFrameClock clock_;
    FieldSpans spans_;
    FieldSpans frameSpans_;
    DecodedFrame frame_;
    TcpPacketAnalysis analysis_;
    PacketAnalysisRecord tracked_;
    FilterContext context_;
    std::int64_t timestamp_ = 0;
};

} // namespace tcplens
