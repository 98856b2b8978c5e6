#include "WindowsChart.h"

#include <QLocale>

#include "UnitTicker.h"

#include <series/SeriesTypes.h>

#include <limits>

namespace tcplens::ui {
namespace {

constexpr double kGap = std::numeric_limits<double>::quiet_NaN();

} // namespace

void WindowsChart::setAxisTitles()
{
    xAxis->setLabel(tr("Time (s since conversation start)"));
    yAxis->setLabel(tr("Bytes"));
}

void WindowsChart::retranslate()
{
    setAxisTitles();
    rebuild(); // the legend's names and the empty-chart message
}

WindowsChart::WindowsChart(QWidget* parent) : ChartPlot(parent)
{
    setAxisTitles();
    yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new UnitTicker(QStringLiteral("B"))));
    yAxis2->setRange(0, 1); // the phase shading and the recovery bar, never zoomed
    rebuild();
}

void WindowsChart::setSeries(std::shared_ptr<const StreamSeriesBuilder> series, Direction data)
{
    series_ = std::move(series);
    data_ = data;
    rebuild();
}

int WindowsChart::addExtraSeries(const QString& name, const QVector<double>& times, const QVector<double>& values)
{
    extras_.push_back(Extra{nextExtraId_++, name, times, values, nullptr});
    addExtraGraph(extras_.back());
    extras_.back().graph->addToLegend();
    legendChanged();
    applyStyle();
    replot(QCustomPlot::rpQueuedReplot);
    return extras_.back().id;
}

void WindowsChart::removeExtraSeries(int id)
{
    for (auto it = extras_.begin(); it != extras_.end(); ++it) {
        if (it->id == id) {
            removeGraph(it->graph);
            extras_.erase(it);
            replot(QCustomPlot::rpQueuedReplot);
            return;
        }
    }
}

void WindowsChart::clearExtraSeries()
{
    for (auto& extra : extras_)
        removeGraph(extra.graph);
    extras_.clear();
    replot(QCustomPlot::rpQueuedReplot);
}

void WindowsChart::addExtraGraph(Extra& extra)
{
    extra.graph = addSeries(extra.name);
    setGraphData(extra.graph, extra.times, extra.values);
}

void WindowsChart::rebuild()
{
    clearChart();
    bands_.clear();
    slowStart_ = addSeries(tr("Slow start"), yAxis2);
    avoidance_ = addSeries(tr("Congestion avoidance"), yAxis2);
    if (limitBandsShown() && series_ && !series_->empty()) // over the phases' tint, under every line
        bands_.build(*this, yAxis2, series_->limits().timeline(data_));
    recovery_ = addSeries(tr("Loss recovery"), yAxis2);
    rwnd_ = addSeries(tr("Advertised window (receiver)"));
    flight_ = addSeries(tr("Bytes in flight"));
    cwnd_ = addSeries(tr("Congestion window (estimate)"));
    ssthresh_ = addSeries(tr("ssthresh (estimate)"));
    const QString lossNames[3] = {tr("Retransmission"), tr("Fast retransmission"), tr("Timeout")};
    for (int i = 0; i < 3; ++i) {
        losses_[i] = addSeries(lossNames[i]);
        setPickPriority(losses_[i], 2); // a loss marker over the cwnd and flight lines it sits on
    }
    recovered_ = addSeries(tr("Recovered"));
    for (auto& extra : extras_)
        addExtraGraph(extra);

    double top = 0;
    if (series_ && !series_->empty()) {
        const auto& windows = series_->windows(data_);
        const auto& cwnd = series_->congestion(data_);
        const auto values = [&top](const std::vector<ValuePoint>& points, QVector<double>& keys,
                                   QVector<double>& vals, QVector<quint32>& frames) {
            for (const auto& p : points) {
                keys.push_back(p.time);
                vals.push_back(static_cast<double>(p.value));
                frames.push_back(p.frame);
            }
        };
        QVector<double> k, v;
        QVector<quint32> f;
        values(windows.receiveWindow, k, v, f);
        double rwndTop = 0;
        for (const double x : v)
            rwndTop = std::max(rwndTop, x);
        setGraphData(rwnd_, k, v, f);
        k.clear(), v.clear(), f.clear();
        values(windows.bytesInFlight, k, v, f);
        for (const double x : v)
            top = std::max(top, x);
        setGraphData(flight_, k, v, f);
        k.clear(), v.clear(), f.clear();
        for (const auto& p : cwnd.points) {
            k.push_back(p.time);
            v.push_back(static_cast<double>(p.flight));
            f.push_back(p.frame);
            top = std::max(top, static_cast<double>(p.flight));
        }
        setGraphData(cwnd_, k, v, f);
        k.clear(), v.clear(), f.clear();
        for (const auto& p : cwnd.ssthresh) {
            k.push_back(p.time);
            v.push_back(static_cast<double>(p.value));
            f.push_back(p.frame);
        }
        if (!k.isEmpty()) { // the last estimate holds to the end
            k.push_back(series_->duration());
            v.push_back(v.back());
            f.push_back(0);
        }
        setGraphData(ssthresh_, k, v, f);

        std::array<QVector<double>, 3> lk, lv;
        std::array<QVector<quint32>, 3> lf;
        QVector<double> rk, rv, bk, bv;
        for (const auto& loss : cwnd.losses) {
            const auto i = static_cast<std::size_t>(loss.kind);
            lk[i].push_back(loss.time);
            lv[i].push_back(static_cast<double>(loss.flightAtLoss));
            lf[i].push_back(loss.frame);
            const double end = loss.recoveredAt >= 0 ? loss.recoveredAt : series_->duration();
            bk << loss.time << end << end;
            bv << 0.97 << 0.97 << kGap;
            if (loss.recoveredAt >= 0) {
                rk.push_back(loss.recoveredAt);
                rv.push_back(static_cast<double>(loss.ssthreshAfter));
            }
        }
        for (std::size_t i = 0; i < 3; ++i)
            setGraphData(losses_[i], lk[i], lv[i], lf[i]);
        setGraphData(recovered_, rk, rv);
        setGraphData(recovery_, bk, bv);

        // Phases as filled steps on the hidden 0..1 axis: 1 inside the phase, 0 outside.
        QVector<double> pk, ss, ca;
        for (const auto& span : phaseSpans(cwnd)) {
            const bool slow = span.phase == CongestionPhase::SlowStart;
            pk << span.start << span.end;
            ss << (slow ? 1.0 : 0.0) << (slow ? 1.0 : 0.0);
            ca << (slow ? 0.0 : 1.0) << (slow ? 0.0 : 1.0);
        }
        setGraphData(slowStart_, pk, ss);
        setGraphData(avoidance_, pk, ca);
        if (windows.bytesInFlight.empty() && cwnd.points.empty())
            setEmptyMessage(tr("No data was sent in this direction — try Switch Direction"));
        // The y range comes from what the sender controls (flight, cwnd): a receive window many times
        // larger would flatten them to the axis, so it is clipped at the top and its peak named there.
        const double senderTop = top;
        top = senderTop > 0 ? std::max(senderTop, std::min(rwndTop, 1.5 * senderTop)) : rwndTop;
        if (rwndTop > top && top > 0) {
            auto* note = new QCPItemText(this);
            note->setClipToAxisRect(true);
            note->position->setType(QCPItemPosition::ptAxisRectRatio);
            note->position->setCoords(0.99, 0.07); // under the recovery bar along the top
            note->setPositionAlignment(Qt::AlignRight | Qt::AlignTop);
            note->setText(tr("Receive window up to %1 bytes, above the top: press - to zoom out")
                              .arg(QLocale().toString(static_cast<qulonglong>(rwndTop))));
            note->setColor(chartStyle().rwnd);
            note->setBrush(chartStyle().legendBackground); // readable over the lines it crosses
            note->setPadding(QMargins(4, 2, 4, 2));
            note->setSelectable(false);
            note->setObjectName(QStringLiteral("rwndClippedNote"));
        }
        setHomeRange(timeHome(series_->duration()), valueHome(top));
    } else {
        setEmptyMessage(tr("No conversation selected"));
        setHomeRange({0, 1}, {0, 1});
    }
    for (auto& extra : extras_) {
        for (const double x : extra.values)
            top = std::max(top, x);
    }
    if (top > 0)
        setHomeRange(xAxis->range(), valueHome(top));
    orderLegend({rwnd_, flight_, cwnd_, ssthresh_, losses_[0], losses_[1], losses_[2], recovered_, recovery_,
                 slowStart_, avoidance_});
    bands_.addToLegend();
    for (auto& extra : extras_)
        extra.graph->addToLegend();
    applyStyle();
}

void WindowsChart::applyStyle()
{
    if (rwnd_ == nullptr)
        return;
    const auto& s = chartStyle();
    bands_.applyStyle(s);
    for (auto [graph, colour] : {std::pair{slowStart_, s.slowStartShade}, std::pair{avoidance_, s.avoidanceShade}}) {
        graph->setLineStyle(QCPGraph::lsStepLeft);
        graph->setPen(Qt::NoPen);
        graph->setBrush(colour);
    }
    recovery_->setLineStyle(QCPGraph::lsLine);
    recovery_->setPen(pen(s.recovery, 3.0));
    rwnd_->setLineStyle(QCPGraph::lsStepLeft);
    rwnd_->setPen(pen(s.rwnd));
    flight_->setLineStyle(QCPGraph::lsLine);
    flight_->setPen(pen(s.flight, 0.7));
    cwnd_->setLineStyle(QCPGraph::lsLine);
    cwnd_->setPen(pen(s.cwnd, 1.3));
    cwnd_->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, s.cwnd, s.markerSize * 0.45));
    ssthresh_->setLineStyle(QCPGraph::lsStepLeft);
    ssthresh_->setPen(pen(s.ssthresh, 1.2, Qt::DashLine));
    const QCPScatterStyle::ScatterShape shapes[3] = {QCPScatterStyle::ssTriangleInverted,
                                                     QCPScatterStyle::ssTriangleInverted, QCPScatterStyle::ssSquare};
    const QColor colours[3] = {s.retransmission, s.fastRetransmission, s.loss};
    for (int i = 0; i < 3; ++i) {
        losses_[i]->setLineStyle(QCPGraph::lsNone);
        losses_[i]->setScatterStyle(QCPScatterStyle(shapes[i], pen(s.text, 0.6), QBrush(colours[i]), s.markerSize * 1.7));
    }
    recovered_->setLineStyle(QCPGraph::lsNone);
    recovered_->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDiamond, pen(s.text, 0.6), QBrush(s.recovery),
                                                s.markerSize * 1.4));
    const QColor extraColours[4] = {s.extra, s.probe, s.windowEdge, s.outOfOrder};
    for (std::size_t i = 0; i < extras_.size(); ++i) {
        extras_[i].graph->setLineStyle(QCPGraph::lsStepLeft);
        extras_[i].graph->setPen(pen(extraColours[i % 4], 1.3, Qt::DashDotLine));
    }
}

QString WindowsChart::readout(double key, double value) const
{
    const QString text =
        tr("t %1 s · %2").arg(key, 0, 'f', 6).arg(QLocale().toString(std::llround(value)) + tr(" bytes"));
    const auto factor = bands_.factorAt(key);
    return factor ? text + QStringLiteral(" · ") + LimitBands::name(*factor) : text;
}

void WindowsChart::setNote(const QString& text, const QString& toolTip)
{
    if (text == note_ && toolTip == noteToolTip_)
        return;
    note_ = text;
    noteToolTip_ = toolTip;
    emit noteChanged();
}

} // namespace tcplens::ui
