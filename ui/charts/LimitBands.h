#pragma once
// The limiting-factor band of a time chart: a strip along the time axis coloured by what held
// the sender back (core LimitTracker's timeline), one filled step graph per factor present, so it
// zooms and pans with the time axis and each factor has a legend entry.

#include "ChartStyle.h"

#include <series/LimitFactor.h>

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <utility>
#include <vector>

class QCustomPlot;
class QCPAxis;
class QCPGraph;

namespace tcplens::ui {

class LimitBands {
    Q_DECLARE_TR_FUNCTIONS(tcplens::ui::LimitBands)
public:
    /// The strip's height on the band axis (which spans 0..1, the plot's height).
    static constexpr double kHeight = 0.055;

    /// "receiver window" / "接收窗口": the factor in a word or two, in the UI language.
    [[nodiscard]] static QString shortName(LimitFactor factor);
    /// "Limit: receiver window" / "限制：接收窗口": the factor's legend name in the UI language.
    [[nodiscard]] static QString name(LimitFactor factor);

    /// Adds one graph per factor of `timeline` to `plot` (time on its xAxis, the strip on
    /// `bandAxis`), under the graphs added after it. Call after the chart cleared its plottables.
    void build(QCustomPlot& plot, QCPAxis* bandAxis, std::vector<LimitSegment> timeline);
    /// Forgets the graphs (the chart removed them) and the timeline.
    void clear();
    /// Colours from the theme's style.
    void applyStyle(const ChartStyle& style) const;
    /// Adds the factors to the legend, the one with most time first.
    void addToLegend() const;

    /// The factor at `seconds` (since the stream's first packet); nullopt outside the timeline.
    [[nodiscard]] std::optional<LimitFactor> factorAt(double seconds) const;
    /// The spans the graphs draw, read back from their data in time order (tests).
    [[nodiscard]] std::vector<LimitSegment> drawnSpans() const;
    /// The factor graphs, the one with most time first.
    [[nodiscard]] const std::vector<std::pair<LimitFactor, QCPGraph*>>& graphs() const noexcept { return graphs_; }

private:
    std::vector<std::pair<LimitFactor, QCPGraph*>> graphs_;
    std::vector<LimitSegment> timeline_;
};

} // namespace tcplens::ui
