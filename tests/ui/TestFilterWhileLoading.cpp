// A display filter applied while packets are still coming (a pipe, as a live capture delivers
// them) filters what is loaded now and keeps filtering the packets as they arrive, as Wireshark's
// does, with "Displayed N of M" following: it does not wait for the end of the load. The filter
// reads the full analysis (ack_rtt), so its scan carries the conversation tracker from batch to
// batch, and runs on the worker thread (the synchronous limit lowered below a batch's size).
#include "TestSupport.h"
#include "UiTestSupport.h"

#include <capture/CaptureStatusBar.h>
#include <packets/FilterBar.h>
#include <packets/PacketFilterModel.h>
#include <shell/MainWindow.h>

#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

#include <atomic>
#include <thread>

using namespace tcplens::ui;
using namespace tcplens::ui::test;

namespace {

const QString kCapture = QStringLiteral(TCPLENS_TEST_DATA_DIR "/lossy-bulk.pcap");
const QString kFilter = QStringLiteral("tcp.analysis.retransmission || tcp.analysis.ack_rtt > 0.02");

QList<int> upTo(const QList<int>& frames, int last)
{
    QList<int> result;
    for (const int f : frames)
        if (f <= last)
            result << f;
    return result;
}

} // namespace

class TestFilterWhileLoading : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("tcplens-tests"));
    }

    void aFilterKeepsUpWithArrivingPackets()
    {
        const QByteArray capture = tcplens::test::readFile(kCapture);
        const int total = corePacketCount(kCapture);
        QVERIFY(total > 1500);
        const auto expected = cliFrames(kCapture, kFilter);
        QVERIFY(!expected.contains(-1));
        const int first = 600;
        const int second = 1200;
        QVERIFY(!upTo(expected, first).isEmpty());
        QVERIFY(upTo(expected, second).size() > upTo(expected, first).size());
        QVERIFY(expected.size() > upTo(expected, second).size());

        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("capture.fifo"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        window_ = std::make_unique<MainWindow>();
        window_->setErrorReporter([](const QString&, const QString&) {});
        window_->resize(1280, 800);
        window_->show();
        QSignalSpy finished(window_.get(), &MainWindow::loadFinished);
        window_->openCapture(fifo);
        auto* bar = window_->filterBar();
        bar->setSynchronousPackets(50); // batches are filtered on the worker, as a capture of more than 20,000 is

        std::atomic<int> release{0};
        std::thread writer([&] {
            QFile out(fifo);
            if (!out.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
                return;
            out.write(capture.left(pcapPrefix(capture, first)));
            while (release.load() < 1)
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
            out.write(capture.mid(pcapPrefix(capture, first), pcapPrefix(capture, second) - pcapPrefix(capture, first)));
            while (release.load() < 2)
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
            out.write(capture.mid(pcapPrefix(capture, second)));
        });
        const auto cleanup = qScopeGuard([&] {
            release = 2;
            writer.join();
        });

        QTRY_COMPARE_WITH_TIMEOUT(window_->packetModel()->rowCount(), first, 15'000);
        bar->applyExpression(kFilter);
        QTRY_COMPARE_WITH_TIMEOUT(shownFrames(*window_->packetFilter()), upTo(expected, first), 15'000);
        QVERIFY(window_->isLoading()); // the pipe is still open: the filter did not wait for the end
        QCOMPARE(window_->captureStatusBar()->displayedText(), displayed(upTo(expected, first).size(), first));

        release = 1; // more packets come and are filtered as they arrive
        QTRY_COMPARE_WITH_TIMEOUT(window_->packetModel()->rowCount(), second, 15'000);
        QTRY_COMPARE_WITH_TIMEOUT(shownFrames(*window_->packetFilter()), upTo(expected, second), 15'000);
        QVERIFY(window_->isLoading());
        QCOMPARE(window_->captureStatusBar()->displayedText(), displayed(upTo(expected, second).size(), second));

        release = 2;
        QVERIFY(finished.wait(15'000));
        QCOMPARE(window_->packetModel()->rowCount(), total);
        QTRY_VERIFY_WITH_TIMEOUT(!bar->isFiltering(), 15'000);
        QCOMPARE(shownFrames(*window_->packetFilter()), expected);
        QCOMPARE(window_->captureStatusBar()->displayedText(), displayed(expected.size(), total));
    }

    void cleanup() { window_.reset(); }

private:
    static QString displayed(qsizetype shown, int total)
    {
        return QStringLiteral("Displayed %1 of %2").arg(QLocale().toString(shown), QLocale().toString(total));
    }

    std::unique_ptr<MainWindow> window_;
};

QTEST_MAIN(TestFilterWhileLoading)
#include "TestFilterWhileLoading.moc"
