#pragma once
// The flow graph as PlantUML text, streamed row by row (never the whole document in memory).

#include "../flow/FlowModel.h"
#include "FlowExportOptions.h"

#include <iosfwd>

namespace tcplens {

/// PlantUML `@startuml` ... `@enduml`: participants, coloured arrows, `hnote` states, notes for
/// analysis.
void writeFlowPlantUml(std::ostream& out, const FlowModel& model, const FlowExportOptions& options = {});

} // namespace tcplens
