// Follow TCP Stream: both directions reassembled in order, retransmissions and overlaps once, gaps
// reported where the receiver acknowledged bytes the capture lacks, across sequence wraparound;
// tcplens-cli follow matches tshark 4.0's -z follow,tcp output byte for byte.
#include "TestSupport.h"

#include <follow/FollowWriter.h>
#include <follow/StreamFollower.h>

#include <QTemporaryDir>
#include <QtTest>

#include <sstream>

using namespace tcplens;
using namespace tcplens::test;

namespace {

struct Seen {
    int node;
    std::uint32_t frame;
    QByteArray bytes;
    std::uint32_t missing;
};

QByteArray letters(char letter, int count) { return QByteArray(count, letter); }

constexpr std::uint32_t kIsn = 0xffffff00U; // the client's data crosses 2^32
constexpr std::uint32_t kServerIsn = 5000;

/// A conversation with every case: data across the wrap, a lost segment, an out-of-order one waiting,
/// the server's ACK past the hole, a retransmission carrying old and new bytes, a duplicate.
QList<QByteArray> lossyWrappingConversation()
{
    QList<QByteArray> frames;
    const auto frame = [&](bool client, std::uint32_t seq, std::uint32_t ack, std::uint16_t flags, QByteArray payload) {
        TcpFrameSpec spec;
        if (!client) {
            spec.src = {10, 0, 0, 2};
            spec.dst = {10, 0, 0, 1};
            spec.srcPort = 80;
            spec.dstPort = 40000;
        }
        spec.seq = seq;
        spec.ack = ack;
        spec.flags = flags;
        spec.payload = std::move(payload);
        frames << tcpFrame(spec);
    };
    const std::uint32_t c = kIsn + 1;
    const std::uint32_t s = kServerIsn + 1;
    frame(true, kIsn, 0, 0x002, {});                            // 1 SYN
    frame(false, kServerIsn, c, 0x012, {});                     // 2 SYN-ACK
    frame(true, c, s, 0x010, {});                               // 3 ACK
    frame(true, c, s, 0x018, letters('A', 200));               // 4 across the wrap
    // 200..299 ('B') never captured
    frame(true, c + 300, s, 0x018, letters('C', 100));         // 5 waits for the hole
    frame(true, c + 100, s, 0x018, letters('A', 100));         // 6 pure retransmission
    frame(false, s, c + 400, 0x018, QByteArray("response"));   // 7 ACKs past the hole
    frame(true, c + 350, s + 8, 0x018, letters('C', 50) + letters('D', 50)); // 8 half new
    frame(true, c + 450, s + 8, 0x011, {});                     // 9 FIN
    return frames;
}

QByteArray writeFollow(const QList<Seen>& chunks, FollowFormat format)
{
    std::ostringstream out;
    FollowWriter writer(out, format, 0);
    FollowPeers peers;
    peers.known = true;
    for (const auto& seen : chunks) {
        FollowChunk chunk;
        chunk.node = static_cast<std::uint8_t>(seen.node);
        chunk.frame = seen.frame;
        chunk.missing = seen.missing;
        chunk.bytes = {reinterpret_cast<const std::uint8_t*>(seen.bytes.constData()),
                       static_cast<std::size_t>(seen.bytes.size())};
        writer.chunk(chunk, peers);
    }
    writer.finish(peers);
    return QByteArray::fromStdString(out.str());
}

} // namespace

class TestFollowStream : public QObject {
    Q_OBJECT

    QString tshark_;
    QTemporaryDir dir_;

    QString lossyCapture()
    {
        const auto path = dir_.filePath("lossy-wrap.pcap");
        if (!QFile::exists(path))
            writeFile(path, pcapOfFrames(lossyWrappingConversation()));
        return path;
    }

private slots:
    void initTestCase()
    {
        tshark_ = findProgram("tshark");
        QVERIFY(dir_.isValid());
    }

    void followedHttpIsTheRequestThenTheResponse()
    {
        const auto run = runCli({"follow", fixturePath("http.pcap"), "--stream", "0", "--format", "binary"});
        QVERIFY2(run.exitedWith(0), run.err.constData());
        QVERIFY(run.out.startsWith("GET / HTTP/1.1\r\n"));
        const auto response = run.out.indexOf("HTTP/1.0 200 OK\r\n");
        QVERIFY(response > 0);
        QVERIFY(run.out.mid(0, response).endsWith("\r\n\r\n")); // the whole request, then the response
        QVERIFY(run.out.endsWith("<html><body>tcplens test page</body></html>\n"));
        QCOMPARE(run.out.size(), 115 + 137 + 44);
    }

    void retransmissionsOnceGapsReportedAcrossTheWrap()
    {
        // Fed segment by segment, as a capture pass would.
        QList<Seen> seen;
        StreamFollower follower([&](const FollowChunk& chunk) {
            seen << Seen{chunk.node, chunk.frame,
                         QByteArray(reinterpret_cast<const char*>(chunk.bytes.data()), qsizetype(chunk.bytes.size())),
                         chunk.missing};
        });
        const auto relative = [](std::uint32_t raw, std::uint32_t isn) { return raw - isn; };
        const auto frames = lossyWrappingConversation();
        struct Raw { bool client; std::uint32_t seq, ack; std::uint16_t flags; QByteArray payload; };
        const std::uint32_t c = kIsn + 1;
        const std::uint32_t s = kServerIsn + 1;
        const QList<Raw> raws{{true, kIsn, 0, 0x002, {}},
                              {false, kServerIsn, c, 0x012, {}},
                              {true, c, s, 0x010, {}},
                              {true, c, s, 0x018, letters('A', 200)},
                              {true, c + 300, s, 0x018, letters('C', 100)},
                              {true, c + 100, s, 0x018, letters('A', 100)},
                              {false, s, c + 400, 0x018, "response"},
                              {true, c + 350, s + 8, 0x018, letters('C', 50) + letters('D', 50)},
                              {true, c + 450, s + 8, 0x011, {}}};
        const Endpoint client{*parseIpAddress("10.0.0.1"), 40000};
        const Endpoint server{*parseIpAddress("10.0.0.2"), 80};
        std::uint32_t frame = 0;
        for (const auto& raw : raws) {
            FollowSegment segment;
            segment.frame = ++frame;
            segment.source = raw.client ? client : server;
            segment.destination = raw.client ? server : client;
            segment.seq = relative(raw.seq, raw.client ? kIsn : kServerIsn);
            segment.ack = (raw.flags & 0x010) ? relative(raw.ack, raw.client ? kServerIsn : kIsn) : raw.ack;
            segment.flags = raw.flags;
            segment.segmentLength = static_cast<std::uint32_t>(raw.payload.size());
            segment.payload = {reinterpret_cast<const std::uint8_t*>(raw.payload.constData()),
                               static_cast<std::size_t>(raw.payload.size())};
            follower.add(segment);
        }
        QCOMPARE(seen.size(), 5);
        QCOMPARE(seen[0].bytes, letters('A', 200));
        QCOMPARE(seen[0].frame, 4U);
        QCOMPARE(seen[1].missing, 100U); // 'B' never captured; frame 7's ACK revealed it
        QCOMPARE(seen[1].frame, 7U);
        QCOMPARE(seen[1].node, 0);
        QCOMPARE(seen[2].bytes, letters('C', 100));
        QCOMPARE(seen[2].frame, 5U);
        QCOMPARE(seen[3].bytes, QByteArray("response"));
        QCOMPARE(seen[3].node, 1);
        QCOMPARE(seen[4].bytes, letters('D', 50)); // only the new half of frame 8
        QCOMPARE(follower.bytes(0), 350U);
        QCOMPARE(follower.pendingBytes(), 0U);
        QCOMPARE(frames.size(), raws.size());
    }

    void gapIsWiresharksStandInText()
    {
        const auto text = writeFollow({{0, 3, "ab", 0}, {0, 7, {}, 100}, {1, 8, "x\x01y", 0}}, FollowFormat::Ascii);
        QVERIFY(text.contains("\n2\nab\n36\n[100 bytes missing in capture file].\n\t3\nx.y\n"));
        QCOMPARE(writeFollow({{0, 3, "ab", 0}, {0, 7, {}, 100}}, FollowFormat::Binary), QByteArray("ab"));
    }

    void hexLinesHaveTsharksColumns()
    {
        const QByteArray bytes = "GET / HTTP/1.1\r\nAc";
        const auto first = followHexLine(0, {reinterpret_cast<const std::uint8_t*>(bytes.constData()), 16});
        QCOMPARE(QByteArray::fromStdString(first),
                 QByteArray("00000000  47 45 54 20 2f 20 48 54  54 50 2f 31 2e 31 0d 0a  GET / HT TP/1.1.."));
        const auto last = followHexLine(0x10, {reinterpret_cast<const std::uint8_t*>(bytes.constData()) + 16, 2});
        QCOMPARE(QByteArray::fromStdString(last),
                 QByteArray("00000010  41 63                                             Ac"));
    }

    void cArraysAreWiresharks()
    {
        const auto text = writeFollow({{0, 4, "0123456789", 0}, {1, 6, "ab", 0}, {0, 9, "z", 0}}, FollowFormat::CArray);
        QCOMPARE(text, QByteArray("char peer0_0[] = { /* Packet 4 */\n"
                                  "0x30, 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, \n"
                                  "0x38, 0x39 };\n"
                                  "char peer1_0[] = { /* Packet 6 */\n"
                                  "0x61, 0x62 };\n"
                                  "char peer0_1[] = { /* Packet 9 */\n"
                                  "0x7a };\n"));
    }

    void matchesTsharkByteForByte_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("stream");
        QTest::addColumn<QString>("mode");
        const QString publicDir = QString(TCPLENS_TEST_DATA_DIR) + "/public/";
        for (const char* mode : {"ascii", "hex", "raw", "yaml"}) {
            QTest::addRow("http.pcap %s", mode) << fixturePath("http.pcap") << 0 << mode;
            QTest::addRow("lossy-wrap %s", mode) << QString() << 0 << mode;
        }
        for (const char* mode : {"ascii", "hex"}) {
            QTest::addRow("http-ooo %s", mode) << publicDir + "ws__http-ooo.pcap" << 0 << mode;
            QTest::addRow("tcp_retransmissions %s", mode) << publicDir + "ppa__tcp_retransmissions.pcapng" << 0 << mode;
            QTest::addRow("tcp_dupack %s", mode) << publicDir + "ppa__tcp_dupack.pcapng" << 0 << mode;
            QTest::addRow("dns-ooo %s", mode) << publicDir + "ws__dns-ooo.pcap" << 0 << mode;
            QTest::addRow("bgp-cease-hard-reset %s", mode) << publicDir + "tcpdump__bgp-cease-hard-reset.pcap" << 0 << mode;
            QTest::addRow("ipv6-bulk %s", mode) << fixturePath("ipv6-bulk.pcap") << 0 << mode;
            QTest::addRow("lossy-bulk %s", mode) << fixturePath("lossy-bulk.pcap") << 0 << mode;
            QTest::addRow("port-reuse stream 1 %s", mode) << fixturePath("port-reuse.pcap") << 1 << mode;
        }
    }

    void matchesTsharkByteForByte()
    {
        if (tshark_.isEmpty())
            QSKIP("tshark is not installed");
        QFETCH(QString, file);
        QFETCH(int, stream);
        QFETCH(QString, mode);
        if (file.isEmpty())
            file = lossyCapture();
        const auto theirs = runProcess(tshark_, {"-n", "-r", file, "-q", "-z",
                                                 QString("follow,tcp,%1,%2").arg(mode).arg(stream)});
        QVERIFY2(theirs.exitedWith(0), theirs.err.constData());
        const auto ours = runCli({"follow", file, "--stream", QString::number(stream), "--format", mode});
        QVERIFY2(ours.exitedWith(0), ours.err.constData());
        if (ours.out != theirs.out) {
            const auto a = lines(ours.out);
            const auto b = lines(theirs.out);
            for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i) {
                const auto x = a.value(i);
                const auto y = b.value(i);
                QVERIFY2(x == y, qPrintable(QString("line %1: ours \"%2\" tshark \"%3\"")
                                                .arg(i + 1).arg(QString::fromLatin1(x), QString::fromLatin1(y))));
            }
        }
        QCOMPARE(ours.out, theirs.out);
    }

    void badRequestsSayWhatIsWrong()
    {
        auto run = runCli({"follow", fixturePath("http.pcap"), "--stream", "7"});
        QVERIFY(run.exitedWith(2));
        QVERIFY(run.err.contains("has no TCP stream 7"));
        run = runCli({"follow", fixturePath("http.pcap")});
        QVERIFY(run.exitedWith(2));
        QVERIFY(run.err.contains("--stream"));
        run = runCli({"follow", fixturePath("http.pcap"), "--stream", "0", "--format", "ebcdic"});
        QVERIFY(run.exitedWith(2));
        QVERIFY(run.err.contains("--format"));
        run = runCli({"follow", fixturePath("http.pcap"), "--stream", "x"});
        QVERIFY(run.exitedWith(2));
        run = runCli({"follow", dir_.filePath("absent.pcap"), "--stream", "0"});
        QVERIFY(run.exitedWith(1));
    }

    void outputFileHoldsTheBytes()
    {
        const auto out = dir_.filePath("stream0.bin");
        const auto run = runCli({"follow", fixturePath("http.pcap"), "--stream", "0", "--format", "binary", "-o", out});
        QVERIFY2(run.exitedWith(0), run.err.constData());
        QVERIFY(run.out.isEmpty());
        QCOMPARE(readFile(out).size(), 115 + 137 + 44);
    }
};

QTEST_GUILESS_MAIN(TestFollowStream)
#include "TestFollowStream.moc"
