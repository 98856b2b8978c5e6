// The kernel's tcp_info lines on the Windows chart: a capture opened with its sidecar file shows
// the data sender's real cwnd and ssthresh beside the estimate, on the same time axis, and only
// for the direction whose sender was the local socket.
#include <shell/MainWindow.h>
#include <charts/ChartsPanel.h>
#include <charts/KernelChartFeed.h>
#include <charts/WindowsChart.h>
#include <packets/PacketListModel.h>

#include <capture/CaptureFile.h>
#include <decode/PacketDecoder.h>
#include <kernel/TcpInfoCsv.h>
#include <tcp/ConversationTracker.h>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace tcplens;
using namespace tcplens::ui;

class TestKernelChartFeed : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    std::unique_ptr<MainWindow> window_;

    /// The graph named `name` on the Windows chart, or null.
    QCPGraph* graphNamed(const QString& prefix) const
    {
        auto* chart = window_->chartsPanel()->windowsChart();
        for (int i = 0; i < chart->graphCount(); ++i)
            if (chart->graph(i)->name().startsWith(prefix))
                return chart->graph(i);
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("tcplens-tests"));
        QVERIFY(dir_.isValid());
    }

    void kernelLinesFollowTheSendersSocket()
    {
        const QString capture = dir_.filePath("bulk.pcap");
        QVERIFY(QFile::copy(QStringLiteral(TCPLENS_TEST_DATA_DIR "/bulk-reno.pcap"), capture));
        // The conversation as the core sees it: the client sends the bulk data.
        auto file = CaptureFile::open(capture.toStdString());
        ConversationTracker tracker;
        RawPacket packet;
        while (file->next(packet) == ReadStatus::Packet)
            (void)tracker.add(static_cast<std::uint32_t>(file->packetsRead()), packet.timestampNs, packet.wireLength,
                              decodePacket(packet.bytes, packet.wireLength, file->info().linkType));
        QVERIFY(!tracker.conversations().empty());
        const auto& conversation = tracker.conversations().front();
        QVERIFY(conversation.client().payloadBytes > conversation.server().payloadBytes);
        // 20 samples of the client's socket across the conversation: cwnd grows, ssthresh from the 11th.
        std::vector<TcpInfoSample> samples;
        const auto span = conversation.lastNs - conversation.firstNs;
        for (int i = 0; i < 20; ++i) {
            TcpInfoSample s;
            s.timestampNs = conversation.firstNs + span * i / 20;
            s.local = conversation.client().endpoint;
            s.remote = conversation.server().endpoint;
            s.state = 1;
            s.congestionControl = "reno";
            s.sndMss = 1448;
            s.cwnd = static_cast<std::uint32_t>(10 + 2 * i);
            if (i >= 10)
                s.ssthresh = 20;
            samples.push_back(s);
        }
        TcpInfoCsvWriter writer;
        std::string error;
        QVERIFY(writer.open(tcpInfoSidecarPath(capture.toStdString()), error));
        QVERIFY(writer.write(samples));
        writer.close();

        window_ = std::make_unique<MainWindow>();
        window_->setErrorReporter([](const QString&, const QString&) {});
        window_->resize(1600, 1000);
        window_->show();
        QSignalSpy finished(window_.get(), &MainWindow::loadFinished);
        window_->openCapture(capture);
        QVERIFY(finished.wait(10'000));
        QCOMPARE(window_->kernelChartFeed()->sampleCount(), samples.size());
        auto* charts = window_->chartsPanel();
        QSignalSpy shown(charts, &ChartsPanel::seriesShown);
        window_->selectPacketRow(window_->packetModel()->firstTcpRow());
        window_->showCharts(ChartKind::Windows);
        if (charts->shownStream() != charts->stream())
            QVERIFY(shown.wait(10'000));
        QCOMPARE(charts->direction(), Direction::ClientToServer);
        QCOMPARE(charts->windowsChart()->extraSeriesCount(), 2);

        auto* cwnd = graphNamed(QStringLiteral("Kernel cwnd"));
        QVERIFY(cwnd);
        QVERIFY(cwnd->name().contains(QStringLiteral("reno")));
        QCOMPARE(cwnd->data()->size(), 20);
        const double zero = static_cast<double>(charts->series()->firstTimestampNs());
        QCOMPARE(cwnd->data()->at(0)->key, (static_cast<double>(samples[0].timestampNs) - zero) / 1e9);
        QCOMPARE(cwnd->data()->at(19)->value, 48.0 * 1448);
        auto* ssthresh = graphNamed(QStringLiteral("Kernel ssthresh"));
        QVERIFY(ssthresh);
        QCOMPARE(ssthresh->data()->size(), 10);
        QCOMPARE(ssthresh->data()->at(0)->value, 20.0 * 1448);

        // Look at it (written to the temp dir), then the other direction: the server's socket was
        // not sampled, so no kernel lines.
        charts->windowsChart()->replot();
        QVERIFY(charts->windowsChart()->grab().toImage().save(QDir::temp().filePath("tcplens-kernel-cwnd.png")));
        charts->switchDirection();
        QCOMPARE(charts->windowsChart()->extraSeriesCount(), 0);
        charts->switchDirection();
        QCOMPARE(charts->windowsChart()->extraSeriesCount(), 2);

        // A capture without a sidecar: nothing left over from the previous one.
        QSignalSpy finishedAgain(window_.get(), &MainWindow::loadFinished);
        window_->openCapture(QStringLiteral(TCPLENS_TEST_DATA_DIR "/bulk-bbr.pcap"));
        QVERIFY(finishedAgain.wait(10'000));
        QCOMPARE(window_->kernelChartFeed()->sampleCount(), std::size_t{0});
        QCOMPARE(charts->windowsChart()->extraSeriesCount(), 0);
    }

    void cleanupTestCase() { window_.reset(); }
};

QTEST_MAIN(TestKernelChartFeed)
#include "TestKernelChartFeed.moc"
