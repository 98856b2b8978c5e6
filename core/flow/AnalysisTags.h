#pragma once
// Wireshark's analysis tags ("[TCP Retransmission] [TCP Dup ACK 7#1]", as analysisInfoText writes
// them) in the narration's language, for titles a Chinese class reads.

#include "FlowNarrator.h"

#include <string>
#include <string_view>

namespace tcplens {

/// `tags` with each bracketed tag in `language`; a tag without a translation stays as it is.
[[nodiscard]] std::string localizedAnalysisTags(std::string_view tags, NarrationLanguage language);

} // namespace tcplens
