// The packet list model over the bundled sample: rows, texts, batches, tones, damaged files.
#include "UiTestSupport.h"

#include <CaptureLoadController.h>
#include <models/PacketListModel.h>
#include <models/PacketRowStyle.h>

#include <decode/PacketDecoder.h>
#include <export/PacketText.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace tcplens;
using namespace tcplens::ui;
using namespace tcplens::ui::test;

class TestPacketListModel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(samplePath()), qPrintable(samplePath()));
        sampleRows_ = corePacketCount(samplePath());
        QVERIFY(sampleRows_ > 0);
    }

    void listsEveryPacketOfTheSample()
    {
        PacketListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto result = loadSynchronously(model, samplePath());
        QCOMPARE(result.status, LoadStatus::Complete);
        QCOMPARE(model.rowCount(), sampleRows_);
        QCOMPARE(result.packets, quint64(sampleRows_));
        QCOMPARE(model.columnCount(), int(PacketListModel::ColumnCount));
    }

    void firstRowIsTheSynInTcpdumpWords()
    {
        PacketListModel model;
        loadSynchronously(model, samplePath());
        const QString info = model.index(0, PacketListModel::InfoColumn).data().toString();
        QVERIFY2(info.startsWith(QLatin1String("IP ")), qPrintable(info));
        QVERIFY2(info.contains(QLatin1String("Flags [S]")), qPrintable(info));

        // Same words as the core prints for the first packet.
        auto file = CaptureFile::open(samplePath().toStdString());
        RawPacket packet;
        QCOMPARE(file->next(packet), ReadStatus::Packet);
        const auto decoded = decodePacket(packet.bytes, packet.wireLength, file->info().linkType);
        TcpdumpSequenceNumbers numbers;
        QCOMPARE(info, QString::fromStdString(tcpdumpLine(packet.bytes, decoded, numbers.next(decoded))));

        QCOMPARE(model.index(0, PacketListModel::NumberColumn).data().toString(), QStringLiteral("1"));
        QCOMPARE(model.index(0, PacketListModel::ProtocolColumn).data().toString(), QStringLiteral("TCP"));
        QCOMPARE(model.index(0, PacketListModel::SourceColumn).data().toString(), QStringLiteral("10.77.0.1"));
        QCOMPARE(model.index(0, PacketListModel::DestinationColumn).data().toString(), QStringLiteral("10.77.0.2"));
        QCOMPARE(model.index(0, PacketListModel::LengthColumn).data().toString(), QString::number(packet.wireLength));
        QCOMPARE(model.firstTcpRow(), 0);
    }

    void laterRowsUseTcpdumpRelativeNumbers()
    {
        PacketListModel model;
        loadSynchronously(model, samplePath());
        // The third packet completes the handshake: tcpdump prints "ack 1", not the raw number.
        const QString info = model.index(2, PacketListModel::InfoColumn).data().toString();
        QVERIFY2(info.contains(QLatin1String("Flags [.], ack 1,")), qPrintable(info));
    }

    void timeIsSecondsSinceTheFirstPacket()
    {
        PacketListModel model;
        loadSynchronously(model, samplePath());
        QCOMPARE(model.index(0, PacketListModel::TimeColumn).data().toString(), QStringLiteral("0.000000"));
        const auto& index = model.store().index();
        const auto last = static_cast<PacketNumber>(model.rowCount() - 1);
        const auto micros = (index.timestampNs(last) - index.timestampNs(0) + 500) / 1000;
        QCOMPARE(model.index(int(last), PacketListModel::TimeColumn).data().toString(),
                 QStringLiteral("%1.%2").arg(micros / 1'000'000).arg(micros % 1'000'000, 6, 10, QLatin1Char('0')));
    }

    void eachBatchIsOneRowInsertion()
    {
        PacketListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        const auto result = loadSynchronously(model, samplePath(), LoadPacing{std::chrono::hours(1), 4});
        QCOMPARE(result.status, LoadStatus::Complete);
        QCOMPARE(inserted.count(), (sampleRows_ + 3) / 4);
        QCOMPARE(inserted.first().at(1).toInt(), 0);
        QCOMPARE(inserted.first().at(2).toInt(), 3);
        QCOMPARE(model.rowCount(), sampleRows_);
    }

    void cutShortFileKeepsThePacketsBeforeTheCut()
    {
        QTemporaryDir dir;
        const QString cut = dir.filePath(QStringLiteral("cut.pcap"));
        QVERIFY(writeEditedCopy(samplePath(), cut, [](QByteArray& bytes) { bytes.chop(10); }));
        PacketListModel model;
        const auto result = loadSynchronously(model, cut);
        QCOMPARE(result.status, LoadStatus::Incomplete);
        QVERIFY2(result.message.startsWith(QLatin1String("file cut short")), qPrintable(result.message));
        QCOMPARE(model.rowCount(), sampleRows_ - 1);
    }

    void unopenableFileFailsAndLeavesTheModelAlone()
    {
        PacketListModel model;
        loadSynchronously(model, samplePath());
        const auto result = loadSynchronously(model, QStringLiteral("/nonexistent/nothing.pcap"));
        QCOMPARE(result.status, LoadStatus::Failed);
        QVERIFY2(result.message.contains(QLatin1String("nothing.pcap")), qPrintable(result.message));
        QCOMPARE(model.rowCount(), sampleRows_);
    }

    void badChecksumRowIsTonedAsWarning()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad-checksum.pcap"));
        // Ethernet 14 + IPv4 20 + 16: the TCP checksum of the first frame.
        QVERIFY(writeEditedCopy(samplePath(), path, [](QByteArray& b) { b[kFirstFrameInPcap + 50] = char(b[kFirstFrameInPcap + 50] ^ 0x5a); }));
        PacketListModel model;
        loadSynchronously(model, path);
        const auto first = model.index(0, PacketListModel::InfoColumn);
        QCOMPARE(first.data(PacketListModel::RowToneRole).toInt(), int(RowTone::Warning));
        QVERIFY(first.data(Qt::BackgroundRole).canConvert<QBrush>());
        QVERIFY2(first.data(Qt::ToolTipRole).toString().contains(QLatin1String("checksum")),
                 qPrintable(first.data(Qt::ToolTipRole).toString()));
        QVERIFY2(first.data().toString().contains(QLatin1String("checksum")), qPrintable(first.data().toString()));
        QVERIFY(!model.index(1, 0).data(Qt::BackgroundRole).isValid());
    }

    void malformedHeaderRowIsTonedAsError()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bogus-offset.pcap"));
        // TCP data offset 1 (4 bytes): a header shorter than the fixed 20 bytes.
        QVERIFY(writeEditedCopy(samplePath(), path, [](QByteArray& b) { b[kFirstFrameInPcap + 46] = char(0x10); }));
        PacketListModel model;
        loadSynchronously(model, path);
        QCOMPARE(model.index(0, 0).data(PacketListModel::RowToneRole).toInt(), int(RowTone::Error));
        QVERIFY(model.index(0, 0).data(Qt::ToolTipRole).toString().startsWith(QLatin1String("Error: ")));
    }

    void resetRowIsToned()
    {
        PacketListModel model;
        loadSynchronously(model, QStringLiteral(TCPLENS_TEST_DATA_DIR "/rst.pcap"));
        QVERIFY(model.rowCount() > 1);
        QCOMPARE(model.index(1, 0).data(PacketListModel::RowToneRole).toInt(), int(RowTone::Reset));
        QCOMPARE(model.index(0, 0).data(PacketListModel::RowToneRole).toInt(), int(RowTone::Plain));
    }

    void loaderThreadDeliversEveryPacket()
    {
        PacketListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        CaptureLoadController controller;
        connect(&controller, &CaptureLoadController::opened, &model, &PacketListModel::reset);
        connect(&controller, &CaptureLoadController::batchReady, &model, &PacketListModel::append);
        QSignalSpy finished(&controller, &CaptureLoadController::finished);
        controller.start(samplePath(), LoadPacing{std::chrono::milliseconds(50), 3});
        QVERIFY(finished.wait(10'000));
        QCOMPARE(finished.first().first().value<LoadResult>().status, LoadStatus::Complete);
        QVERIFY(!controller.isLoading());
        QCOMPARE(model.rowCount(), sampleRows_);
    }

    void replacedLoadReportsNothing()
    {
        PacketListModel model;
        CaptureLoadController controller;
        connect(&controller, &CaptureLoadController::opened, &model, &PacketListModel::reset);
        connect(&controller, &CaptureLoadController::batchReady, &model, &PacketListModel::append);
        QSignalSpy finished(&controller, &CaptureLoadController::finished);
        controller.start(QStringLiteral(TCPLENS_TEST_DATA_DIR "/lossy-bulk.pcap"));
        controller.start(samplePath());
        QVERIFY(finished.wait(10'000));
        QTest::qWait(50); // anything late from the first load would arrive now
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().value<LoadResult>().path, samplePath());
        QCOMPARE(model.rowCount(), sampleRows_);
    }

private:
    int sampleRows_ = 0;
};

QTEST_MAIN(TestPacketListModel)
#include "TestPacketListModel.moc"
