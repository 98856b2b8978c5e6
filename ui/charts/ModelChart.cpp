#include "ModelChart.h"

#include <algorithm>

namespace tcplens::ui {
namespace {

constexpr std::size_t kMaxLabels = 40;
// Losses are what the figure is about, then Reno's recovery after them, then the phases.
constexpr int kLossPriority = 1'000'000;
constexpr int kRecoveryPriority = 500'000;

bool slowStart(double cwnd, double ssthresh) noexcept { return cwnd < ssthresh; }

Qt::Alignment otherSide(Qt::Alignment alignment)
{
    const Qt::Alignment horizontal = alignment & Qt::AlignHorizontal_Mask;
    return horizontal | (alignment.testFlag(Qt::AlignBottom) ? Qt::AlignTop : Qt::AlignBottom);
}

QRectF rectOf(const QCPItemText* item)
{
    return QRectF(item->topLeft->pixelPosition(), item->bottomRight->pixelPosition()).normalized();
}

} // namespace

void ModelChart::setAxisTitles()
{
    xAxis->setLabel(tr("Transmission round (one RTT each)"));
    yAxis->setLabel(tr("Congestion window (MSS)"));
}

void ModelChart::retranslate()
{
    setAxisTitles();
    rebuild(); // the legend's names and the empty-chart message
}

ModelChart::ModelChart(QWidget* parent) : ChartPlot(parent)
{
    setAxisTitles();
    auto ticker = QSharedPointer<QCPAxisTicker>(new QCPAxisTicker);
    ticker->setTickStepStrategy(QCPAxisTicker::tssReadability);
    xAxis->setTicker(ticker);
    xAxis->setNumberFormat(QStringLiteral("f"));
    xAxis->setNumberPrecision(0);
    // Where the labels land in pixels changes with every zoom, pan and resize.
    connect(this, &QCustomPlot::afterLayout, this, &ModelChart::placeLabels);
    rebuild();
}

void ModelChart::setSeries(std::shared_ptr<const StreamSeriesBuilder> series, Direction data)
{
    series_ = std::move(series);
    data_ = data;
    rebuild();
}

void ModelChart::setSettings(const ModelSettings& settings)
{
    settings_ = settings;
    rebuild();
}

void ModelChart::label(double round, double cwnd, const QString& text, LabelRole role, int priority, bool above)
{
    if (labels_.size() >= kMaxLabels)
        return;
    auto* item = new QCPItemText(this);
    item->position->setCoords(round, cwnd);
    // Centred on its round, except near the chart's ends (a label is about a tenth of its width),
    // where half of it would fall outside.
    const double last = std::max(1.0, static_cast<double>(rounds_.size()) - 1);
    const Qt::Alignment horizontal = round < last * 0.1   ? Qt::AlignLeft
                                     : round > last * 0.9 ? Qt::AlignRight
                                                          : Qt::AlignHCenter;
    const Qt::Alignment alignment = horizontal | (above ? Qt::AlignBottom : Qt::AlignTop);
    item->setPositionAlignment(alignment);
    item->setText(text);
    item->setPadding(QMargins(3, 2, 3, 2));
    item->setSelectable(false);
    labels_.push_back(Label{item, role, priority, alignment});
}

void ModelChart::placeLabels()
{
    // Like a map's place names: the most important label first, each later one on its own side of
    // the curve, else on the other side, else left out, so no two ever cover each other and none
    // is cut by the plot's edge.
    std::vector<const Label*> order;
    for (const auto& label : labels_)
        order.push_back(&label);
    std::stable_sort(order.begin(), order.end(), [](const Label* a, const Label* b) { return a->priority > b->priority; });
    constexpr double kGap = 2; // px between two labels, so they never touch
    const QRectF plot = axisRect()->rect(); // a label past its edge would be cut off
    std::vector<QRectF> kept;
    for (const Label* label : order) {
        bool placed = false;
        for (const Qt::Alignment alignment : {label->alignment, otherSide(label->alignment)}) {
            label->item->setPositionAlignment(alignment);
            const QRectF rect = rectOf(label->item);
            const QRectF apart = rect.adjusted(-kGap, -kGap, kGap, kGap);
            if (plot.contains(rect)
                && std::none_of(kept.begin(), kept.end(), [&apart](const QRectF& other) { return other.intersects(apart); })) {
                kept.push_back(rect);
                placed = true;
                break;
            }
        }
        if (!placed)
            label->item->setPositionAlignment(label->alignment);
        label->item->setVisible(placed);
    }
}

std::vector<QRectF> ModelChart::shownLabelRects() const
{
    std::vector<QRectF> rects;
    for (const auto& label : labels_)
        if (label.item->visible())
            rects.push_back(rectOf(label.item));
    return rects;
}

void ModelChart::rebuild()
{
    clearChart();
    labels_.clear();
    tahoeSsthresh_ = addSeries(tr("Tahoe ssthresh"));
    renoSsthresh_ = addSeries(tr("Reno ssthresh"));
    measured_ = addSeries(tr("Measured flight size / MSS"));
    tahoe_ = addSeries(tr("Tahoe cwnd"));
    reno_ = addSeries(tr("Reno cwnd"));
    losses_ = addSeries(tr("Loss (timeout or 3 duplicate ACKs)"));

    TextbookParams params = textbookParamsWithLossAt(settings_.initialCwnd, settings_.ssthresh, settings_.lossAtCwnd,
                                                     settings_.lossType, settings_.rounds);
    CaptureModelInput input;
    std::uint32_t mss = 0;
    const bool haveCapture = series_ && !series_->empty();
    if (haveCapture) {
        mss = series_->mss(data_);
        input = captureModelInput(series_->congestion(data_), mss);
    }
    const bool fromCapture = settings_.fromCapture && !input.rounds.empty();
    if (fromCapture)
        params = input.params;
    rounds_ = textbookModel(params);

    QVector<double> keys, tahoe, reno, tahoeSs, renoSs;
    double top = 1;
    for (const auto& r : rounds_) {
        keys.push_back(r.round);
        tahoe.push_back(r.tahoeCwnd);
        reno.push_back(r.renoCwnd);
        tahoeSs.push_back(r.tahoeSsthresh);
        renoSs.push_back(r.renoSsthresh);
        top = std::max({top, r.tahoeCwnd, r.renoCwnd, std::min(r.tahoeSsthresh, r.tahoeCwnd * 2)});
    }
    setGraphData(tahoe_, keys, tahoe);
    setGraphData(reno_, keys, reno);
    setGraphData(tahoeSsthresh_, keys, tahoeSs);
    setGraphData(renoSsthresh_, keys, renoSs);

    if (haveCapture && !input.rounds.empty()) {
        QVector<double> mk, mv;
        QVector<quint32> mf;
        const auto& cwnd = series_->congestion(data_);
        for (std::size_t i = 0; i < input.rounds.size(); ++i) {
            mk.push_back(input.rounds[i].round);
            mv.push_back(input.rounds[i].flightMss);
            const auto& round = cwnd.rounds[i];
            mf.push_back(round.pointCount > 0 ? cwnd.points[round.firstPoint].frame : 0);
            top = std::max(top, input.rounds[i].flightMss);
        }
        setGraphData(measured_, mk, mv, mf);
        measured_->setName(tr("Measured flight size / MSS (%1 bytes)").arg(mss));
    }

    QVector<double> lossKeys, lossValues;
    for (const auto& r : rounds_) {
        if (r.loss) {
            lossKeys.push_back(r.round);
            lossValues.push_back(std::max(r.tahoeCwnd, r.renoCwnd));
        }
    }
    setGraphData(losses_, lossKeys, lossValues);
    orderLegend({tahoe_, reno_, tahoeSsthresh_, renoSsthresh_, measured_, losses_});

    // Phase labels on the Tahoe curve (one per run long enough to hold its words), and the losses
    // spelled out while there are few enough to read.
    const std::size_t n = rounds_.size();
    const std::size_t minRun = std::max<std::size_t>(3, n / 12);
    const bool spellLosses = lossKeys.size() <= 6;
    for (std::size_t start = 0; start < n;) {
        const bool ss = slowStart(rounds_[start].tahoeCwnd, rounds_[start].tahoeSsthresh);
        std::size_t end = start;
        while (end + 1 < n && !rounds_[end].loss
               && slowStart(rounds_[end + 1].tahoeCwnd, rounds_[end + 1].tahoeSsthresh) == ss)
            ++end;
        if (end - start + 1 >= minRun) {
            const auto& mid = rounds_[(start + end) / 2];
            // The longer a phase runs, the more its label is worth keeping.
            label(mid.round, mid.tahoeCwnd, ss ? tr("slow start") : tr("congestion avoidance"), LabelRole::Tahoe,
                  static_cast<int>(end - start + 1));
        }
        start = end + 1;
    }
    for (const auto& r : rounds_) {
        if (!r.loss || !spellLosses)
            continue;
        const bool timeout = *r.loss == TextbookLossType::Timeout;
        label(r.round, std::max(r.tahoeCwnd, r.renoCwnd), timeout ? tr("timeout") : tr("3 dup ACKs"), LabelRole::Loss,
              kLossPriority);
        if (!timeout && r.round + 1 < n)
            label(r.round + 1, rounds_[r.round + 1].renoCwnd, tr("fast recovery (Reno)"), LabelRole::Reno,
                  kRecoveryPriority, false);
    }
    if (!fromCapture && settings_.fromCapture)
        setEmptyMessage(haveCapture ? tr("No transmissions in this direction: showing the textbook example")
                                    : QString());
    // Room above the highest curve for the label of a loss at its peak.
    setHomeRange(QCPRange(-0.5, std::max<double>(n, 2) - 0.5), valueHome(top * 1.18));
    applyStyle();
}

void ModelChart::applyStyle()
{
    if (tahoe_ == nullptr)
        return;
    const auto& s = chartStyle();
    tahoe_->setPen(pen(s.tahoe, 1.3));
    tahoe_->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, s.tahoe, s.markerSize * 0.9));
    reno_->setPen(pen(s.reno, 1.3));
    reno_->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssSquare, pen(s.reno), QBrush(s.reno), s.markerSize * 0.7));
    tahoeSsthresh_->setLineStyle(QCPGraph::lsStepCenter);
    tahoeSsthresh_->setPen(pen(s.tahoe, 0.8, Qt::DashLine));
    renoSsthresh_->setLineStyle(QCPGraph::lsStepCenter);
    renoSsthresh_->setPen(pen(s.reno, 0.8, Qt::DotLine));
    measured_->setPen(pen(s.measured, 1.0));
    measured_->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssTriangle, s.measured, s.markerSize * 0.8));
    losses_->setLineStyle(QCPGraph::lsNone);
    losses_->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssStar, pen(s.loss, 1.2), Qt::NoBrush, s.markerSize * 2));
    QFont font = s.font;
    font.setPointSizeF(s.font.pointSizeF() * 0.95);
    for (const auto& label : labels_) {
        label.item->setFont(font);
        label.item->setColor(label.role == LabelRole::Loss ? s.loss : label.role == LabelRole::Reno ? s.reno : s.text);
        label.item->setBrush(s.legendBackground);
    }
}

QString ModelChart::readout(double key, double value) const
{
    const auto round = std::lround(key);
    QString text = tr("round %1 · %2 MSS").arg(round).arg(value, 0, 'f', 1);
    if (round >= 0 && static_cast<std::size_t>(round) < rounds_.size()) {
        const auto& r = rounds_[static_cast<std::size_t>(round)];
        text += QLatin1Char('\n') + tr("Tahoe %1 (ssthresh %2) · Reno %3 (ssthresh %4)")
                                        .arg(r.tahoeCwnd).arg(r.tahoeSsthresh).arg(r.renoCwnd).arg(r.renoSsthresh);
    }
    return text;
}

} // namespace tcplens::ui
