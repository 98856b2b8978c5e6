#pragma once
// The kernel's split of a sender's time beside the wire's (kernel/KernelLimitSplit) as text and
// JSON, for tcplens-cli limits and the conversation report.

#include "../kernel/KernelLimitSplit.h"

#include <string>

namespace tcplens {

/// Indented lines: the stretch and sample count, a table of the four groups (and unknown) with
/// the wire's and the kernel's seconds and shares and their difference, the kernel's counters
/// and delivery_rate_app_limited; or the one line saying why the split is unavailable.
[[nodiscard]] std::string kernelComparisonText(const KernelLimitComparison& comparison, NarrationLanguage language,
                                               const std::string& indent = "  ");
/// {"available":true,"from":s,"to":s,"samples":N,"busy_seconds":..,"rwnd_limited_seconds":..,
/// "sndbuf_limited_seconds":..,"app_limited_samples":N|null,"groups":{"receiver_window":{"wire_seconds":..,
/// "wire_share":..,"kernel_seconds":..,"kernel_share":..,"difference_points":..},...}}, or
/// {"available":false,"reason":"..."}.
[[nodiscard]] std::string kernelComparisonJson(const KernelLimitComparison& comparison, NarrationLanguage language);

} // namespace tcplens
