#pragma once
// The kernel's split of each sender's time (kernel/KernelLimitSplit) put into a conversation
// report, and the answer that words it, when the capture has a tcp_info sidecar.

#include "../kernel/TcpInfoSample.h"
#include "ReportAnswers.h"

#include <span>

namespace tcplens {

/// Sets ReportDirection::kernel of each direction with data from the sidecar's samples (the
/// sender's socket from 100 ms before the stream's first packet to 100 ms after its last); a
/// direction whose sender has no samples says so. Call only when the capture has a sidecar.
void addKernelSplit(ConversationReport& report, std::span<const TcpInfoSample> samples);

/// The answer "{dir}: the kernel's own split beside the wire's" for `key` ("c2s." or "s2c.").
[[nodiscard]] ReportAnswer kernelSplitAnswer(const std::string& key, const std::string& directionName,
                                             const KernelLimitComparison& comparison, NarrationLanguage language);

} // namespace tcplens
