#pragma once
// The limiting-factor timeline and totals of a stream (series/LimitTracker) as text and JSON,
// for tcplens-cli limits and conversations --json.

#include "../kernel/KernelLimitSplit.h"
#include "../series/LimitTracker.h"

#include <array>
#include <string>

namespace tcplens {

/// {"transfer_seconds":..,"dominant":"receiver_window","sentence":"..","seconds":{..},"share":{..}}
/// with the key of every factor that has time (the handshake has seconds, no share); "dominant"
/// null without transfer time.
[[nodiscard]] std::string limitTotalsJson(const LimitTotals& totals, NarrationLanguage language);
/// {"c2s":{..,"receiver_side":false},"s2c":{..}}: the totals of both directions (null for a direction without data).
[[nodiscard]] std::string limitDirectionsJson(const LimitTracker& tracker, NarrationLanguage language);
/// The same appended to `out` (conversations --json writes one per conversation).
void appendLimitDirectionsJson(std::string& out, const LimitTracker& tracker, NarrationLanguage language);
/// The kernel's split of each direction's sender (index: Direction's index()), when the capture
/// has a tcp_info sidecar.
using KernelComparisons = std::array<KernelLimitComparison, 2>;

/// One JSON object: {"stream":N,"directions":[{"direction":"c2s","receiver_side":..,"totals":{..},
/// "timeline":[{"start":s,"end":s,"factor":"key"}...]}...]}; directions without data left out.
/// With `kernel`, each direction also has "kernel": kernelComparisonJson.
[[nodiscard]] std::string limitsJson(const LimitTracker& tracker, std::uint32_t stream, NarrationLanguage language,
                                     const KernelComparisons* kernel = nullptr);
/// Per direction with data: the dominant sentence, a table of seconds and shares, the kernel's
/// split beside it (with `kernel`), the timeline. `client` and `server` name the endpoints in the headings.
[[nodiscard]] std::string limitsText(const LimitTracker& tracker, std::uint32_t stream, const std::string& client,
                                     const std::string& server, NarrationLanguage language,
                                     const KernelComparisons* kernel = nullptr);

} // namespace tcplens
