#pragma once
// One chart of a conversation drawn without a window, to a PNG, PDF or SVG file: what
// `tcplens-cli chart` runs (under the offscreen platform) and what the tests look at.

#include "shell/ThemeKind.h"

#include <export/ChartCsv.h>
#include <series/StreamSeriesBuilder.h>

#include <QSize>
#include <QString>

#include <memory>

namespace tcplens::ui {

class ChartPlot;

struct ChartImageRequest {
    ChartKind kind = ChartKind::TimeSequence;
    Direction data = Direction::ClientToServer;
    std::uint32_t stream = 0; ///< For the title only.
    QSize size{1280, 720};
    ThemeKind theme = ThemeKind::Light;
    double throughputWindow = StreamSeriesBuilder::kDefaultThroughputWindow;
    bool stevens = false;     ///< Time-sequence only: dots instead of bars.
};

/// A chart widget of `kind` (not shown) holding `series`, styled for the request's theme, titled.
[[nodiscard]] std::unique_ptr<ChartPlot> createChart(std::shared_ptr<const StreamSeriesBuilder> series,
                                                     const ChartImageRequest& request);
/// Draws the chart to `path` (.png, .pdf or .svg); false with a reason in `error`.
bool renderChartImage(std::shared_ptr<const StreamSeriesBuilder> series, const ChartImageRequest& request,
                      const QString& path, QString* error = nullptr);
/// "Time-sequence graph", "Windows", ... for titles.
[[nodiscard]] QString chartTitle(ChartKind kind);

} // namespace tcplens::ui
