// A device that falls silent after a statistics block: the packets before the block and its
// counters are shown at once (the capture thread reads only packets that have wholly arrived,
// CaptureFile::packetReady), and Stop returns at once with a readable file (CaptureStopper).
// tcplens-capture writes a statistics block when its device wakes; a stand-in helper
// (TCPLENS_CAPTURE_HELPER) writes exactly that stream, a packet then a statistics block, and
// then stays silent until SIGTERM, so the test does not depend on a device's timing.
#include "TestSupport.h"
#include "UiTestSupport.h"

#include <capture/CaptureEnd.h>
#include <capture/CaptureSession.h>
#include <capture/CaptureStatusBar.h>
#include <capture/PcapngWriter.h>
#include <packets/PacketListModel.h>
#include <shell/MainWindow.h>

#include <QElapsedTimer>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace tcplens;
using namespace tcplens::ui;
using namespace tcplens::ui::test;
using namespace tcplens::test;

class TestCaptureIdleStop : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(home_.isValid());
        qputenv("XDG_DATA_HOME", QFile::encodeName(home_.filePath(QStringLiteral("data"))));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(home_.filePath(QStringLiteral("config"))));
        QCoreApplication::setOrganizationName(QStringLiteral("tcplens"));
        QCoreApplication::setApplicationName(QStringLiteral("tcplens"));
        if (findProgram(QStringLiteral("python3")).isEmpty())
            QSKIP("python3 is needed for the stand-in helper");
    }

    void stopAfterAStatisticsBlockOnAnIdleDeviceIsPrompt()
    {
        // The stream: section, interface, one packet, a statistics block (7 received, 2 dropped).
        const QString prefix = home_.filePath(QStringLiteral("prefix.pcapng"));
        PcapngWriter writer;
        std::string error;
        QVERIFY2(writer.open(prefix.toStdString(), PcapngInterface{1, 262144, "lo", {}, {}}, error), error.c_str());
        const QByteArray frame = QByteArray::fromHex("ffffffffffff0200000000010800") + QByteArray(46, '\0');
        RawPacket packet;
        packet.timestampNs = 1'700'000'000'000'000'000;
        packet.capturedLength = packet.wireLength = static_cast<std::uint32_t>(frame.size());
        packet.bytes = Bytes(reinterpret_cast<const std::uint8_t*>(frame.constData()), static_cast<std::size_t>(frame.size()));
        (void)writer.append(packet);
        QVERIFY(writer.writeStatistics(PcapngStatistics{packet.timestampNs, 7, 2, 0, 1}));
        writer.close();

        // The stand-in: writes the stream to -w FILE and to standard output, then is silent.
        const QString helper = home_.filePath(QStringLiteral("tcplens-capture"));
        QFile script(helper);
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write(QStringLiteral("#!/usr/bin/env python3\n"
                                    "import os, signal, sys, time\n"
                                    "signal.signal(signal.SIGTERM, lambda *_: os._exit(0))\n"
                                    "data = open(%1, 'rb').read()\n"
                                    "args = sys.argv[1:]\n"
                                    "for i, a in enumerate(args[:-1]):\n"
                                    "    if a == '-w' and args[i + 1] != '-':\n"
                                    "        open(args[i + 1], 'wb').write(data)\n"
                                    "os.write(1, data)\n"
                                    "while True:\n"
                                    "    time.sleep(1)\n")
                         .arg(QLatin1Char('\'') + prefix + QLatin1Char('\''))
                         .toUtf8());
        script.close();
        QCOMPARE(::chmod(QFile::encodeName(helper).constData(), 0755), 0);
        qputenv("TCPLENS_CAPTURE_HELPER", QFile::encodeName(helper));
        const auto restore = qScopeGuard([] { qunsetenv("TCPLENS_CAPTURE_HELPER"); });

        MainWindow window;
        QStringList errors;
        window.setErrorReporter([&errors](const QString&, const QString& message) { errors << message; });
        LiveCaptureOptions options;
        options.interface = "lo";
        window.startCapture(options);
        QVERIFY(window.isCapturing());
        // Shown while the helper is silent, not when the next packet or Stop comes.
        QTRY_COMPARE_WITH_TIMEOUT(window.packetModel()->rowCount(), 1, 1'500);
        QTRY_VERIFY_WITH_TIMEOUT(window.captureStatusBar()->captureStatsText().contains(QStringLiteral("Received 7")), 1'500);
        QVERIFY(window.isCapturing());

        QSignalSpy finished(&window, &MainWindow::captureFinished);
        QElapsedTimer clock;
        clock.start();
        window.stopCapture();
        QVERIFY(finished.wait(10'000));
        QVERIFY2(clock.elapsed() < 2'000, qPrintable(QString::number(clock.elapsed())));
        const auto end = finished.first().first().value<CaptureEnd>();
        QVERIFY(end.started);
        QVERIFY2(end.message.isEmpty(), qPrintable(end.message));
        QCOMPARE(end.stats.captured, std::uint64_t{1});
        QCOMPARE(end.stats.received, std::uint64_t{7}); // the statistics block's counters
        QCOMPARE(end.stats.droppedByKernel, std::uint64_t{2});
        QCOMPARE(window.packetModel()->rowCount(), 1);
        QVERIFY(!window.isCapturing());
        const QString unsaved = window.captureSession()->unsavedPath();
        QCOMPARE(corePacketCount(unsaved), 1);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    }

private:
    QTemporaryDir home_;
};

QTEST_MAIN(TestCaptureIdleStop)
#include "TestCaptureIdleStop.moc"
