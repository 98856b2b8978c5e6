#pragma once
// The flow graph as Mermaid text, streamed row by row (never the whole document in memory).

#include "../flow/FlowModel.h"
#include "FlowExportOptions.h"

#include <iosfwd>

namespace tcplens {

/// Mermaid `sequenceDiagram`: a participant per lifeline, `->>` arrows (`-->>` retransmissions,
/// `-x` RST), `Note over` for states and analysis.
void writeFlowMermaid(std::ostream& out, const FlowModel& model, const FlowExportOptions& options = {});

} // namespace tcplens
