// Every panel and dialog a user opens, in Chinese: the window (menus, tool bars, docks, column
// headers, tabs, status bar, tooltips), Follow TCP Stream, the conversation report, Capture File
// Properties and the Capture dialog show no English word a Chinese reader would have to look up.
#include "ChineseTextSupport.h"
#include "MainWindowTestSupport.h"
#include "UiTestSupport.h"

#include <capture/CaptureDialog.h>
#include <shell/Language.h>

#include <QApplication>
#include <QDialog>
#include <QMap>
#include <QtTest>

using namespace tcplens;
using namespace tcplens::ui;
using namespace tcplens::ui::test;

class TestChineseWalk : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(installLanguage(*qApp, QStringLiteral("zh_CN")));
    }
    void cleanupTestCase() { installLanguage(*qApp, QStringLiteral("en")); }

    void everyPanelAndDialogReadsInChinese()
    {
        std::unique_ptr<MainWindow> window;
        openInWindow(window, QStringLiteral(TCPLENS_TEST_DATA_DIR "/lossy-bulk.pcap"), QSize(1366, 768));
        window->selectPacketRow(5);
        QMap<QString, QString> left; // word -> where and the text
        collect(QStringLiteral("window"), window.get(), left);
        window->findChild<QAction*>(QStringLiteral("followTcpStream"))->trigger(); // the selected packet's stream
        window->showConversationReport(0);
        window->findChild<QAction*>(QStringLiteral("capturePropertiesAction"))->trigger();
        QTest::qWait(500);
        QStringList dialogs;
        for (auto* top : QApplication::topLevelWidgets())
            if (top != window.get() && top->isVisible() && qobject_cast<QDialog*>(top)) {
                dialogs << QString::fromLatin1(top->metaObject()->className());
                collect(dialogs.last(), top, left);
            }
        dialogs.sort();
        QCOMPARE(dialogs.join(QLatin1Char(' ')),
                 QStringLiteral("tcplens::ui::CapturePropertiesDialog tcplens::ui::ConversationReportDialog "
                                "tcplens::ui::FollowStreamDialog"));
        CaptureDialog capture;
        collect(QStringLiteral("CaptureDialog"), &capture, left);
        QVERIFY2(left.isEmpty(), qPrintable(englishLeftReport(left)));
    }
};

QTEST_MAIN(TestChineseWalk)
#include "TestChineseWalk.moc"
