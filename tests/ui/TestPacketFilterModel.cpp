// The packet list as shown: stream, handshake/close and frame-mask filters over the analysis.
#include "UiTestSupport.h"

#include <packets/PacketColumnText.h>
#include <packets/PacketFilterModel.h>
#include <packets/PacketListModel.h>

#include <decode/PacketDecoder.h>
#include <tcp/ConversationTracker.h>

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

using namespace tcplens;
using namespace tcplens::ui;
using namespace tcplens::ui::test;

namespace {

const QString kHttp = QStringLiteral(TCPLENS_TEST_DATA_DIR "/http.pcap");

/// The tracker's stream of every packet of `path` and each packet's TCP flags: the oracle.
struct CoreView {
    std::vector<std::uint32_t> streams;
    std::vector<std::uint16_t> flags;
    std::vector<Conversation> conversations;
};

CoreView coreView(const QString& path)
{
    CoreView view;
    auto file = CaptureFile::open(QFile::encodeName(path).toStdString());
    ConversationTracker tracker;
    RawPacket packet;
    std::uint32_t frame = 0;
    while (file->next(packet) == ReadStatus::Packet) {
        const auto decoded = decodePacket(packet.bytes, packet.wireLength, file->info().linkType);
        view.streams.push_back(tracker.add(++frame, packet.timestampNs, packet.wireLength, decoded).stream);
        view.flags.push_back(decoded.tcp.complete ? decoded.tcp.flags : 0);
    }
    view.conversations = tracker.conversations();
    return view;
}

} // namespace

class TestPacketFilterModel : public QObject {
    Q_OBJECT

private slots:
    void streamFilterShowsOnlyThatStream()
    {
        PacketListModel packets;
        PacketFilterModel shown;
        shown.setPacketModel(&packets);
        QAbstractItemModelTester tester(&shown, QAbstractItemModelTester::FailureReportingMode::QtTest);
        loadSynchronously(packets, kHttp);
        const auto core = coreView(kHttp);
        QCOMPARE(core.conversations.size(), std::size_t(2));
        QCOMPARE(shown.rowCount(), packets.rowCount());

        shown.setStreamFilter(1U);
        QCOMPARE(std::uint64_t(shown.rowCount()), core.conversations[1].packets());
        for (int row = 0; row < shown.rowCount(); ++row) {
            QCOMPARE(shown.index(row, 0).data(PacketListModel::StreamRole).toUInt(), 1U);
            QCOMPARE(core.streams[std::size_t(shown.sourceRow(row))], 1U);
        }
        // Numbers stay the capture's frame numbers.
        QCOMPARE(shown.index(0, PacketListModel::NumberColumn).data().toString(),
                 QString::number(core.conversations[1].firstFrame));
        QCOMPARE(shown.rowOfSource(0), -1);

        shown.setStreamFilter(std::nullopt);
        QCOMPARE(shown.rowCount(), packets.rowCount());
        QVERIFY(!shown.isFiltering());
    }

    void streamFilterAppliesToRowsStillArriving()
    {
        PacketListModel packets;
        PacketFilterModel shown;
        shown.setPacketModel(&packets);
        QAbstractItemModelTester tester(&shown, QAbstractItemModelTester::FailureReportingMode::QtTest);
        shown.setStreamFilter(0U);
        loadSynchronously(packets, kHttp, LoadPacing{std::chrono::hours(1), 5});
        QCOMPARE(std::uint64_t(shown.rowCount()), coreView(kHttp).conversations[0].packets());
    }

    void handshakeFilterShowsOnlySynFinRst()
    {
        const QString path = QStringLiteral(TCPLENS_TEST_DATA_DIR "/rst.pcap");
        PacketListModel packets;
        PacketFilterModel shown;
        shown.setPacketModel(&packets);
        QAbstractItemModelTester tester(&shown, QAbstractItemModelTester::FailureReportingMode::QtTest);
        loadSynchronously(packets, path);
        shown.setHandshakesAndClosesOnly(true);
        const auto core = coreView(path);
        const auto opensOrCloses = [](std::uint16_t flags) {
            return (flags & (tcpflag::Syn | tcpflag::Fin | tcpflag::Rst)) != 0;
        };
        QCOMPARE(shown.rowCount(), int(std::count_if(core.flags.begin(), core.flags.end(), opensOrCloses)));
        QVERIFY(shown.rowCount() > 0 && shown.rowCount() < packets.rowCount());
        for (int row = 0; row < shown.rowCount(); ++row)
            QVERIFY(opensOrCloses(packets.decoded(shown.sourceRow(row)).tcp.flags));
    }

    void filtersCombineWithTheFrameMask()
    {
        PacketListModel packets;
        PacketFilterModel shown;
        shown.setPacketModel(&packets);
        QAbstractItemModelTester tester(&shown, QAbstractItemModelTester::FailureReportingMode::QtTest);
        loadSynchronously(packets, kHttp);
        auto mask = std::make_shared<std::vector<bool>>(std::size_t(packets.rowCount()), false);
        for (std::size_t i = 0; i < mask->size(); i += 2)
            (*mask)[i] = true;
        shown.setFrameMask(mask);
        QCOMPARE(shown.rowCount(), (packets.rowCount() + 1) / 2);
        shown.setHandshakesAndClosesOnly(true);
        for (int row = 0; row < shown.rowCount(); ++row) {
            QCOMPARE(shown.sourceRow(row) % 2, 0);
            QVERIFY(packets.decoded(shown.sourceRow(row)).tcp.flags & (tcpflag::Syn | tcpflag::Fin | tcpflag::Rst));
        }
        // Packets the mask does not reach are not claimed to match.
        shown.setHandshakesAndClosesOnly(false);
        shown.setFrameMask(std::make_shared<std::vector<bool>>(std::size_t(3), true));
        QCOMPARE(shown.rowCount(), 3);
        shown.setFrameMask(nullptr);
        QCOMPARE(shown.rowCount(), packets.rowCount());
    }

    void viewAndSelectionFollowAFilterChange()
    {
        PacketListModel packets;
        PacketFilterModel shown;
        shown.setPacketModel(&packets);
        QTableView view;
        view.setModel(&shown);
        loadSynchronously(packets, kHttp);
        const int kept = shown.rowOfSource(12); // the SYN of stream 1
        view.setCurrentIndex(shown.index(kept, 0));
        shown.setStreamFilter(1U);
        QCOMPARE(view.verticalHeader()->count(), shown.rowCount());
        QCOMPARE(shown.sourceRow(view.currentIndex().row()), 12);
        shown.setStreamFilter(std::nullopt);
        QCOMPARE(view.verticalHeader()->count(), packets.rowCount());
        QCOMPARE(view.currentIndex().row(), 12);
    }

    void deltaTimeCountsFromTheRowShownAbove()
    {
        PacketListModel packets;
        PacketFilterModel shown;
        shown.setPacketModel(&packets);
        loadSynchronously(packets, kHttp);
        packets.setTimeFormat(PacketListModel::TimeFormat::SincePreviousDisplayed);
        shown.setHandshakesAndClosesOnly(true);
        const auto& index = packets.store().index();
        QCOMPARE(shown.index(0, PacketListModel::TimeColumn).data().toString(), QStringLiteral("0.000000"));
        const auto ns = [&](int row) { return index.timestampNs(PacketNumber(shown.sourceRow(row))); };
        QCOMPARE(shown.index(1, PacketListModel::TimeColumn).data().toString(), relativeTimeText(ns(1), ns(0)));

        QSignalSpy changed(&shown, &QAbstractItemModel::dataChanged);
        shown.setStreamFilter(1U);
        QCOMPARE(changed.count(), 1); // the deltas count from new neighbours
        QCOMPARE(shown.index(0, PacketListModel::TimeColumn).data().toString(), QStringLiteral("0.000000"));
    }
};

QTEST_MAIN(TestPacketFilterModel)
#include "TestPacketFilterModel.moc"
