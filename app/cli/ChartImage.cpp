#include "ChartImage.h"

#include <shell/ThemeKind.h>
#include <charts/ChartRenderer.h>

#include <QApplication>
#include <QFile>

namespace tcplens::cli {

bool chartImagesAvailable() noexcept { return true; }

std::string writeChartImage(std::shared_ptr<const StreamSeriesBuilder> series, const ChartImageOptions& options,
                            const std::string& path)
{
    // Widgets need an application; without a display the offscreen platform draws just as well.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "tcplens-cli";
    static char* argv[] = {name, nullptr};
    std::unique_ptr<QApplication> app;
    if (QCoreApplication::instance() == nullptr)
        app = std::make_unique<QApplication>(argc, argv);
    if (options.width < 200 || options.height < 150)
        return "--size must be at least 200x150";
    ui::ChartImageRequest request;
    request.kind = options.kind;
    request.data = options.data;
    request.stream = options.stream;
    request.size = QSize(options.width, options.height);
    request.theme = ui::parseTheme(QString::fromStdString(options.theme)).value_or(ui::ThemeKind::Light);
    request.throughputWindow = options.throughputWindow;
    request.stevens = options.stevens;
    QString error;
    if (!ui::renderChartImage(std::move(series), request, QFile::decodeName(path.c_str()), &error))
        return error.toStdString();
    return {};
}

} // namespace tcplens::cli
