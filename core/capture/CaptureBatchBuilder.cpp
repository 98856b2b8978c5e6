#include "CaptureBatchBuilder.h"

#include <algorithm>

namespace tcplens {

void CaptureBatchBuilder::add(const RawPacket& packet)
{
    const auto analyzed = analyzer_.add(packet);
    if (analyzed.record.isTcp())
        touch(analyzed.record.stream);
    if (hook_) {
        RawPacket decodedBytes = packet; // a reassembled TCP header's offsets index frame + datagram
        decodedBytes.bytes = analyzed.bytes;
        hook_(analyzer_.frames(), decodedBytes, analyzed.decoded, analyzed.analysis);
    }
    if (analyzed.datagram)
        batch_.reassembly.add(analyzer_.frames(), analyzed.datagram->fragments);
    // Corrections land in this batch's records, or travel with it for the reader's store.
    const std::uint32_t firstInBatch = analyzer_.frames() - static_cast<std::uint32_t>(batch_.analyses.size());
    for (const auto& revision : analyzed.revisions) {
        if (revision.frame >= firstInBatch)
            batch_.analyses[revision.frame - firstInBatch].revise(revision);
        else
            batch_.revisions.push_back(revision);
    }
    batch_.analyses.push_back(analyzed.record);
    auto& stored = batch_.packets.emplace_back(packet);
    stored.bytes = {}; // only valid during the call; readers use the file mapping
    if (!packet.comments.empty())
        batch_.comments.emplace_back(batch_.packets.size() - 1,
                                     std::vector<std::string>(packet.comments.begin(), packet.comments.end()));
    stored.comments = {};
}

void CaptureBatchBuilder::touch(std::uint32_t stream)
{
    if (stream >= touchedMark_.size())
        touchedMark_.resize(stream + 1, false);
    if (!touchedMark_[stream]) {
        touchedMark_[stream] = true;
        touched_.push_back(stream);
    }
}

CaptureBatch CaptureBatchBuilder::take()
{
    std::sort(touched_.begin(), touched_.end());
    const auto& conversations = analyzer_.tracker().conversations();
    batch_.conversations.reserve(touched_.size());
    for (const auto stream : touched_) {
        batch_.conversations.push_back(summarize(conversations[stream]));
        touchedMark_[stream] = false;
    }
    touched_.clear();
    CaptureBatch out = std::move(batch_);
    batch_ = CaptureBatch{};
    return out;
}

} // namespace tcplens
