#pragma once
// "Copy as BPF": the tcpdump (capture filter) expression that keeps the same packets as a display
// filter, when BPF can say it; otherwise why not (analysis results, relative numbers, payload
// searches and times are not in the bytes a capture filter sees).

#include "FilterMessage.h"

#include <string>
#include <string_view>

namespace tcplens {

struct DisplayFilterBpf {
    std::string text;   ///< tcpdump syntax; empty when `reason` says why there is none
    std::string reason; ///< Why BPF cannot express the filter (names the part that stops it), in English
    FilterMessage why;  ///< What `reason` says, for wording it in another language
    [[nodiscard]] bool ok() const noexcept { return reason.empty(); }
};

/// Translates a display filter (which must compile) for untagged frames: like tcpdump's own
/// primitives, the expression reads the outermost IP header and does not step over VLAN tags.
[[nodiscard]] DisplayFilterBpf displayFilterToBpf(std::string_view displayFilter);

} // namespace tcplens
