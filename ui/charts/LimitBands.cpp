#include "LimitBands.h"

#include <qcustomplot.h>

#include <series/LimitNarration.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace tcplens::ui {

QString LimitBands::shortName(LimitFactor factor)
{
    switch (factor) {
    case LimitFactor::Handshake: return tr("handshake");
    case LimitFactor::Application: return tr("application");
    case LimitFactor::ReceiverWindow: return tr("receiver window");
    case LimitFactor::Congestion: return tr("congestion window");
    case LimitFactor::SendBuffer: return tr("send buffer");
    case LimitFactor::LossRecovery: return tr("loss recovery");
    case LimitFactor::RetransmissionTimeout: return tr("retransmission timeout");
    case LimitFactor::ZeroWindow: return tr("zero window");
    case LimitFactor::Idle: return tr("idle");
    case LimitFactor::Unknown: break;
    }
    return tr("unknown");
}

QString LimitBands::name(LimitFactor factor)
{
    return tr("Limit: %1").arg(shortName(factor));
}

void LimitBands::build(QCustomPlot& plot, QCPAxis* bandAxis, std::vector<LimitSegment> timeline)
{
    graphs_.clear();
    timeline_ = std::move(timeline);
    const auto totals = limitTotals(timeline_);
    std::array<QVector<double>, kLimitFactorCount> keys, values;
    constexpr double kGap = std::numeric_limits<double>::quiet_NaN();
    for (const auto& span : timeline_) {
        if (!(span.end > span.start))
            continue;
        const auto i = static_cast<std::size_t>(span.factor);
        // Two points at the strip's height and a gap: the fill stops at the span's end.
        keys[i] << span.start << span.end << span.end;
        values[i] << kHeight << kHeight << kGap;
    }
    std::vector<std::size_t> present;
    for (std::size_t i = 0; i < kLimitFactorCount; ++i) {
        if (!keys[i].isEmpty())
            present.push_back(i);
    }
    std::stable_sort(present.begin(), present.end(),
                     [&totals](std::size_t a, std::size_t b) { return totals.seconds[a] > totals.seconds[b]; });
    for (const auto i : present) {
        const auto factor = static_cast<LimitFactor>(i);
        auto* graph = plot.addGraph(plot.xAxis, bandAxis);
        graph->setName(name(factor));
        graph->setData(keys[i], values[i], true);
        graph->setSelectable(QCP::stNone);
        graph->setLineStyle(QCPGraph::lsStepLeft);
        graphs_.emplace_back(factor, graph);
    }
}

void LimitBands::clear()
{
    graphs_.clear();
    timeline_.clear();
}

void LimitBands::applyStyle(const ChartStyle& style) const
{
    for (const auto& [factor, graph] : graphs_) {
        graph->setPen(Qt::NoPen);
        graph->setBrush(style.limit[static_cast<std::size_t>(factor)]);
    }
}

void LimitBands::addToLegend() const
{
    for (const auto& entry : graphs_)
        entry.second->addToLegend();
}

std::optional<LimitFactor> LimitBands::factorAt(double seconds) const
{
    return limitFactorAt(timeline_, seconds);
}

std::vector<LimitSegment> LimitBands::drawnSpans() const
{
    std::vector<LimitSegment> spans;
    for (const auto& [factor, graph] : graphs_) {
        const auto data = graph->data();
        for (auto it = data->constBegin(); it != data->constEnd(); ++it) {
            const auto next = it + 1;
            if (next == data->constEnd())
                break;
            if (!std::isnan(it->value) && !std::isnan(next->value) && it->value > 0)
                spans.push_back({it->key, next->key, factor});
        }
    }
    std::sort(spans.begin(), spans.end(), [](const LimitSegment& a, const LimitSegment& b) { return a.start < b.start; });
    return spans;
}

} // namespace tcplens::ui
