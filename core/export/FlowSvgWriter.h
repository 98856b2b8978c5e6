#pragma once
// The flow graph as SVG, drawn with FlowLayout and streamed row by row: lifelines with their
// labels, state bands, one <g class="arrow ..." data-frame="N"> per packet, time and comment
// columns, and a legend of the arrow styles.

#include "../flow/FlowLayout.h"
#include "../flow/FlowModel.h"
#include "FlowExportOptions.h"

#include <iosfwd>

namespace tcplens {

struct FlowSvgOptions {
    FlowExportOptions range;
    FlowLayoutOptions layout;
    double fontSize = 13;        ///< Arrow labels; lifeline labels are 1.15x.
    bool legend = true;
};

/// Writes a standalone SVG document (UTF-8).
void writeFlowSvg(std::ostream& out, const FlowModel& model, const FlowSvgOptions& options = {});

} // namespace tcplens
