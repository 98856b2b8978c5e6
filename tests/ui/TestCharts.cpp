// The Charts panel: series built once per stream off the GUI thread, a click on a point selects
// its packet everywhere, zoom keys, charts in step, the Windows chart's extra series, the textbook
// model, and every chart in every theme at 1920x1080 (written to the temp dir to be looked at).
#include "ChartsTestSupport.h"
#include "SpanTestSupport.h"
#include "UiTestSupport.h"

#include <shell/Language.h>
#include <shell/MainWindow.h>
#include <shell/Theme.h>
#include <charts/ChartsPanel.h>
#include <charts/ModelChart.h>
#include <charts/RttChart.h>
#include <charts/ThroughputChart.h>
#include <charts/TimeSequenceChart.h>
#include <charts/UnitTicker.h>
#include <charts/WindowsChart.h>
#include <packets/PacketListModel.h>
#include <packets/PacketTableView.h>

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSet>
#include <QtTest>

using namespace tcplens;
using namespace tcplens::ui;
using namespace tcplens::ui::test;

namespace {

QString lossyPath() { return QStringLiteral(TCPLENS_SAMPLES_DIR "/lossy-bulk.pcap"); }

} // namespace

class TestCharts : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> window_;

    /// Opens `path`, selects its first TCP packet and shows the charts once their series are in.
    void openWithCharts(const QString& path, ChartKind kind = ChartKind::TimeSequence, QSize size = {1600, 1000})
    {
        window_ = std::make_unique<MainWindow>();
        window_->setErrorReporter([](const QString&, const QString&) {});
        window_->resize(size);
        window_->show();
        QSignalSpy finished(window_.get(), &MainWindow::loadFinished);
        window_->openCapture(path);
        QVERIFY(finished.wait(10'000));
        test::showChartsOfFirstTcpPacket(*window_, kind);
        QCoreApplication::processEvents();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("tcplens-tests"));
    }

    void cleanup() { window_.reset(); }

    void seriesAreBuiltOncePerStreamNotPerRedraw()
    {
        openWithCharts(QStringLiteral(TCPLENS_SAMPLES_DIR "/http-exchange.pcap"));
        auto* charts = window_->chartsPanel();
        QCOMPARE(charts->seriesCache()->buildCount(), 1);
        QCOMPARE(*charts->shownStream(), 0u);
        for (const auto kind : kAllChartKinds) { // every tab, redrawn, both directions
            charts->setCurrentChart(kind);
            charts->chart(kind)->replot();
            charts->switchDirection();
            charts->chart(kind)->replot();
        }
        window_->setTheme(ThemeKind::Dark, false);
        QCOMPARE(charts->seriesCache()->buildCount(), 1);

        // Another conversation is built once; coming back to the first one uses the cache.
        int other = -1;
        for (int row = 0; row < window_->packetModel()->rowCount(); ++row) {
            if (window_->packetModel()->analysis(row).isTcp() && window_->packetModel()->analysis(row).stream == 1) {
                other = row;
                break;
            }
        }
        QVERIFY(other > 0);
        QSignalSpy shown(charts, &ChartsPanel::seriesShown);
        window_->selectPacketRow(other);
        QVERIFY(shown.wait(10'000));
        QCOMPARE(*charts->shownStream(), 1u);
        QCOMPARE(charts->seriesCache()->buildCount(), 2);
        window_->selectPacketRow(0);
        QCOMPARE(*charts->shownStream(), 0u); // at once: from the cache
        QCOMPARE(charts->seriesCache()->buildCount(), 2);
    }

    void directionWithMorePayloadComesFirst()
    {
        openWithCharts(QStringLiteral(TCPLENS_SAMPLES_DIR "/http-exchange.pcap"));
        auto* charts = window_->chartsPanel();
        QCOMPARE(charts->direction(), Direction::ServerToClient); // the pages, not the requests
        charts->switchDirection();
        QCOMPARE(charts->direction(), Direction::ClientToServer);
    }

    void clickOnASegmentSelectsItsPacket()
    {
        openWithCharts(lossyPath());
        auto* charts = window_->chartsPanel();
        auto* tsg = charts->timeSequenceChart();
        tsg->replot();
        // A fast retransmission, then an ordinary segment: each bar's middle maps to its frame.
        const auto& segments = charts->series()->timeSequence(charts->direction()).segments;
        const auto fast = std::find_if(segments.begin(), segments.end(),
                                       [](const SegmentPoint& s) { return s.kind == SegmentKind::FastRetransmission; });
        QVERIFY(fast != segments.end());
        for (const auto& target : {*fast, segments[segments.size() / 2]}) {
            // Zoom in on it so the click is unambiguous, as a user would.
            tsg->xAxis->setRange(target.time - 0.0005, target.time + 0.0005);
            tsg->yAxis->setRange(target.seq - 20'000.0, target.seq + 20'000.0);
            tsg->replot();
            const QPoint at(qRound(tsg->xAxis->coordToPixel(target.time)),
                            qRound(tsg->yAxis->coordToPixel(target.seq + target.len / 2.0)));
            QCOMPARE(tsg->frameAt(at), std::optional<quint32>(target.frame));
            QSignalSpy clicked(charts, &ChartsPanel::packetClicked);
            QTest::mouseClick(tsg, Qt::LeftButton, {}, at);
            QCOMPARE(clicked.count(), 1);
            QCOMPARE(window_->packetView()->currentPacketRow(), int(target.frame) - 1);
        }
        // Empty space is no packet.
        QCOMPARE(tsg->frameAt(QPointF(tsg->axisRect()->rect().left() + 2, tsg->axisRect()->rect().top() + 2)),
                 std::nullopt);
    }

    void clickOnACwndPointSelectsItsPacket()
    {
        openWithCharts(lossyPath(), ChartKind::Windows);
        auto* charts = window_->chartsPanel();
        auto* windows = charts->windowsChart();
        const auto& cwnd = charts->series()->congestion(charts->direction());
        QVERIFY(cwnd.losses.size() >= 3);
        const auto& loss = cwnd.losses[1];
        windows->xAxis->setRange(loss.time - 0.001, loss.time + 0.001);
        windows->replot();
        const QPoint at(qRound(windows->xAxis->coordToPixel(loss.time)),
                        qRound(windows->yAxis->coordToPixel(double(loss.flightAtLoss))));
        QTest::mouseClick(windows, Qt::LeftButton, {}, at);
        QCOMPARE(window_->packetView()->currentPacketRow(), int(loss.frame) - 1);
        // The crosshair's readout names the point under the pointer.
        QTest::mouseMove(windows, at);
        QVERIFY2(windows->readoutText().contains(QString::number(loss.frame)), qPrintable(windows->readoutText()));
    }

    void aClickBetweenARetransmissionAndAnAckPicksTheRetransmission()
    {
        openWithCharts(lossyPath());
        auto* charts = window_->chartsPanel();
        auto* tsg = charts->timeSequenceChart();
        tsg->replot();
        const auto& series = charts->series()->timeSequence(charts->direction());
        auto pixel = [tsg](double time, double seq) {
            return QPointF(tsg->xAxis->coordToPixel(time), tsg->yAxis->coordToPixel(seq));
        };
        QSet<quint32> marked; // the red and orange dots (several may sit within the pick radius)
        for (const auto& segment : series.segments)
            if (segment.kind == SegmentKind::Retransmission || segment.kind == SegmentKind::FastRetransmission)
                marked.insert(segment.frame);
        int checked = 0;
        for (const auto& segment : series.segments) {
            if (segment.kind != SegmentKind::Retransmission && segment.kind != SegmentKind::FastRetransmission)
                continue;
            const QPointF at = pixel(segment.time, segment.seq + segment.len / 2.0);
            for (const auto& ack : series.acks) {
                const QPointF a = pixel(ack.time, ack.ack);
                const QPointF d = a - at;
                const double distance = std::hypot(d.x(), d.y());
                if (distance < 4 || distance > 16)
                    continue;
                // Nearer the ACK than the red dot, but on the dot's side of the pick radius.
                const QPointF click = at + d * 0.6;
                const auto picked = tsg->frameAt(click);
                QVERIFY(picked.has_value());
                QVERIFY2(marked.contains(*picked), qPrintable(QStringLiteral("picked frame %1, not a retransmission (ACK %2)")
                                                                  .arg(*picked).arg(ack.frame)));
                ++checked;
                break;
            }
        }
        QVERIFY(checked > 0);
    }

    void windowsChartClipsAHugeReceiveWindowAndSaysSo()
    {
        openWithCharts(lossyPath(), ChartKind::Windows);
        auto* charts = window_->chartsPanel();
        auto* windows = charts->windowsChart();
        const auto& w = charts->series()->windows(charts->direction());
        const auto& cwnd = charts->series()->congestion(charts->direction());
        double rwnd = 0;
        double sender = 0;
        for (const auto& p : w.receiveWindow)
            rwnd = std::max(rwnd, double(p.value));
        for (const auto& p : w.bytesInFlight)
            sender = std::max(sender, double(p.value));
        for (const auto& p : cwnd.points)
            sender = std::max(sender, double(p.flight));
        QVERIFY(sender > 0);
        windows->resetView();
        const double top = windows->yAxis->range().upper;
        QVERIFY(top >= sender); // flight and cwnd are whole
        QVERIFY(top < sender * 2); // and not flattened
        auto* note = windows->findChild<QCPItemText*>(QStringLiteral("rwndClippedNote"));
        QCOMPARE(note != nullptr, rwnd > sender * 1.5);
    }

    void keysZoomPanResetAndPickAnAxis()
    {
        openWithCharts(lossyPath());
        auto* tsg = window_->chartsPanel()->timeSequenceChart();
        const QCPRange homeX = tsg->xAxis->range();
        const QCPRange homeY = tsg->yAxis->range();
        QTest::keyClick(tsg, Qt::Key_Plus);
        QVERIFY(tsg->xAxis->range().size() < homeX.size() * 0.9);
        QVERIFY(tsg->yAxis->range().size() < homeY.size() * 0.9);
        const double lower = tsg->xAxis->range().lower;
        QTest::keyClick(tsg, Qt::Key_Right);
        QVERIFY(tsg->xAxis->range().lower > lower);
        QTest::keyClick(tsg, Qt::Key_0);
        QCOMPARE(tsg->xAxis->range(), homeX);
        QCOMPARE(tsg->yAxis->range(), homeY);
        QTest::keyClick(tsg, Qt::Key_X); // x only
        QCOMPARE(tsg->axisMode(), ChartPlot::AxisMode::XOnly);
        QTest::keyClick(tsg, Qt::Key_Minus);
        QVERIFY(tsg->xAxis->range().size() > homeX.size() * 1.1);
        QCOMPARE(tsg->yAxis->range(), homeY);
        QTest::keyClick(tsg, Qt::Key_Y); // y only
        QCOMPARE(tsg->axisMode(), ChartPlot::AxisMode::YOnly);
        const QCPRange x = tsg->xAxis->range();
        QTest::keyClick(tsg, Qt::Key_Up);
        QCOMPARE(tsg->xAxis->range(), x);
        QVERIFY(tsg->yAxis->range().lower > homeY.lower);
    }

    void timeChartsStayInStep()
    {
        openWithCharts(lossyPath());
        auto* charts = window_->chartsPanel();
        charts->timeSequenceChart()->xAxis->setRange(0.2, 0.3); // as a wheel or drag would
        for (const auto kind : {ChartKind::Windows, ChartKind::Throughput, ChartKind::Rtt}) {
            charts->setCurrentChart(kind);
            QCOMPARE(charts->chart(kind)->xAxis->range(), QCPRange(0.2, 0.3));
        }
        charts->windowsChart()->xAxis->setRange(0.25, 0.26);
        QCOMPARE(charts->timeSequenceChart()->xAxis->range(), QCPRange(0.25, 0.26));
        // The model counts rounds, not seconds: it keeps its own axis.
        QVERIFY(charts->modelChart()->xAxis->range() != QCPRange(0.25, 0.26));
        charts->rttChart()->setAgainstSequence(true);
        charts->timeSequenceChart()->xAxis->setRange(0.1, 0.2);
        QVERIFY(charts->rttChart()->xAxis->range() != QCPRange(0.1, 0.2));
    }

    void selectedPacketIsMarkedOnTheTimeCharts()
    {
        openWithCharts(lossyPath());
        auto* charts = window_->chartsPanel();
        const auto& segments = charts->series()->timeSequence(charts->direction()).segments;
        const auto& target = segments[segments.size() / 3];
        window_->selectPacketRow(int(target.frame) - 1);
        QCPItemStraightLine* mark = nullptr;
        auto* tsg = charts->timeSequenceChart();
        for (int i = 0; i < tsg->itemCount(); ++i) {
            auto* line = qobject_cast<QCPItemStraightLine*>(tsg->item(i));
            if (line != nullptr && line->visible() && line->point1->type() == QCPItemPosition::ptPlotCoords)
                mark = line;
        }
        QVERIFY(mark != nullptr);
        QVERIFY(std::abs(mark->point1->coords().x() - target.time) < 1e-9);
    }

    void throughputWindowIsRemembered()
    {
        openWithCharts(lossyPath(), ChartKind::Throughput);
        auto* charts = window_->chartsPanel();
        auto* box = charts->findChild<QDoubleSpinBox*>(QStringLiteral("averageWindow"));
        QVERIFY(box != nullptr);
        box->setValue(0.025);
        QCOMPARE(charts->throughputChart()->averageWindow(), 0.025);
        QCOMPARE(QSettings().value(QStringLiteral("charts/throughputWindow")).toDouble(), 0.025);
        ChartsPanel fresh;
        QCOMPARE(fresh.throughputChart()->averageWindow(), 0.025);
        QSettings().remove(QStringLiteral("charts/throughputWindow"));
    }

    void windowsChartTakesExtraSeries()
    {
        openWithCharts(lossyPath(), ChartKind::Windows);
        auto* windows = window_->chartsPanel()->windowsChart();
        const int graphs = windows->graphCount();
        const int id = windows->addExtraSeries(QStringLiteral("kernel cwnd"), {0.0, 0.1, 0.2}, {10'000, 20'000, 15'000});
        QCOMPARE(windows->graphCount(), graphs + 1);
        QCOMPARE(windows->graph(graphs)->name(), QStringLiteral("kernel cwnd"));
        QCOMPARE(windows->graph(graphs)->data()->size(), 3);
        // The limiting-factor band has a graph per factor of the direction shown: not counted.
        const auto bands = [windows] { return static_cast<int>(windows->limitBands().graphs().size()); };
        const int own = graphs - bands();
        window_->chartsPanel()->switchDirection(); // extra series survive a rebuild
        QCOMPARE(windows->extraSeriesCount(), 1);
        QCOMPARE(windows->graphCount() - bands(), own + 1);
        windows->removeExtraSeries(id);
        QCOMPARE(windows->extraSeriesCount(), 0);
        QCOMPARE(windows->graphCount() - bands(), own);
    }

    void textbookParametersReproduceTheSeedFigure()
    {
        ModelChart chart;
        ModelSettings settings;
        settings.fromCapture = false; // 1, 16, loss at 24 (timeout)
        chart.setSettings(settings);
        std::vector<double> tahoe;
        for (const auto& r : chart.modelRounds())
            tahoe.push_back(r.tahoeCwnd);
        const std::vector<double> expected = {1, 2, 4, 8, 16, 17, 18, 19, 20, 21, 22, 23, 24,
                                              1, 2, 4, 8, 12, 13, 14, 15, 16, 17, 18, 19};
        QCOMPARE(tahoe, expected);
        QCOMPARE(chart.modelRounds()[13].tahoeSsthresh, 12.0);
        // The seed's figure as a teacher would show it (written to the temp dir to be looked at).
        chart.setChartStyle(chartStyleFor(ThemeKind::Light, QApplication::font()));
        chart.setTitle(QStringLiteral("Seed 001: cwnd 1, ssthresh 16, timeout at 24"));
        chart.resize(1200, 700);
        chart.replot();
        const QImage image = chart.grab().toImage();
        QVERIFY(inkShare(image) > 0.01);
        QVERIFY(image.save(QDir::temp().filePath(QStringLiteral("tcplens-charts-model-seed.png"))));
    }

    void chartsFollowTheFontZoom()
    {
        openWithCharts(lossyPath());
        auto* tsg = window_->chartsPanel()->timeSequenceChart();
        const QFont before = QApplication::font();
        QFont bigger = before;
        bigger.setPointSizeF(before.pointSizeF() * 2);
        QApplication::setFont(bigger); // what View › Zoom In does, several times
        QCoreApplication::processEvents();
        QCOMPARE(tsg->xAxis->tickLabelFont().pointSizeF(), bigger.pointSizeF());
        QCOMPARE(tsg->legend->font().pointSizeF(), bigger.pointSizeF());
        QApplication::setFont(before);
    }

    void axisTitlesAndLegendsFollowALiveLanguageSwitch()
    {
        openWithCharts(lossyPath(), ChartKind::Windows);
        auto* charts = window_->chartsPanel();
        const auto legendNames = [](ChartPlot* plot) {
            QStringList names;
            for (int i = 0; i < plot->legend->itemCount(); ++i)
                if (auto* item = qobject_cast<QCPPlottableLegendItem*>(plot->legend->item(i)))
                    names << item->plottable()->name();
            return names;
        };
        auto* windows = charts->chart(ChartKind::Windows);
        auto* tsg = charts->chart(ChartKind::TimeSequence);
        windows->xAxis->setRange(0.5, 0.75); // a zoom the switch keeps
        QVERIFY(legendNames(windows).contains(QStringLiteral("Congestion window (estimate)")));
        QCOMPARE(tsg->xAxis->label(), QStringLiteral("Time (s since conversation start)"));
        QVERIFY(installLanguage(*qApp, QStringLiteral("zh_CN")));
        QCoreApplication::processEvents();
        const QString time = QCoreApplication::translate("tcplens::ui::TimeSequenceChart", "Time (s since conversation start)");
        QVERIFY(time != QStringLiteral("Time (s since conversation start)"));
        for (const auto kind : kAllChartKinds) {
            ChartPlot* plot = charts->chart(kind);
            for (QCPAxis* axis : {plot->xAxis, plot->yAxis})
                QVERIFY2(!axis->label().contains(QStringLiteral("Time (s")) && !axis->label().contains(QStringLiteral("Bytes"))
                             && !axis->label().contains(QStringLiteral("Round-trip")),
                         qPrintable(axis->label()));
        }
        QCOMPARE(tsg->xAxis->label(), time);
        const QString cwnd = QCoreApplication::translate("tcplens::ui::WindowsChart", "Congestion window (estimate)");
        QVERIFY(cwnd != QStringLiteral("Congestion window (estimate)"));
        QVERIFY2(legendNames(windows).contains(cwnd), qPrintable(legendNames(windows).join(QLatin1Char('|'))));
        QCOMPARE(windows->xAxis->range().lower, 0.5);
        QCOMPARE(windows->xAxis->range().upper, 0.75);
        QVERIFY(installLanguage(*qApp, QStringLiteral("en")));
        QCoreApplication::processEvents();
        QCOMPARE(tsg->xAxis->label(), QStringLiteral("Time (s since conversation start)"));
        QVERIFY(legendNames(windows).contains(QStringLiteral("Congestion window (estimate)")));
    }

    void siUnitsOnAxes()
    {
        QCOMPARE(formatSi(1.5e6, QStringLiteral("bit/s")), QStringLiteral("1.5 Mbit/s"));
        QCOMPARE(formatSi(2e9, QStringLiteral("bit/s")), QStringLiteral("2 Gbit/s"));
        QCOMPARE(formatSi(64000, QStringLiteral("B")), QStringLiteral("64 kB"));
        QCOMPARE(formatSi(0.012, QStringLiteral("s")), QStringLiteral("12 ms"));
        QCOMPARE(formatSi(0, QStringLiteral("B")), QStringLiteral("0 B"));
        QCOMPARE(formatSi(999, QStringLiteral("B")), QStringLiteral("999 B"));
    }

    void everyChartInEveryTheme_data()
    {
        QTest::addColumn<int>("theme");
        QTest::addColumn<int>("kind");
        for (const auto theme : kAllThemes)
            for (const auto kind : kAllChartKinds)
                QTest::newRow(qPrintable(themeName(theme) + QLatin1Char('-')
                                         + QString::fromLatin1(chartKindName(kind).data())))
                    << int(theme) << int(kind);
    }
    void everyChartInEveryTheme()
    {
        QFETCH(int, theme);
        QFETCH(int, kind);
        openWithCharts(lossyPath(), ChartKind(kind), QSize(1920, 1080));
        window_->setTheme(ThemeKind(theme), false);
        QCoreApplication::processEvents();
        auto* plot = window_->chartsPanel()->chart(ChartKind(kind));
        QVERIFY(plot->isVisible());
        // The Charts tab grows the bottom tabs to 55% of the window's height while it is on top.
        QVERIFY2(plot->width() > 700 && plot->height() > 420, qPrintable(QStringLiteral("%1x%2").arg(plot->width()).arg(plot->height())));
        QCOMPARE(plot->axisRect()->backgroundBrush().color(), chartStyleFor(ThemeKind(theme), QFont()).background);
        const QImage chart = plot->grab().toImage();
        QVERIFY2(inkShare(chart) > 0.01, "the chart looks blank");
        const QImage image = window_->grab().toImage();
        QCOMPARE(image.size(), QSize(1920, 1080));
        const QString name = QStringLiteral("tcplens-charts-%1-%2.png")
                                 .arg(themeName(ThemeKind(theme)), QString::fromLatin1(chartKindName(ChartKind(kind)).data()));
        QVERIFY(image.save(QDir::temp().filePath(name)));
        window_->setTheme(ThemeKind::Light, false);
    }

    void millionPointRedrawIsFast()
    {
        WindowsChart chart;
        chart.resize(1920, 1080);
        QVector<double> t(1'000'000), v(1'000'000);
        double value = 50'000;
        for (int i = 0; i < t.size(); ++i) {
            t[i] = i * 1e-5;
            value += double((qint64(i) * 7919) % 13) - 6; // 64-bit: i * 7919 overflows an int
            v[i] = value;
        }
        chart.addExtraSeries(QStringLiteral("1,000,000 points"), t, v);
        chart.setHomeRange(QCPRange(0, 10), QCPRange(0, 100'000));
        chart.replot(); // lays out and warms the label cache
        QElapsedTimer timer;
        timer.start();
        constexpr int kRuns = 10;
        for (int i = 0; i < kRuns; ++i)
            chart.replot(QCustomPlot::rpImmediateRefresh);
        const double ms = double(timer.nsecsElapsed()) / 1e6 / kRuns;
        qInfo("1,000,000-point chart redraw at 1920x1080: %.1f ms", ms);
        QVERIFY2(ms < 250, qPrintable(QStringLiteral("%1 ms").arg(ms))); // well under 100 ms unloaded
    }
};

QTEST_MAIN(TestCharts)
#include "TestCharts.moc"
