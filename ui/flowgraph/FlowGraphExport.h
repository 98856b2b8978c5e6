#pragma once
// The flow graph as a picture file: PNG, SVG (vector, crisp on slides) and PDF (one page per
// screenful of rows, header repeated), of every row or a range. Needs a QGuiApplication (the
// offscreen platform will do) but no widgets, so tcplens-cli renders with it too.

#include "FlowGraphLayout.h"
#include "FlowGraphModel.h"

#include <QFont>
#include <QPalette>
#include <QString>

#include <optional>

namespace tcplens::ui {

enum class FlowImageFormat { Png, Svg, Pdf };

/// "png", "svg", "pdf" (any case); nullopt otherwise.
[[nodiscard]] std::optional<FlowImageFormat> parseFlowImageFormat(const QString& name);

struct FlowImageOptions {
    int firstRow = 0;          ///< First row drawn.
    int lastRow = -1;          ///< Last row drawn; -1: the model's last.
    FlowSpacing spacing = FlowSpacing::Uniform;
    bool slanted = false;
    QPalette palette;          ///< Colours; a light palette by default.
    QFont font;                ///< Label font; the application font by default.
    qreal width = 1600;        ///< Pixels (PNG), or the SVG/PDF drawing width at 96 dpi.
    qreal pixelRatio = 1.0;    ///< PNG only: 2 renders at twice the resolution.
};

/// The light palette exports use unless told otherwise (independent of the screen's theme).
[[nodiscard]] QPalette defaultFlowExportPalette();

/// PNG taller than this is refused (SVG and PDF have no limit).
inline constexpr int kMaxFlowPngHeight = 32000;

/// Writes the graph to `path`; returns an empty string, or what went wrong in words.
[[nodiscard]] QString exportFlowImage(const FlowGraphModel& model, const QString& path, FlowImageFormat format,
                                      const FlowImageOptions& options);

/// Writes the core's text diagrams: "txt" (ASCII), "mmd" (Mermaid), "puml" (PlantUML), rows
/// firstRow..lastRow (-1: to the end); returns an empty string, or what went wrong in words.
[[nodiscard]] QString exportFlowText(const FlowGraphModel& model, const QString& path, const QString& format,
                                     int firstRow = 0, int lastRow = -1);

} // namespace tcplens::ui
