// The Charts tab at the window's common sizes: the charts panel is never wider than its tab (a chart
// cut at the right edge behind a horizontal scroll bar hides the end of the transfer and the buttons),
// and a value axis' title is never longer than the plot is high (it was cut at both ends).

#include "MainWindowTestSupport.h"

#include <export/ChartCsv.h>
#include <shell/Fonts.h>
#include <charts/ChartPlot.h>
#include <charts/ChartsPanel.h>

#include <QFontMetrics>
#include <QScrollArea>
#include <QScrollBar>
#include <QWidget>

using namespace tcplens;
using namespace tcplens::ui;

class TestChartsFitTheirTab : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        applyReadableApplicationFont(); // the font tcplens runs with, so the geometry is the user's
    }

    void theChartsPanelFitsItsTab_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("kind");
        for (const QSize size : {QSize(1920, 1080), QSize(1366, 768), QSize(1280, 720)})
            for (const auto kind : kAllChartKinds)
                QTest::addRow("%dx%d %d", size.width(), size.height(), int(kind)) << size << int(kind);
    }

    void theChartsPanelFitsItsTab()
    {
        QFETCH(QSize, size);
        QFETCH(int, kind);
        std::unique_ptr<MainWindow> window;
        test::openInWindow(window, QStringLiteral(TCPLENS_TEST_DATA_DIR "/lossy-bulk.pcap"), size);
        window->showCharts(ChartKind(kind));
        QCoreApplication::processEvents();
        auto* panel = window->chartsPanel();
        auto* area = qobject_cast<QScrollArea*>(panel->parentWidget()->parentWidget());
        QVERIFY(area);
        QCoreApplication::processEvents();
        if (panel->width() > area->viewport()->width()) {
            for (auto* child : panel->findChildren<QWidget*>(Qt::FindDirectChildrenOnly))
                qWarning() << child->metaObject()->className() << child->objectName() << child->minimumSizeHint()
                           << child->minimumWidth();
        }
        auto* plot = panel->chart(ChartKind(kind));
        plot->replot();
        for (auto* axis : {plot->yAxis, plot->yAxis2}) {
            const int length = QFontMetrics(axis->labelFont()).horizontalAdvance(axis->label());
            QVERIFY2(length <= plot->axisRect()->height(),
                     qPrintable(QStringLiteral("'%1' is %2 px along a %3 px axis").arg(axis->label()).arg(length)
                                    .arg(plot->axisRect()->height())));
        }
        QVERIFY2(panel->width() <= area->viewport()->width(),
                 qPrintable(QStringLiteral("panel %1 px in a %2 px tab").arg(panel->width()).arg(area->viewport()->width())));
    }
};

QTEST_MAIN(TestChartsFitTheirTab)
#include "TestChartsFitTheirTab.moc"
