#pragma once
// A whole capture file read in one pass, as the GUI holds it: the packet store, every packet's
// analysis record and the conversations. For the CLI, tests and benchmarks.

#include "../tcp/Conversation.h"
#include "PacketAnalysisStore.h"
#include "PacketStore.h"
#include "ReadProblem.h"

#include <string>
#include <vector>

namespace tcplens {

struct LoadedCapture {
    PacketStore packets;
    PacketAnalysisStore analyses;             ///< Parallel to `packets`.
    std::vector<Conversation> conversations;  ///< Indexed by stream number.
    std::string error;                        ///< Why reading stopped early (file cut short...), or empty.
    ReadProblem problem;                      ///< `error` as a kind and its arguments.
    std::string warning;                      ///< What was read but is worth saying (CaptureFile::warning()).
};

/// Reads `path` with PacketAnalyzer, the GUI loader's pass. Throws CaptureError when the file cannot
/// be opened as a capture; a damaged record later keeps every packet before it and sets `error`.
[[nodiscard]] LoadedCapture loadCapture(const std::string& path);

} // namespace tcplens
