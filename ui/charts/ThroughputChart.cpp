#include "ThroughputChart.h"

#include "UnitTicker.h"

namespace tcplens::ui {

void ThroughputChart::setAxisTitles()
{
    xAxis->setLabel(tr("Time (s since conversation start)"));
    yAxis->setLabel(tr("Rate"));
    yAxis2->setLabel(tr("Segment size"));
}

void ThroughputChart::retranslate()
{
    setAxisTitles();
    rebuild(); // the legend's names and the empty-chart message
}

ThroughputChart::ThroughputChart(QWidget* parent) : ChartPlot(parent)
{
    setAxisTitles();
    yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new UnitTicker(QStringLiteral("bit/s"))));
    yAxis2->setVisible(true);
    yAxis2->setTicker(QSharedPointer<QCPAxisTicker>(new UnitTicker(QStringLiteral("B"))));
    yAxis2->grid()->setVisible(false);
    rebuild();
}

void ThroughputChart::setSeries(std::shared_ptr<const StreamSeriesBuilder> series, Direction data)
{
    series_ = std::move(series);
    data_ = data;
    rebuild();
}

void ThroughputChart::setAverageWindow(double seconds)
{
    if (seconds <= 0 || seconds == window_)
        return;
    window_ = seconds;
    rebuild();
}

void ThroughputChart::rebuild()
{
    const QCPRange keptX = xAxis->range();
    const bool keepX = series_ && throughput_ != nullptr && !throughput_->data()->isEmpty();
    clearChart();
    sizes_ = addSeries(tr("Segment size"), yAxis2);
    throughput_ = addSeries(tr("Throughput"));
    goodput_ = addSeries(tr("Goodput"));
    effective_ = 0;
    if (!series_ || series_->empty()) {
        setEmptyMessage(tr("No conversation selected"));
        setHomeRange({0, 1}, {0, 1});
        applyStyle();
        return;
    }
    const auto rates = series_->throughput(data_, window_);
    effective_ = rates.windowSeconds;
    QVector<double> keys, all, good, sizes;
    QVector<quint32> frames;
    keys.reserve(static_cast<qsizetype>(rates.points.size()));
    double top = 0;
    double biggest = 0;
    for (const auto& p : rates.points) {
        keys.push_back(p.time);
        all.push_back(p.throughput);
        good.push_back(p.goodput);
        sizes.push_back(p.len);
        frames.push_back(p.frame);
        top = std::max(top, p.throughput);
        biggest = std::max<double>(biggest, p.len);
    }
    setGraphData(sizes_, keys, sizes, frames);
    setGraphData(throughput_, keys, all, frames);
    setGraphData(goodput_, keys, good, frames);
    throughput_->setName(tr("Throughput (average over %1)").arg(formatSi(effective_, QStringLiteral("s"))));
    goodput_->setName(tr("Goodput (new data only)"));
    yAxis2->setRange(0, biggest > 0 ? biggest * 2.2 : 1); // sizes stay in the lower half, behind
    orderLegend({throughput_, goodput_, sizes_});
    if (rates.points.empty())
        setEmptyMessage(tr("No data was sent in this direction — try Switch Direction"));
    setHomeRange(timeHome(series_->duration()), valueHome(top));
    if (keepX)
        followTimeRange(keptX); // changing the window keeps the zoom
    applyStyle();
}

void ThroughputChart::applyStyle()
{
    if (throughput_ == nullptr)
        return;
    const auto& s = chartStyle();
    sizes_->setLineStyle(QCPGraph::lsImpulse);
    sizes_->setPen(pen(s.segmentSize, 0.8));
    throughput_->setLineStyle(QCPGraph::lsLine);
    throughput_->setPen(pen(s.throughput, 1.2));
    goodput_->setLineStyle(QCPGraph::lsLine);
    goodput_->setPen(pen(s.goodput, 1.2, Qt::DashLine));
}

QString ThroughputChart::readout(double key, double value) const
{
    return tr("t %1 s · %2").arg(key, 0, 'f', 6).arg(formatSi(value, QStringLiteral("bit/s"), 4));
}

} // namespace tcplens::ui
