#include "PacketContextReader.h"

#include "../decode/PacketDecoder.h"

namespace tcplens {

PacketContextReader::PacketContextReader(bool fullAnalysis, bool spansAlways) : spansAlways_(spansAlways)
{
    // The stored records lack RTTs and completeness: a filter reading them gets the tracker's own
    // result for every frame, as tcplens-cli computes it.
    if (fullAnalysis)
        tracker_.emplace();
}

void PacketContextReader::readFast(PacketNumber n, Bytes bytes, const PacketStore& store, const PacketAnalysisStore& analyses)
{
    const auto& index = store.index();
    const auto frameNumber = static_cast<std::uint32_t>(n + 1);
    timestamp_ = index.timestampNs(n);
    const auto wire = index.wireLength(n);
    if (spansAlways_)
        spans_.clear();
    frame_ = decoder_.decode(frameNumber, timestamp_, bytes, wire, store.linkType(n), spansAlways_ ? &spans_ : nullptr);
    const PacketAnalysisRecord* record = &analyses[n];
    if (tracker_) {
        analysis_ = tracker_->add(frameNumber, timestamp_, wire, frame_.packet);
        tracked_ = compactAnalysis(analysis_, frame_.packet);
        record = &tracked_;
    }
    context_ = FilterContext{};
    context_.packet = &frame_.packet;
    context_.bytes = frame_.bytes;
    context_.frameLength = static_cast<std::uint32_t>(bytes.size());
    context_.frameNumber = frameNumber;
    context_.record = record;
    context_.analysis = tracker_ ? &analysis_ : nullptr;
    context_.spans = spansAlways_ ? &spans_ : nullptr;
    clock_.advance(context_, timestamp_, record->stream);
}

void PacketContextReader::readSpans(Bytes bytes, std::uint32_t wireLength, int linkType)
{
    // Tunnels and ICMP quotes repeat headers the fast decode keeps once.
    frameSpans_.clear();
    (void)decodePacket(bytes, wireLength, linkType, &frameSpans_);
    context_.spans = &frameSpans_;
}

} // namespace tcplens
