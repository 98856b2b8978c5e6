#include "FlowImageCommand.h"

#include "CliCommands.h"

#include <flowgraph/FlowGraphExport.h>
#include <flowgraph/FlowGraphModel.h>

#include <QFont>
#include <QGuiApplication>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <ostream>

namespace tcplens::cli {

int renderFlowImage(const LoadedCapture& capture, const std::vector<std::uint32_t>& streams,
                    const FlowExportOptions& range, const std::string& format, const std::string& output,
                    bool timeSpacing, bool slanted, std::ostream& err)
{
    if (output.empty()) {
        err << "tcplens-cli: --format " << format << " writes a file: give -o OUT." << format << '\n';
        return kExitUsage;
    }
    // No display needed: Qt's offscreen platform draws into images and PDFs alike.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Qt's platform start-up notes (no XDG_RUNTIME_DIR on a server) are not the user's business here.
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext&, const QString& message) {
        if (type != QtDebugMsg && type != QtInfoMsg && !message.startsWith(QLatin1String("QStandardPaths:")))
            std::fprintf(stderr, "tcplens-cli: Qt: %s\n", qUtf8Printable(message));
    });
    std::unique_ptr<QGuiApplication> app;
    if (!QCoreApplication::instance()) {
        static int argc = 1;
        static char name[] = "tcplens-cli";
        static char* argv[] = {name, nullptr};
        app = std::make_unique<QGuiApplication>(argc, argv);
    }
    ui::FlowGraphModel model;
    model.setCapture(&capture.packets, &capture.analyses);
    model.setRelativeNumbers(range.numbers == SequenceNumbers::Relative);
    model.setStreams(streams);

    ui::FlowImageOptions options;
    options.firstRow = static_cast<int>(range.firstRow);
    options.lastRow = static_cast<int>(std::min<std::size_t>(range.lastRow, static_cast<std::size_t>(model.rowCount()) - 1));
    options.spacing = timeSpacing ? ui::FlowSpacing::TimeProportional : ui::FlowSpacing::Uniform;
    options.slanted = slanted;
    options.palette = ui::defaultFlowExportPalette();
    QFont font = QGuiApplication::font();
    font.setPointSizeF(11);
    options.font = font;
    options.width = 1600;
    options.pixelRatio = format == "png" ? 2.0 : 1.0;
    const auto image = ui::parseFlowImageFormat(QString::fromStdString(format));
    const QString problem =
        ui::exportFlowImage(model, QString::fromStdString(output), image.value_or(ui::FlowImageFormat::Png), options);
    if (!problem.isEmpty()) {
        err << "tcplens-cli: " << problem.toStdString() << '\n';
        return kExitUnreadable;
    }
    return kExitOk;
}

} // namespace tcplens::cli
