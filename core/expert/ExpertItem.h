#pragma once
// One expert item raised on one frame.

#include "ExpertKind.h"

#include <cstdint>

namespace tcplens {

struct ExpertItem {
    std::uint32_t frame = 0;  ///< 1-based frame number.
    std::uint32_t stream = 0; ///< tcp.stream of the frame; kNoStream for a header no conversation takes.
    ExpertKind kind = ExpertKind::ConnectionSyn;
    std::uint32_t value = 0;  ///< The number the summary carries (port, dup ACK number), else 0.

    [[nodiscard]] ExpertSeverity severity() const noexcept { return expertSeverity(kind); }
    [[nodiscard]] std::string summary() const { return expertSummary(kind, value); }
};

} // namespace tcplens
