// Which header fields changed from one packet to the next of the same sender: what the
// presentation mode lights in the header diagram.
#include "TestSupport.h"

#include <capture/CaptureFile.h>
#include <decode/FieldSpanDiff.h>
#include <decode/PacketDecoder.h>

#include <QtTest>

#include <set>
#include <string>

using namespace tcplens;
using namespace tcplens::test;

namespace {

/// The field spans of every frame of a capture, in order.
std::vector<FieldSpans> spansOf(const QString& path)
{
    std::vector<FieldSpans> frames;
    auto file = CaptureFile::open(path.toStdString());
    RawPacket packet;
    while (file->next(packet) == ReadStatus::Packet) {
        FieldSpans spans;
        (void)decodePacket(packet.bytes, packet.wireLength, file->info().linkType, &spans);
        frames.push_back(std::move(spans));
    }
    return frames;
}

/// The ids of the changed fields of frame `to` since frame `from` (1-based, as tcpdump counts).
std::multiset<std::string> changedIds(const std::vector<FieldSpans>& frames, int from, int to)
{
    const FieldSpans& current = frames.at(static_cast<std::size_t>(to - 1));
    std::multiset<std::string> ids;
    for (const int index : changedHeaderFields(frames.at(static_cast<std::size_t>(from - 1)), current))
        ids.insert(current.at(static_cast<std::size_t>(index)).id);
    return ids;
}

QString helloExchange()
{
    return QDir(QString::fromUtf8(TCPLENS_SAMPLES_DIR)).absoluteFilePath(QStringLiteral("hello-exchange.pcap"));
}

QString joined(const std::multiset<std::string>& ids)
{
    QStringList list;
    for (const auto& id : ids)
        list << QString::fromStdString(id);
    return list.join(QLatin1Char(' '));
}

} // namespace

class TestFieldSpanDiff : public QObject {
    Q_OBJECT

private slots:
    void aPacketEqualsItself()
    {
        const auto frames = spansOf(helloExchange());
        QVERIFY(frames.size() >= 11);
        for (const auto& spans : frames)
            QVERIFY(changedHeaderFields(spans, spans).empty());
    }

    void synRetransmissionChangesOnlyIdChecksumsAndTimestamp()
    {
        // Frames 1 and 2 of syn-retransmit.pcap: the same SYN one second later. The options list
        // itself ("Options: (20 bytes), Maximum segment size, ...") reads the same; its timestamp moved.
        const auto frames = spansOf(fixturePath(QStringLiteral("syn-retransmit.pcap")));
        const std::multiset<std::string> expected = {"ip.id", "ip.checksum", "tcp.checksum", "tcp.options.timestamp",
                                                     "tcp.options.timestamp.tsval"};
        QCOMPARE(joined(changedIds(frames, 1, 2)), joined(expected));
    }

    void serverDataAfterServerData()
    {
        // "Hello, client!" (frame 4) then "quit" (frame 8): length, id, seq, ack and checksums move.
        const auto frames = spansOf(helloExchange());
        const std::multiset<std::string> expected = {"ip.len", "ip.id", "ip.checksum", "tcp.seq_raw",
                                                     "tcp.ack_raw", "tcp.checksum"};
        QCOMPARE(joined(changedIds(frames, 4, 8)), joined(expected));
    }

    void ackAfterSynShowsTheNewFlagsAndOptions()
    {
        // Client SYN (frame 1) then its ACK (frame 3): the flags that flipped, the header length,
        // the window and the options that are now NOP, NOP, Timestamps.
        const auto frames = spansOf(helloExchange());
        const auto ids = changedIds(frames, 1, 3);
        for (const char* id : {"tcp.flags", "tcp.flags.syn", "tcp.flags.ack", "tcp.seq_raw", "tcp.ack_raw",
                               "tcp.hdr_len", "tcp.window_size_value", "tcp.options.nop"})
            QVERIFY2(ids.count(id) > 0, id);
        for (const char* id : {"tcp.srcport", "tcp.dstport", "tcp.flags.fin", "tcp.flags.push", "ip.src", "ip.dst",
                               "ip.ttl", "ip.version", "eth.src", "tcp.len", "ip.checksum.status"})
            QVERIFY2(ids.count(id) == 0, id);
    }

    void indexesPointIntoTheCurrentPacketInOrder()
    {
        const auto frames = spansOf(helloExchange());
        const auto changed = changedHeaderFields(frames[0], frames[2]);
        QVERIFY(!changed.empty());
        QVERIFY(std::is_sorted(changed.begin(), changed.end()));
        for (const int index : changed) {
            QVERIFY(index >= 0 && static_cast<std::size_t>(index) < frames[2].size());
            QVERIFY(frames[2][static_cast<std::size_t>(index)].depth >= 1);
        }
    }

    void nothingToCompareWithMeansEverythingIsNew()
    {
        const auto frames = spansOf(helloExchange());
        const auto changed = changedHeaderFields({}, frames[0]);
        std::size_t headerFields = 0;
        for (const auto& span : frames[0])
            headerFields += (span.layer == Layer::Network || span.layer == Layer::Transport) && span.depth >= 1
                && span.bitWidth > 0;
        QCOMPARE(changed.size(), headerFields);
    }
};

QTEST_GUILESS_MAIN(TestFieldSpanDiff)
#include "TestFieldSpanDiff.moc"
