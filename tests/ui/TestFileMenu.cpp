// File › Close (Ctrl+W) empties the window back to its start and is disabled with nothing open;
// File › Capture File Properties (Ctrl+Alt+Shift+C) shows core CaptureProperties, selectable.
#include "UiTestSupport.h"

#include <capture/CaptureProperties.h>
#include <conversations/ConversationModel.h>
#include <shell/CapturePropertiesDialog.h>
#include <shell/Language.h>
#include <shell/MainWindow.h>
#include <shell/Theme.h>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QtTest>

using namespace tcplens::ui;

namespace {

QString dataPath(const char* name) { return QStringLiteral(TCPLENS_TEST_DATA_DIR "/") + QLatin1String(name); }

} // namespace

class TestFileMenu : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("tcplens-tests"));
    }

    void init()
    {
        window_ = std::make_unique<MainWindow>();
        window_->setErrorReporter([](const QString&, const QString&) {});
        window_->resize(1280, 800);
        window_->show();
    }

    void cleanup() { window_.reset(); }

    void closeEmptiesTheWindow()
    {
        auto* close = window_->findChild<QAction*>(QStringLiteral("closeAction"));
        auto* properties = window_->findChild<QAction*>(QStringLiteral("capturePropertiesAction"));
        QVERIFY(close && properties);
        QCOMPARE(close->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_W));
        QCOMPARE(properties->shortcut(), QKeySequence(Qt::CTRL | Qt::ALT | Qt::SHIFT | Qt::Key_C));
        QVERIFY(!close->isEnabled()); // nothing open yet
        QVERIFY(!properties->isEnabled());
        const QString startTitle = window_->windowTitle();
        open(dataPath("http.pcap"));
        QCOMPARE(window_->packetModel()->rowCount(), 24);
        QVERIFY(close->isEnabled());
        QVERIFY(properties->isEnabled());
        window_->selectPacketRow(5);
        close->trigger();
        QCOMPARE(window_->packetModel()->rowCount(), 0);
        QCOMPARE(window_->conversationModel()->rowCount(), 0);
        QCOMPARE(window_->windowTitle(), startTitle);
        QVERIFY(window_->rereadablePath().isEmpty());
        QVERIFY(!close->isEnabled());
        QVERIFY(!properties->isEnabled());
        open(dataPath("http.pcap")); // and the window works as before
        QCOMPARE(window_->packetModel()->rowCount(), 24);
        QVERIFY(close->isEnabled());
    }

    void closeSurvivesALanguageSwitch()
    {
        open(dataPath("http.pcap"));
        window_->setLanguage(QStringLiteral("zh_CN"));
        auto* close = window_->findChild<QAction*>(QStringLiteral("closeAction"));
        QVERIFY(close && close->isEnabled()); // the rebuilt menu keeps its state
        window_->setLanguage(QStringLiteral("en"));
    }

    void propertiesShowTheCoreFigures()
    {
        const auto path = dataPath("public/ws__many_interfaces_1.pcapng");
        open(path);
        window_->findChild<QAction*>(QStringLiteral("capturePropertiesAction"))->trigger();
        auto* dialog = window_->findChild<CapturePropertiesDialog*>();
        QVERIFY(dialog);
        const auto expected = tcplens::readCaptureProperties(path.toStdString());
        const QString text = dialog->plainText();
        QVERIFY2(text.contains(QString::fromStdString(expected.sha256)), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("en0")));
        QVERIFY(text.contains(QStringLiteral("host 192.168.1.139"))); // the capture filter
        QVERIFY(text.contains(QStringLiteral("Mac OS X 10.10.4")));
        QVERIFY(text.contains(QStringLiteral("2015-08-16 19:35:25.701568 UTC")));
        QVERIFY(text.contains(QStringLiteral("Ethernet (EN10MB, 1): 62 packets")));
        QVERIFY(dialog->view()->textInteractionFlags() & Qt::TextSelectableByMouse);
        for (auto* button : dialog->findChildren<QPushButton*>())
            if (button->text().contains(QStringLiteral("Copy")))
                button->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), text);
    }

    void propertiesSpeakTheInterfaceLanguage()
    {
        // Link types and UTC in Chinese; the libpcap name (EN10MB) and the figures stay.
        auto* app = qobject_cast<QApplication*>(QCoreApplication::instance());
        QVERIFY(installLanguage(*app, QStringLiteral("zh_CN")));
        CapturePropertiesDialog dialog(tcplens::readCaptureProperties(dataPath("public/ws__many_interfaces_1.pcapng").toStdString()));
        const QString text = dialog.plainText();
        installLanguage(*app, QStringLiteral("en"));
        QVERIFY2(text.contains(QStringLiteral("以太网 (EN10MB, 1)")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("2015-08-16 19:35:25.701568（UTC")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("Ethernet")) && !text.contains(QStringLiteral(" UTC")), qPrintable(text));
    }

    void screenshotsWhenAsked()
    {
        // TCPLENS_DIALOG_SHOTS=DIR: the Properties dialog, light and dark, English and Chinese.
        const auto dir = qEnvironmentVariable("TCPLENS_DIALOG_SHOTS");
        if (dir.isEmpty())
            QSKIP("set TCPLENS_DIALOG_SHOTS=DIR to write the dialog's screenshots");
        auto* app = qobject_cast<QApplication*>(QCoreApplication::instance());
        const auto path = dataPath("public/ws__many_interfaces_1.pcapng").toStdString();
        for (const auto& [theme, name] : {std::pair{ThemeKind::Light, "light"}, std::pair{ThemeKind::Dark, "dark"}}) {
            for (const char* language : {"en", "zh_CN"}) {
                applyTheme(*app, theme);
                installLanguage(*app, QString::fromLatin1(language));
                CapturePropertiesDialog dialog(tcplens::readCaptureProperties(path));
                dialog.show();
                QVERIFY(QTest::qWaitForWindowExposed(&dialog));
                dialog.grab().save(QStringLiteral("%1/properties-%2-%3.png").arg(dir, name, language));
            }
        }
        applyTheme(*app, ThemeKind::Light);
        installLanguage(*app, QStringLiteral("en"));
    }

private:
    void open(const QString& path)
    {
        QSignalSpy finished(window_.get(), &MainWindow::loadFinished);
        window_->openCapture(path);
        QVERIFY(finished.wait(10'000));
    }

    std::unique_ptr<MainWindow> window_;
};

QTEST_MAIN(TestFileMenu)
#include "TestFileMenu.moc"
