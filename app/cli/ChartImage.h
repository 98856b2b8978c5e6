#pragma once
// Chart images for `tcplens-cli chart`: drawn by the GUI's chart renderer in GUI builds
// (ChartImage.cpp, offscreen), refused with a reason in builds without it (ChartImageUnavailable.cpp).

#include <export/ChartCsv.h>
#include <series/StreamSeriesBuilder.h>

#include <memory>
#include <string>

namespace tcplens::cli {

struct ChartImageOptions {
    ChartKind kind = ChartKind::TimeSequence;
    Direction data = Direction::ClientToServer;
    std::uint32_t stream = 0;
    int width = 1280;
    int height = 720;
    std::string theme = "light"; ///< light, dark or contrast
    double throughputWindow = 1.0;
    bool stevens = false;
};

/// Whether this build can draw chart images.
[[nodiscard]] bool chartImagesAvailable() noexcept;
/// Draws the chart to `path` (.png, .svg, .pdf); an empty string on success, else the reason.
[[nodiscard]] std::string writeChartImage(std::shared_ptr<const StreamSeriesBuilder> series,
                                          const ChartImageOptions& options, const std::string& path);

} // namespace tcplens::cli
