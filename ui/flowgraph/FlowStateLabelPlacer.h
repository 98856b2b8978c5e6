#pragma once
// Where the flow graph's TCP state labels go: beside their lifeline (outside the outermost
// ones), or on it between two arrows, clear of what those arrows draw (a narrow presentation).

#include "FlowGraphLayout.h"
#include "FlowGraphModel.h"

#include <QRectF>
#include <QSizeF>

#include <functional>
#include <unordered_map>
#include <utility>
#include <vector>

namespace tcplens::ui {

/// Places one paint's state labels; it remembers each lifeline's last label, so that the next
/// one on the same rows goes under it rather than over it.
class FlowStateLabelPlacer {
public:
    /// What row `row`'s arrow draws (head, shaft, marks, texts), whole.
    using RowInk = std::function<const std::vector<QRectF>&(int row)>;

    /// `line` is the base line width; `onLifeline` puts labels on their lifeline between two arrows.
    FlowStateLabelPlacer(const FlowGraphModel& model, const FlowGraphLayout& layout, qreal line, bool onLifeline,
                         RowInk rowInk);

    /// The box of a label `size` big in a font `fontHeight` high, on `lifeline` at `y`; on it
    /// (onLifeline), between the arrows of rows `between` (-1: the header above, or none below),
    /// the `stack.first`th of `stack.second` labels there.
    [[nodiscard]] QRectF place(int lifeline, QSizeF size, qreal fontHeight, qreal y, std::pair<int, int> between,
                               std::pair<int, int> stack);

private:
    /// The free band across `left`..`right` on `lifeline` between the arrows of rows `between`.
    [[nodiscard]] std::pair<qreal, qreal> clearBetween(int lifeline, std::pair<int, int> between, qreal left,
                                                       qreal right) const;

    const FlowGraphModel& model_;
    const FlowGraphLayout& layout_;
    qreal line_;
    bool onLifeline_;
    RowInk rowInk_;
    std::unordered_map<int, QRectF> placed_; // each lifeline's last state label
};

} // namespace tcplens::ui
