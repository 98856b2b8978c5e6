#include "ChartsPanel.h"

#include <QCoreApplication>

#include "ChartOptions.h"
#include "ChartRenderer.h"

#include "ChartStyle.h"
#include "ModelChart.h"
#include "RttChart.h"
#include "ThroughputChart.h"
#include "TimeSequenceChart.h"
#include "UnitTicker.h"
#include "WindowsChart.h"

#include <export/SeriesCsv.h>
#include <series/SeriesFromStore.h>

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace tcplens::ui {
namespace {

const QString kLimitBandsKey = QStringLiteral("charts/limitBands");

int indexOf(ChartKind kind) { return static_cast<int>(kind); }

QString directionText(Direction d)
{
    return d == Direction::ClientToServer ? ChartsPanel::tr("client → server") : ChartsPanel::tr("server → client");
}

} // namespace

ChartsPanel::ChartsPanel(QWidget* parent) : QWidget(parent), cache_(new ChartSeriesCache(this))
{
    tsg_ = new TimeSequenceChart;
    windows_ = new WindowsChart;
    throughput_ = new ThroughputChart;
    rtt_ = new RttChart;
    model_ = new ModelChart;
    tabs_ = new QTabWidget;
    tabs_->setDocumentMode(true);
    for (auto* chart : {static_cast<QWidget*>(tsg_), static_cast<QWidget*>(windows_), static_cast<QWidget*>(throughput_),
                        static_cast<QWidget*>(rtt_), static_cast<QWidget*>(model_)})
        tabs_->addTab(chart, QString());
    translatable([this] {
        const QString names[] = {tr("Time-sequence"), tr("Windows"), tr("Throughput"), tr("RTT"), tr("Textbook model")};
        const QString tips[] = {
            tr("tcptrace's time-sequence graph: segments, ACKs, receive window, SACK blocks"),
            tr("Advertised window, bytes in flight, congestion-window estimate, ssthresh, phases"),
            tr("Throughput and goodput as a moving average, segment sizes behind"),
            tr("ACK and timestamp round-trip times against time or sequence number"),
            tr("Tahoe and Reno as the textbook draws them, beside what this connection did")};
        for (int tab = 0; tab < 5; ++tab) {
            tabs_->setTabText(tab, names[tab]);
            tabs_->setTabToolTip(tab, tips[tab]);
        }
    });

    title_ = new QLabel;
    title_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    hint_ = new QLabel;
    hint_->setWordWrap(true);
    hint_->setForegroundRole(QPalette::PlaceholderText);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setSpacing(2);
    createToolBar();
    layout->addWidget(findChild<QToolBar*>());
    options_ = new ChartOptions(tsg_, throughput_, rtt_, model_);
    layout->addWidget(options_);
    layout->addWidget(tabs_, 1);
    layout->addWidget(hint_);

    for (auto* chart : {static_cast<ChartPlot*>(tsg_), static_cast<ChartPlot*>(windows_),
                        static_cast<ChartPlot*>(throughput_), static_cast<ChartPlot*>(rtt_),
                        static_cast<ChartPlot*>(model_)}) {
        connect(chart, &ChartPlot::packetClicked, this, &ChartsPanel::packetClicked);
        connect(chart, &ChartPlot::axisModeChanged, this, &ChartsPanel::updateHint);
        connect(chart, &ChartPlot::timeRangeChanged, this, [this, chart](const QCPRange& range) {
            timeRange_ = range;
            for (const auto kind : kAllChartKinds) {
                auto* other = this->chart(kind);
                if (other != chart)
                    other->followTimeRange(range);
            }
        });
    }
    connect(tabs_, &QTabWidget::currentChanged, this, &ChartsPanel::onTabChanged);
    connect(cache_, &ChartSeriesCache::ready, this, &ChartsPanel::onSeriesReady);
    connect(windows_, &WindowsChart::noteChanged, this, &ChartsPanel::updateHint);
    connect(options_, &ChartOptions::averageWindowChanged, this, &ChartsPanel::updateHint);
    connect(options_, &ChartOptions::rttAxisChanged, this, [this](bool againstSequence) {
        if (!againstSequence && timeRange_)
            rtt_->followTimeRange(*timeRange_);
        updateHint();
    });
    restyle();
    updateDirectionLabel();
    updateHint();
}

ChartsPanel::~ChartsPanel() = default;

void ChartsPanel::createToolBar()
{
    auto* bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addWidget(title_);
    auto* spacer = new QWidget;
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    switchDirection_ = bar->addAction(QString(), this, &ChartsPanel::switchDirection);
    switchDirection_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    switchDirection_->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    auto* reset = bar->addAction(QString(), this, [this] { chart(currentChart())->resetView(); });
    limitBands_ = bar->addAction(QString());
    limitBands_->setObjectName(QStringLiteral("limitBandsAction"));
    limitBands_->setCheckable(true);
    limitBands_->setChecked(QSettings().value(kLimitBandsKey, true).toBool());
    connect(limitBands_, &QAction::toggled, this, [this](bool on) {
        QSettings().setValue(kLimitBandsKey, on);
        tsg_->setLimitBandsShown(on);
        windows_->setLimitBandsShown(on);
    });
    tsg_->setLimitBandsShown(limitBands_->isChecked());
    windows_->setLimitBandsShown(limitBands_->isChecked());
    auto* exportButton = new QToolButton;
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(exportButton);
    auto* image = menu->addAction(QString(), this, [this] { chooseExport(false); });
    auto* data = menu->addAction(QString(), this, [this] { chooseExport(true); });
    translatable([this, reset, exportButton, image, data] {
        switchDirection_->setText(tr("Switch &Direction"));
        switchDirection_->setToolTip(tr("Chart the other side's data and this side's ACKs (Ctrl+Shift+D)"));
        reset->setText(tr("&Reset Zoom"));
        reset->setToolTip(tr("Back to the whole conversation (key 0)"));
        limitBands_->setText(tr("&Limiting Factors"));
        limitBands_->setToolTip(tr("Show the strip along the time axis that says what held the sender back "
                                   "(time-sequence and Windows charts)"));
        exportButton->setText(tr("&Export"));
        image->setText(tr("Chart as &Image (PNG, PDF, SVG)…"));
        data->setText(tr("Chart &Data as CSV…"));
    });
    exportButton->setMenu(menu);
    bar->addWidget(exportButton);
}

void ChartsPanel::setSource(const PacketStore* store, const PacketAnalysisStore* analyses)
{
    store_ = store;
    analyses_ = analyses;
    cache_->setSource(store, analyses);
}

void ChartsPanel::clear()
{
    cache_->clear();
    stream_.reset();
    shownStream_.reset();
    series_.reset();
    timeRange_.reset();
    currentRow_ = -1;
    windows_->clearExtraSeries();
    for (const auto kind : kAllChartKinds)
        applySeries(kind);
    updateDirectionLabel();
}

void ChartsPanel::refresh()
{
    if (stream_ && isVisible()) {
        if (auto series = cache_->request(*stream_); series && series != series_)
            onSeriesReady(*stream_);
    }
}

void ChartsPanel::showStream(std::optional<std::uint32_t> stream)
{
    if (stream == stream_)
        return;
    stream_ = stream;
    if (!stream) {
        series_.reset();
        shownStream_.reset();
        for (const auto kind : kAllChartKinds)
            applySeries(kind);
        updateDirectionLabel();
        return;
    }
    if (!isVisible()) {
        updateDirectionLabel();
        return; // built when the panel is shown
    }
    if (cache_->request(*stream))
        onSeriesReady(*stream);
    else
        updateDirectionLabel();
}

void ChartsPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (stream_ && shownStream_ != stream_ && cache_->request(*stream_))
        onSeriesReady(*stream_);
}

void ChartsPanel::onSeriesReady(quint32 stream)
{
    if (!stream_ || *stream_ != stream)
        return;
    auto series = cache_->request(stream);
    if (!series)
        return;
    const bool newStream = shownStream_ != stream_;
    series_ = std::move(series);
    shownStream_ = stream;
    if (newStream) {
        direction_ = dataDirection(*series_);
        timeRange_.reset();
    }
    stale_.fill(true);
    applySeries(currentChart());
    setCurrentPacket(currentRow_);
    updateDirectionLabel();
    emit seriesShown(stream);
}

void ChartsPanel::applySeries(ChartKind kind)
{
    stale_[static_cast<std::size_t>(kind)] = false;
    switch (kind) {
    case ChartKind::TimeSequence: tsg_->setSeries(series_, direction_); break;
    case ChartKind::Windows: windows_->setSeries(series_, direction_); break;
    case ChartKind::Throughput: throughput_->setSeries(series_, direction_); break;
    case ChartKind::Rtt: rtt_->setSeries(series_, direction_); break;
    case ChartKind::Model: model_->setSeries(series_, direction_); break;
    }
    auto* plot = chart(kind);
    if (timeRange_)
        plot->followTimeRange(*timeRange_);
    plot->replot(QCustomPlot::rpQueuedReplot);
}

void ChartsPanel::onTabChanged()
{
    const auto kind = currentChart();
    options_->showOptionsOf(kind);
    if (stale_[static_cast<std::size_t>(kind)])
        applySeries(kind);
    else if (timeRange_)
        chart(kind)->followTimeRange(*timeRange_);
    setCurrentPacket(currentRow_);
    updateHint();
}

void ChartsPanel::switchDirection()
{
    direction_ = opposite(direction_);
    timeRange_.reset();
    stale_.fill(true);
    applySeries(currentChart());
    updateDirectionLabel();
    emit directionChanged();
}

void ChartsPanel::setCurrentPacket(int row)
{
    currentRow_ = row;
    std::optional<double> key;
    if (row >= 0 && series_ && store_ != nullptr && analyses_ != nullptr && shownStream_
        && static_cast<std::size_t>(row) < std::min(store_->size(), analyses_->size())
        && (*analyses_)[static_cast<PacketNumber>(row)].stream == *shownStream_) {
        key = static_cast<double>(store_->index().timestampNs(static_cast<PacketNumber>(row))
                                  - series_->firstTimestampNs())
            / 1e9;
    }
    for (const auto kind : kAllChartKinds) {
        auto* plot = chart(kind);
        plot->markKey(plot->sharesTimeAxis() ? key : std::nullopt);
    }
}

void ChartsPanel::setTheme(ThemeKind theme)
{
    theme_ = theme;
    restyle();
}

void ChartsPanel::restyle()
{
    const auto style = chartStyleFor(theme_, QApplication::font());
    for (const auto kind : kAllChartKinds)
        chart(kind)->setChartStyle(style);
}

void ChartsPanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::ApplicationFontChange) {
        restyle(); // View › Zoom scales the charts' text too
    } else if (event->type() == QEvent::LanguageChange) {
        for (const auto& set : texts_)
            set();
        updateDirectionLabel();
        updateHint();
    }
}

void ChartsPanel::translatable(std::function<void()> set)
{
    set();
    texts_.push_back(std::move(set));
}

void ChartsPanel::setCurrentChart(ChartKind kind)
{
    tabs_->setCurrentIndex(indexOf(kind));
}

ChartKind ChartsPanel::currentChart() const
{
    return kAllChartKinds[static_cast<std::size_t>(std::max(tabs_->currentIndex(), 0))];
}

ChartPlot* ChartsPanel::chart(ChartKind kind) const
{
    switch (kind) {
    case ChartKind::TimeSequence: return tsg_;
    case ChartKind::Windows: return windows_;
    case ChartKind::Throughput: return throughput_;
    case ChartKind::Rtt: return rtt_;
    case ChartKind::Model: return model_;
    }
    return tsg_;
}

void ChartsPanel::updateDirectionLabel()
{
    switchDirection_->setEnabled(series_ != nullptr);
    if (!stream_) {
        title_->setText(tr("Select a TCP packet or conversation to chart it."));
        return;
    }
    if (!series_ || shownStream_ != stream_) {
        title_->setText(tr("Conversation %1: computing its series…").arg(*stream_));
        return;
    }
    title_->setText(tr("Conversation %1, data %2 (%3 of payload)")
                        .arg(*stream_)
                        .arg(directionText(direction_), formatSi(static_cast<double>(series_->payloadBytes(direction_)),
                                                                 QStringLiteral("B"))));
}

void ChartsPanel::updateHint()
{
    const auto* plot = chart(currentChart());
    const QString axes = plot->axisMode() == ChartPlot::AxisMode::XOnly   ? tr("x axis only")
                       : plot->axisMode() == ChartPlot::AxisMode::YOnly ? tr("y axis only")
                                                                          : tr("both axes");
    QString text = tr("Wheel or drag: zoom and pan · + − and arrows · 0 resets · x / y: one axis (now %1) · "
                      "click a point to select its packet")
                       .arg(axes);
    if (currentChart() == ChartKind::Rtt && !rtt_->statsText().isEmpty())
        text = rtt_->statsText() + QStringLiteral("\n") + text;
    const bool note = currentChart() == ChartKind::Windows && !windows_->note().isEmpty();
    if (note)
        text = windows_->note() + QStringLiteral("\n") + text;
    hint_->setToolTip(note ? windows_->noteToolTip() : QString());
    if (currentChart() == ChartKind::Throughput && throughput_->effectiveWindow() > 0
        && std::abs(throughput_->effectiveWindow() - throughput_->averageWindow()) > 1e-9)
        text = tr("Averaging over %1: a tenth of this short conversation.")
                   .arg(formatSi(throughput_->effectiveWindow(), QStringLiteral("s")))
             + QStringLiteral("\n") + text;
    hint_->setText(text);
}

bool ChartsPanel::exportChart(ChartKind kind, const QString& path, QString* error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("csv")) {
        auto* plot = chart(kind);
        const QSize size = plot->size().width() >= 400 ? plot->size() : QSize(1280, 720);
        // An image leaves the window: it says what it shows, as tcplens-cli chart's do.
        const QString direction = direction_ == Direction::ClientToServer
                                      ? QCoreApplication::translate("ChartRenderer", "client → server")
                                      : QCoreApplication::translate("ChartRenderer", "server → client");
        const QString title = stream_ ? QCoreApplication::translate("ChartRenderer", "%1 — conversation %2, data %3")
                                            .arg(chartTitle(kind))
                                            .arg(*stream_)
                                            .arg(direction)
                                      : chartTitle(kind);
        return plot->exportImage(path, size, error, title);
    }
    if (!series_) {
        if (error != nullptr)
            *error = tr("no conversation is charted");
        return false;
    }
    std::string csv;
    if (kind == ChartKind::Model && !model_->settings().fromCapture)
        csv = textbookCsv(model_->modelRounds());
    else
        csv = chartCsv(*series_, direction_, kind, throughput_->averageWindow());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(csv.data(), static_cast<qint64>(csv.size())) != static_cast<qint64>(csv.size())) {
        if (error != nullptr)
            *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void ChartsPanel::chooseExport(bool data)
{
    const auto kind = currentChart();
    const QString base = QStringLiteral("tcplens-stream%1-%2")
                             .arg(stream_.value_or(0))
                             .arg(QString::fromLatin1(chartKindName(kind).data()));
    const QString path = data ? QFileDialog::getSaveFileName(this, tr("Export Chart Data"), base + QStringLiteral(".csv"),
                                                             tr("CSV (*.csv)"))
                              : QFileDialog::getSaveFileName(this, tr("Export Chart"), base + QStringLiteral(".png"),
                                                             tr("PNG image (*.png);;PDF document (*.pdf);;SVG drawing (*.svg)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportChart(kind, path, &error))
        QMessageBox::warning(this, tr("Export failed"), error);
}

} // namespace tcplens::ui
