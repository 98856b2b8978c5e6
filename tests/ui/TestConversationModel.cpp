// The conversation table: rows from the loader's batches agree with the core tracker, arrive as
// one insertion per batch, and sort numerically through a proxy.
#include "UiTestSupport.h"

#include <loading/CaptureLoader.h>
#include <conversations/ConversationFilterModel.h>
#include <conversations/ConversationModel.h>

#include <decode/PacketDecoder.h>
#include <tcp/ConversationTracker.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QtTest>

using namespace tcplens;
using namespace tcplens::ui;

namespace {

const QString kHttp = QStringLiteral(TCPLENS_TEST_DATA_DIR "/http.pcap");
const QString kManyShort = QStringLiteral(TCPLENS_TEST_DATA_DIR "/many-short.pcap");

/// Every conversation of `path` as the core tracker sees it at the end: the oracle.
std::vector<Conversation> coreConversations(const QString& path)
{
    auto file = CaptureFile::open(QFile::encodeName(path).toStdString());
    ConversationTracker tracker;
    RawPacket packet;
    std::uint32_t frame = 0;
    while (file->next(packet) == ReadStatus::Packet)
        (void)tracker.add(++frame, packet.timestampNs, packet.wireLength,
                          decodePacket(packet.bytes, packet.wireLength, file->info().linkType));
    return tracker.conversations();
}

/// Runs the real loader on this thread and feeds `model` as the main window does; counts
/// the batches that brought new conversations.
int loadInto(ConversationModel& model, const QString& path, LoadPacing pacing = {})
{
    CaptureLoader loader(path, pacing);
    int batchesWithNewRows = 0;
    QObject::connect(&loader, &CaptureLoader::opened, &model, [&model] { model.clear(); });
    QObject::connect(&loader, &CaptureLoader::batchReady, &model, [&](const PacketBatch& batch) {
        if (!batch.conversations.empty() && batch.conversations.back().stream >= std::uint32_t(model.rowCount()))
            ++batchesWithNewRows;
        model.append(batch);
    });
    loader.run();
    return batchesWithNewRows;
}

QString cell(const ConversationModel& model, int row, int column)
{
    return model.index(row, column).data().toString();
}

} // namespace

class TestConversationModel : public QObject {
    Q_OBJECT

private slots:
    void httpCaptureHasTwoConversationsAsTheCoreSeesThem()
    {
        ConversationModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        loadInto(model, kHttp);
        const auto core = coreConversations(kHttp);
        QCOMPARE(core.size(), std::size_t(2));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(ConversationModel::ColumnCount));
        for (int row = 0; row < 2; ++row) {
            const auto& c = core[std::size_t(row)];
            QCOMPARE(cell(model, row, ConversationModel::StreamColumn), QString::number(row));
            QCOMPARE(model.index(row, 0).data(ConversationModel::StreamRole).toUInt(), uint(row));
            QCOMPARE(cell(model, row, ConversationModel::ClientColumn), QString::fromStdString(endpointText(c.client().endpoint)));
            QCOMPARE(cell(model, row, ConversationModel::ServerColumn), QString::fromStdString(endpointText(c.server().endpoint)));
            QCOMPARE(cell(model, row, ConversationModel::StateColumn), QString::fromStdString(c.connState()));
            QCOMPARE(cell(model, row, ConversationModel::HistoryColumn), QString::fromStdString(c.history.str()));
            QCOMPARE(cell(model, row, ConversationModel::PacketsClientToServerColumn), QString::number(c.client().packets));
            QCOMPARE(cell(model, row, ConversationModel::PacketsServerToClientColumn), QString::number(c.server().packets));
            QCOMPARE(cell(model, row, ConversationModel::BytesClientToServerColumn), QString::number(c.client().frameBytes));
            QCOMPARE(cell(model, row, ConversationModel::BytesServerToClientColumn), QString::number(c.server().frameBytes));
            QCOMPARE(cell(model, row, ConversationModel::InitialRttColumn),
                     QString::number(double(c.initialRttNs) / 1e6, 'f', 3));
            QCOMPARE(cell(model, row, ConversationModel::DurationColumn),
                     QString::number(double(c.lastNs - c.firstNs) / 1e9, 'f', 6));
        }
        // The client is the side that sent the SYN: the ephemeral port talks to 8080.
        QVERIFY(cell(model, 0, ConversationModel::ServerColumn).endsWith(QLatin1String(":8080")));
        QCOMPARE(cell(model, 0, ConversationModel::StateColumn), QStringLiteral("SF"));
        QCOMPARE(cell(model, 0, ConversationModel::PacketsClientToServerColumn), QStringLiteral("6"));
        QCOMPARE(cell(model, 0, ConversationModel::PacketsServerToClientColumn), QStringLiteral("6"));
    }

    void eachBatchIsAtMostOneRowInsertion()
    {
        ConversationModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const int batchesWithNewRows = loadInto(model, kManyShort, LoadPacing{std::chrono::hours(1), 50});
        const auto core = coreConversations(kManyShort);
        QCOMPARE(model.rowCount(), int(core.size()));
        QVERIFY(core.size() > 10);
        QCOMPARE(inserted.count(), batchesWithNewRows);
        QVERIFY(inserted.count() < model.rowCount()); // never one insertion per conversation
        QVERIFY(changed.count() > 0);                 // conversations spanning batches were refreshed
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.conversation(row)->packets(), core[std::size_t(row)].packets());
    }

    void updatesReachRowsAddedInEarlierBatches()
    {
        ConversationModel model;
        loadInto(model, kHttp, LoadPacing{std::chrono::hours(1), 3});
        const auto core = coreConversations(kHttp);
        QCOMPARE(model.conversation(0)->packets(), core[0].packets());
        QCOMPARE(cell(model, 0, ConversationModel::StateColumn), QString::fromStdString(core[0].connState()));
    }

    void aStreamOnlyAnIcmpQuoteNumberedHasNoRow()
    {
        // nDPI's 6in4tunnel.pcap: ICMPv6 errors quote a TCP header before any segment of its
        // connection; tshark gives the quote tcp.stream 0 but -z conv,tcp lists streams 1-5 only.
        ConversationModel model;
        ConversationFilterModel shown;
        shown.setSourceModel(&model);
        QAbstractItemModelTester tester(&shown, QAbstractItemModelTester::FailureReportingMode::QtTest);
        loadInto(model, QStringLiteral(TCPLENS_TEST_DATA_DIR "/public/ndpi__6in4tunnel.pcap"));
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.conversation(0)->packets(), std::uint64_t{0});
        QCOMPARE(shown.rowCount(), 5);
        for (int row = 0; row < shown.rowCount(); ++row)
            QCOMPARE(shown.index(row, 0).data(ConversationModel::StreamRole).toUInt(), uint(row + 1));
        QCOMPARE(model.firstConversationWithHandshake(), 1);
    }

    void proxySortsBytesNumerically()
    {
        ConversationModel model;
        QSortFilterProxyModel sorted;
        sorted.setSourceModel(&model);
        sorted.setSortRole(ConversationModel::SortRole);
        QAbstractItemModelTester tester(&sorted, QAbstractItemModelTester::FailureReportingMode::QtTest);
        sorted.sort(ConversationModel::BytesServerToClientColumn, Qt::DescendingOrder);
        loadInto(model, QStringLiteral(TCPLENS_TEST_DATA_DIR "/lossy-bulk.pcap"));
        loadInto(model, kManyShort);
        QVERIFY(sorted.rowCount() > 10);
        for (int row = 1; row < sorted.rowCount(); ++row) {
            const auto above = sorted.index(row - 1, ConversationModel::BytesServerToClientColumn).data(ConversationModel::SortRole);
            const auto here = sorted.index(row, ConversationModel::BytesServerToClientColumn).data(ConversationModel::SortRole);
            QVERIFY(above.toULongLong() >= here.toULongLong());
        }
        sorted.sort(ConversationModel::RetransmissionRateColumn, Qt::DescendingOrder);
        QVERIFY(sorted.index(0, ConversationModel::RetransmissionRateColumn).data(ConversationModel::SortRole).toDouble()
                >= sorted.index(sorted.rowCount() - 1, ConversationModel::RetransmissionRateColumn)
                       .data(ConversationModel::SortRole).toDouble());
    }

    void retransmissionRateMatchesTheCore()
    {
        ConversationModel model;
        loadInto(model, QStringLiteral(TCPLENS_TEST_DATA_DIR "/lossy-bulk.pcap"));
        const auto core = coreConversations(QStringLiteral(TCPLENS_TEST_DATA_DIR "/lossy-bulk.pcap"));
        QVERIFY(core[0].retransmissions > 0);
        QCOMPARE(cell(model, 0, ConversationModel::RetransmissionRateColumn),
                 QString::number(core[0].retransmissionRate(), 'f', 2));
    }
};

QTEST_MAIN(TestConversationModel)
#include "TestConversationModel.moc"
