// The window captures without privileges of its own, through tcplens-capture: neither it nor
// tcplens-cli holds a capability; as nobody with the capability only on a copy of the helper it
// captures, without it the dialog and the failure say what to do, and a window killed
// mid-capture stops the helper, which leaves a file tcpdump reads and the next run offers to
// recover. Against a veth pair between two network namespaces and loopback.
#include "AsNobodyThread.h"
#include "ChildProcesses.h"
#include "LiveCaptureHome.h"
#include "LiveNetns.h"
#include "TestSupport.h"
#include "UiTestSupport.h"

#include <capture/CaptureEnd.h>
#include <capture/CaptureSession.h>
#include <capture/LiveCaptureController.h>
#include <shell/MainWindow.h>
#include <capture/CaptureDialog.h>
#include <conversations/ConversationModel.h>
#include <packets/PacketListModel.h>
#include <capture/CaptureStatusBar.h>

#include <capture/CaptureFile.h>

#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

#include <pwd.h>
#include <sys/stat.h>

#include <csignal>

using namespace tcplens;
using namespace tcplens::ui;
using namespace tcplens::ui::test;
using namespace tcplens::test;

class TestCaptureAsNobody : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(home_.isValid());
        QVERIFY(prepareLiveCaptureHome(home_, {QStringLiteral("cap"), QStringLiteral("plain")}));
        // Copies nobody can run (the build tree may sit where only root can enter): the helper
        // with the capability, the same without it, and the window.
        capHelper_ = home_.filePath(QStringLiteral("cap/tcplens-capture"));
        plainHelper_ = home_.filePath(QStringLiteral("plain/tcplens-capture"));
        guiCopy_ = home_.filePath(QStringLiteral("plain/tcplens"));
        QVERIFY(QFile::copy(QStringLiteral(TCPLENS_CAPTURE_PATH), capHelper_));
        QVERIFY(QFile::copy(QStringLiteral(TCPLENS_CAPTURE_PATH), plainHelper_));
        QVERIFY(QFile::copy(QStringLiteral(TCPLENS_GUI_PATH), guiCopy_));
        const QString setcap = findProgram(QStringLiteral("setcap"));
        capabilityOnCopy_ = !setcap.isEmpty() && ::geteuid() == 0
                            && runProcess(setcap, {QStringLiteral("cap_net_raw,cap_net_admin+eip"), capHelper_}).exitedWith(0);
        net_ = std::make_unique<LiveNetns>();
        if (!net_->ok())
            QSKIP(qPrintable(QStringLiteral("live capture tests skipped: ") + net_->why()));
        QVERIFY(net_->enterClient()); // the dialog lists, and captures run, in the client namespace
    }
    void cleanupTestCase()
    {
        if (net_)
            net_->leaveClient();
        net_.reset();
    }

    void windowAndCliHoldNoCapabilityOfTheirOwn()
    {
        const auto caps = runProcess(QStringLiteral("getcap"), {QStringLiteral(TCPLENS_GUI_PATH), QStringLiteral(TCPLENS_CLI_PATH)});
        QVERIFY2(caps.exitedWith(0) && caps.out.trimmed().isEmpty(), caps.out.constData());
    }

    void asNobodyTheWindowCapturesThroughTheHelperCopy()
    {
        if (!capabilityOnCopy_)
            QSKIP("needs root and a file system that keeps file capabilities");
        MainWindow window;
        QStringList errors;
        window.setErrorReporter([&errors](const QString&, const QString& message) { errors << message; });
        QSignalSpy opened(window.captureSession()->controller(), &LiveCaptureController::opened);
        QSignalSpy finished(&window, &MainWindow::captureFinished);
        qputenv("TCPLENS_CAPTURE_HELPER", QFile::encodeName(capHelper_));
        const auto restoreHelper = qScopeGuard([] { qputenv("TCPLENS_CAPTURE_HELPER", TCPLENS_CAPTURE_PATH); });
        uid_t nobody = 0;
        {
            AsNobodyThread asNobody;
            QVERIFY(asNobody.ok());
            nobody = asNobody.uid();
            CaptureDialog dialog; // nobody may capture: the dialog has nothing to say
            QVERIFY2(!dialog.accessMessage()->isVisibleTo(&dialog), qPrintable(dialog.accessMessage()->text()));
            LiveCaptureOptions options;
            options.interface = "lo";
            options.filter = "tcp port 5204";
            window.startCapture(options); // its thread, and the helper it runs, are nobody's
        }
        QVERIFY2(opened.count() > 0 || opened.wait(10'000), qPrintable(errors.join(QLatin1Char('\n'))));
        QVERIFY(loopbackExchange(5204));
        const int packets = settled([&] { return window.packetModel()->rowCount(); }, 10'000);
        QVERIFY2(packets >= 8, qPrintable(QString::number(packets)));
        QCOMPARE(window.conversationModel()->rowCount(), 1);
        // The helper's statistics blocks reach the status bar while it captures.
        QTRY_VERIFY_WITH_TIMEOUT(window.captureStatusBar()->captureStatsText().contains(QStringLiteral("Received %1").arg(packets)), 3'000);
        window.stopCapture();
        QVERIFY(finished.wait(10'000));
        const auto end = finished.first().first().value<CaptureEnd>();
        QVERIFY2(end.started && end.message.isEmpty(), qPrintable(end.message));
        QCOMPARE(end.stats.captured, static_cast<std::uint64_t>(packets));
        const QString file = window.captureSession()->unsavedPath();
        QCOMPARE(corePacketCount(file), packets);
        struct stat st {};
        QCOMPARE(::stat(QFile::encodeName(file).constData(), &st), 0);
        QCOMPARE(st.st_uid, nobody); // written by the helper with the user's rights
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    }

    void withoutTheCapabilityTheDialogAndTheFailureSayWhatToDo()
    {
        MainWindow window;
        QStringList errors;
        window.setErrorReporter([&errors](const QString&, const QString& message) { errors << message; });
        QSignalSpy loaded(&window, &MainWindow::loadFinished);
        window.openCapture(fixturePath(QStringLiteral("http.pcap")));
        QVERIFY(loaded.wait(10'000));
        QCOMPARE(window.packetModel()->rowCount(), 24);

        QSignalSpy finished(&window, &MainWindow::captureFinished);
        qputenv("TCPLENS_CAPTURE_HELPER", QFile::encodeName(plainHelper_));
        const auto restoreHelper = qScopeGuard([] { qputenv("TCPLENS_CAPTURE_HELPER", TCPLENS_CAPTURE_PATH); });
        const QString setcapLine = QStringLiteral("sudo setcap cap_net_raw,cap_net_admin+eip ") + plainHelper_;
        {
            AsNobodyThread asNobody;
            QVERIFY(asNobody.ok());
            CaptureDialog dialog;
            QVERIFY(dialog.accessMessage()->isVisibleTo(&dialog));
            QVERIFY2(dialog.accessMessage()->text().contains(setcapLine), qPrintable(dialog.accessMessage()->text()));
            if (!qEnvironmentVariableIsEmpty("TCPLENS_SCREENSHOT_DIR")) {
                dialog.resize(1100, 560);
                dialog.grab().save(qEnvironmentVariable("TCPLENS_SCREENSHOT_DIR") + QStringLiteral("/capture-dialog-no-permission.png"));
            }
            LiveCaptureOptions options;
            options.interface = net_->clientInterface().toStdString();
            window.startCapture(options); // the helper runs as nobody, without the capability
        }
        QVERIFY(finished.wait(10'000));
        const auto end = finished.first().first().value<CaptureEnd>();
        QVERIFY(!end.started);
        QVERIFY(end.permissionDenied);
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().contains(setcapLine) && errors.first().contains(QStringLiteral("sudo usermod -aG tcplens nobody"))
                     && errors.first().contains(QStringLiteral("no permission")),
                 qPrintable(errors.first()));
        // Nothing else breaks: the file stays on screen, nothing is left to save, files still open.
        QCOMPARE(window.packetModel()->rowCount(), 24);
        QVERIFY(!window.isCapturing());
        QVERIFY(window.captureSession()->unsavedPath().isEmpty());
        QVERIFY(window.findChild<QAction*>(QStringLiteral("saveAsAction"))->isEnabled());
        window.openCapture(fixturePath(QStringLiteral("ipv4-basic.pcap")));
        QVERIFY(loaded.wait(10'000));
        QCOMPARE(window.packetModel()->rowCount(), 21);
    }

    void captureLeftByAKilledRunIsOfferedForRecovery()
    {
        // The window runs as nobody (when a copy of the helper can hold the capability) on the
        // veth of a namespace, and is killed mid-capture: the helper stops with it and leaves a
        // file tcpdump reads, which the next run offers to recover.
        const QString gui = QFileInfo(QStringLiteral(TCPLENS_CLI_PATH)).dir().filePath(QStringLiteral("tcplens"));
        QVERIFY(QFileInfo::exists(gui));
        QProcess tcplens;
        auto environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        QStringList command{gui};
        if (capabilityOnCopy_) {
            environment.insert(QStringLiteral("TCPLENS_CAPTURE_HELPER"), capHelper_);
            command = QStringList{findProgram(QStringLiteral("setpriv")), QStringLiteral("--reuid=nobody"), QStringLiteral("--regid=nogroup"),
                                  QStringLiteral("--clear-groups"), QStringLiteral("--inh-caps=-all"), guiCopy_};
        } else {
            environment.remove(QStringLiteral("TCPLENS_CAPTURE_HELPER")); // the one beside the window
        }
        tcplens.setProcessEnvironment(environment);
        tcplens.start(QStringLiteral("ip"), LiveNetns::inNs(net_->clientNs(), command + QStringList{QStringLiteral("-i"), net_->clientInterface(),
                                                                                                   QStringLiteral("-f"), QStringLiteral("tcp port 5203")}));
        QVERIFY(tcplens.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(!unsavedCaptureOf(tcplens.processId()).isEmpty(), 15'000);
        QThread::msleep(300);
        QProcess server, client;
        QVERIFY(net_->startServer(server, QStringLiteral("basic"), 5203));
        net_->startClient(client, QStringLiteral("basic"), 5203);
        QVERIFY(ended(client, 20'000));
        ended(server, 20'000);
        const QString file = unsavedCaptureOf(tcplens.processId());
        const int packets = settled([&] { return corePacketCount(file); });
        QVERIFY2(packets >= kFewestBasicPackets, qPrintable(QString::number(packets)));
        const auto helpers = childrenOf(tcplens.processId());
        QCOMPARE(helpers.size(), 1); // the window itself captures nothing: its helper does
        QVERIFY(QFile::symLinkTarget(QStringLiteral("/proc/%1/exe").arg(helpers.first())).endsWith(QLatin1String("tcplens-capture")));
        tcplens.kill(); // SIGKILL: no chance to clean up
        QVERIFY(tcplens.waitForFinished(5'000));
        QVERIFY2(endsWithin(helpers.first(), 5'000), "the helper outlived the window");
        const auto read = runProcess(QStringLiteral("tcpdump"), {QStringLiteral("-n"), QStringLiteral("-r"), file});
        QVERIFY2(read.exitedWith(0), read.err.constData());
        QCOMPARE(tcplens::test::lines(read.out).size(), packets);
        if (capabilityOnCopy_) {
            struct stat st {};
            QCOMPARE(::stat(QFile::encodeName(file).constData(), &st), 0);
            QCOMPARE(st.st_uid, ::getpwnam("nobody")->pw_uid);
        }

        QVERIFY(CaptureSession::recoverableCaptures().contains(file));
        MainWindow window;
        QStringList offered;
        window.setRecoveryPrompt([&offered](QMessageBox& box) {
            offered << box.text();
            for (auto* button : box.buttons())
                if (button->text().remove(QLatin1Char('&')) == QStringLiteral("Open It"))
                    button->click();
        });
        QSignalSpy loaded(&window, &MainWindow::loadFinished);
        window.offerRecovery();
        QCOMPARE(offered.size(), 1);
        QVERIFY(offered.first().contains(QFileInfo(file).fileName()));
        QVERIFY(loaded.wait(10'000));
        QCOMPARE(window.packetModel()->rowCount(), packets);
        QCOMPARE(window.captureSession()->unsavedPath(), file); // still unsaved: Save As or discard
    }

private:
    QTemporaryDir home_;
    std::unique_ptr<LiveNetns> net_;
    QString capHelper_;
    QString plainHelper_;
    QString guiCopy_;
    bool capabilityOnCopy_ = false;
};

QTEST_MAIN(TestCaptureAsNobody)
#include "TestCaptureAsNobody.moc"
