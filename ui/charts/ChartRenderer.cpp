#include "ChartRenderer.h"

#include "ChartStyle.h"
#include "ModelChart.h"
#include "RttChart.h"
#include "ThroughputChart.h"
#include "TimeSequenceChart.h"
#include "WindowsChart.h"

#include <QApplication>
#include <QCoreApplication>

namespace tcplens::ui {

QString chartTitle(ChartKind kind)
{
    switch (kind) {
    case ChartKind::TimeSequence: return QCoreApplication::translate("ChartRenderer", "Time-sequence graph");
    case ChartKind::Windows: return QCoreApplication::translate("ChartRenderer", "Windows and congestion window");
    case ChartKind::Throughput: return QCoreApplication::translate("ChartRenderer", "Throughput and goodput");
    case ChartKind::Rtt: return QCoreApplication::translate("ChartRenderer", "Round-trip time");
    case ChartKind::Model: return QCoreApplication::translate("ChartRenderer", "Textbook model (Tahoe, Reno) and measured flight");
    }
    return {};
}

std::unique_ptr<ChartPlot> createChart(std::shared_ptr<const StreamSeriesBuilder> series, const ChartImageRequest& request)
{
    std::unique_ptr<ChartPlot> plot;
    switch (request.kind) {
    case ChartKind::TimeSequence: {
        auto chart = std::make_unique<TimeSequenceChart>();
        chart->setStevens(request.stevens);
        chart->setSeries(std::move(series), request.data);
        plot = std::move(chart);
        break;
    }
    case ChartKind::Windows: {
        auto chart = std::make_unique<WindowsChart>();
        chart->setSeries(std::move(series), request.data);
        plot = std::move(chart);
        break;
    }
    case ChartKind::Throughput: {
        auto chart = std::make_unique<ThroughputChart>();
        chart->setAverageWindow(request.throughputWindow);
        chart->setSeries(std::move(series), request.data);
        plot = std::move(chart);
        break;
    }
    case ChartKind::Rtt: {
        auto chart = std::make_unique<RttChart>();
        chart->setSeries(std::move(series), request.data);
        plot = std::move(chart);
        break;
    }
    case ChartKind::Model: {
        auto chart = std::make_unique<ModelChart>();
        chart->setSeries(std::move(series), request.data);
        plot = std::move(chart);
        break;
    }
    }
    plot->setChartStyle(chartStyleFor(request.theme, QApplication::font()));
    const QString direction = request.data == Direction::ClientToServer
                                  ? QCoreApplication::translate("ChartRenderer", "client → server")
                                  : QCoreApplication::translate("ChartRenderer", "server → client");
    plot->setTitle(QCoreApplication::translate("ChartRenderer", "%1 — conversation %2, data %3")
                       .arg(chartTitle(request.kind))
                       .arg(request.stream)
                       .arg(direction));
    plot->resize(request.size);
    return plot;
}

bool renderChartImage(std::shared_ptr<const StreamSeriesBuilder> series, const ChartImageRequest& request,
                      const QString& path, QString* error)
{
    const auto plot = createChart(std::move(series), request);
    return plot->exportImage(path, request.size, error);
}

} // namespace tcplens::ui
