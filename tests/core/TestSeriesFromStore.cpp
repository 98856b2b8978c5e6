// The charts' series come from the loaded stores (the loader's single pass): building one
// stream from its own packets must give exactly what a full read of the file gives.
#include "TestSupport.h"

#include <capture/CaptureFile.h>
#include <capture/PacketAnalysisStore.h>
#include <capture/PacketAnalyzer.h>
#include <capture/PacketStore.h>
#include <decode/PacketDecoder.h>
#include <export/SeriesCsv.h>
#include <series/SeriesFromCapture.h>
#include <series/SeriesFromStore.h>
#include <tcp/ConversationTracker.h>

#include <QtTest>

using namespace tcplens;
using namespace tcplens::test;

namespace {

struct Loaded {
    PacketStore store;
    PacketAnalysisStore analyses;
    std::uint32_t streams = 0;
};

/// What the GUI loader keeps: the index, the mapping and one compact record per packet.
Loaded loadStores(const QString& path)
{
    auto file = CaptureFile::open(path.toStdString());
    Loaded loaded{PacketStore(file->info(), file->mapping()), {}, 0};
    PacketAnalyzer analyzer(file->info().linkType); // the loaders' pass, IP reassembly included
    RawPacket packet;
    while (file->next(packet) == ReadStatus::Packet) {
        const auto analyzed = analyzer.add(packet);
        loaded.analyses.append(std::span(&analyzed.record, 1));
        if (analyzed.datagram)
            loaded.store.addReassembly(analyzer.frames(), analyzed.datagram->fragments);
        loaded.store.append(packet);
    }
    loaded.streams = static_cast<std::uint32_t>(analyzer.tracker().conversations().size());
    return loaded;
}

constexpr std::array kKinds{SeriesKind::Tsg, SeriesKind::Window, SeriesKind::Throughput,
                            SeriesKind::Rtt,  SeriesKind::Cwnd,   SeriesKind::Model};

} // namespace

class TestSeriesFromStore : public QObject {
    Q_OBJECT

private slots:
    void everyStreamMatchesAFullRead_data()
    {
        QTest::addColumn<QString>("file");
        for (const auto& path : fixtures()) {
            if (!path.endsWith("unsupported-linktype.pcap"))
                QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
        }
    }
    void everyStreamMatchesAFullRead()
    {
        QFETCH(QString, file);
        const auto loaded = loadStores(file);
        for (std::uint32_t stream = 0; stream < loaded.streams; ++stream) {
            const auto snapshot = snapshotStream(loaded.store, loaded.analyses, stream);
            QVERIFY(!snapshot.packets.empty());
            QCOMPARE(snapshot.storePackets, loaded.store.size());
            const auto fromStore = buildSeries(snapshot);
            const auto fromFile = seriesFromCapture(file.toStdString(), stream);
            QVERIFY(!fromStore.empty());
            QCOMPARE(dataDirection(fromStore), dataDirection(fromFile));
            for (const auto d : {Direction::ClientToServer, Direction::ServerToClient}) {
                QCOMPARE(fromStore.payloadBytes(d), fromFile.payloadBytes(d));
                for (const auto kind : kKinds) {
                    const auto what = QString("stream %1 %2 %3")
                                          .arg(stream)
                                          .arg(d == Direction::ClientToServer ? "c2s" : "s2c")
                                          .arg(QString::fromUtf8(seriesKindName(kind).data()));
                    QVERIFY2(seriesCsv(fromStore, d, kind) == seriesCsv(fromFile, d, kind), qPrintable(what));
                }
            }
        }
    }

    void dataDirectionIsTheOneWithMorePayload()
    {
        const auto loaded = loadStores(fixturePath("lossy-bulk.pcap"));
        const auto builder = buildSeries(snapshotStream(loaded.store, loaded.analyses, 0));
        QVERIFY(builder.payloadBytes(Direction::ClientToServer) > 100'000);
        QCOMPARE(builder.payloadBytes(Direction::ServerToClient), std::uint64_t{0});
        QCOMPARE(dataDirection(builder), Direction::ClientToServer);
        // The HTTP sample's server sends the pages: more payload than the requests.
        const auto http = loadStores(QString(TCPLENS_SAMPLES_DIR) + "/http-exchange.pcap");
        const auto page = buildSeries(snapshotStream(http.store, http.analyses, 0));
        QVERIFY(page.payloadBytes(Direction::ServerToClient) > page.payloadBytes(Direction::ClientToServer));
        QCOMPARE(dataDirection(page), Direction::ServerToClient);
    }

    void unknownStreamGivesAnEmptySeries()
    {
        const auto loaded = loadStores(fixturePath("lossy-bulk.pcap"));
        const auto snapshot = snapshotStream(loaded.store, loaded.analyses, 99);
        QVERIFY(snapshot.packets.empty());
        QVERIFY(buildSeries(snapshot).empty());
        StreamSnapshot unmapped = snapshotStream(loaded.store, loaded.analyses, 0);
        unmapped.mapping.reset();
        QVERIFY(buildSeries(unmapped).empty());
    }
};

QTEST_GUILESS_MAIN(TestSeriesFromStore)
#include "TestSeriesFromStore.moc"
