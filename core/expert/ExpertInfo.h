#pragma once
// Every expert item of a loaded capture, grouped as Wireshark's Expert Information shows them:
// by severity, then by summary, each with its frames; plus the worst severity per frame and per
// conversation for problem navigation and the conversation list.

#include "../capture/PacketAnalysisStore.h"
#include "../capture/PacketStore.h"
#include "ExpertItem.h"
#include "TcpExpertRules.h"

#include <atomic>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace tcplens {

/// One line of tshark -z expert: the items sharing a severity, group and summary.
struct ExpertEntry {
    ExpertSeverity severity = ExpertSeverity::Chat;
    ExpertGroup group = ExpertGroup::Sequence;
    ExpertKind kind = ExpertKind::ConnectionSyn;
    std::string summary;
    std::uint32_t value = 0; ///< The number the summary carries (ExpertItem::value), for wording it anew.
    std::vector<std::uint32_t> frames; ///< 1-based, ascending (a frame may repeat if it carries the item twice).
};

/// Which items a listing keeps.
struct ExpertSelection {
    ExpertSeverity minimum = ExpertSeverity::Chat;
    std::optional<std::uint32_t> stream;
};

/// The worst severity of a conversation's items and how many it has.
struct ExpertTotal {
    std::optional<ExpertSeverity> worst;
    std::uint32_t count = 0;
};

class ExpertInfo {
public:
    /// Collects the items of every packet of `packets` (decoded again from the mapped file).
    /// Returns early, incomplete, when `cancel` becomes true.
    [[nodiscard]] static ExpertInfo build(const PacketStore& packets, const PacketAnalysisStore& analyses,
                                          ExpertOptions options = {}, const std::atomic<bool>* cancel = nullptr);
    /// From items already collected, in frame order.
    [[nodiscard]] static ExpertInfo fromItems(std::vector<ExpertItem> items, std::size_t frameCount);

    [[nodiscard]] std::span<const ExpertItem> items() const noexcept { return items_; }
    /// Entries with errors first, chats last; within a severity in the order tshark lists them
    /// (first appearance).
    [[nodiscard]] std::vector<ExpertEntry> entries(const ExpertSelection& selection = {}) const;
    [[nodiscard]] std::optional<ExpertSeverity> worstSeverity() const noexcept { return worst_; }
    /// Items per severity, indexed by ExpertSeverity.
    [[nodiscard]] std::uint32_t count(ExpertSeverity severity) const noexcept
    {
        return counts_[static_cast<std::size_t>(severity)];
    }
    /// The worst severity on frame `frame` (1-based), if it has any item.
    [[nodiscard]] std::optional<ExpertSeverity> frameSeverity(std::uint32_t frame) const noexcept;
    [[nodiscard]] ExpertTotal streamTotal(std::uint32_t stream) const noexcept;
    /// The next (or previous) frame after (before) `frame` whose worst item is at least `minimum`;
    /// 0 if none. `frame` 0 starts before the first frame (forward) or after the last (backward).
    [[nodiscard]] std::uint32_t nextFrame(std::uint32_t frame, bool forward,
                                          ExpertSeverity minimum = ExpertSeverity::Note) const noexcept;

private:
    std::vector<ExpertItem> items_;
    std::vector<std::uint8_t> frameWorst_;   ///< Per frame (index frame - 1): 0 none, else severity + 1.
    std::vector<ExpertTotal> streamTotals_;  ///< Indexed by stream.
    std::uint32_t counts_[kExpertSeverityCount] = {0, 0, 0, 0};
    std::optional<ExpertSeverity> worst_;
};

} // namespace tcplens
