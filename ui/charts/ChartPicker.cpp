#include "ChartPicker.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace tcplens::ui {

void ChartPicker::add(QCPGraph* graph, QVector<quint32> frames)
{
    pickables_.push_back(Pickable{graph, std::move(frames)});
}

void ChartPicker::setBars(const QCPGraph* graph, bool bars)
{
    for (auto& p : pickables_) {
        if (p.graph == graph)
            p.bars = bars;
    }
}

void ChartPicker::clear()
{
    pickables_.clear();
    priority_.clear();
}

std::optional<quint32> ChartPicker::frameAt(const QPointF& pixel, double radius) const
{
    std::optional<quint32> best;
    double bestDistance = radius * radius;
    int bestPriority = std::numeric_limits<int>::min();
    for (const auto& p : pickables_) {
        const QCPGraph* graph = p.graph.data();
        if (graph == nullptr || !graph->visible())
            continue;
        const int priority = priority_.value(graph, 0);
        if (priority < bestPriority)
            continue;
        const auto* keyAxis = graph->keyAxis();
        const auto* valueAxis = graph->valueAxis();
        double lo = keyAxis->pixelToCoord(pixel.x() - radius);
        double hi = keyAxis->pixelToCoord(pixel.x() + radius);
        if (lo > hi)
            std::swap(lo, hi);
        const auto data = graph->data();
        const auto begin = data->constBegin();
        for (auto it = data->findBegin(lo, false); it != data->constEnd() && it->key <= hi; ++it) {
            if (std::isnan(it->value))
                continue;
            const double dx = keyAxis->coordToPixel(it->key) - pixel.x();
            double dy = valueAxis->coordToPixel(it->value) - pixel.y();
            const auto next = it + 1;
            if (p.bars && next != data->constEnd() && next->key == it->key && !std::isnan(next->value)) {
                // Distance to the bar from this point to the next, not to its end.
                const double y1 = valueAxis->coordToPixel(it->value);
                const double y2 = valueAxis->coordToPixel(next->value);
                const double top = std::min(y1, y2);
                const double bottom = std::max(y1, y2);
                dy = pixel.y() < top ? top - pixel.y() : pixel.y() > bottom ? pixel.y() - bottom : 0;
            }
            const double distance = dx * dx + dy * dy;
            const auto index = static_cast<int>(it - begin);
            const bool better = priority > bestPriority ? distance <= radius * radius : distance <= bestDistance;
            if (better && index < p.frames.size() && p.frames[index] != 0) {
                bestDistance = distance;
                bestPriority = priority;
                best = p.frames[index];
            }
        }
    }
    return best;
}

} // namespace tcplens::ui
