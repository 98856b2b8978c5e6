// The Capture dialog and a live capture in the main window, against a veth pair between two
// network namespaces: the dialog lists and checks, packets fill the panels while capturing,
// Stop keeps them, Save As writes them, an unsaved capture is asked about, and a capture left
// by a killed run is offered for recovery.
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

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <linux/capability.h>
#include <sys/syscall.h>

#include <csignal>

using namespace tcplens;
using namespace tcplens::ui;
using namespace tcplens::ui::test;
using namespace tcplens::test;

namespace {

/// Clears CAP_NET_RAW and CAP_NET_ADMIN from this thread's effective capabilities (threads it
/// starts meanwhile inherit that), as for a user without the capture capability; restores them.
class WithoutCaptureCapability {
public:
    WithoutCaptureCapability()
    {
        ok_ = ::syscall(SYS_capget, &header_, saved_) == 0;
        __user_cap_data_struct reduced[2] = {saved_[0], saved_[1]};
        reduced[0].effective &= ~((1U << CAP_NET_RAW) | (1U << CAP_NET_ADMIN));
        ok_ = ok_ && ::syscall(SYS_capset, &header_, reduced) == 0;
    }
    ~WithoutCaptureCapability() { (void)::syscall(SYS_capset, &header_, saved_); }
    [[nodiscard]] bool ok() const { return ok_; }

private:
    __user_cap_header_struct header_{_LINUX_CAPABILITY_VERSION_3, 0};
    __user_cap_data_struct saved_[2]{};
    bool ok_ = false;
};

/// Waits for a process to end (true at once when it already has: QTRY loops may have noticed).
bool ended(QProcess& process, int timeoutMs)
{
    return process.state() == QProcess::NotRunning || process.waitForFinished(timeoutMs);
}

/// The value `count` settles on once the exchange is over: unchanged for a second. A real
/// exchange's packet count varies by a delayed ACK or two, so tests compare panels and files with
/// each other, never with a fixed number.
template <typename Count>
int settled(Count count, int timeoutMs = 20'000)
{
    QElapsedTimer waited;
    waited.start();
    int last = count();
    QElapsedTimer unchanged;
    unchanged.start();
    while (waited.elapsed() < timeoutMs && unchanged.elapsed() < 1000) {
        QTest::qWait(50);
        if (const int now = count(); now != last) {
            last = now;
            unchanged.restart();
        }
    }
    return last;
}

/// handshake, data both ways, close: the "basic" exchange of tcp_peers.py
constexpr int kFewestBasicPackets = 15;

} // namespace

class TestLiveCaptureWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(home_.isValid());
        // Settings and the folder of unsaved captures live in this test's own home, shared with
        // the tcplens it starts and kills.
        qputenv("XDG_DATA_HOME", QFile::encodeName(home_.filePath(QStringLiteral("data"))));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(home_.filePath(QStringLiteral("config"))));
        QCoreApplication::setOrganizationName(QStringLiteral("tcplens"));
        QCoreApplication::setApplicationName(QStringLiteral("tcplens"));
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

    void withoutTheCaptureCapabilityStartingFailsNamingSetcapAndTheWindowCarriesOn()
    {
        MainWindow window;
        QStringList errors;
        window.setErrorReporter([&errors](const QString&, const QString& message) { errors << message; });
        QSignalSpy loaded(&window, &MainWindow::loadFinished);
        window.openCapture(fixturePath(QStringLiteral("http.pcap")));
        QVERIFY(loaded.wait(10'000));
        QCOMPARE(window.packetModel()->rowCount(), 24);

        QSignalSpy finished(&window, &MainWindow::captureFinished);
        {
            WithoutCaptureCapability unprivileged;
            QVERIFY(unprivileged.ok());
            LiveCaptureOptions options;
            options.interface = net_->clientInterface().toStdString();
            window.startCapture(options); // the capture thread starts without the capability
        }
        QVERIFY(finished.wait(10'000));
        const auto end = finished.first().first().value<CaptureEnd>();
        QVERIFY(!end.started);
        QVERIFY(end.permissionDenied);
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().contains(QStringLiteral("run as root, or grant the capture capability: setcap "
                                                        "cap_net_raw,cap_net_admin+eip ")
                                         + QCoreApplication::applicationFilePath()),
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
        const QString gui = QFileInfo(QStringLiteral(TCPLENS_CLI_PATH)).dir().filePath(QStringLiteral("tcplens"));
        QVERIFY(QFileInfo::exists(gui));
        QProcess tcplens;
        auto environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        tcplens.setProcessEnvironment(environment);
        tcplens.start(QStringLiteral("ip"), LiveNetns::inNs(net_->clientNs(), {gui, QStringLiteral("-i"), net_->clientInterface(),
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
        tcplens.kill(); // SIGKILL: no chance to clean up
        QVERIFY(tcplens.waitForFinished(5'000));

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
};

QTEST_MAIN(TestLiveCaptureWindow)
#include "TestLiveCaptureWindow.moc"
