#pragma once
// The flow graph as ASCII text for chat and email, streamed row by row (never the whole document in memory).

#include "../flow/FlowModel.h"
#include "FlowExportOptions.h"

#include <iosfwd>

namespace tcplens {

/// Columns per lifeline, arrows "|----SYN seq=0 len=0 win=64240---->|", the TCP states written under
/// each lifeline when they change, time and frame on the left, analysis and payload on the right.
/// With more lifelines than fit a screen, each row names only the two lifelines it joins
/// ("10.0.0.1 --SYN ...--> 10.0.0.2"), so the text stays linear in rows and lifelines.
void writeFlowAscii(std::ostream& out, const FlowModel& model, const FlowExportOptions& options = {});

} // namespace tcplens
