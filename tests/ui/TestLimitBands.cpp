// The limiting-factor band of the time-sequence and Windows charts: its spans are the core
// timeline's, one legend entry per factor present in the UI language, theme colours, and it
// zooms and pans with the time axis while staying a strip along it.
#include <charts/ChartStyle.h>
#include <charts/ChartsPanel.h>
#include <charts/LimitBands.h>
#include <charts/TimeSequenceChart.h>
#include <charts/WindowsChart.h>
#include <series/SeriesFromCapture.h>
#include <shell/Language.h>

#include <QAction>
#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

#include <set>

using namespace tcplens;
using namespace tcplens::ui;

namespace {

std::shared_ptr<const StreamSeriesBuilder> seriesOf(const char* file)
{
    return std::make_shared<const StreamSeriesBuilder>(
        seriesFromCapture(std::string(TCPLENS_TEST_DATA_DIR "/") + file, 0));
}

QStringList legendNames(const ChartPlot& plot)
{
    QStringList names;
    for (int i = 0; i < plot.legend->itemCount(); ++i)
        if (auto* item = qobject_cast<QCPPlottableLegendItem*>(plot.legend->item(i)))
            names << item->plottable()->name();
    return names;
}

/// The timeline without zero-length spans (the band cannot draw them).
std::vector<LimitSegment> drawable(const std::vector<LimitSegment>& timeline)
{
    std::vector<LimitSegment> out;
    for (const auto& s : timeline)
        if (s.end > s.start)
            out.push_back(s);
    return out;
}

template <class Chart>
void checkBandsMatchTimeline(const char* file)
{
    const auto series = seriesOf(file);
    QVERIFY2(!series->empty(), file);
    for (const auto dir : {Direction::ClientToServer, Direction::ServerToClient}) {
        Chart chart;
        chart.setChartStyle(chartStyleFor(ThemeKind::Light, QApplication::font()));
        chart.setSeries(series, dir);
        const auto expected = drawable(series->limits().timeline(dir));
        const auto drawn = chart.limitBands().drawnSpans();
        QCOMPARE(drawn.size(), expected.size());
        for (std::size_t i = 0; i < drawn.size(); ++i) {
            QCOMPARE(drawn[i].factor, expected[i].factor);
            QCOMPARE(drawn[i].start, expected[i].start);
            QCOMPARE(drawn[i].end, expected[i].end);
        }
        // Each factor present has its legend entry, and only those.
        const QStringList names = legendNames(chart);
        std::set<LimitFactor> present;
        for (const auto& s : expected)
            present.insert(s.factor);
        QCOMPARE(chart.limitBands().graphs().size(), present.size());
        for (const auto factor : present)
            QVERIFY2(names.contains(LimitBands::name(factor)), qPrintable(names.join(QLatin1Char('|'))));
        for (std::size_t i = 0; i < kLimitFactorCount; ++i)
            if (!present.count(static_cast<LimitFactor>(i)))
                QVERIFY(!names.contains(LimitBands::name(static_cast<LimitFactor>(i))));
        if (!expected.empty()) {
            const auto mid = (expected.back().start + expected.back().end) / 2;
            QCOMPARE(chart.limitBands().factorAt(mid), std::optional<LimitFactor>(expected.back().factor));
            QVERIFY(chart.limitBands().graphs().front().second->keyAxis() == chart.xAxis);
        }
    }
}

} // namespace

class TestLimitBands : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("tcplens-tests"));
        QVERIFY(installLanguage(*qApp, QStringLiteral("en")));
    }

    void stripCanBeHiddenKeepingTheZoom()
    {
        WindowsChart chart;
        chart.resize(1000, 600);
        chart.setSeries(seriesOf("lossy-bulk.pcap"), Direction::ClientToServer);
        chart.replot();
        QVERIFY(!chart.limitBands().graphs().empty());
        chart.zoomBy(2);
        const auto zoomed = chart.xAxis->range();
        const int graphs = chart.graphCount();
        chart.setLimitBandsShown(false);
        QVERIFY(!chart.limitBandsShown());
        QVERIFY(chart.limitBands().graphs().empty());
        QVERIFY(chart.limitBands().drawnSpans().empty());
        QVERIFY(!chart.limitBands().factorAt(zoomed.center())); // the readout names no factor
        for (const auto& name : legendNames(chart))
            QVERIFY2(!name.startsWith(QStringLiteral("Limit: ")), qPrintable(name));
        QVERIFY(chart.graphCount() < graphs);
        QCOMPARE(chart.xAxis->range(), zoomed);
        // A new conversation keeps it hidden; showing it again brings the spans back.
        chart.setSeries(seriesOf("zero-window.pcap"), Direction::ClientToServer);
        QVERIFY(chart.limitBands().graphs().empty());
        chart.setLimitBandsShown(true);
        QCOMPARE(chart.limitBands().drawnSpans().size(),
                 drawable(seriesOf("zero-window.pcap")->limits().timeline(Direction::ClientToServer)).size());
        TimeSequenceChart tsg;
        tsg.setSeries(seriesOf("zero-window.pcap"), Direction::ClientToServer);
        tsg.setLimitBandsShown(false);
        QVERIFY(tsg.limitBands().graphs().empty());
    }

    void panelSwitchHidesTheStripAndIsRemembered()
    {
        QSettings().remove(QStringLiteral("charts/limitBands"));
        {
            ChartsPanel panel;
            auto* action = panel.limitBandsAction();
            QVERIFY(action && action->isCheckable());
            QVERIFY(action->isChecked()); // shown by default
            QVERIFY(panel.windowsChart()->limitBandsShown() && panel.timeSequenceChart()->limitBandsShown());
            QCOMPARE(action->text(), QStringLiteral("&Limiting Factors"));
            action->trigger();
            QVERIFY(!panel.windowsChart()->limitBandsShown());
            QVERIFY(!panel.timeSequenceChart()->limitBandsShown());
        }
        QCOMPARE(QSettings().value(QStringLiteral("charts/limitBands")).toBool(), false);
        {
            ChartsPanel panel; // the next session starts without the strip
            QVERIFY(!panel.limitBandsAction()->isChecked());
            QVERIFY(!panel.windowsChart()->limitBandsShown() && !panel.timeSequenceChart()->limitBandsShown());
            panel.limitBandsAction()->trigger();
            QVERIFY(panel.windowsChart()->limitBandsShown());
        }
        QCOMPARE(QSettings().value(QStringLiteral("charts/limitBands")).toBool(), true);
    }

    void windowsChartBandsAreTheCoreTimeline()
    {
        for (const char* f : {"zero-window.pcap", "lossy-bulk.pcap", "bulk-reno.pcap", "echo-dialogue.pcap"})
            checkBandsMatchTimeline<WindowsChart>(f);
    }

    void timeSequenceChartBandsAreTheCoreTimeline()
    {
        for (const char* f : {"zero-window.pcap", "bulk-bbr.pcap", "keep-alive.pcap"})
            checkBandsMatchTimeline<TimeSequenceChart>(f);
    }

    void zeroWindowStallIsShadedWhereTheCoreSaysSo()
    {
        WindowsChart chart;
        chart.setSeries(seriesOf("zero-window.pcap"), Direction::ClientToServer);
        bool stalled = false;
        for (const auto& s : chart.limitBands().drawnSpans())
            stalled = stalled || s.factor == LimitFactor::ZeroWindow;
        QVERIFY(stalled);
        QVERIFY(legendNames(chart).contains(QStringLiteral("Limit: zero window")));
        // The readout at a point inside the stall names it.
        for (const auto& s : chart.limitBands().drawnSpans())
            if (s.factor == LimitFactor::ZeroWindow)
                QCOMPARE(chart.limitBands().factorAt((s.start + s.end) / 2), std::optional(LimitFactor::ZeroWindow));
    }

    void bandFollowsZoomAndPanButStaysAStrip()
    {
        WindowsChart chart;
        chart.resize(1000, 600);
        chart.setSeries(seriesOf("lossy-bulk.pcap"), Direction::ClientToServer);
        chart.replot();
        const auto spans = chart.limitBands().drawnSpans();
        QVERIFY(spans.size() > 2);
        const double boundary = spans[1].start;
        const double before = chart.xAxis->coordToPixel(boundary);
        chart.zoomBy(2);
        chart.panBy(0.1, 0.1);
        chart.replot();
        QVERIFY(std::abs(chart.xAxis->coordToPixel(boundary) - before) > 1); // moved with the time axis
        QCOMPARE(chart.yAxis2->range().lower, 0.0); // the strip's axis is never zoomed
        QCOMPARE(chart.yAxis2->range().upper, 1.0);
    }

    void coloursFollowTheTheme()
    {
        WindowsChart chart;
        chart.setSeries(seriesOf("zero-window.pcap"), Direction::ClientToServer);
        for (const auto theme : {ThemeKind::Light, ThemeKind::Dark, ThemeKind::HighContrast}) {
            const auto style = chartStyleFor(theme, QApplication::font());
            chart.setChartStyle(style);
            std::set<QRgb> colours;
            for (const auto& [factor, graph] : chart.limitBands().graphs()) {
                QCOMPARE(graph->brush().color(), style.limit[static_cast<std::size_t>(factor)]);
                colours.insert(graph->brush().color().rgba());
            }
            QCOMPARE(colours.size(), chart.limitBands().graphs().size()); // one colour per factor
        }
        for (const auto theme : {ThemeKind::Light, ThemeKind::Dark, ThemeKind::HighContrast}) {
            const auto style = chartStyleFor(theme, QApplication::font());
            std::set<QRgb> all;
            for (const auto& c : style.limit)
                all.insert(c.rgba());
            QCOMPARE(all.size(), kLimitFactorCount);
        }
    }

    void legendSpeaksTheInterfaceLanguage()
    {
        QVERIFY(installLanguage(*qApp, QStringLiteral("zh_CN")));
        WindowsChart chart;
        chart.setSeries(seriesOf("zero-window.pcap"), Direction::ClientToServer);
        const QStringList names = legendNames(chart);
        QVERIFY2(names.contains(QStringLiteral("限制：零窗口")), qPrintable(names.join(QLatin1Char('|'))));
        QVERIFY(installLanguage(*qApp, QStringLiteral("en")));
        QCoreApplication::processEvents();
        QVERIFY(legendNames(chart).contains(QStringLiteral("Limit: zero window")));
    }
};

QTEST_MAIN(TestLimitBands)
#include "TestLimitBands.moc"
