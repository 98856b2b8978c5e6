#include "ExpertInfo.h"

#include "../capture/StoredPacket.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace tcplens {

ExpertInfo ExpertInfo::build(const PacketStore& packets, const PacketAnalysisStore& analyses, ExpertOptions options,
                             const std::atomic<bool>* cancel)
{
    TcpExpertRules rules(options);
    std::vector<ExpertItem> items;
    const auto total = static_cast<PacketNumber>(packets.size());
    for (PacketNumber n = 0; n < total; ++n) {
        if (cancel && (n & 0xfff) == 0 && cancel->load(std::memory_order_relaxed))
            break;
        const auto& record = analyses[n];
        const auto stored = decodeStoredPacket(packets, n);
        rules.collect(n + 1, stored.bytes(), stored.packet, record, items);
    }
    return fromItems(std::move(items), total);
}

ExpertInfo ExpertInfo::fromItems(std::vector<ExpertItem> items, std::size_t frameCount)
{
    ExpertInfo info;
    info.items_ = std::move(items);
    std::stable_sort(info.items_.begin(), info.items_.end(),
                     [](const ExpertItem& a, const ExpertItem& b) { return a.frame < b.frame; });
    info.frameWorst_.assign(frameCount, 0);
    for (const auto& item : info.items_) {
        const auto severity = item.severity();
        const auto level = static_cast<std::uint8_t>(static_cast<int>(severity) + 1);
        if (item.frame >= 1 && item.frame <= frameCount)
            info.frameWorst_[item.frame - 1] = std::max(info.frameWorst_[item.frame - 1], level);
        ++info.counts_[static_cast<std::size_t>(severity)];
        if (!info.worst_ || severity > *info.worst_)
            info.worst_ = severity;
        if (item.stream == kNoStream)
            continue; // a header too broken to belong to a conversation
        if (info.streamTotals_.size() <= item.stream)
            info.streamTotals_.resize(item.stream + 1);
        auto& total = info.streamTotals_[item.stream];
        ++total.count;
        if (!total.worst || severity > *total.worst)
            total.worst = severity;
    }
    return info;
}

std::vector<ExpertEntry> ExpertInfo::entries(const ExpertSelection& selection) const
{
    std::vector<ExpertEntry> entries;
    std::map<std::tuple<int, int, std::string>, std::size_t> index;
    for (const auto& item : items_) {
        const auto severity = item.severity();
        if (severity < selection.minimum || (selection.stream && item.stream != *selection.stream))
            continue;
        auto summary = item.summary();
        const auto key = std::make_tuple(static_cast<int>(severity), static_cast<int>(expertGroup(item.kind)), summary);
        auto found = index.find(key);
        if (found == index.end()) {
            found = index.emplace(key, entries.size()).first;
            entries.push_back(ExpertEntry{severity, expertGroup(item.kind), item.kind, std::move(summary), item.value, {}});
        }
        entries[found->second].frames.push_back(item.frame);
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const ExpertEntry& a, const ExpertEntry& b) { return a.severity > b.severity; });
    return entries;
}

std::optional<ExpertSeverity> ExpertInfo::frameSeverity(std::uint32_t frame) const noexcept
{
    if (frame == 0 || frame > frameWorst_.size() || frameWorst_[frame - 1] == 0)
        return std::nullopt;
    return static_cast<ExpertSeverity>(frameWorst_[frame - 1] - 1);
}

ExpertTotal ExpertInfo::streamTotal(std::uint32_t stream) const noexcept
{
    return stream < streamTotals_.size() ? streamTotals_[stream] : ExpertTotal{};
}

std::uint32_t ExpertInfo::nextFrame(std::uint32_t frame, bool forward, ExpertSeverity minimum) const noexcept
{
    const auto threshold = static_cast<std::uint8_t>(static_cast<int>(minimum) + 1);
    const auto frames = static_cast<std::uint32_t>(frameWorst_.size());
    if (forward) {
        for (std::uint32_t f = frame + 1; f <= frames; ++f)
            if (frameWorst_[f - 1] >= threshold)
                return f;
        return 0;
    }
    for (std::uint32_t f = (frame == 0 || frame > frames + 1) ? frames : frame - 1; f >= 1; --f)
        if (frameWorst_[f - 1] >= threshold)
            return f;
    return 0;
}

} // namespace tcplens
