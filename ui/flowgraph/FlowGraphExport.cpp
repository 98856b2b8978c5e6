#include "FlowGraphExport.h"

#include "FlowGraphPainter.h"
#include "FlowGraphStyle.h"

#include <export/FlowAsciiWriter.h>
#include <export/FlowMermaidWriter.h>
#include <export/FlowPlantUmlWriter.h>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>
#include <fstream>

namespace tcplens::ui {

namespace {

/// A layout of rows [first, last] with the header above them, and how to paint it.
struct Prepared {
    FlowGraphLayout layout;
    FlowPaintOptions paint;
};

Prepared prepare(const FlowGraphModel& model, const FlowImageOptions& options, int first, int last)
{
    Prepared p;
    p.paint.font = options.font;
    p.paint.firstRow = first;
    p.paint.revealLimit = last + 1;
    FlowMetrics metrics = measureFlowGraph(options.font, model, options.width);
    fitRowTexts(metrics, measureRowTexts(options.font, model), options.font);
    p.layout.setGeometry(model.core(), options.width, metrics, options.spacing, options.slanted, first, last);
    return p;
}

std::pair<int, int> rangeOf(const FlowGraphModel& model, const FlowImageOptions& options)
{
    const int first = std::clamp(options.firstRow, 0, std::max(model.rowCount() - 1, 0));
    const int last = options.lastRow < 0 ? model.rowCount() - 1 : std::min(options.lastRow, model.rowCount() - 1);
    return {first, last};
}

void paintAll(QPainter& painter, const FlowGraphModel& model, const Prepared& p, const FlowGraphStyle& style)
{
    FlowGraphPainter graph(painter, model, p.layout, style, p.paint);
    graph.paintBody(QRectF(0, 0, p.layout.width(), p.layout.height()));
    graph.paintHeader(0, p.layout.width());
}

QString exportPng(const FlowGraphModel& model, const QString& path, const FlowImageOptions& options)
{
    const auto [first, last] = rangeOf(model, options);
    const Prepared p = prepare(model, options, first, last);
    const qreal height = p.layout.height();
    if (height * options.pixelRatio > kMaxFlowPngHeight)
        return QCoreApplication::translate("tcplens::ui::FlowGraphExport", "The diagram is %1 pixels tall, more than a PNG can reasonably hold (%2): export a range of "
                  "rows, or use SVG or PDF.")
            .arg(static_cast<qint64>(height * options.pixelRatio))
            .arg(kMaxFlowPngHeight);
    QImage image(QSize(static_cast<int>(std::ceil(p.layout.width() * options.pixelRatio)),
                       static_cast<int>(std::ceil(height * options.pixelRatio))),
                 QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(options.pixelRatio);
    image.fill(options.palette.color(QPalette::Base));
    {
        QPainter painter(&image);
        paintAll(painter, model, p, FlowGraphStyle(options.palette));
    }
    if (!image.save(path, "PNG"))
        return QCoreApplication::translate("tcplens::ui::FlowGraphExport", "Cannot write %1.").arg(path);
    return {};
}

QString exportSvg(const FlowGraphModel& model, const QString& path, const FlowImageOptions& options)
{
    const auto [first, last] = rangeOf(model, options);
    const Prepared p = prepare(model, options, first, last);
    const QSizeF size(p.layout.width(), p.layout.height());
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(size.toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), size));
    svg.setResolution(96);
    svg.setTitle(QCoreApplication::translate("tcplens::ui::FlowGraphExport", "TCP flow graph"));
    svg.setDescription(QCoreApplication::translate("tcplens::ui::FlowGraphExport", "Sequence diagram drawn by tcplens"));
    QPainter painter;
    if (!painter.begin(&svg))
        return QCoreApplication::translate("tcplens::ui::FlowGraphExport", "Cannot write %1.").arg(path);
    painter.fillRect(QRectF(QPointF(0, 0), size), options.palette.color(QPalette::Base));
    paintAll(painter, model, p, FlowGraphStyle(options.palette));
    painter.end();
    if (!QFileInfo(path).isFile() || QFileInfo(path).size() == 0)
        return QCoreApplication::translate("tcplens::ui::FlowGraphExport", "Cannot write %1.").arg(path);
    return {};
}

QString exportPdf(const FlowGraphModel& model, const QString& path, const FlowImageOptions& options)
{
    const auto [first, last] = rangeOf(model, options);
    const Prepared whole = prepare(model, options, first, last);
    // Landscape pages as wide as the drawing; as many rows on each as fit under the header.
    const qreal pageWidth = whole.layout.width();
    const qreal pageHeight = std::ceil(pageWidth / std::sqrt(2.0));
    QPdfWriter pdf(path);
    pdf.setResolution(96);
    pdf.setPageSize(QPageSize(QSizeF(pageWidth * 72.0 / 96.0, pageHeight * 72.0 / 96.0), QPageSize::Point,
                              QString(), QPageSize::ExactMatch));
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    pdf.setTitle(QCoreApplication::translate("tcplens::ui::FlowGraphExport", "TCP flow graph"));
    pdf.setCreator(QStringLiteral("tcplens"));
    QPainter painter;
    if (!painter.begin(&pdf))
        return QCoreApplication::translate("tcplens::ui::FlowGraphExport", "Cannot write %1.").arg(path);
    const FlowGraphStyle style(options.palette);
    const qreal room = pageHeight - whole.layout.headerHeight() - whole.layout.metrics().lineHeight * 2;
    int from = first;
    while (from <= last) {
        int to = from;
        while (to < last && whole.layout.rowBottom(to + 1) - whole.layout.rowTop(from) <= room)
            ++to;
        if (from != first)
            pdf.newPage();
        painter.fillRect(QRectF(0, 0, pageWidth, pageHeight), options.palette.color(QPalette::Base));
        paintAll(painter, model, prepare(model, options, from, to), style);
        from = to + 1;
    }
    painter.end();
    return {};
}

} // namespace

std::optional<FlowImageFormat> parseFlowImageFormat(const QString& name)
{
    const QString lower = name.toLower();
    if (lower == QLatin1String("png"))
        return FlowImageFormat::Png;
    if (lower == QLatin1String("svg"))
        return FlowImageFormat::Svg;
    if (lower == QLatin1String("pdf"))
        return FlowImageFormat::Pdf;
    return std::nullopt;
}

QPalette defaultFlowExportPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::AlternateBase, QColor(0xf3, 0xf4, 0xf6));
    palette.setColor(QPalette::Text, QColor(0x1c, 0x1c, 0x1c));
    palette.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
    return palette;
}

QString exportFlowImage(const FlowGraphModel& model, const QString& path, FlowImageFormat format,
                        const FlowImageOptions& options)
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return QCoreApplication::translate("tcplens::ui::FlowGraphExport", "Drawing images needs the graphical part of tcplens.");
    if (model.rowCount() == 0)
        return QCoreApplication::translate("tcplens::ui::FlowGraphExport", "There are no packets to draw.");
    if (options.lastRow >= 0 && options.lastRow < options.firstRow)
        return QCoreApplication::translate("tcplens::ui::FlowGraphExport", "The range ends before it starts.");
    switch (format) {
    case FlowImageFormat::Png: return exportPng(model, path, options);
    case FlowImageFormat::Svg: return exportSvg(model, path, options);
    case FlowImageFormat::Pdf: return exportPdf(model, path, options);
    }
    return {};
}

QString exportFlowText(const FlowGraphModel& model, const QString& path, const QString& format, int firstRow,
                       int lastRow)
{
    if (model.rowCount() == 0)
        return QCoreApplication::translate("tcplens::ui::FlowGraphExport", "There are no packets to draw.");
    FlowExportOptions range;
    range.numbers = model.numbers();
    range.firstRow = static_cast<std::size_t>(std::max(firstRow, 0));
    if (lastRow >= 0)
        range.lastRow = static_cast<std::size_t>(lastRow);
    std::ofstream out(QFile::encodeName(path).toStdString(), std::ios::binary | std::ios::trunc);
    if (!out)
        return QCoreApplication::translate("tcplens::ui::FlowGraphExport", "Cannot write %1.").arg(path);
    const QString lower = format.toLower();
    if (lower == QLatin1String("txt"))
        writeFlowAscii(out, model.core(), range);
    else if (lower == QLatin1String("mmd"))
        writeFlowMermaid(out, model.core(), range);
    else if (lower == QLatin1String("puml"))
        writeFlowPlantUml(out, model.core(), range);
    else
        return QCoreApplication::translate("tcplens::ui::FlowGraphExport", "Unknown format %1: use png, svg, pdf, txt, mmd or puml.").arg(format);
    out.flush();
    if (!out)
        return QCoreApplication::translate("tcplens::ui::FlowGraphExport", "Cannot write %1.").arg(path);
    return {};
}

} // namespace tcplens::ui
