#include "RttChart.h"

#include "UnitTicker.h"

namespace tcplens::ui {

void RttChart::setAxisTitles()
{
    yAxis->setLabel(tr("Round-trip time"));
}

void RttChart::retranslate()
{
    setAxisTitles();
    rebuild(); // the legend's names and the empty-chart message
}

RttChart::RttChart(QWidget* parent) : ChartPlot(parent)
{
    setAxisTitles();
    yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new UnitTicker(QStringLiteral("s"))));
    rebuild();
}

void RttChart::setSeries(std::shared_ptr<const StreamSeriesBuilder> series, Direction data)
{
    series_ = std::move(series);
    data_ = data;
    rebuild();
}

void RttChart::setAgainstSequence(bool bySequence)
{
    if (bySequence == bySequence_)
        return;
    bySequence_ = bySequence;
    rebuild();
}

void RttChart::rebuild()
{
    clearChart();
    if (bySequence_) {
        xAxis->setLabel(tr("Relative sequence number the ACK covers (bytes)"));
        xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new UnitTicker(QStringLiteral("B"))));
    } else {
        xAxis->setLabel(tr("Time (s since conversation start)"));
        xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
    }
    min_ = addSeries(tr("Minimum"));
    avg_ = addSeries(tr("Average"));
    max_ = addSeries(tr("Maximum"));
    ack_ = addSeries(tr("ACK RTT"));
    timestamp_ = addSeries(tr("Timestamp RTT (TSval → TSecr)"));
    stats_.clear();
    if (!series_ || series_->empty()) {
        setEmptyMessage(tr("No conversation selected"));
        setHomeRange({0, 1}, {0, 1});
        applyStyle();
        return;
    }
    const auto& rtt = series_->rtt(data_);
    double top = 0;
    double right = 0;
    const auto fill = [&](const std::vector<RttSample>& samples, QCPGraph* graph) {
        QVector<double> keys, values;
        QVector<quint32> frames;
        for (const auto& s : samples) {
            keys.push_back(bySequence_ ? static_cast<double>(s.seq) : s.time);
            values.push_back(s.rtt);
            frames.push_back(s.frame);
            top = std::max(top, s.rtt);
            right = std::max(right, keys.back());
        }
        setGraphData(graph, keys, values, frames);
    };
    fill(rtt.ack, ack_);
    if (!bySequence_)
        fill(rtt.timestamp, timestamp_);
    // The statistics of the ACK samples, or of the timestamp ones when there are no ACK samples.
    const auto& basis = !rtt.ack.empty() || bySequence_ ? rtt.ack : rtt.timestamp;
    const auto stats = rttStats(basis);
    const QCPRange x = bySequence_ ? QCPRange(0, right > 0 ? right * 1.02 : 1) : timeHome(series_->duration());
    if (stats.count > 0) {
        const QString what = &basis == &rtt.ack ? tr("ACK RTT") : tr("Timestamp RTT");
        stats_ = tr("%1: min %2 · avg %3 · max %4 (%n samples)", nullptr, static_cast<int>(stats.count))
                     .arg(what, formatSi(stats.min, QStringLiteral("s")), formatSi(stats.avg, QStringLiteral("s")),
                          formatSi(stats.max, QStringLiteral("s")));
        for (auto [graph, value, label] : {std::tuple{min_, stats.min, tr("Minimum %1")},
                                           std::tuple{avg_, stats.avg, tr("Average %1")},
                                           std::tuple{max_, stats.max, tr("Maximum %1")}}) {
            setGraphData(graph, {x.lower, x.upper}, {value, value});
            graph->setName(label.arg(formatSi(value, QStringLiteral("s"))));
        }
    } else {
        setEmptyMessage(tr("No RTT samples in this direction (no data, or every segment was retransmitted)"));
    }
    orderLegend({ack_, timestamp_, min_, avg_, max_});
    setHomeRange(x, valueHome(top));
    applyStyle();
}

void RttChart::applyStyle()
{
    if (ack_ == nullptr)
        return;
    const auto& s = chartStyle();
    ack_->setLineStyle(QCPGraph::lsNone);
    ack_->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, s.rttAck, s.markerSize * 0.6));
    timestamp_->setLineStyle(QCPGraph::lsNone);
    timestamp_->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCross, pen(s.rttTimestamp, 0.8), Qt::NoBrush,
                                                s.markerSize * 0.8));
    min_->setPen(pen(s.rttStats, 0.8, Qt::DashLine));
    avg_->setPen(pen(s.rttStats, 1.0, Qt::DashDotLine));
    max_->setPen(pen(s.rttStats, 0.8, Qt::DotLine));
}

QString RttChart::readout(double key, double value) const
{
    const QString x = bySequence_ ? tr("seq %1").arg(QLocale().toString(std::llround(key)))
                                  : tr("t %1 s").arg(key, 0, 'f', 6);
    return x + QStringLiteral(" · ") + tr("RTT %1").arg(formatSi(value, QStringLiteral("s"), 4));
}

} // namespace tcplens::ui
