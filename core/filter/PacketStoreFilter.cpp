#include "PacketStoreFilter.h"

#include "FilterFrameClock.h"

#include "../capture/BpfFilter.h"
#include "../capture/PacketAnalysisStore.h"
#include "../capture/PacketStore.h"
#include "../decode/PacketDecoder.h"
#include "../decode/ReassemblingDecoder.h"
#include "../tcp/ConversationTracker.h"

#include <algorithm>
#include <optional>

namespace tcplens {
namespace {

/// Asks `shows(n, bytes)` of every mapped packet in capture order, polling `cancel` and telling
/// `progress` every few thousand packets.
template <typename Shows>
PacketStoreFilterResult walkPacketStore(const PacketStore& store, const std::atomic<bool>* cancel,
                                        const std::function<void(std::size_t)>& progress, Shows&& shows)
{
    constexpr std::size_t kPollEvery = 4096;
    PacketStoreFilterResult result;
    const std::size_t count = store.size();
    result.shown.assign(count, false);
    for (PacketNumber n = 0; n < count; ++n) {
        if (n % kPollEvery == 0 && n > 0) {
            if (cancel && cancel->load(std::memory_order_relaxed)) {
                result.cancelled = true;
                return result;
            }
            if (progress)
                progress(n);
        }
        const auto bytes = store.bytes(n);
        if (bytes.empty()) // not mapped: nothing to read
            continue;
        if (shows(n, bytes)) {
            result.shown[n] = true;
            ++result.count;
        }
    }
    if (progress)
        progress(count);
    return result;
}

} // namespace

PacketStoreFilterResult filterPacketStore(const DisplayFilter& filter, const PacketStore& store,
                                          const PacketAnalysisStore& analyses, const std::atomic<bool>* cancel,
                                          const std::function<void(std::size_t)>& progress)
{
    const auto& index = store.index();
    // Fragments are put together as the loading pass (and tshark) did: the last one carries the TCP.
    ReassemblingDecoder decoder;
    // The stored records lack RTTs and completeness: a filter reading them gets the tracker's own
    // result for every frame, as tcplens-cli computes it.
    std::optional<ConversationTracker> tracker;
    if (filter.usesFullAnalysis())
        tracker.emplace();
    FilterFrameClock clock;
    FieldSpans spans;
    FieldSpans frameSpans;
    FieldSpans* decodeSpans = filter.needsSpansAlways() ? &spans : nullptr;
    return walkPacketStore(store, cancel, progress, [&](PacketNumber n, Bytes bytes) {
        const auto frameNumber = static_cast<std::uint32_t>(n + 1);
        const auto timestamp = index.timestampNs(n);
        const auto wire = index.wireLength(n);
        const int linkType = store.linkType(n);
        spans.clear();
        const auto frame = decoder.decode(frameNumber, timestamp, bytes, wire, linkType, decodeSpans);
        TcpPacketAnalysis analysis;
        PacketAnalysisRecord tracked;
        const PacketAnalysisRecord* record = &analyses[n];
        if (tracker) {
            analysis = tracker->add(frameNumber, timestamp, wire, frame.packet);
            tracked = compactAnalysis(analysis, frame.packet);
            record = &tracked;
        }
        FilterContext context;
        context.packet = &frame.packet;
        context.bytes = frame.bytes;
        context.frameLength = static_cast<std::uint32_t>(bytes.size());
        context.frameNumber = frameNumber;
        context.record = record;
        context.analysis = tracker ? &analysis : nullptr;
        clock.advance(context, timestamp, record->stream);
        if (decodeSpans) {
            context.spans = &spans;
        } else if (filter.needsSpans(frame.packet)) {
            // Tunnels and ICMP quotes repeat headers the fast decode keeps once.
            frameSpans.clear();
            (void)decodePacket(bytes, wire, linkType, &frameSpans);
            context.spans = &frameSpans;
        }
        if (!filter.matches(context))
            return false;
        clock.displayed(timestamp);
        return true;
    });
}

PacketStoreFilterResult filterPacketStore(const BpfFilter& filter, const PacketStore& store,
                                          const std::atomic<bool>* cancel,
                                          const std::function<void(std::size_t)>& progress)
{
    const auto& index = store.index();
    return walkPacketStore(store, cancel, progress, [&](PacketNumber n, Bytes bytes) {
        RawPacket raw;
        raw.bytes = bytes;
        raw.capturedLength = static_cast<std::uint32_t>(bytes.size());
        raw.wireLength = index.wireLength(n);
        raw.linkType = store.linkType(n);
        return filter.matches(raw);
    });
}

} // namespace tcplens
