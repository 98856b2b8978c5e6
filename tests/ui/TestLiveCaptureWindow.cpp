// The Capture dialog and a live capture in the main window, against a veth pair between two
// network namespaces: the dialog lists and checks, packets fill the panels while capturing,
// Stop keeps them, Save As writes them, an unsaved capture is asked about, and a capture left
// by a killed run is offered for recovery. The window captures through tcplens-capture: as
// nobody with the capability only on a copy of the helper it captures, without it the dialog
// and the failure say what to do, and a window killed mid-capture stops the helper, which
// leaves a file tcpdump reads.
#include "AsNobodyThread.h"
#include "LiveNetns.h"
#include "TestSupport.h"
#include "UiTestSupport.h"

#include <capture/CaptureEnd.h>
#include <capture/CaptureSession.h>
#include <capture/LiveCaptureController.h>
#include <flowgraph/FlowGraphPanel.h>
#include <shell/MainWindow.h>
#include <flowgraph/FlowGraphModel.h>
#include <capture/CaptureDialog.h>
#include <conversations/ConversationModel.h>
#include <capture/InterfaceListModel.h>
#include <packets/PacketListModel.h>
#include <capture/CaptureStatusBar.h>

#include <capture/CaptureFile.h>

#include <capture/CaptureHelperProcess.h>

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <sys/syscall.h>

#include <csignal>

using namespace tcplens;
using namespace tcplens::ui;
using namespace tcplens::ui::test;
using namespace tcplens::test;

namespace {

/// The children of process `parent`, from /proc.
QList<pid_t> childrenOf(qint64 parent)
{
    QList<pid_t> found;
    for (const auto& entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        bool number = false;
        const pid_t pid = entry.toInt(&number);
        if (!number)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = stat.readAll();
        const auto fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1 && fields[1].toLongLong() == parent)
            found << pid;
    }
    return found;
}

/// Whether `pid` ended (gone or a zombie) within `timeoutMs`.
bool endsWithin(pid_t pid, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            return true;
        const QByteArray text = stat.readAll();
        if (text.mid(text.lastIndexOf(')') + 2, 1) == "Z")
            return true;
        QThread::msleep(50);
    }
    return false;
}

/// Waits for a process to end (true at once when it already has: QTRY loops may have noticed).
bool ended(QProcess& process, int timeoutMs)
{
    return process.state() == QProcess::NotRunning || process.waitForFinished(timeoutMs);
}

} // namespace

class TestLiveCaptureWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(home_.isValid());
        // Settings and the folder of unsaved captures live in this test's own home, shared with
        // the tcplens it starts and kills, and with nobody's captures: root-owned folders nobody
        // may enter (0755), those it writes in sticky and open (01777).
        qputenv("XDG_DATA_HOME", QFile::encodeName(home_.filePath(QStringLiteral("data"))));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(home_.filePath(QStringLiteral("config"))));
        // The window captures through the helper the build made (root runs it as it is).
        qputenv("TCPLENS_CAPTURE_HELPER", TCPLENS_CAPTURE_PATH);
        QCoreApplication::setOrganizationName(QStringLiteral("tcplens"));
        QCoreApplication::setApplicationName(QStringLiteral("tcplens"));
        const QString recovery = CaptureSession::recoveryDirectory();
        QVERIFY(recovery.startsWith(home_.path()));
        QVERIFY(QDir().mkpath(recovery) && QDir().mkpath(home_.filePath(QStringLiteral("config")))
                && QDir().mkpath(home_.filePath(QStringLiteral("cap"))) && QDir().mkpath(home_.filePath(QStringLiteral("plain"))));
        for (QString dir = QFileInfo(recovery).path(); dir.startsWith(home_.path()); dir = QFileInfo(dir).path())
            ::chmod(QFile::encodeName(dir).constData(), 0755);
        for (const auto* dir : {"cap", "plain"})
            ::chmod(QFile::encodeName(home_.filePath(QString::fromLatin1(dir))).constData(), 0755);
        for (const auto& dir : {recovery, home_.filePath(QStringLiteral("config"))})
            ::chmod(QFile::encodeName(dir).constData(), 01777);
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

    void dialogListsTheVethAndChecksTheFilterAgainstItsLinkType()
    {
        CaptureDialog dialog;
        QVERIFY(dialog.selectInterface(net_->clientInterface()));
        const auto* model = dialog.interfaceModel();
        const int row = model->rowOf(net_->clientInterface());
        QVERIFY(model->index(row, InterfaceListModel::AddressesColumn).data().toString().contains(QStringLiteral("10.78.0.1/24")));
        QCOMPARE(model->index(row, InterfaceListModel::FlagsColumn).data().toString(), QStringLiteral("up, running"));
        QVERIFY(dialog.startButton()->isEnabled());
        QVERIFY(dialog.filterMessage()->text().contains(QStringLiteral("EN10MB")));

        dialog.filterEdit()->setText(QStringLiteral("tcp port"));
        QVERIFY(!dialog.startButton()->isEnabled());
        QVERIFY2(dialog.filterMessage()->text().contains(QStringLiteral("syntax error")),
                 qPrintable(dialog.filterMessage()->text()));
        QVERIFY(dialog.filterEdit()->styleSheet().contains(QStringLiteral("background")));
        dialog.filterEdit()->setText(QStringLiteral("tcp port 5201"));
        QVERIFY(dialog.startButton()->isEnabled());
        QVERIFY(dialog.filterEdit()->styleSheet().isEmpty());
        QCOMPARE(QString::fromStdString(dialog.options().interface), net_->clientInterface());
        QCOMPARE(QString::fromStdString(dialog.options().filter), QStringLiteral("tcp port 5201"));

        // The sparkline follows the interface's traffic: datagrams to the server, sent from this
        // thread (it is in the client namespace) while waiting.
        const int udp = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        QVERIFY(udp >= 0);
        sockaddr_in to{};
        to.sin_family = AF_INET;
        to.sin_port = htons(9);
        ::inet_pton(AF_INET, LiveNetns::kServerAddress, &to.sin_addr);
        dialog.show();
        const auto busiest = [&] {
            for (int i = 0; i < 5; ++i)
                (void)::sendto(udp, "tcplens", 7, 0, reinterpret_cast<const sockaddr*>(&to), sizeof to);
            const auto rates = model->index(row, InterfaceListModel::TrafficColumn)
                                   .data(InterfaceListModel::RatesRole)
                                   .value<QList<double>>();
            return rates.isEmpty() ? 0.0 : *std::max_element(rates.begin(), rates.end());
        };
        QTRY_VERIFY_WITH_TIMEOUT(busiest() > 20, 8000);
        if (!qEnvironmentVariableIsEmpty("TCPLENS_SCREENSHOT_DIR")) { // a sparkline worth showing
            QElapsedTimer more;
            more.start();
            while (more.elapsed() < 6000) {
                for (int i = 0; i < 1 + (more.elapsed() / 700) % 4; ++i)
                    (void)busiest();
                QTest::qWait(40);
            }
            dialog.resize(1100, 520);
            dialog.grab().save(qEnvironmentVariable("TCPLENS_SCREENSHOT_DIR") + QStringLiteral("/capture-dialog.png"));
        }
        ::close(udp);
    }

    void captureFillsThePanelsWhileRunningAndStopKeepsThem()
    {
        MainWindow window;
        QStringList errors;
        window.setErrorReporter([&errors](const QString&, const QString& message) { errors << message; });
        window.resize(1600, 1000);
        window.show();
        QSettings().setValue(QStringLiteral("capture/interface"), net_->clientInterface());
        QSettings().setValue(QStringLiteral("capture/filter"), QStringLiteral("tcp port 5201"));
        // Drive the real dialog: File › Capture… opens it; it remembered the last choice; Start.
        QTimer::singleShot(200, this, [] {
            auto* dialog = qobject_cast<CaptureDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QVERIFY(dialog->startButton()->isEnabled());
            dialog->startButton()->click();
        });
        auto* capture = window.findChild<QAction*>(QStringLiteral("captureAction"));
        QVERIFY(capture);
        QCOMPARE(capture->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_K));
        capture->trigger(); // File › Capture…
        QTRY_VERIFY_WITH_TIMEOUT(window.isCapturing(), 5000);

        QProcess server, client;
        QVERIFY(net_->startServer(server, QStringLiteral("basic"), 5201));
        net_->startClient(client, QStringLiteral("basic"), 5201);
        // Packets appear while the capture runs, not only when it ends, in the list and, once the
        // conversation is followed, in the flow graph.
        QTRY_VERIFY_WITH_TIMEOUT(window.packetModel()->rowCount() > 0, 10'000);
        QVERIFY(window.isCapturing());
        window.followStream(0);
        QTRY_VERIFY_WITH_TIMEOUT(window.flowGraph()->model().rowCount() > 0, 10'000);
        QVERIFY(window.isCapturing());
        QVERIFY(ended(client, 20'000));
        QVERIFY(ended(server, 20'000));
        const int packets = settled([&] { return window.packetModel()->rowCount(); });
        QVERIFY2(packets >= kFewestBasicPackets, qPrintable(QString::number(packets)));
        QTRY_COMPARE_WITH_TIMEOUT(window.flowGraph()->model().rowCount(), packets, 5'000);
        QVERIFY(window.isCapturing());
        QCOMPARE(window.conversationModel()->rowCount(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(window.captureStatusBar()->captureStatsText().contains(
                                     QStringLiteral("Received %1").arg(packets)), 2'000);
        window.selectPacketRow(0);
        if (!qEnvironmentVariableIsEmpty("TCPLENS_SCREENSHOT_DIR"))
            window.grab().save(qEnvironmentVariable("TCPLENS_SCREENSHOT_DIR") + QStringLiteral("/capture-window.png"));

        QSignalSpy finished(&window, &MainWindow::captureFinished);
        QVERIFY(window.findChild<QAction*>(QStringLiteral("stopCaptureAction"))->isEnabled()); // File › Stop Capture
        auto* stop = window.captureStatusBar()->findChild<QPushButton*>(QStringLiteral("stopCaptureButton"));
        QVERIFY(stop && stop->isVisible());
        stop->click(); // the status bar's Stop
        QVERIFY(finished.wait(10'000));
        const auto end = finished.first().first().value<CaptureEnd>();
        QVERIFY(end.started);
        QVERIFY(end.message.isEmpty());
        QCOMPARE(end.stats.captured, static_cast<std::uint64_t>(packets));
        QCOMPARE(window.packetModel()->rowCount(), packets); // Stop leaves everything on screen
        QVERIFY(!window.isCapturing());
        QVERIFY(!stop->isVisible());
        QVERIFY(!window.findChild<QAction*>(QStringLiteral("stopCaptureAction"))->isEnabled());
        const QString unsaved = window.captureSession()->unsavedPath();
        QVERIFY(unsaved.startsWith(CaptureSession::recoveryDirectory()));
        QCOMPARE(corePacketCount(unsaved), packets);

        // Save As pcap: a classic pcap with the same packets; the capture is no longer unsaved.
        const QString saved = home_.filePath(QStringLiteral("saved.pcap"));
        window.captureSession()->setSavePathChooser([saved](const QString& suggested) {
            return suggested.endsWith(QLatin1String(".pcapng")) ? saved : QString();
        });
        auto* saveAs = window.findChild<QAction*>(QStringLiteral("saveAsAction"));
        QVERIFY(saveAs && saveAs->isEnabled());
        saveAs->trigger(); // File › Save As…
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        QCOMPARE(corePacketCount(saved), packets);
        QCOMPARE(readFile(saved).left(4), QByteArray::fromHex("4d3cb2a1")); // pcap, nanosecond magic
        QVERIFY(window.captureSession()->unsavedPath().isEmpty());
        QVERIFY(!QFile::exists(unsaved));
        const auto lines = runCli({QStringLiteral("packets"), saved});
        QVERIFY(lines.exitedWith(0));
        QCOMPARE(tcplens::test::lines(lines.out).size(), packets);
        window.selectPacketRow(packets - 1); // the bytes still come from the (now removed) temporary file's mapping
        QVERIFY(window.packetModel()->index(packets - 1, PacketListModel::InfoColumn).data().toString().contains(QStringLiteral("ACK")));
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    }

    void stopOnAnIdleInterfaceIsPromptAndLeavesAReadableFile()
    {
        MainWindow window;
        QStringList errors;
        window.setErrorReporter([&errors](const QString&, const QString& message) { errors << message; });
        LiveCaptureOptions options;
        options.interface = net_->clientInterface().toStdString();
        options.filter = "tcp port 5999"; // nothing comes
        QSignalSpy finished(&window, &MainWindow::captureFinished);
        window.startCapture(options);
        QTest::qWait(2'500); // past the helper's statistics interval, on an idle device
        QVERIFY(window.isCapturing());
        QElapsedTimer clock;
        clock.start();
        window.stopCapture();
        QVERIFY(finished.wait(10'000));
        QVERIFY2(clock.elapsed() < 2'000, qPrintable(QString::number(clock.elapsed())));
        const auto end = finished.first().first().value<CaptureEnd>();
        QVERIFY(end.started);
        QVERIFY2(end.message.isEmpty(), qPrintable(end.message));
        QCOMPARE(end.stats.captured, std::uint64_t{0});
        QCOMPARE(corePacketCount(end.path), 0); // a pcapng file with its interface and statistics
        const auto read = runProcess(findProgram(QStringLiteral("capinfos")), {QStringLiteral("-c"), end.path});
        QVERIFY2(read.exitedWith(0), read.err.constData());
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    }

    void unsavedCaptureIsAskedAboutBeforeItIsReplaced()
    {
        MainWindow window;
        window.setErrorReporter([](const QString&, const QString& message) { QFAIL(qPrintable(message)); });
        LiveCaptureOptions options;
        options.interface = net_->clientInterface().toStdString();
        options.filter = "tcp port 5202";
        QSignalSpy reports(window.captureSession()->controller(), &LiveCaptureController::statsChanged);
        window.startCapture(options);
        QTRY_VERIFY_WITH_TIMEOUT(window.isCapturing() && reports.count() > 0, 5000);
        reports.clear();
        QElapsedTimer second;
        second.start();
        QTest::qWait(1000);
        // The window hears from the capture at least ten times a second, packets or not.
        QVERIFY2(reports.count() * 1000 >= 10 * second.elapsed() * 9 / 10, qPrintable(QString::number(reports.count())));
        QProcess server, client;
        QVERIFY(net_->startServer(server, QStringLiteral("basic"), 5202));
        net_->startClient(client, QStringLiteral("basic"), 5202);
        QVERIFY(ended(client, 20'000));
        ended(server, 20'000);
        const int packets = settled([&] { return window.packetModel()->rowCount(); });
        QVERIFY2(packets >= kFewestBasicPackets, qPrintable(QString::number(packets)));
        const QString unsaved = window.captureSession()->unsavedPath();

        QStringList asked;
        const auto answer = [&](const QString& label) {
            window.captureSession()->setUnsavedPrompt([&asked, label](QMessageBox& box) {
                asked << box.text();
                for (auto* button : box.buttons())
                    if (button->text().remove(QLatin1Char('&')) == label)
                        button->click();
            });
        };
        answer(QStringLiteral("Cancel"));
        window.openCapture(fixturePath(QStringLiteral("http.pcap"))); // asks before anything stops
        QCOMPARE(asked.size(), 1);
        QVERIFY2(asked.first().contains(net_->clientInterface()), qPrintable(asked.first()));
        QVERIFY(window.isCapturing()); // cancelled: the capture goes on, nothing replaced
        QVERIFY(!window.isLoading());
        QCOMPARE(window.packetModel()->rowCount(), packets);
        QVERIFY(QFile::exists(unsaved));

        answer(QStringLiteral("Stop and Continue without Saving"));
        QSignalSpy loaded(&window, &MainWindow::loadFinished);
        window.openCapture(fixturePath(QStringLiteral("http.pcap")));
        QCOMPARE(asked.size(), 2);
        QVERIFY(loaded.wait(10'000));
        QCOMPARE(window.packetModel()->rowCount(), 24);
        QVERIFY(!QFile::exists(unsaved));
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

    void badFilterAndMissingInterfaceAreNamed()
    {
        MainWindow window;
        QStringList errors;
        window.setErrorReporter([&errors](const QString&, const QString& message) { errors << message; });
        QSignalSpy finished(&window, &MainWindow::captureFinished);
        LiveCaptureOptions options;
        options.interface = "tl-nosuch0";
        window.startCapture(options);
        QVERIFY(finished.wait(10'000));
        options.interface = net_->clientInterface().toStdString();
        options.filter = "tcp port";
        window.startCapture(options);
        QVERIFY(finished.wait(10'000));
        QCOMPARE(errors.size(), 2);
        QVERIFY2(errors[0].contains(QStringLiteral("There is no interface tl-nosuch0")), qPrintable(errors[0]));
        QVERIFY2(errors[1].contains(QStringLiteral("The capture filter is not valid"))
                     && errors[1].contains(QStringLiteral("bad capture filter \"tcp port\"")),
                 qPrintable(errors[1]));
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
        const QDir recovery(CaptureSession::recoveryDirectory());
        const auto ownFile = [&] {
            const auto files = recovery.entryList({QStringLiteral("capture-%1-*.pcapng").arg(tcplens.processId())}, QDir::Files);
            return files.isEmpty() ? QString() : recovery.absoluteFilePath(files.first());
        };
        QTRY_VERIFY_WITH_TIMEOUT(!ownFile().isEmpty(), 15'000);
        QThread::msleep(300);
        QProcess server, client;
        QVERIFY(net_->startServer(server, QStringLiteral("basic"), 5203));
        net_->startClient(client, QStringLiteral("basic"), 5203);
        QVERIFY(ended(client, 20'000));
        ended(server, 20'000);
        const QString file = ownFile();
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

QTEST_MAIN(TestLiveCaptureWindow)
#include "TestLiveCaptureWindow.moc"
