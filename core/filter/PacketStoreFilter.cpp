#include "PacketStoreFilter.h"

#include "../capture/BpfFilter.h"
#include "../capture/PacketAnalysisStore.h"

namespace tcplens {

FrameMaskScan::FrameMaskScan(std::shared_ptr<const DisplayFilter> filter) : display_(std::move(filter))
{
    reader_.emplace(display_->usesFullAnalysis(), display_->needsSpansAlways());
}

FrameMaskScan::FrameMaskScan(std::shared_ptr<const BpfFilter> filter) : bpf_(std::move(filter)) {}

void FrameMaskScan::scan(PacketNumber n, Bytes bytes, const PacketStore& store, const PacketAnalysisStore& analyses)
{
    bool shows = false;
    if (!bytes.empty()) { // not mapped: nothing to read
        if (display_) {
            const auto& context = reader_->read(n, bytes, store, analyses,
                                                [this](const DecodedPacket& packet) { return display_->needsSpans(packet); });
            shows = display_->matches(context);
            if (shows)
                reader_->displayed();
        } else {
            RawPacket raw;
            raw.bytes = bytes;
            raw.capturedLength = static_cast<std::uint32_t>(bytes.size());
            raw.wireLength = store.index().wireLength(n);
            raw.linkType = store.linkType(n);
            shows = bpf_->matches(raw);
        }
    }
    shown_.push_back(shows);
    count_ += shows ? 1 : 0;
}

namespace {

PacketStoreFilterResult resultOf(FrameMaskScan& scan, bool completed)
{
    PacketStoreFilterResult result;
    result.cancelled = !completed;
    result.count = scan.count();
    result.shown = scan.shown();
    return result;
}

/// A filter owned by the caller, shared without taking it.
template <typename T>
std::shared_ptr<const T> borrowed(const T& filter)
{
    return std::shared_ptr<const T>(std::shared_ptr<const T>{}, &filter);
}

} // namespace

PacketStoreFilterResult filterPacketStore(const DisplayFilter& filter, const PacketStore& store,
                                          const PacketAnalysisStore& analyses, const std::atomic<bool>* cancel,
                                          const std::function<void(std::size_t)>& progress)
{
    FrameMaskScan scan(borrowed(filter));
    const bool completed = scan.advance(store, analyses, cancel, progress);
    return resultOf(scan, completed);
}

PacketStoreFilterResult filterPacketStore(const BpfFilter& filter, const PacketStore& store,
                                          const std::atomic<bool>* cancel,
                                          const std::function<void(std::size_t)>& progress)
{
    const PacketAnalysisStore none;
    FrameMaskScan scan(borrowed(filter));
    const bool completed = scan.advance(store, none, cancel, progress);
    return resultOf(scan, completed);
}

} // namespace tcplens
