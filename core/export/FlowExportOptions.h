#pragma once
// What a flow-graph export covers and how it writes numbers.

#include "../flow/FlowArrow.h"

#include <cstddef>
#include <cstdint>
#include <limits>

namespace tcplens {

struct FlowExportOptions {
    std::size_t firstRow = 0;                                      ///< Rows [firstRow, lastRow] of the model.
    std::size_t lastRow = std::numeric_limits<std::size_t>::max(); ///< Clamped to the model.
    SequenceNumbers numbers = SequenceNumbers::Relative;
    bool states = true;                                            ///< Show TCP states on the lifelines.
};

} // namespace tcplens
