// `tcplens -` and FIFOs: the window fills as a pipe delivers, before the writer is done, the way
// `wireshark -k -i -` does; and the real binary reads its standard input.

#include "TestSupport.h"
#include "UiTestSupport.h"

#include <shell/MainWindow.h>
#include <packets/PacketListModel.h>
#include <capture/CaptureSession.h>
#include <capture/CaptureStatusBar.h>

#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

#include <atomic>
#include <thread>

using namespace tcplens::ui;
using namespace tcplens::ui::test;

class TestPipeLoading : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("tcplens-tests"));
    }

    void windowFillsAsAFifoDelivers()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("capture.fifo"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const QByteArray capture = tcplens::test::readFile(samplePath());
        const int total = corePacketCount(samplePath());
        QVERIFY(total > 4);
        const qsizetype head = pcapPrefix(capture, 3);

        MainWindow window;
        QStringList errors;
        window.setErrorReporter([&errors](const QString&, const QString& message) { errors << message; });
        QSignalSpy finished(&window, &MainWindow::loadFinished);
        window.openCapture(fifo);

        std::atomic<bool> release{false};
        std::thread writer([&] {
            QFile out(fifo);
            if (!out.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
                return;
            out.write(capture.left(head));
            while (!release.load())
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
            out.write(capture.mid(head));
        });
        // Three packets are on screen while the writer still holds the pipe open.
        QTRY_COMPARE_WITH_TIMEOUT(window.packetModel()->rowCount(), 3, 15'000);
        QVERIFY(window.isLoading());
        QCOMPARE(window.windowTitle(), QStringLiteral("tcplens — capture.fifo"));
        release = true;
        writer.join();
        QVERIFY(finished.wait(15'000));
        QCOMPARE(finished.last().first().value<LoadResult>().status, LoadStatus::Complete);
        QCOMPARE(window.packetModel()->rowCount(), total);
        QVERIFY(errors.isEmpty());
    }

    void packetsBeforeAStatisticsBlockShowWhileThePipeWaits()
    {
        // `tcplens-capture -w - | tcplens -`: a statistics block follows the last packets and
        // then the pipe is quiet; those packets are on screen now, not when more data comes.
        const QString path = tcplens::test::fixturePath(QStringLiteral("dumpcap.pcapng"));
        const QByteArray capture = tcplens::test::readFile(path);
        const int total = corePacketCount(path);
        QVERIFY(total > 0);
        QVERIFY(capture.right(108).startsWith(QByteArray::fromHex("05000000"))); // it ends with the block
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("helper.fifo"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);

        MainWindow window;
        QSignalSpy finished(&window, &MainWindow::loadFinished);
        window.openCapture(fifo);
        std::atomic<bool> release{false};
        std::thread writer([&] {
            QFile out(fifo);
            if (!out.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
                return;
            out.write(capture);
            while (!release.load())
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
        });
        const auto releaseWriter = qScopeGuard([&] {
            release = true;
            writer.join();
        });
        QTRY_COMPARE_WITH_TIMEOUT(window.packetModel()->rowCount(), total, 10'000);
        QVERIFY(window.isLoading()); // the writer still holds the pipe open
    }

    void pcapReadFromAPipeIsSavedAsPcapng()
    {
        // File › Save As of `tcpdump -w - | tcplens -` under a .pcapng name writes pcapng, not
        // the stream's pcap bytes (capinfos names the format).
        const auto capinfos = tcplens::test::findProgram(QStringLiteral("capinfos"));
        if (capinfos.isEmpty())
            QSKIP("capinfos is the oracle");
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("tcpdump.fifo"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        MainWindow window;
        QStringList errors;
        window.setErrorReporter([&errors](const QString&, const QString& message) { errors << message; });
        QSignalSpy finished(&window, &MainWindow::loadFinished);
        window.openCapture(fifo);
        std::thread writer([&] {
            QFile out(fifo);
            if (out.open(QIODevice::WriteOnly))
                out.write(tcplens::test::readFile(samplePath()));
        });
        writer.join();
        QVERIFY(finished.wait(15'000));
        const QString saved = dir.filePath(QStringLiteral("piped.pcapng"));
        window.captureSession()->setSavePathChooser([saved](const QString& suggested) {
            return suggested == QLatin1String("tcpdump.pcapng") ? saved : QString();
        });
        window.findChild<QAction*>(QStringLiteral("saveAsAction"))->trigger();
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        const auto report = tcplens::test::runProcess(capinfos, {QStringLiteral("-M"), QStringLiteral("-t"), QStringLiteral("-c"), saved});
        QVERIFY2(report.exitedWith(0), report.err.constData());
        QCOMPARE(tcplens::test::capinfosValue(report.out, QStringLiteral("File type")), QStringLiteral("pcapng"));
        QCOMPARE(tcplens::test::capinfosValue(report.out, QStringLiteral("Number of packets")),
                 QString::number(corePacketCount(samplePath())));
    }

    void cancelWhileThePipeIsQuietKeepsWhatCame()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("quiet.fifo"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const QByteArray capture = tcplens::test::readFile(samplePath());
        MainWindow window;
        QSignalSpy finished(&window, &MainWindow::loadFinished);
        window.openCapture(fifo);
        QFile out(fifo);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        out.write(capture.left(pcapPrefix(capture, 2)));
        QTRY_COMPARE_WITH_TIMEOUT(window.packetModel()->rowCount(), 2, 15'000);
        emit window.captureStatusBar()->cancelRequested(); // the status bar's Cancel
        QVERIFY(finished.wait(5'000)); // the reader does not sit in read() forever
        QCOMPARE(finished.last().first().value<LoadResult>().status, LoadStatus::Cancelled);
        QCOMPARE(window.packetModel()->rowCount(), 2);
    }

    void guiReadsStandardInput()
    {
        // The real binary, as `tcpdump -U -w - | tcplens -` runs it.
        QTemporaryDir dir;
        const QString shot = dir.filePath(QStringLiteral("stdin.png"));
        QProcess gui;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.path());
        gui.setProcessEnvironment(env);
        gui.start(QStringLiteral(TCPLENS_GUI_PATH), {QStringLiteral("--screenshot"), shot, QStringLiteral("-")});
        QVERIFY(gui.waitForStarted());
        gui.write(tcplens::test::readFile(samplePath()));
        gui.closeWriteChannel();
        QVERIFY(gui.waitForFinished(60'000));
        QVERIFY2(gui.exitCode() == 0, gui.readAllStandardError().constData());
        QVERIFY(!QImage(shot).isNull());
    }
};

QTEST_MAIN(TestPipeLoading)
#include "TestPipeLoading.moc"
