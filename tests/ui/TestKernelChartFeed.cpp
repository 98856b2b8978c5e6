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
#include <kernel/KernelLimitSplit.h>
#include <kernel/TcpInfoCsv.h>
#include <report/ConversationReportDialog.h>
#include <tcp/ConversationTracker.h>

#include <QLabel>
#include <QLocale>
#include <QTextBrowser>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace tcplens;
using namespace tcplens::ui;

namespace {

/// The first conversation of `capture` as the core tracks it.
std::optional<Conversation> conversationOf(const QString& capture)
{
    auto file = CaptureFile::open(capture.toStdString());
    if (!file)
        return std::nullopt;
    ConversationTracker tracker;
    RawPacket packet;
    while (file->next(packet) == ReadStatus::Packet)
        (void)tracker.add(static_cast<std::uint32_t>(file->packetsRead()), packet.timestampNs, packet.wireLength,
                          decodePacket(packet.bytes, packet.wireLength, file->info().linkType));
    if (tracker.conversations().empty())
        return std::nullopt;
    return tracker.conversations().front();
}

} // namespace

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
        // Samples without the chronograph (an older sidecar): the split is said to be unavailable.
        QVERIFY2(charts->windowsChart()->note().startsWith(QStringLiteral("Kernel split unavailable")),
                 qPrintable(charts->windowsChart()->note()));

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

    void kernelSplitBesideTheWiresOnTheWindowsChartAndInTheReport()
    {
        // The receiver-window-limited transfer with the sidecar recorded beside it (real kernel numbers).
        const QString capture = dir_.filePath("rwnd.pcap");
        QVERIFY(QFile::copy(QStringLiteral(TCPLENS_TEST_DATA_DIR "/limits/rwnd-reno.pcap"), capture));
        QVERIFY(QFile::copy(QStringLiteral(TCPLENS_TEST_DATA_DIR "/limits/rwnd-reno.pcap.tcpinfo.csv"),
                            capture + ".tcpinfo.csv"));
        window_ = std::make_unique<MainWindow>();
        window_->setErrorReporter([](const QString&, const QString&) {});
        window_->resize(1600, 1000);
        window_->show();
        QSignalSpy finished(window_.get(), &MainWindow::loadFinished);
        window_->openCapture(capture);
        QVERIFY(finished.wait(10'000));
        auto* charts = window_->chartsPanel();
        QSignalSpy shown(charts, &ChartsPanel::seriesShown);
        window_->selectPacketRow(window_->packetModel()->firstTcpRow());
        window_->showCharts(ChartKind::Windows);
        if (charts->shownStream() != charts->stream())
            QVERIFY(shown.wait(10'000));
        // The note carries the core's comparison: the kernel's and the wire's shares.
        const auto comparison = compareWithKernel(
            charts->series()->limits().timeline(Direction::ClientToServer),
            kernelSeriesFor(readTcpInfoCsv(tcpInfoSidecarPath(capture.toStdString())).samples,
                            *conversationOf(capture), Direction::ClientToServer, charts->series()->firstTimestampNs()));
        QVERIFY(comparison.available());
        const QLocale locale;
        const auto note = charts->windowsChart()->note();
        QVERIFY2(note.startsWith(QStringLiteral("Kernel's split (tcp_info)")), qPrintable(note));
        const QString rwnd = QStringLiteral("receiver window %1 % (wire %2 %")
                                 .arg(locale.toString(100 * comparison.kernel.share(LimitGroup::ReceiverWindow), 'f', 1),
                                      locale.toString(100 * comparison.wire.share(LimitGroup::ReceiverWindow), 'f', 1));
        QVERIFY2(note.contains(rwnd), qPrintable(note + " lacks " + rwnd));
        QVERIFY(charts->windowsChart()->noteToolTip().contains(QStringLiteral("delivery_rate_app_limited")));
        QLabel* hint = nullptr;
        for (auto* label : charts->findChildren<QLabel*>())
            if (label->text().startsWith(note))
                hint = label;
        QVERIFY2(hint, "the note is not shown under the Windows chart");
        charts->windowsChart()->replot();
        QVERIFY(charts->grab().toImage().save(QDir::temp().filePath("tcplens-kernel-split.png")));
        // The other direction carried no data: no note.
        charts->switchDirection();
        QVERIFY(charts->windowsChart()->note().isEmpty());
        charts->switchDirection();
        QVERIFY(!charts->windowsChart()->note().isEmpty());

        // The conversation report has the same split as an answer of its own.
        auto* report = window_->showConversationReport(0);
        QVERIFY(report);
        if (report->isComputing()) {
            QSignalSpy ready(report, &ConversationReportDialog::reportReady);
            QVERIFY(ready.wait(10'000));
        }
        QVERIFY(report->report() && report->report()->of(Direction::ClientToServer).kernel);
        QVERIFY(report->report()->of(Direction::ClientToServer).kernel->available());
        QVERIFY2(report->browser()->toPlainText().contains(QStringLiteral("the kernel's own split (tcp_info) beside the wire's")),
                 qPrintable(report->browser()->toPlainText().right(2000)));
        report->close();
    }

    void cleanupTestCase() { window_.reset(); }
};

QTEST_MAIN(TestKernelChartFeed)
#include "TestKernelChartFeed.moc"
