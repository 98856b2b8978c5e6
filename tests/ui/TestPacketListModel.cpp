// The packet list model: rows, Wireshark texts, time and number modes, batches, tones, damaged files.
#include "UiTestSupport.h"

#include <loading/CaptureLoadController.h>
#include <packets/PacketListModel.h>
#include <packets/PacketColumnText.h>
#include <packets/PacketRowStyle.h>

#include <decode/PacketDecoder.h>
#include <export/PacketText.h>
#include <export/WiresharkInfo.h>
#include <tcp/ConversationTracker.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace tcplens;
using namespace tcplens::ui;
using namespace tcplens::ui::test;

namespace {

/// The name of the colouring rule a row takes (the model starts with Wireshark's defaults).
std::string ruleName(const PacketListModel& model, int row)
{
    const int rule = model.index(row, 0).data(PacketListModel::ColouringRuleRole).toInt();
    return rule < 0 ? std::string() : model.rowColouring().rules->rules()[static_cast<std::size_t>(rule)].name;
}

} // namespace

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

    void firstRowIsTheSynInWiresharkWords()
    {
        PacketListModel model;
        loadSynchronously(model, samplePath());
        const QString info = model.index(0, PacketListModel::InfoColumn).data().toString();
        QVERIFY2(info.startsWith(QStringLiteral("33728 \u2192 8888 [SYN] Seq=0 Win=64240 Len=0 MSS=1460 SACK_PERM TSval=")),
                 qPrintable(info));

        // Same words as the core builds for the first packet.
        auto file = CaptureFile::open(samplePath().toStdString());
        RawPacket packet;
        QCOMPARE(file->next(packet), ReadStatus::Packet);
        const auto decoded = decodePacket(packet.bytes, packet.wireLength, file->info().linkType);
        ConversationTracker tracker;
        const auto record = compactAnalysis(tracker.add(1, packet.timestampNs, packet.wireLength, decoded), decoded);
        QCOMPARE(info, QString::fromStdString(wiresharkInfo(packet.bytes, decoded, record)));

        QCOMPARE(model.index(0, PacketListModel::NumberColumn).data().toString(), QStringLiteral("1"));
        QCOMPARE(model.index(0, PacketListModel::ProtocolColumn).data().toString(), QStringLiteral("TCP"));
        QCOMPARE(model.index(0, PacketListModel::SourceColumn).data().toString(), QStringLiteral("10.77.0.1"));
        QCOMPARE(model.index(0, PacketListModel::DestinationColumn).data().toString(), QStringLiteral("10.77.0.2"));
        QCOMPARE(model.index(0, PacketListModel::LengthColumn).data().toString(), QString::number(packet.wireLength));
        QCOMPARE(model.index(0, PacketListModel::FlagsColumn).data().toString(), QStringLiteral("[S]"));
        QCOMPARE(model.index(0, PacketListModel::SeqColumn).data().toString(), QStringLiteral("0"));
        QCOMPARE(model.index(0, PacketListModel::AckColumn).data().toString(), QString());
        QCOMPARE(model.index(0, PacketListModel::PayloadLengthColumn).data().toString(), QStringLiteral("0"));
        QCOMPARE(model.index(0, PacketListModel::WindowColumn).data().toString(), QStringLiteral("64240"));
        QCOMPARE(model.index(0, 0).data(PacketListModel::StreamRole).toUInt(), 0U);
        QCOMPARE(model.firstTcpRow(), 0);
    }

    void laterRowsUseRelativeNumbers()
    {
        PacketListModel model;
        loadSynchronously(model, samplePath());
        // The third packet completes the handshake: Wireshark shows "Ack=1", not the raw number.
        const QString info = model.index(2, PacketListModel::InfoColumn).data().toString();
        QVERIFY2(info.contains(QLatin1String("[ACK] Seq=1 Ack=1 Win=")), qPrintable(info));
        QCOMPARE(model.index(2, PacketListModel::FlagsColumn).data().toString(), QStringLiteral("[.]"));
        QCOMPARE(model.index(2, PacketListModel::SeqColumn).data().toString(), QStringLiteral("1"));
        QCOMPARE(model.index(2, PacketListModel::AckColumn).data().toString(), QStringLiteral("1"));
    }

    void absoluteSwitchShowsTheRawNumbersWithoutReset()
    {
        PacketListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        loadSynchronously(model, samplePath());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setRelativeSequenceNumbers(false);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().column(), int(PacketListModel::SeqColumn));
        QCOMPARE(changed.first().at(1).toModelIndex().column(), int(PacketListModel::InfoColumn));
        QCOMPARE(changed.first().at(1).toModelIndex().row(), model.rowCount() - 1);

        const auto tcp = model.decoded(2).tcp;
        QCOMPARE(model.index(2, PacketListModel::SeqColumn).data().toString(), QString::number(tcp.seq));
        QCOMPARE(model.index(2, PacketListModel::AckColumn).data().toString(), QString::number(tcp.ack));
        QVERIFY(model.index(2, PacketListModel::InfoColumn).data().toString().contains(
            QStringLiteral("Seq=%1 Ack=%2").arg(tcp.seq).arg(tcp.ack)));
        model.setRelativeSequenceNumbers(true);
        QCOMPARE(model.index(2, PacketListModel::SeqColumn).data().toString(), QStringLiteral("1"));
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

    void timeFormatSwitchRewritesOnlyTheTimeColumn()
    {
        PacketListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        loadSynchronously(model, QStringLiteral(TCPLENS_TEST_DATA_DIR "/http.pcap"));
        const auto& index = model.store().index();
        const int second = firstRowOfStream(model, 1);
        QVERIFY(second > 0);
        const auto time = [&](int row) { return model.index(row, PacketListModel::TimeColumn).data().toString(); };
        QCOMPARE(time(second), relativeTimeText(index.timestampNs(PacketNumber(second)), index.timestampNs(0)));
        QVERIFY(time(second) != QStringLiteral("0.000000"));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setTimeFormat(PacketListModel::TimeFormat::SinceConversationStart);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().column(), int(PacketListModel::TimeColumn));
        QCOMPARE(changed.first().at(1).toModelIndex().column(), int(PacketListModel::TimeColumn));
        QCOMPARE(time(second), QStringLiteral("0.000000"));

        model.setTimeFormat(PacketListModel::TimeFormat::TimeOfDay);
        QCOMPARE(time(0), QString::fromStdString(tcpdumpTime(index.timestampNs(0))));

        model.setTimeFormat(PacketListModel::TimeFormat::SincePreviousDisplayed);
        QCOMPARE(time(0), QStringLiteral("0.000000"));
        QCOMPARE(time(second), relativeTimeText(index.timestampNs(PacketNumber(second)),
                                                index.timestampNs(PacketNumber(second - 1))));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 3);
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
        QCOMPARE(model.analyses().size(), std::size_t(sampleRows_)); // each batch carries its analysis
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
        QVERIFY2(first.data().toString().contains(QLatin1String("[TCP CHECKSUM INCORRECT]")),
                 qPrintable(first.data().toString()));
        QCOMPARE(ruleName(model, 2), std::string("TCP")); // the plain ACK after the handshake: Wireshark's TCP rule
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
        QCOMPARE(model.index(0, 0).data(PacketListModel::RowToneRole).toInt(), int(RowTone::SynFin));
        QCOMPARE(model.index(4, 0).data(PacketListModel::RowToneRole).toInt(), int(RowTone::Plain));
        QCOMPARE(ruleName(model, 1), std::string("TCP RST"));
        QCOMPARE(ruleName(model, 0), std::string("TCP SYN/FIN"));
        QCOMPARE(ruleName(model, 4), std::string("TCP"));
    }

    void retransmissionSaysSoFirstAndIsTonedAsTcpProblem()
    {
        PacketListModel model;
        loadSynchronously(model, QStringLiteral(TCPLENS_TEST_DATA_DIR "/lossy-bulk.pcap"));
        const int row = firstRowWith(model, analysis::Retransmission | analysis::FastRetransmission);
        QVERIFY(row >= 0);
        const auto index = model.index(row, PacketListModel::InfoColumn);
        const QString info = index.data().toString();
        QVERIFY2(info.startsWith(QLatin1String("[TCP Retransmission]"))
                     || info.startsWith(QLatin1String("[TCP Fast Retransmission]")),
                 qPrintable(info));
        QCOMPARE(index.data(PacketListModel::RowToneRole).toInt(), int(RowTone::TcpProblem));
        QVERIFY2(index.data(Qt::ToolTipRole).toString().contains(QLatin1String("Retransmission")),
                 qPrintable(index.data(Qt::ToolTipRole).toString()));
    }

    void dupAckNamesTheAckItRepeats()
    {
        PacketListModel model;
        loadSynchronously(model, QStringLiteral(TCPLENS_TEST_DATA_DIR "/lossy-bulk.pcap"));
        const int row = firstRowWith(model, analysis::DuplicateAck);
        QVERIFY(row >= 0);
        const auto& record = model.analysis(row);
        const QString info = model.index(row, PacketListModel::InfoColumn).data().toString();
        QVERIFY2(info.startsWith(QStringLiteral("[TCP Dup ACK %1#1]").arg(record.dupAckFrame)), qPrintable(info));
        QCOMPARE(model.index(row, 0).data(PacketListModel::RowToneRole).toInt(), int(RowTone::TcpProblem));
    }

    void zeroWindowIsTonedApart()
    {
        PacketListModel model;
        loadSynchronously(model, QStringLiteral(TCPLENS_TEST_DATA_DIR "/zero-window.pcap"));
        const int row = firstRowWith(model, analysis::ZeroWindow);
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row, 0).data(PacketListModel::RowToneRole).toInt(), int(RowTone::ZeroWindow));
        QCOMPARE(model.index(row, PacketListModel::WindowColumn).data().toString(), QStringLiteral("0"));
        QVERIFY(model.index(row, PacketListModel::InfoColumn).data().toString().startsWith(QLatin1String("[TCP ZeroWindow]")));
    }

    void rowsTakeTheFirstMatchingColouringRule()
    {
        PacketListModel model;
        loadSynchronously(model, samplePath());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const std::vector<ColouringRule> rules{
            {"SYN", "tcp.flags.syn == 1", RuleColour::fromRgb8(255, 255, 255), RuleColour::fromRgb8(0, 0, 139), true},
            {"Any TCP", "tcp", RuleColour::fromRgb8(0, 0, 0), RuleColour::fromRgb8(230, 230, 255), true}};
        model.setRowColouring(RowColouring::of(std::make_shared<const ColouringRuleSet>(ColouringRuleSet::compile(rules)),
                                               ThemeKind::Light, true));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(0, 0).data(PacketListModel::ColouringRuleRole).toInt(), 0); // the SYN
        QCOMPARE(model.index(0, 0).data(Qt::BackgroundRole).value<QBrush>().color(), QColor(0, 0, 139));
        QCOMPARE(model.index(0, 3).data(Qt::ForegroundRole).value<QBrush>().color(), QColor(Qt::white));
        QCOMPARE(model.index(2, 0).data(PacketListModel::ColouringRuleRole).toInt(), 1); // the handshake's ACK
        QCOMPARE(model.index(2, 0).data(Qt::BackgroundRole).value<QBrush>().color(), QColor(230, 230, 255));
        // View › Colorize Packet List off: no colours, the rule stays known.
        model.setRowColouring(RowColouring::of(model.rowColouring().rules, ThemeKind::Light, false));
        QVERIFY(!model.index(0, 0).data(Qt::BackgroundRole).isValid());
        // No rules at all: nothing matches.
        model.setRowColouring({});
        QCOMPARE(model.index(0, 0).data(PacketListModel::ColouringRuleRole).toInt(), -1);
        QVERIFY(!model.index(0, 0).data(Qt::BackgroundRole).isValid());
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
    static int firstRowWith(const PacketListModel& model, std::uint32_t analysisBits)
    {
        for (int row = 0; row < model.rowCount(); ++row)
            if (model.analysis(row).hasAnalysis(analysisBits))
                return row;
        return -1;
    }

    static int firstRowOfStream(const PacketListModel& model, std::uint32_t stream)
    {
        for (int row = 0; row < model.rowCount(); ++row)
            if (model.analysis(row).stream == stream)
                return row;
        return -1;
    }

    int sampleRows_ = 0;
};

QTEST_MAIN(TestPacketListModel)
#include "TestPacketListModel.moc"
