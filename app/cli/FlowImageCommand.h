#pragma once
// tcplens-cli flow --format png|pdf: the GUI's flow-graph painter, on Qt's offscreen platform.
// Built only with the GUI (TCPLENS_CLI_RENDER); without it the flow command says so.

#include <capture/LoadedCapture.h>
#include <export/FlowExportOptions.h>

#include <cstdint>
#include <iosfwd>
#include <string>
#include <vector>

namespace tcplens::cli {

/// Draws rows range.firstRow..range.lastRow of `streams` to `output` as "png" or "pdf", rows
/// spaced by time or evenly, arrows slanted or level.
int renderFlowImage(const LoadedCapture& capture, const std::vector<std::uint32_t>& streams,
                    const FlowExportOptions& range, const std::string& format, const std::string& output,
                    bool timeSpacing, bool slanted, std::ostream& err);

} // namespace tcplens::cli
