// The flow graph in the main window at a laptop's size, in the font tcplens runs with: a payload
// preview that fits beside the comment column is drawn whole (at 1280x720 the sample's
// "Hello, client!" read "Hello…ient!" while the comment column had 130 px to spare).
#include "MainWindowTestSupport.h"
#include "UiTestSupport.h"

#include <flowgraph/FlowGraphPanel.h>
#include <flowgraph/FlowGraphView.h>
#include <shell/Fonts.h>
#include <shell/MainWindow.h>
#include <shell/ThemeKind.h>

#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

using namespace tcplens::ui;
using namespace tcplens::ui::test;

class TestFlowGraphPayloadInWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("tcplens-tests"));
        applyReadableApplicationFont();
    }

    void cleanup() { window_.reset(); }

    void payloadPreviewsAreWholeBesideTheComments_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("theme");
        QTest::newRow("1280x720") << QSize(1280, 720) << QStringLiteral("light");
        QTest::newRow("1280x720 contrast") << QSize(1280, 720) << QStringLiteral("contrast"); // thicker lines
        QTest::newRow("1366x768") << QSize(1366, 768) << QStringLiteral("light");
        QTest::newRow("1920x1080") << QSize(1920, 1080) << QStringLiteral("light");
    }

    void payloadPreviewsAreWholeBesideTheComments()
    {
        QFETCH(QSize, size);
        QFETCH(QString, theme);
        open(samplePath(), size, *parseTheme(theme));
        FlowGraphView* view = window_->flowGraph()->view();
        const FlowGraphModel& model = window_->flowGraph()->model();
        const FlowGraphLayout& layout = view->graphLayout();
        int previews = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString payload = model.arrow(row).payload;
            if (payload.isEmpty())
                continue;
            ++previews;
            view->setCurrentRow(row); // scrolls it into view
            view->grab();             // paints, filling lastPaint()
            const FlowPaintReport& paint = view->lastPaint();
            QVERIFY2(paint.payloads.contains(payload),
                     qPrintable(QStringLiteral("row %1: %2 drawn as [%3] (lifelines %4 px apart, comment column %5 px)")
                                    .arg(row).arg(payload, paint.payloads.join(QStringLiteral(", ")))
                                    .arg(layout.lifelineX(1) - layout.lifelineX(0))
                                    .arg(layout.commentColumn().width())));
            QCOMPARE(paint.elidedPayloads, 0);
            QCOMPARE(paint.elidedComments, 0);
        }
        QVERIFY(previews >= 2); // "Hello, server!" and "Hello, client!"
        // The room came from the comments: both lifelines and a readable comment column still fit.
        QVERIFY2(layout.width() <= view->viewport()->width(),
                 qPrintable(QStringLiteral("graph %1 wide, viewport %2").arg(layout.width()).arg(view->viewport()->width())));
        QVERIFY(layout.commentColumn().width() >= layout.metrics().commentLeast);
        QVERIFY(layout.lifelineX(1) + layout.metrics().pillWidth <= layout.commentColumn().left() + 1);
    }

private:
    void open(const QString& path, QSize size, ThemeKind theme) { openInWindow(window_, path, size, theme); }

    std::unique_ptr<MainWindow> window_;
};

QTEST_MAIN(TestFlowGraphPayloadInWindow)
#include "TestFlowGraphPayloadInWindow.moc"
