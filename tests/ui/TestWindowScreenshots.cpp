// The window renders at the requested size, with content, in every theme and language.
#include "UiTestSupport.h"

#include <shell/Language.h>
#include <shell/MainWindow.h>
#include <shell/Theme.h>
#include <packets/PacketListModel.h>

#include <QImage>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

using namespace tcplens::ui;
using namespace tcplens::ui::test;

class TestWindowScreenshots : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("tcplens-tests"));
    }

    void rendersEveryThemeAndLanguage_data()
    {
        QTest::addColumn<QString>("theme");
        QTest::addColumn<QString>("language");
        for (const auto theme : kAllThemes)
            for (const auto& language : availableLanguages())
                QTest::newRow(qPrintable(themeName(theme) + QLatin1Char('-') + language)) << themeName(theme)
                                                                                         << language;
    }

    void rendersEveryThemeAndLanguage()
    {
        QFETCH(QString, theme);
        QFETCH(QString, language);
        QVERIFY(installLanguage(*QCoreApplication::instance(), language));
        MainWindow window;
        window.setTheme(*parseTheme(theme), false);
        window.resize(1280, 800);
        window.show();
        QSignalSpy finished(&window, &MainWindow::loadFinished);
        window.openCapture(samplePath());
        QVERIFY(finished.wait(10'000));
        window.selectPacketRow(0);
        QCoreApplication::processEvents();

        const QImage image = window.grab().toImage();
        QCOMPARE(image.size(), QSize(1280, 800));
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 30, "the window looks blank");
        if (language == QLatin1String("zh_CN"))
            QCOMPARE(window.windowTitle().isEmpty(), false);
        const QString out = QDir::temp().filePath(QStringLiteral("tcplens-window-%1-%2.png").arg(theme, language));
        QVERIFY(image.save(out));
    }

    void cleanupTestCase() { installLanguage(*QCoreApplication::instance(), QStringLiteral("en")); }
};

QTEST_MAIN(TestWindowScreenshots)
#include "TestWindowScreenshots.moc"
