// File › Export on a worker: Export Specified Packets, Export Packet Dissections and Export This
// Conversation write from a worker thread under a window-modal progress dialog with Cancel. The
// file a real capture exports through the menu is what tcpdump and the CLI read or write; Cancel
// leaves no file (not even a partial one) and says so; a failure names its cause.
#include "TestSupport.h"

#include <shell/ExportDissectionsDialog.h>
#include <shell/ExportJob.h>
#include <shell/ExportPacketsDialog.h>
#include <shell/ExportProgressDialog.h>
#include <shell/MainWindow.h>
#include <packets/PacketListModel.h>
#include <capture/CaptureStatusBar.h>

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <sys/resource.h>

#include <csignal>
#include <thread>

using namespace tcplens;
using namespace tcplens::ui;
using namespace tcplens::test;

namespace {

QString dataPath(const char* name) { return QStringLiteral(TCPLENS_TEST_DATA_DIR "/") + QLatin1String(name); }

/// tcpdump's reading of a file: every packet's time to the ns, and its bytes.
QByteArray tcpdumpOf(const QString& tcpdump, const QString& file)
{
    return runProcess(tcpdump, {"-r", file, "-nn", "-S", "-xx", "-tt", "--time-stamp-precision=nano"}).out;
}

/// Files in `dir` other than those in `keep`: what a failed or cancelled export left behind.
QStringList leftovers(const QString& dir, const QStringList& keep = {})
{
    QStringList names = QDir(dir).entryList(QDir::Files | QDir::Hidden);
    for (const auto& name : keep)
        names.removeAll(name);
    return names;
}

} // namespace

class TestExportWorker : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("tcplens-tests"));
        tcpdump_ = findProgram(QStringLiteral("tcpdump"));
    }

    void init()
    {
        QVERIFY(dir_.isValid());
        window_ = std::make_unique<MainWindow>();
        window_->setErrorReporter([this](const QString& title, const QString& message) { errors_ << title + ": " + message; });
        window_->resize(1280, 800);
        window_->show();
        errors_.clear();
    }

    void cleanup()
    {
        window_.reset();
        for (const auto& name : leftovers(dir_.path()))
            QFile::remove(dir_.filePath(name));
    }

    void specifiedPacketsExportOnAWorkerAsTcpdumpReadsThem()
    {
        if (tcpdump_.isEmpty())
            QSKIP("tcpdump is not installed");
        const auto source = dataPath("public/ppa__http_espn.pcapng");
        open(source);
        const auto path = dir_.filePath(QStringLiteral("all.pcapng"));
        ExportOutcome outcome;
        QVERIFY(runThroughMenu<ExportPacketsDialog>("exportSpecifiedPackets", path, false, outcome));
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QVERIFY(!outcome.cancelled);
        QCOMPARE(outcome.written, qint64(window_->packetModel()->rowCount()));
        QCOMPARE(tcpdumpOf(tcpdump_, path), tcpdumpOf(tcpdump_, source));
        QVERIFY(window_->captureStatusBar()->notice().contains(QStringLiteral("Exported %1 packets").arg(outcome.written)));
        // The CLI's export of the same capture holds the same packets.
        const auto cli = dir_.filePath(QStringLiteral("cli.pcapng"));
        QVERIFY(runCli({"export", source, "-o", cli}).exitedWith(0));
        QCOMPARE(tcpdumpOf(tcpdump_, path), tcpdumpOf(tcpdump_, cli));
        QVERIFY(errors_.isEmpty());
    }

    void dissectionsOnAWorkerEqualTheDirectExport()
    {
        open(dataPath("public/ppa__http_espn.pcapng"));
        for (const char* action : {"exportCsv", "exportJson"}) {
            const auto path = dir_.filePath(QStringLiteral("worker-%1").arg(QLatin1String(action)));
            const auto direct = dir_.filePath(QStringLiteral("direct-%1").arg(QLatin1String(action)));
            ExportOutcome outcome;
            QVERIFY(runThroughMenu<ExportDissectionsDialog>(action, path, false, outcome, direct));
            QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
            QCOMPARE(outcome.written, qint64(window_->packetModel()->rowCount()));
            QFile worker(path), here(direct);
            QVERIFY(worker.open(QIODevice::ReadOnly) && here.open(QIODevice::ReadOnly));
            const auto bytes = worker.readAll();
            QVERIFY(bytes.size() > 100'000);
            QCOMPARE(bytes, here.readAll());
        }
        // The JSON is the CLI's `packets --json`, line for line (the loaded capture's final analysis
        // aside, which the CLI revises in later lines).
        const auto cli = runCli({"packets", dataPath("public/ppa__http_espn.pcapng"), "--json"});
        QFile json(dir_.filePath(QStringLiteral("worker-exportJson")));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const auto ours = json.readAll().split('\n');
        QCOMPARE(ours.first(), cli.out.split('\n').first());
    }

    void cancelLeavesNoFileAndSaysSo()
    {
        open(dataPath("public/ppa__http_espn.pcapng"));
        const struct {
            const char* action;
            const char* name;
        } exports[] = {{"exportSpecifiedPackets", "cancel.pcapng"}, {"exportCsv", "cancel.csv"}, {"exportJson", "cancel.json"}};
        for (const auto& each : exports) {
            const auto path = dir_.filePath(QLatin1String(each.name));
            ExportOutcome outcome;
            const bool ran = QLatin1String(each.action) == QLatin1String("exportSpecifiedPackets")
                                 ? runThroughMenu<ExportPacketsDialog>(each.action, path, true, outcome)
                                 : runThroughMenu<ExportDissectionsDialog>(each.action, path, true, outcome);
            QVERIFY(ran);
            QVERIFY(outcome.error.isEmpty());
            if (outcome.cancelled) { // the usual case: Cancel came before the last packet
                QVERIFY2(leftovers(dir_.path()).isEmpty(), qPrintable(leftovers(dir_.path()).join(u' ')));
                QVERIFY(window_->captureStatusBar()->notice().contains(QStringLiteral("cancelled")));
            } else { // the worker was quicker: then the file is whole, and the status bar says it was written
                QCOMPARE(outcome.written, qint64(window_->packetModel()->rowCount()));
                QVERIFY(window_->captureStatusBar()->notice().contains(QStringLiteral("Exported")));
                QFile::remove(path);
            }
        }
    }

    void cancelStopsTheWorkAndTheDialogStaysUntilItHas()
    {
        // A job whose work runs until it is told to stop: Cancel (and Esc) ask, the dialog keeps the
        // window blocked until the work has cleaned up and ended.
        std::atomic<bool> cleaned{false};
        auto* job = new ExportJob(window_.get(), QStringLiteral("Export"), dir_.filePath(QStringLiteral("x")), 1000,
                                  [&cleaned](const ExportControl& control) {
                                      std::uint64_t n = 0;
                                      while (control.goOn(++n % 1000))
                                          std::this_thread::sleep_for(std::chrono::milliseconds(1));
                                      std::this_thread::sleep_for(std::chrono::milliseconds(50)); // removing a file
                                      cleaned = true;
                                      return ExportOutcome{0, {}, true};
                                  });
        QPointer<ExportJob> alive(job);
        QSignalSpy finished(job, &ExportJob::finished);
        auto* dialog = job->progressDialog();
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->windowModality(), Qt::WindowModal);
        QTest::qWait(150);
        QVERIFY(job->isRunning());
        QTest::keyClick(dialog, Qt::Key_Escape); // as Cancel
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->cancelButton()->isEnabled());
        QVERIFY(finished.wait(5000));
        QVERIFY(cleaned);
        QVERIFY(finished.first().first().value<ExportOutcome>().cancelled);
        QTRY_VERIFY(!alive); // the job deletes itself
    }

    void theWindowPaintsWhileAnExportRuns()
    {
        // The event loop turns while the worker writes: the progress bar moves and timers fire.
        auto* job = new ExportJob(window_.get(), QStringLiteral("Export"), dir_.filePath(QStringLiteral("y")), 100,
                                  [](const ExportControl& control) {
                                      for (std::uint64_t n = 1; n <= 100 && control.goOn(n); ++n)
                                          std::this_thread::sleep_for(std::chrono::milliseconds(5));
                                      return ExportOutcome{100, {}, false};
                                  });
        QSignalSpy finished(job, &ExportJob::finished);
        int ticks = 0;
        QTimer tick;
        connect(&tick, &QTimer::timeout, this, [&ticks] { ++ticks; });
        tick.start(20);
        QVERIFY(finished.wait(5000));
        QVERIFY2(ticks >= 5, qPrintable(QString::number(ticks)));
    }

    void failuresNameTheirCause()
    {
        open(dataPath("public/ppa__http_espn.pcapng"));
        ExportOutcome outcome;
        // A folder that is not there.
        QVERIFY(runThroughMenu<ExportPacketsDialog>("exportSpecifiedPackets", dir_.filePath(QStringLiteral("no/such.pcapng")),
                                                    false, outcome));
        QVERIFY2(outcome.error.contains(QStringLiteral("No such file or directory")), qPrintable(outcome.error));
        QCOMPARE(errors_.size(), 1);
        QVERIFY(errors_.first().contains(QStringLiteral("No such file or directory")));
        // A file that cannot grow (what a full disk does to a write): the system's words, no file left.
        signal(SIGXFSZ, SIG_IGN);
        rlimit before{};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &before), 0);
        rlimit small = before;
        small.rlim_cur = 64 * 1024;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
        const struct {
            const char* action;
            const char* name;
        } exports[] = {{"exportSpecifiedPackets", "big.pcapng"}, {"exportSpecifiedPackets", "big.pcap"}, {"exportCsv", "big.csv"}};
        for (const auto& each : exports) {
            const auto path = dir_.filePath(QLatin1String(each.name));
            const bool ran = QLatin1String(each.action) == QLatin1String("exportCsv")
                                 ? runThroughMenu<ExportDissectionsDialog>(each.action, path, false, outcome)
                                 : runThroughMenu<ExportPacketsDialog>(each.action, path, false, outcome);
            QVERIFY(ran);
            QVERIFY2(outcome.error.contains(QStringLiteral("File too large")) || outcome.error.contains(QStringLiteral("disk full")),
                     qPrintable(outcome.error));
            QVERIFY2(leftovers(dir_.path()).isEmpty(), qPrintable(leftovers(dir_.path()).join(u' ')));
        }
        setrlimit(RLIMIT_FSIZE, &before);
        signal(SIGXFSZ, SIG_DFL);
    }

private:
    void open(const QString& path)
    {
        QSignalSpy finished(window_.get(), &MainWindow::loadFinished);
        window_->openCapture(path);
        QVERIFY(finished.wait(20'000));
    }

    /// Triggers File › `action`, answers its dialog (every packet) by exporting to `path` on a
    /// worker (`cancel`: clicks the progress dialog's Cancel at once), and waits for the outcome;
    /// `direct`: also writes the same choice there on this thread, for comparison.
    template <typename Dialog>
    bool runThroughMenu(const char* action, const QString& path, bool cancel, ExportOutcome& outcome,
                        const QString& direct = {})
    {
        bool answered = false;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<Dialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            dialog->choose(PacketRangeGroup::Range::All, false);
            if (!direct.isEmpty()) {
                QString error;
                dialog->exportTo(direct, error);
            }
            dialog->acceptPath(path); // as the file dialog answered
            answered = true;
        });
        window_->findChild<QAction*>(QLatin1String(action))->trigger();
        auto* job = window_->findChild<ExportJob*>();
        if (!answered || !job)
            return false;
        QSignalSpy finished(job, &ExportJob::finished);
        if (!job->progressDialog()->isVisible() || job->progressDialog()->windowModality() != Qt::WindowModal)
            return false;
        if (cancel)
            QTest::mouseClick(job->progressDialog()->cancelButton(), Qt::LeftButton);
        if (!finished.wait(30'000))
            return false;
        outcome = finished.first().first().value<ExportOutcome>();
        QTest::qWait(0); // the job's deleteLater
        return true;
    }

    std::unique_ptr<MainWindow> window_;
    QTemporaryDir dir_;
    QString tcpdump_;
    QStringList errors_;
};

QTEST_MAIN(TestExportWorker)
#include "TestExportWorker.moc"
