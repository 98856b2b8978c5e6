// Lab › Record a Scenario…: the dialog lists every scenario with its explanation in the interface
// language and says which need root; recording `handshake` (as root: the built tcplens-capture
// holds no capability) opens a capture of the handshake in the window, Present shows the
// scenario's paragraph on the first slide in English and in Chinese, and Cancel keeps no file.
#include "AsNobodyThread.h"
#include "ChineseTextSupport.h"
#include "UiTestSupport.h"

#include <lab/LabDialog.h>
#include <lab/LabIntroduction.h>
#include <lab/LabMenu.h>
#include <presentation/PresentationController.h>
#include <presentation/PresentationIntroPane.h>
#include <presentation/PresentationWindow.h>
#include <shell/Language.h>
#include <shell/MainWindow.h>
#include <shell/Theme.h>

#include <capture/PcapngSectionComment.h>
#include <decode/DecodedPacket.h>
#include <lab/LabCatalog.h>
#include <lab/LabFileMark.h>

#include <QApplication>
#include <QDir>
#include <QListWidget>
#include <QMap>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

using namespace tcplens;
using namespace tcplens::ui;
using namespace tcplens::ui::test;

namespace {

LabMenu* labMenu(MainWindow& window)
{
    return window.findChild<LabMenu*>();
}

QString en(const LabText& text) { return QString::fromStdString(text.en); }
QString zh(const LabText& text) { return QString::fromStdString(text.zh); }

/// As englishWords(), but the terms the explanations keep on purpose stay: calls (shutdown(SHUT_WR)),
/// identifiers (tcp_abort_on_overflow, net.ipv4.…, listen-overflow), an error message quoted
/// before its Chinese ("Connection refused"（连接被拒绝）), units, tools and counters.
QStringList labEnglishWords(QString text)
{
    static const QRegularExpression kept(QStringLiteral(
        "\\w+\\([\\w, ]*\\)|\\b\\w+(_\\w+)+\\b|\\b\\w+(\\.\\w+)+\\b|\\b\\w+(-\\w+)+\\b|“[^”]*”(?=（)"));
    static const QStringList terms{QStringLiteral("KiB"), QStringLiteral("Mbit"), QStringLiteral("Nagle"),
                                   QStringLiteral("backlog"), QStringLiteral("root"), QStringLiteral("tc"),
                                   QStringLiteral("tbf"), QStringLiteral("TcpExtListenDrops"),
                                   QStringLiteral("TcpExtListenOverflows")};
    text.remove(kept);
    QStringList words = englishWords(text);
    words.removeIf([](const QString& w) { return terms.contains(w); });
    return words;
}

} // namespace

class TestLabDialog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("tcplens-tests"));
        QVERIFY(dir_.isValid());
    }

    void init()
    {
        QSettings().clear();
        applyTheme(*qApp, ThemeKind::Light);
        QVERIFY(installLanguage(*QCoreApplication::instance(), QStringLiteral("en")));
    }

    void labMenuSitsBeforeHelp()
    {
        MainWindow window;
        QStringList titles;
        for (QAction* action : window.menuBar()->actions())
            titles << action->text();
        const auto lab = titles.indexOf(QStringLiteral("&Lab"));
        QVERIFY2(lab > 0 && lab == titles.indexOf(QStringLiteral("&Help")) - 1, qPrintable(titles.join(' ')));
        QVERIFY(window.findChild<QAction*>(QStringLiteral("labRecordAction")));
    }

    void everyScenarioIsExplainedInTheInterfaceLanguage()
    {
        MainWindow window;
        LabDialog* dialog = openDialog(window, QStringLiteral("explained"));
        QCOMPARE(dialog->scenarioList()->count(), static_cast<int>(labScenarios().size()));
        for (const auto& language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
            window.setLanguage(language);
            QCoreApplication::processEvents(); // the language change is posted to each window
            const bool chinese = language == QLatin1String("zh_CN");
            QCOMPARE(dialog->windowTitle(), chinese ? QStringLiteral("录制实验场景") : QStringLiteral("Record a Lab Scenario"));
            for (const auto& scenario : labScenarios()) {
                QVERIFY(dialog->selectScenario(QString::fromStdString(scenario.id)));
                QCOMPARE(dialog->explanationText(), chinese ? zh(scenario.explanation) : en(scenario.explanation));
                QVERIFY(dialog->scenarioList()->currentItem()->text().startsWith(chinese ? zh(scenario.title) : en(scenario.title)));
                const bool blocked = scenario.needsRoot() && ::geteuid() != 0;
                QCOMPARE(dialog->recordButton()->isEnabled(), !blocked);
                if (scenario.needsRoot()) // said in the list and beside the explanation
                    QVERIFY(dialog->scenarioList()->currentItem()->text().contains(QStringLiteral("root")));
                if (blocked)
                    QVERIFY2(dialog->requirementText().contains(QStringLiteral("root")) && dialog->requirementText().contains(QStringLiteral("sudo")),
                             qPrintable(dialog->requirementText()));
            }
        }
        QVERIFY(!dialog->selectScenario(QStringLiteral("no-such-scenario")));
        QVERIFY(!dialog->presentButton()->isEnabled()); // nothing recorded yet
    }

    void recordsTheHandshakeOpensItAndPresentsItsParagraph()
    {
        skipUnlessRoot();
        MainWindow window;
        window.resize(1366, 768);
        window.show();
        LabDialog* dialog = openDialog(window, QStringLiteral("recorded"));
        const QString pngDir = qEnvironmentVariable("TCPLENS_LAB_PNG_DIR");
        if (!pngDir.isEmpty()) // screenshots for the README: a folder as a teacher's would be
            dialog->setFolder(QDir(pngDir).filePath(QStringLiteral("tcplens-lab")));
        QVERIFY(dialog->selectScenario(QStringLiteral("handshake")));
        QSignalSpy finished(dialog, &LabDialog::recordingFinished);
        QSignalSpy loaded(&window, &MainWindow::loadFinished);
        QTest::mouseClick(dialog->recordButton(), Qt::LeftButton);
        QVERIFY(dialog->isRecording());
        QVERIFY(!dialog->recordButton()->isEnabled());
        QCOMPARE(dialog->closeButton()->text(), QStringLiteral("&Cancel"));
        QVERIFY(finished.wait(30'000));
        QVERIFY2(finished.first().first().toBool(), qPrintable(dialog->statusText()));
        QVERIFY(dialog->resultsText().contains(QStringLiteral("✓")) && !dialog->resultsText().contains(QStringLiteral("✗")));
        QVERIFY(dialog->resultsText().contains(QStringLiteral("The capture shows what the explanation promises.")));
        QVERIFY(loaded.count() > 0 || loaded.wait(10'000));

        // The window holds the recording: one conversation opening with SYN, SYN-ACK, ACK.
        QCOMPARE(window.shownPath(), dialog->recordedPath());
        QVERIFY(dialog->recordedPath().startsWith(dialog->folder() + QStringLiteral("/handshake-")));
        const auto* model = window.packetModel();
        QVERIFY(model->rowCount() >= 9);
        const auto flags = [model](int row) { return model->decoded(row).tcp.flags & (tcpflag::Syn | tcpflag::Ack | tcpflag::Fin); };
        QCOMPARE(flags(0), tcpflag::Syn);
        QCOMPARE(flags(1), tcpflag::Syn | tcpflag::Ack);
        QCOMPARE(flags(2), tcpflag::Ack);
        QVERIFY(labMenu(window)->introduction()->scenario() == findLabScenario("handshake"));

        QVERIFY(dialog->presentButton()->isEnabled());
        QVERIFY(dialog->statusText().contains(QStringLiteral("Present it to the class?")));
        // On a 1366x768 screen the dialog opens at 980x640: the explanation and the whole check fit.
        dialog->resize(980, 640);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        for (const auto& language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
            window.setLanguage(language);
            QTest::qWait(100); // the language change is posted, then the labels' new heights
            QVERIFY2(!dialog->page()->verticalScrollBar()->isVisible(), qPrintable(language));
            if (!pngDir.isEmpty())
                QVERIFY(dialog->grab().save(QDir(pngDir).filePath(QStringLiteral("lab-dialog-%1.png").arg(language))));
        }
        window.setLanguage(QStringLiteral("en"));
        QTest::mouseClick(dialog->presentButton(), Qt::LeftButton);
        QVERIFY(window.presentation()->isActive());
        PresentationWindow* show = window.presentation()->window();
        QCOMPARE(int(show->steps().step()), 0);
        const auto* handshake = findLabScenario("handshake");
        QVERIFY(show->introPane()->isVisibleTo(show));
        QCOMPARE(show->introPane()->paragraphText(), en(handshake->explanation));
        QVERIFY(show->introPane()->headingText().contains(en(handshake->title)));
        window.setLanguage(QStringLiteral("zh_CN"));
        QTRY_COMPARE(show->introPane()->paragraphText(), zh(handshake->explanation)); // the language change is posted
        QTest::keyClick(show, Qt::Key_Right); // the first packet: the header diagram takes its place
        QVERIFY(!show->introPane()->isVisibleTo(show));
        QTest::keyClick(show, Qt::Key_Home);
        QVERIFY(show->introPane()->isVisibleTo(show));
        window.presentation()->stop();
        window.setLanguage(QStringLiteral("en"));

        // Another file on screen: no paragraph on its first slide.
        QSignalSpy sample(&window, &MainWindow::loadFinished);
        window.openCapture(samplePath());
        QVERIFY(sample.wait(10'000));
        QVERIFY(window.present(0));
        QVERIFY(!window.presentation()->window()->introPane()->isVisibleTo(window.presentation()->window()));
        window.presentation()->stop();
    }

    void aFileTheLabRecordedStartsItsPresentationWithTheParagraph()
    {
        // Any pcapng with the lab's section comment, as a recording opened later (no root needed).
        const QString file = dir_.filePath(QStringLiteral("marked.pcapng"));
        QFile::remove(file);
        QVERIFY(QFile::copy(QStringLiteral(TCPLENS_TEST_DATA_DIR "/dumpcap.pcapng"), file));
        QFile(file).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const auto* zeroWindow = findLabScenario("zero-window");
        std::string error;
        QVERIFY2(addPcapngSectionComment(file.toStdString(), labSectionComment(*zeroWindow), error), error.c_str());
        MainWindow window;
        window.show();
        QSignalSpy loaded(&window, &MainWindow::loadFinished);
        window.openCapture(file);
        QVERIFY(loaded.wait(10'000));
        QCOMPARE(labMenu(window)->introduction()->scenario(), zeroWindow);
        QVERIFY(window.present());
        PresentationWindow* show = window.presentation()->window();
        QVERIFY(show->introPane()->isVisibleTo(show));
        QCOMPARE(show->introPane()->paragraphText(), en(zeroWindow->explanation));
        window.presentation()->stop();
        window.closeCapture(); // nothing on screen: no scenario
        QCOMPARE(labMenu(window)->introduction()->scenario(), nullptr);
    }

    void cancelKeepsNoFile()
    {
        skipUnlessRoot();
        MainWindow window;
        LabDialog* dialog = openDialog(window, QStringLiteral("cancelled"));
        QVERIFY(dialog->selectScenario(QStringLiteral("handshake")));
        QSignalSpy finished(dialog, &LabDialog::recordingFinished);
        QVERIFY(dialog->record());
        QTest::mouseClick(dialog->closeButton(), Qt::LeftButton); // Cancel
        QVERIFY(dialog->isVisible()); // it stays to say how the recording ended
        QVERIFY(finished.wait(30'000));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY2(dialog->statusText().contains(QStringLiteral("Cancelled")), qPrintable(dialog->statusText()));
        QCOMPARE(QDir(dialog->folder()).entryList(QDir::Files | QDir::Hidden), QStringList());
        QVERIFY(dialog->recordButton()->isEnabled());
        QCOMPARE(dialog->closeButton()->text(), QStringLiteral("&Close"));
    }

    void aMissingHelperIsNamedWithItsFix()
    {
        {
            // Found missing when the dialog opens: said beside the explanation, Record stays off.
            qputenv("TCPLENS_CAPTURE_HELPER", QFile::encodeName(dir_.filePath(QStringLiteral("no-such-helper"))));
            MainWindow window;
            LabDialog* dialog = labMenu(window)->openDialog();
            qunsetenv("TCPLENS_CAPTURE_HELPER");
            QVERIFY(dialog->selectScenario(QStringLiteral("handshake")));
            QVERIFY(!dialog->recordButton()->isEnabled());
            QVERIFY2(dialog->requirementText().contains(QStringLiteral("TCPLENS_CAPTURE_HELPER")), qPrintable(dialog->requirementText()));
        }
        MainWindow window;
        LabRecorderOptions options;
        options.helperPath = dir_.filePath(QStringLiteral("no-such-helper")).toStdString();
        labMenu(window)->setRecorderOptions(options);
        LabDialog* dialog = labMenu(window)->openDialog();
        dialog->setFolder(dir_.filePath(QStringLiteral("missing")));
        QVERIFY(dialog->selectScenario(QStringLiteral("handshake")));
        QVERIFY(!dialog->record()); // refused before the helper is tried, as the Capture dialog does
        QVERIFY2(dialog->requirementText().contains(QStringLiteral("TCPLENS_CAPTURE_HELPER")), qPrintable(dialog->requirementText()));
        QVERIFY(!QDir(dir_.filePath(QStringLiteral("missing"))).exists());
        QVERIFY(!dialog->presentButton()->isEnabled());
    }

    void theDialogReadsInChinese()
    {
        MainWindow window;
        LabDialog* dialog = openDialog(window, QStringLiteral("chinese"));
        window.setLanguage(QStringLiteral("zh_CN"));
        QCoreApplication::processEvents(); // the language change is posted to each window
        QMap<QString, QString> left; // word -> where and the text
        for (const auto& scenario : labScenarios()) {
            QVERIFY(dialog->selectScenario(QString::fromStdString(scenario.id)));
            QStringList texts = visibleTexts(dialog);
            texts << dialog->page()->toPlainText();
            for (const auto& text : texts)
                for (const auto& w : labEnglishWords(text))
                    left.insert(w, QString::fromStdString(scenario.id) + QStringLiteral(": ") + text.left(160));
        }
        window.setLanguage(QStringLiteral("en"));
        QVERIFY2(left.isEmpty(), qPrintable(englishLeftReport(left)));
    }

    void aHelperThatWillNotStartIsWordedInChinese()
    {
        skipUnlessRoot(); // as anyone else the dialog refuses a helper without the capture capability
        // A helper that passes the check when the dialog opens and is gone when Record starts it.
        const QString helper = dir_.filePath(QStringLiteral("vanishing-helper"));
        QFile file(helper);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("#!/bin/sh\nexit 0\n");
        file.close();
        QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
        MainWindow window;
        window.setLanguage(QStringLiteral("zh_CN"));
        LabRecorderOptions options;
        options.helperPath = helper.toStdString();
        labMenu(window)->setRecorderOptions(options);
        LabDialog* dialog = labMenu(window)->openDialog();
        dialog->setFolder(dir_.filePath(QStringLiteral("vanishing")));
        QVERIFY(dialog->selectScenario(QStringLiteral("handshake")));
        QVERIFY(QFile::remove(helper));
        QSignalSpy finished(dialog, &LabDialog::recordingFinished);
        QVERIFY(dialog->record());
        QVERIFY(finished.wait(10'000));
        QString status = dialog->statusText();
        window.setLanguage(QStringLiteral("en"));
        QVERIFY2(status.contains(QStringLiteral("TCPLENS_CAPTURE_HELPER")), qPrintable(status));
        // No English beside the names a reader types, not even in brackets: the recorder's own detail
        // ("cannot start the capture helper …: No such file or directory") is the command line's.
        static const QStringList typed{QStringLiteral("tcplens"), QStringLiteral("tcplens-capture"), QStringLiteral("cmake"),
                                       QStringLiteral("install"), QStringLiteral("TCPLENS_CAPTURE_HELPER"), QStringLiteral("PATH")};
        status.remove(QRegularExpression(QStringLiteral("/[\\w./-]+")));
        for (const auto& word : QRegularExpression(QStringLiteral("[A-Za-z][\\w-]*")).globalMatch(status))
            QVERIFY2(typed.contains(word.captured()), qPrintable(dialog->statusText()));
    }

    void aFolderNobodyMayWriteIsExplainedInChinese()
    {
        skipUnlessRoot(); // the recording is made as nobody, into root's folder
        const QString folder = dir_.filePath(QStringLiteral("root-only"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::setPermissions(dir_.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                                       | QFileDevice::ExeGroup | QFileDevice::ExeOther));
        MainWindow window;
        window.setLanguage(QStringLiteral("zh_CN"));
        QCoreApplication::processEvents();
        LabDialog* dialog = openDialog(window, QStringLiteral("root-only"));
        QVERIFY(dialog->selectScenario(QStringLiteral("handshake")));
        QSignalSpy finished(dialog, &LabDialog::recordingFinished);
        {
            tcplens::test::AsNobodyThread nobody; // the recording's thread is nobody's too
            QVERIFY(nobody.ok());
            QVERIFY(dialog->record());
            QVERIFY(finished.wait(30'000));
        }
        QString status = dialog->statusText();
        window.setLanguage(QStringLiteral("en"));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY2(status.contains(QStringLiteral("没有访问权限")), qPrintable(status));
        status.remove(QRegularExpression(QStringLiteral("/[\\w./-]+"))); // the file's path
        const QStringList words = labEnglishWords(status);
        QVERIFY2(words.isEmpty(), qPrintable(words.join(QLatin1Char(' ')) + QStringLiteral(" in ") + status));
    }

private:
    void skipUnlessRoot()
    {
        if (::geteuid() != 0)
            QSKIP("recording needs root here: the built tcplens-capture holds no capture capability");
    }

    /// The dialog recording through the built helper into a folder of its own.
    LabDialog* openDialog(MainWindow& window, const QString& folder)
    {
        LabRecorderOptions options;
        options.helperPath = TCPLENS_CAPTURE_PATH;
        options.timeout = std::chrono::milliseconds(10'000); // a loaded machine
        labMenu(window)->setRecorderOptions(options);
        LabDialog* dialog = labMenu(window)->openDialog();
        dialog->setFolder(dir_.filePath(folder));
        return dialog;
    }

    QTemporaryDir dir_;
};

QTEST_MAIN(TestLabDialog)
#include "TestLabDialog.moc"
