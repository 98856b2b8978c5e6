#include "TimeSequenceChart.h"

#include "UnitTicker.h"

#include <cmath>
#include <limits>

namespace tcplens::ui {
namespace {

constexpr double kGap = std::numeric_limits<double>::quiet_NaN();

int groupOf(SegmentKind kind) noexcept
{
    switch (kind) {
    case SegmentKind::New: return 0;
    case SegmentKind::Retransmission:
    case SegmentKind::Spurious: return 1;
    case SegmentKind::FastRetransmission: return 2;
    case SegmentKind::OutOfOrder: return 3;
    case SegmentKind::ZeroWindowProbe:
    case SegmentKind::KeepAlive: return 4;
    }
    return 0;
}

int eventGroup(EventKind kind) noexcept
{
    switch (kind) {
    case EventKind::ZeroWindow: return 0;
    case EventKind::WindowFull: return 1;
    case EventKind::Reset: return 2;
    case EventKind::DuplicateAck: return 3;
    case EventKind::LostSegment: return -1; // the retransmission that follows shows it
    }
    return -1;
}

struct Points {
    QVector<double> keys, values;
    QVector<quint32> frames;

    void add(double key, double value, quint32 frame)
    {
        keys.push_back(key);
        values.push_back(value);
        frames.push_back(frame);
    }
    /// A vertical bar from `low` to `high` at `key`, then a gap.
    void bar(double key, double low, double high, quint32 frame)
    {
        add(key, low, frame);
        add(key, high, frame);
        add(key, kGap, 0);
    }
};

/// tcptrace's bar ends: a short horizontal tick.
QCPScatterStyle tick(const QPen& pen, double size)
{
    QPainterPath path;
    path.moveTo(-size / 2, 0);
    path.lineTo(size / 2, 0);
    QCPScatterStyle style(path, pen, Qt::NoBrush, size);
    return style;
}

} // namespace

void TimeSequenceChart::setAxisTitles()
{
    xAxis->setLabel(tr("Time (s since conversation start)"));
    yAxis->setLabel(tr("Relative sequence number (bytes)"));
}

void TimeSequenceChart::retranslate()
{
    setAxisTitles();
    rebuild(); // the legend's names and the empty-chart message
}

TimeSequenceChart::TimeSequenceChart(QWidget* parent) : ChartPlot(parent)
{
    setAxisTitles();
    yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new UnitTicker(QStringLiteral("B"))));
    yAxis2->setRange(0, 1); // the limiting-factor band, never zoomed
    connect(this, &QCustomPlot::beforeReplot, this, &TimeSequenceChart::updateDetail);
    rebuild();
}

void TimeSequenceChart::updateDetail()
{
    constexpr int kMaxTickedPoints = 3 * 20'000; // three points a bar
    if (segments_[0] == nullptr)
        return;
    const auto data = segments_[0]->data();
    const auto visible = data->findEnd(xAxis->range().upper) - data->findBegin(xAxis->range().lower);
    const bool detailed = visible <= kMaxTickedPoints;
    if (detailed != detailed_) {
        detailed_ = detailed;
        applyStyle();
    }
}

void TimeSequenceChart::setSeries(std::shared_ptr<const StreamSeriesBuilder> series, Direction data)
{
    series_ = std::move(series);
    data_ = data;
    rebuild();
}

void TimeSequenceChart::setStevens(bool dots)
{
    if (dots == stevens_)
        return;
    stevens_ = dots;
    rebuild();
}

void TimeSequenceChart::rebuild()
{
    clearChart();
    bands_.clear();
    if (limitBandsShown() && series_ && !series_->empty()) // behind everything
        bands_.build(*this, yAxis2, series_->limits().timeline(data_));
    // Drawn in this order: the window edge and ACKs behind, segments over them, events on top.
    window_ = addSeries(tr("Receive window (ack + window)"));
    acks_ = addSeries(tr("ACK"));
    sacks_ = addSeries(tr("SACK blocks"));
    const QString segmentNames[5] = {tr("Data segments"), tr("Retransmissions"), tr("Fast retransmissions"),
                                     tr("Out of order"), tr("Probes and keep-alives")};
    for (int i = 0; i < 5; ++i) {
        segments_[i] = addSeries(segmentNames[i]);
        // A red dot means the retransmission: it wins over the markers, data and ACKs beside it.
        setPickPriority(segments_[i], i == 0 ? 1 : 3);
    }
    const QString eventNames[4] = {tr("Zero window"), tr("Window full"), tr("RST"), tr("Duplicate ACK")};
    for (int i = 0; i < 4; ++i) {
        events_[i] = addSeries(eventNames[i]);
        setPickPriority(events_[i], 2);
    }

    if (!series_ || series_->empty()) {
        setEmptyMessage(tr("No conversation selected"));
        applyStyle();
        setHomeRange({0, 1}, {0, 1});
        return;
    }
    const auto& tsg = series_->timeSequence(data_);
    std::array<Points, 5> segments;
    double top = 0;
    for (const auto& s : tsg.segments) {
        const double seq = s.seq;
        const double end = static_cast<double>(s.seq) + std::max<std::uint32_t>(s.len, 1);
        auto& group = segments[static_cast<std::size_t>(groupOf(s.kind))];
        if (stevens_)
            group.add(s.time, seq, s.frame);
        else
            group.bar(s.time, seq, end, s.frame);
        top = std::max(top, end);
    }
    for (int i = 0; i < 5; ++i) {
        setGraphData(segments_[i], segments[i].keys, segments[i].values, segments[i].frames);
        setBars(segments_[i], !stevens_);
    }

    Points acks;
    for (const auto& a : tsg.acks)
        acks.add(a.time, a.ack, a.frame);
    setGraphData(acks_, acks.keys, acks.values, acks.frames);
    Points window;
    for (const auto& w : tsg.windowEdge) {
        window.add(w.time, static_cast<double>(w.edge), w.frame);
    }
    setGraphData(window_, window.keys, window.values, window.frames);
    Points sacks;
    for (const auto& s : tsg.sacks)
        sacks.bar(s.time, s.left, s.right, s.frame);
    setGraphData(sacks_, sacks.keys, sacks.values, sacks.frames);
    setBars(sacks_);
    std::array<Points, 4> events;
    for (const auto& e : tsg.events) {
        const int group = eventGroup(e.kind);
        if (group >= 0)
            events[static_cast<std::size_t>(group)].add(e.time, e.seq, e.frame);
    }
    for (int i = 0; i < 4; ++i)
        setGraphData(events_[i], events[i].keys, events[i].values, events[i].frames);

    // The legend lists what this conversation has, in tcptrace's order.
    orderLegend({segments_[0], segments_[1], segments_[2], segments_[3], segments_[4], acks_, window_, sacks_,
                 events_[3], events_[0], events_[1], events_[2]});
    bands_.addToLegend();
    if (tsg.segments.empty())
        setEmptyMessage(tr("No data was sent in this direction — try Switch Direction"));
    applyStyle();
    // The window edge can be far above the data: the home view shows the data and the ACKs.
    setHomeRange(timeHome(series_->duration()), valueHome(top));
}

void TimeSequenceChart::applyStyle()
{
    const auto& s = chartStyle();
    bands_.applyStyle(s);
    const QColor colours[5] = {s.segment, s.retransmission, s.fastRetransmission, s.outOfOrder, s.probe};
    for (int i = 0; i < 5; ++i) {
        if (segments_[i] == nullptr)
            continue;
        segments_[i]->setLineStyle(stevens_ ? QCPGraph::lsNone : QCPGraph::lsLine);
        // Everything but new data is rarer and matters more: thicker, with a marker at each end.
        segments_[i]->setPen(pen(colours[i], i == 0 ? 1.0 : 2.2));
        if (stevens_)
            segments_[i]->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, colours[i],
                                                          s.markerSize * (i == 0 ? 0.6 : 1.0)));
        else if (i == 0)
            segments_[i]->setScatterStyle(detailed_ ? tick(pen(colours[i]), s.markerSize * 0.8) : QCPScatterStyle());
        else
            segments_[i]->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, colours[i], s.markerSize * 0.9));
    }
    if (acks_ == nullptr)
        return;
    acks_->setLineStyle(QCPGraph::lsStepLeft);
    acks_->setPen(pen(s.ack));
    window_->setLineStyle(QCPGraph::lsStepLeft);
    window_->setPen(pen(s.windowEdge));
    sacks_->setLineStyle(QCPGraph::lsLine);
    QColor sack = s.sack;
    sack.setAlpha(150);
    sacks_->setPen(pen(sack, 0.8));
    const QColor eventColours[4] = {s.zeroWindow, s.windowFull, s.reset, s.dupAck};
    const QCPScatterStyle::ScatterShape shapes[4] = {QCPScatterStyle::ssTriangleInverted, QCPScatterStyle::ssTriangle,
                                                     QCPScatterStyle::ssCross, QCPScatterStyle::ssDiamond};
    for (int i = 0; i < 4; ++i) {
        events_[i]->setLineStyle(QCPGraph::lsNone);
        events_[i]->setScatterStyle(QCPScatterStyle(shapes[i], pen(eventColours[i]), QBrush(eventColours[i]),
                                                    s.markerSize * (i == 3 ? 0.8 : 1.3)));
    }
}

QString TimeSequenceChart::readout(double key, double value) const
{
    const QString text = tr("t %1 s · seq %2").arg(key, 0, 'f', 6).arg(QLocale().toString(std::llround(value)));
    const auto factor = bands_.factorAt(key);
    return factor ? text + QStringLiteral(" · ") + LimitBands::name(*factor) : text;
}

} // namespace tcplens::ui
