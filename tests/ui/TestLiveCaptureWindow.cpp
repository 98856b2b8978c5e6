// The Capture dialog and a live capture in the main window, against a veth pair between two
// network namespaces: the dialog lists and checks, packets fill the panels while capturing,
// Stop keeps them (at once on an idle interface), Save As writes them, an unsaved capture is
// asked about, and a bad filter or a missing interface is named. TestCaptureAsNobody has the
// window capturing without privileges of its own, and killed mid-capture.
#include "ChildProcesses.h"
#include "LiveCaptureHome.h"
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

using namespace tcplens;
using namespace tcplens::ui;
using namespace tcplens::ui::test;
using namespace tcplens::test;

class TestLiveCaptureWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(home_.isValid());
        QVERIFY(prepareLiveCaptureHome(home_));
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
private:
    QTemporaryDir home_;
    std::unique_ptr<LiveNetns> net_;
};

QTEST_MAIN(TestLiveCaptureWindow)
#include "TestLiveCaptureWindow.moc"
