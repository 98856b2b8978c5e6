// A presentation jumped to a step shows its texts whole on the window's first layout, one turn
// of the event loop later, as `tcplens --present --step K --screenshot` grabs it and as a teacher
// pressing End first sees it: a title that takes a second line at the column's width gets that
// line's height then, not after a second pass (bulk-reno step 1071 at 1024x768, "ACK [TCP Window
// Update]", was given one and a half lines and lost the bottom of its second).
#include "PresentationTestSupport.h"
#include "UiTestSupport.h"

#include <presentation/PresentationWindow.h>
#include <shell/Language.h>
#include <shell/Theme.h>

#include <QApplication>
#include <QLabel>
#include <QStandardPaths>
#include <QtTest>

using namespace tcplens;
using namespace tcplens::ui;
using namespace tcplens::ui::test;

class TestPresentationFirstLayout : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        applyTheme(*qApp, ThemeKind::HighContrast);
    }

    void textsAreWholeOnTheFirstLayoutAfterAJump_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("screen");
        QTest::addColumn<int>("step");
        for (const char* language : {"en", "zh_CN"})
            for (const QSize screen : {QSize(1024, 768), QSize(1280, 720), QSize(1920, 1080), QSize(3840, 2160)})
                for (const int step : {1071, 1319, 3})
                    QTest::addRow("%s %dx%d step %d", language, screen.width(), screen.height(), step)
                        << QString::fromLatin1(language) << screen << step;
    }

    void textsAreWholeOnTheFirstLayoutAfterAJump()
    {
        QFETCH(QString, language);
        QFETCH(QSize, screen);
        QFETCH(int, step);
        QVERIFY(installLanguage(*qApp, language));
        if (packets_.rowCount() == 0)
            QCOMPARE(loadSynchronously(packets_, QStringLiteral(TCPLENS_TEST_DATA_DIR "/bulk-reno.pcap")).status,
                     LoadStatus::Complete);
        // As PresentationController::start() and the --step option do it: shown, then the jump.
        PresentationWindow show(packets_, packets_.analysis(packets_.firstTcpRow()).stream);
        show.resize(screen);
        show.show();
        show.goToStep(step);
        QStringList cut;
        bool looked = false;
        QMetaObject::invokeMethod(
            &show,
            [&] {
                for (const QLabel* label : show.findChildren<QLabel*>())
                    if (label->isVisibleTo(&show))
                        if (const QString overflow = labelOverflow(label); !overflow.isEmpty())
                            cut << overflow;
                looked = true;
            },
            Qt::QueuedConnection);
        QTRY_VERIFY(looked);
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QStringLiteral("; "))));
    }

    void cleanupTestCase() { installLanguage(*qApp, QStringLiteral("en")); }

private:
    PacketListModel packets_;
};

QTEST_MAIN(TestPresentationFirstLayout)
#include "TestPresentationFirstLayout.moc"
