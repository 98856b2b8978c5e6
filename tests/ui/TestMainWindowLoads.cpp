// The main window loads a capture in the background and keeps it when the next file fails.
#include "UiTestSupport.h"

#include <shell/MainWindow.h>
#include <shell/RecentFiles.h>
#include <inspector/FieldTreeModel.h>
#include <inspector/HexView.h>
#include <packets/PacketTableView.h>
#include <packets/PacketListModel.h>
#include <capture/CaptureStatusBar.h>

#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace tcplens::ui;
using namespace tcplens::ui::test;

class TestMainWindowLoads : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // keeps the recent list out of the user's settings
        QCoreApplication::setOrganizationName(QStringLiteral("tcplens-tests"));
        sampleRows_ = corePacketCount(samplePath());
    }

    void opensTheSampleInTheBackground()
    {
        MainWindow window;
        QStringList errors;
        window.setErrorReporter([&errors](const QString&, const QString& message) { errors << message; });
        QSignalSpy finished(&window, &MainWindow::loadFinished);
        window.openCapture(samplePath());
        QVERIFY(finished.wait(10'000));
        QCOMPARE(finished.first().first().value<LoadResult>().status, LoadStatus::Complete);
        QCOMPARE(window.packetModel()->rowCount(), sampleRows_);
        QCOMPARE(window.windowTitle(), QStringLiteral("tcplens — hello-exchange.pcap"));
        QVERIFY(!window.isLoading());
        QVERIFY(!window.captureStatusBar()->isShowingProgress());
        QVERIFY(errors.isEmpty());
    }

    void selectingAPacketShowsItsFields()
    {
        MainWindow window;
        QSignalSpy finished(&window, &MainWindow::loadFinished);
        window.openCapture(samplePath());
        QVERIFY(finished.wait(10'000));
        // It opens on its conversation's first packet, the SYN (74 bytes)...
        QCOMPARE(window.packetView()->currentPacketRow(), window.packetModel()->firstTcpRow());
        QVERIFY(window.fieldModel()->rowCount() > 0);
        QCOMPARE(window.hexView()->frame().size(), 74);
        window.selectPacketRow(3); // ...and shows another when it is picked: the 80-byte greeting
        QCOMPARE(window.hexView()->frame().size(), 80);
    }

    void unopenableFileIsReportedAndThePacketsStay()
    {
        MainWindow window;
        QStringList errors;
        window.setErrorReporter([&errors](const QString&, const QString& message) { errors << message; });
        QSignalSpy finished(&window, &MainWindow::loadFinished);
        window.openCapture(samplePath());
        QVERIFY(finished.wait(10'000));

        window.openCapture(QStringLiteral("/nonexistent/missing.pcap"));
        QVERIFY(finished.wait(10'000));
        QCOMPARE(finished.last().first().value<LoadResult>().status, LoadStatus::Failed);
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().contains(QLatin1String("missing.pcap")), qPrintable(errors.first()));
        QCOMPARE(window.packetModel()->rowCount(), sampleRows_);
        QCOMPARE(window.windowTitle(), QStringLiteral("tcplens — hello-exchange.pcap"));
    }

    void cutShortFileSaysSoInTheStatusBar()
    {
        QTemporaryDir dir;
        const QString cut = dir.filePath(QStringLiteral("cut.pcap"));
        QVERIFY(writeEditedCopy(samplePath(), cut, [](QByteArray& bytes) { bytes.chop(10); }));
        MainWindow window;
        QSignalSpy finished(&window, &MainWindow::loadFinished);
        window.openCapture(cut);
        QVERIFY(finished.wait(10'000));
        QCOMPARE(window.packetModel()->rowCount(), sampleRows_ - 1);
        const QString notice = window.captureStatusBar()->notice();
        QVERIFY2(notice.startsWith(QStringLiteral("file cut short: frame %1 is incomplete").arg(sampleRows_)),
                 qPrintable(notice));
        QVERIFY2(notice.endsWith(QStringLiteral("showing the %1 packets before it").arg(sampleRows_ - 1)),
                 qPrintable(notice));
    }

    void cancelKeepsThePacketsReadSoFar()
    {
        // lossy-bulk 40 times over: long enough (tens of thousands of packets) to still be loading.
        QTemporaryDir dir;
        const QString big = dir.filePath(QStringLiteral("big.pcap"));
        QVERIFY(writeEditedCopy(QStringLiteral(TCPLENS_TEST_DATA_DIR "/lossy-bulk.pcap"), big, [](QByteArray& bytes) {
            const QByteArray records = bytes.mid(24);
            for (int i = 1; i < 40; ++i)
                bytes += records;
        }));
        MainWindow window;
        QSignalSpy finished(&window, &MainWindow::loadFinished);
        window.openCapture(big);
        QVERIFY(window.captureStatusBar()->isShowingProgress());
        emit window.captureStatusBar()->cancelRequested();
        QVERIFY(finished.wait(10'000));
        const auto result = finished.first().first().value<LoadResult>();
        QCOMPARE(result.status, LoadStatus::Cancelled);
        QCOMPARE(quint64(window.packetModel()->rowCount()), result.packets);
        QVERIFY(result.packets < quint64(corePacketCount(big)));
        QVERIFY(!window.captureStatusBar()->isShowingProgress());
        QVERIFY2(window.captureStatusBar()->notice().startsWith(QLatin1String("Loading cancelled")),
                 qPrintable(window.captureStatusBar()->notice()));
    }

    void closingWhileLoadingStopsTheLoader()
    {
        QTemporaryDir dir;
        const QString big = dir.filePath(QStringLiteral("big.pcap"));
        QVERIFY(writeEditedCopy(QStringLiteral(TCPLENS_TEST_DATA_DIR "/lossy-bulk.pcap"), big, [](QByteArray& bytes) {
            const QByteArray records = bytes.mid(24);
            for (int i = 1; i < 40; ++i)
                bytes += records;
        }));
        auto window = std::make_unique<MainWindow>();
        window->openCapture(big);
        QTest::qWait(5); // let some batches be queued to the window
        window.reset();  // must cancel and join the worker; late batches must go nowhere
        QTest::qWait(20);
    }

    void droppedCaptureIsOpened()
    {
        MainWindow window;
        QSignalSpy finished(&window, &MainWindow::loadFinished);
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(samplePath())});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        QVERIFY(finished.wait(10'000));
        QCOMPARE(window.packetModel()->rowCount(), sampleRows_);
    }

    void openedCaptureGoesFirstInTheRecentList()
    {
        RecentFiles().clear();
        MainWindow window;
        window.setErrorReporter([](const QString&, const QString&) {});
        QSignalSpy finished(&window, &MainWindow::loadFinished);
        window.openCapture(samplePath());
        QVERIFY(finished.wait(10'000));
        window.openCapture(QStringLiteral("/nonexistent/missing.pcap"));
        QVERIFY(finished.wait(10'000));
        QCOMPARE(RecentFiles().paths(), QStringList{QFileInfo(samplePath()).absoluteFilePath()});
    }

    void recentListKeepsTheNewestEight()
    {
        RecentFiles recent;
        recent.clear();
        for (int i = 0; i < 10; ++i)
            recent.add(QStringLiteral("/captures/%1.pcap").arg(i));
        recent.add(QStringLiteral("/captures/5.pcap"));
        const QStringList paths = recent.paths();
        QCOMPARE(paths.size(), RecentFiles::kDefaultLimit);
        QCOMPARE(paths.first(), QStringLiteral("/captures/5.pcap"));
        QCOMPARE(paths.at(1), QStringLiteral("/captures/9.pcap"));
        QCOMPARE(paths.count(QStringLiteral("/captures/5.pcap")), 1);
        recent.clear();
    }

private:
    int sampleRows_ = 0;
};

QTEST_MAIN(TestMainWindowLoads)
#include "TestMainWindowLoads.moc"
