// A conversation of up to 20 packets shows whole in presentation mode, with arrow labels a
// thirtieth of the screen's height: for every fixture, the bundled samples and the public
// captures in tests/data/public whose first conversation has at most 20 packets, at 1920x1080,
// 1280x720 and 1024x768, in English and Chinese, at the last step every row and the texts under
// the newest arrow lie inside the flow graph without scrolling, below the lifeline header. A
// longer conversation scrolls, its newest arrow in the lower third and no row half hidden under
// the header.
#include "PresentationTestSupport.h"

#include <flowgraph/FlowGraphView.h>
#include <presentation/PresentationWindow.h>
#include <shell/Language.h>
#include <shell/Theme.h>

#include <QApplication>
#include <QDir>
#include <QFontInfo>
#include <QLayout>
#include <QScrollBar>
#include <QStandardPaths>
#include <QtTest>

using namespace tcplens;
using namespace tcplens::ui;
using namespace tcplens::ui::test;

namespace {

const QSize kScreens[] = {QSize(1920, 1080), QSize(1280, 720), QSize(1024, 768)};

QStringList captures()
{
    QStringList paths;
    const QStringList patterns{QStringLiteral("*.pcap"), QStringLiteral("*.pcapng")};
    for (const QString& dir : {QStringLiteral(TCPLENS_TEST_DATA_DIR), QStringLiteral(TCPLENS_TEST_DATA_DIR "/public"),
                               QStringLiteral(TCPLENS_SAMPLES_DIR)}) {
        const QDir data(dir);
        for (const QString& name : data.entryList(patterns, QDir::Files, QDir::Name))
            paths << data.filePath(name);
    }
    return paths;
}

} // namespace

class TestPresentationWhole : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        applyTheme(*qApp, ThemeKind::HighContrast); // what the controller shows
    }

    void shortConversationsShowWhole_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString& path : captures())
            QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
    }

    void shortConversationsShowWhole()
    {
        QFETCH(QString, path);
        PacketListModel packets;
        const auto stream = loadFirstConversation(packets, path);
        if (!stream)
            QSKIP("no TCP conversation to present");
        const QString name = QFileInfo(path).fileName();
        presentEverywhere(packets, *stream, kScreens, [&](PresentationWindow& show, const QString& language, QSize screen) {
            show.end();
            show.layout()->activate();
            QCoreApplication::sendPostedEvents(nullptr, QEvent::MetaCall); // the flow graph's scroll after a resize
            const int rows = static_cast<int>(show.steps().packetCount());
            const QString where =
                QStringLiteral("%1 %2 %3x%4, %5 packets").arg(name, language).arg(screen.width()).arg(screen.height()).arg(rows);
            FailureText fail(where);
            const FlowGraphView* flow = show.flowView();
            const FlowGraphLayout& graph = flow->graphLayout();
            const int px = QFontInfo(flow->labelFont()).pixelSize();
            QVERIFY2(px >= screen.height() / 30.0, fail(QStringLiteral("arrow labels %1 px").arg(px)));
            const int scroll = flow->verticalScrollBar()->value();
            const int viewHeight = flow->viewport()->height();
            const int newest = rows - 1;
            const qreal newestBottom = graph.rowBottom(newest) + flow->textBelowRow() - scroll;
            QVERIFY2(newestBottom <= viewHeight + 0.5,
                     fail(QStringLiteral("the newest row's texts end at %1 in a %2 px view").arg(newestBottom).arg(viewHeight)));
            const int top = graph.rowAt(scroll + graph.headerHeight() + 1);
            QVERIFY2(graph.rowTop(top) - scroll >= graph.headerHeight() - 0.5,
                     fail(QStringLiteral("row %1 is half hidden under the lifeline header").arg(top)));
            if (rows <= 20) {
                ++whole_;
                QVERIFY2(scroll == 0, fail(QStringLiteral("scrolled by %1 px").arg(scroll)));
                QCOMPARE(top, 0);
            } else {
                QVERIFY2(flow->viewportArrowY(newest) >= viewHeight * 2.0 / 3.0,
                         fail(QStringLiteral("the newest arrow at %1 of %2").arg(flow->viewportArrowY(newest)).arg(viewHeight)));
            }
        });
    }

    void payloadPreviewsAreWhole()
    {
        // The sample's payloads ("Hello, client!", "quit") are short: at every step, at each size, in
        // both languages, the newest arrow writes them whole, running past the lifelines if it must.
        PacketListModel packets;
        QVERIFY(loadSynchronously(packets, samplePath()).status != LoadStatus::Failed);
        presentEverywhere(packets, 0, kScreens, [](PresentationWindow& show, const QString& language, QSize screen) {
            int payloads = 0;
            for (int step = 1; step <= static_cast<int>(show.steps().packetCount()); ++step) {
                showStep(show, step);
                show.flowView()->viewport()->grab(); // paints
                payloads += !show.flowView()->model()->arrow(step - 1).payload.isEmpty();
                QVERIFY2(show.flowView()->lastPaint().elidedPayloads == 0,
                         qPrintable(QStringLiteral("%1 %2x%3 step %4: a payload preview is shortened")
                                        .arg(language)
                                        .arg(screen.width())
                                        .arg(screen.height())
                                        .arg(step)));
            }
            QVERIFY(payloads >= 3);
        });
    }

    void cleanupTestCase()
    {
        installLanguage(*qApp, QStringLiteral("en"));
        // 3 screens x 2 languages for each conversation of up to 20 packets.
        QVERIFY2(whole_ >= 6 * 20, qPrintable(QStringLiteral("only %1 short presentations checked").arg(whole_)));
    }

private:
    int whole_ = 0;
};

QTEST_MAIN(TestPresentationWhole)
#include "TestPresentationWhole.moc"
