// The Textbook model chart's phase and loss labels never cover one another nor run past the plot:
// at the window's common sizes, in English and Chinese, zoomed out and in, each is on its side of
// the curve, on the other side, or left out ("congestion avoidance" was drawn over its neighbour).
#include "ChartsTestSupport.h"
#include "MainWindowTestSupport.h"

#include <charts/ModelChart.h>
#include <shell/Fonts.h>
#include <shell/Language.h>

using namespace tcplens;
using namespace tcplens::ui;

namespace {

/// The pairs of `rects` that share some area, as text for the failure message.
QStringList overlaps(const std::vector<QRectF>& rects)
{
    QStringList pairs;
    const auto text = [](const QRectF& r) { return QStringLiteral("(%1,%2 %3x%4)").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height()); };
    for (std::size_t i = 0; i < rects.size(); ++i)
        for (std::size_t j = i + 1; j < rects.size(); ++j)
            if (rects[i].intersects(rects[j]))
                pairs << text(rects[i]) + QStringLiteral(" and ") + text(rects[j]);
    return pairs;
}

} // namespace

class TestModelChartLabels : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        applyReadableApplicationFont(); // the font tcplens runs with, so the geometry is the user's
    }
    void cleanupTestCase() { installLanguage(*qApp, QStringLiteral("en")); }

    void labelsDoNotOverlap_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("language");
        for (const QSize size : {QSize(1920, 1080), QSize(1366, 768), QSize(1280, 720)})
            for (const auto& language : {QStringLiteral("en"), QStringLiteral("zh_CN")})
                QTest::addRow("%dx%d %s", size.width(), size.height(), qPrintable(language)) << size << language;
    }

    void labelsDoNotOverlap()
    {
        QFETCH(QSize, size);
        QFETCH(QString, language);
        QVERIFY(installLanguage(*qApp, language));
        std::unique_ptr<MainWindow> window;
        test::openInWindow(window, QStringLiteral(TCPLENS_TEST_DATA_DIR "/lossy-bulk.pcap"), size);
        test::showChartsOfFirstTcpPacket(*window, ChartKind::Model);
        QCoreApplication::processEvents();
        auto* chart = qobject_cast<ModelChart*>(window->chartsPanel()->chart(ChartKind::Model));
        QVERIFY(chart);
        // As opened, zoomed out, and zoomed in on the rounds only (the labels' rounds spread out).
        for (const double zoom : {1.0, 0.5, 4.0}) {
            chart->resetView();
            chart->setAxisMode(zoom > 1 ? ChartPlot::AxisMode::XOnly : ChartPlot::AxisMode::Both);
            chart->zoomBy(zoom);
            chart->replot();
            const auto rects = chart->shownLabelRects();
            QVERIFY2(rects.size() >= (zoom == 1.0 ? 3u : 1u), qPrintable(QStringLiteral("%1 labels at zoom %2").arg(rects.size()).arg(zoom)));
            for (const QRectF& rect : rects)
                QVERIFY2(QRectF(chart->axisRect()->rect()).contains(rect), "a label is cut by the plot's edge");
            const QStringList pairs = overlaps(rects);
            QVERIFY2(pairs.isEmpty(), qPrintable(QStringLiteral("zoom %1: %2").arg(zoom).arg(pairs.join(QStringLiteral("; ")))));
        }
    }
};

QTEST_MAIN(TestModelChartLabels)
#include "TestModelChartLabels.moc"
