// STYLE.md habit 4: the tracker with an ISN near 2^32. A recorded fixture is rewritten so that
// one side's ISN sits just below 2^32 (its sequence numbers, the peer's ACKs and the peer's
// SACK edges move by a constant, TCP checksums updated), and everything the analysis derives
// must be what it is on the unrewritten file.
#include "TestSupport.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace tcplens::test;

namespace {

constexpr std::uint32_t kTcpAck = 0x010, kTcpSyn = 0x002;

struct TcpAt {
    qsizetype offset = -1; ///< TCP header offset in the frame, -1 if not an Ethernet/IP TCP frame.
    QByteArray source;     ///< Source address bytes followed by the source port.
};

/// Where the TCP header of an Ethernet + IPv4/IPv6 (no extension headers) frame is.
TcpAt locateTcp(const QByteArray& frame)
{
    TcpAt at;
    if (frame.size() < 14)
        return at;
    const auto etherType = getBe16(frame, 12);
    qsizetype tcp = -1;
    QByteArray address;
    if (etherType == 0x0800 && frame.size() >= 34 && frame[23] == 6) {
        tcp = 14 + (frame[14] & 0x0f) * 4;
        address = frame.mid(26, 4);
    } else if (etherType == 0x86dd && frame.size() >= 54 && frame[20] == 6) {
        tcp = 54;
        address = frame.mid(22, 16);
    }
    if (tcp < 0 || tcp + 20 > frame.size())
        return at;
    at.offset = tcp;
    at.source = address + frame.mid(tcp, 2);
    return at;
}

struct Shift {
    std::uint32_t client = 0; ///< Added to the client's sequence space.
    std::uint32_t server = 0;
};

/// The shifts that move the client's and the server's ISN to the targets (nullopt: unchanged).
Shift shiftsFor(const QList<PcapRecord>& records, std::optional<std::uint32_t> clientIsn,
                std::optional<std::uint32_t> serverIsn, QByteArray& client)
{
    Shift shift;
    for (const auto& record : records) {
        const auto at = locateTcp(record.bytes);
        if (at.offset < 0)
            continue;
        const auto flags = getBe16(record.bytes, at.offset + 12) & 0x0fff;
        const auto seq = getBe32(record.bytes, at.offset + 4);
        if ((flags & (kTcpSyn | kTcpAck)) == kTcpSyn && client.isEmpty()) {
            client = at.source;
            if (clientIsn)
                shift.client = *clientIsn - seq;
        } else if ((flags & (kTcpSyn | kTcpAck)) == (kTcpSyn | kTcpAck) && serverIsn && shift.server == 0) {
            shift.server = *serverIsn - seq;
        }
    }
    return shift;
}

/// Moves seq, ack and SACK edges of every TCP frame; checksums are updated incrementally, so
/// frames cut by the snaplen keep a checksum as right (or unverifiable) as before.
void rewrite(QList<PcapRecord>& records, const QByteArray& client, const Shift& shift)
{
    for (auto& record : records) {
        auto& f = record.bytes;
        const auto at = locateTcp(f);
        if (at.offset < 0)
            continue;
        const qsizetype tcp = at.offset;
        const qsizetype checksum = tcp + 16;
        const bool fromClient = at.source == client;
        const std::uint32_t own = fromClient ? shift.client : shift.server;
        const std::uint32_t peer = fromClient ? shift.server : shift.client;
        replaceBe32KeepingChecksum(f, tcp + 4, getBe32(f, tcp + 4) + own, checksum);
        if (getBe16(f, tcp + 12) & kTcpAck)
            replaceBe32KeepingChecksum(f, tcp + 8, getBe32(f, tcp + 8) + peer, checksum);
        const qsizetype end = std::min<qsizetype>(tcp + ((static_cast<unsigned char>(f[tcp + 12]) >> 4) * 4), f.size());
        for (qsizetype o = tcp + 20; o < end;) {
            const auto kind = static_cast<unsigned char>(f[o]);
            if (kind == 0)
                break;
            if (kind == 1) {
                ++o;
                continue;
            }
            if (o + 1 >= end || static_cast<unsigned char>(f[o + 1]) < 2)
                break;
            const int length = static_cast<unsigned char>(f[o + 1]);
            if (kind == 5) // SACK: edges in the peer's sequence space
                for (qsizetype edge = o + 2; edge + 4 <= std::min<qsizetype>(o + length, end); edge += 4)
                    replaceBe32KeepingChecksum(f, edge, getBe32(f, edge) + peer, checksum);
            o += length;
        }
    }
}

/// A frame's JSON without the raw numbers and checksum value; SACK edges moved back by `sackShift`.
QJsonObject comparable(QJsonObject frame, std::uint32_t sackShift)
{
    frame.remove("seq_raw");
    frame.remove("ack_raw");
    frame.remove("tcp_checksum_value");
    QJsonArray options = frame.value("options").toArray();
    for (auto&& option : options) {
        auto object = option.toObject();
        if (!object.contains("sack"))
            continue;
        QJsonArray blocks;
        for (const auto& block : object.value("sack").toArray()) {
            const auto pair = block.toArray();
            blocks.append(QJsonArray{qint64(std::uint32_t(pair[0].toInteger() - sackShift)),
                                     qint64(std::uint32_t(pair[1].toInteger() - sackShift))});
        }
        object["sack"] = blocks;
        option = object;
    }
    if (frame.contains("options"))
        frame["options"] = options;
    return frame;
}

/// The client ISN that makes its highest next sequence number exactly 0 (mod 2^32) when its
/// first retransmission arrives: 2^32 minus that relative number.
qint64 isnPuttingNextSeqOnZeroAtFirstRetransmission(const QList<QJsonObject>& frames)
{
    std::uint32_t highest = 0;
    for (const auto& f : frames) {
        if (!f.contains("stream") || !f.value("from_client").toBool())
            continue;
        if (f.value("analysis").toArray().contains(QJsonValue("retransmission")))
            return (qint64{1} << 32) - highest;
        const bool synOrFin = f.value("flags").toInt() & 0x003;
        highest = std::max<std::uint32_t>(highest, f.value("seq").toInteger() + f.value("tcp_len").toInteger() + (synOrFin ? 1 : 0));
    }
    return -1;
}

QString jsonText(const QJsonValue& value)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

QString samplePath(const QString& name) { return QDir(QString(TCPLENS_SAMPLES_DIR)).absoluteFilePath(name); }

} // namespace

class TestSequenceWraparound : public QObject {
    Q_OBJECT

private slots:
    void analysisIsTheSameWithIsnNear2To32_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<qint64>("clientIsn"); // -1: left as recorded; -2: see isnPuttingNextSeqOnZero...
        QTest::addColumn<qint64>("serverIsn");
        const qint64 two32 = qint64{1} << 32;
        const auto hello = samplePath("hello-exchange.pcap");
        const auto lossy = fixturePath("lossy-bulk.pcap");
        QTest::newRow("hello-exchange, client ISN 2^32-5") << hello << two32 - 5 << qint64{-1};
        QTest::newRow("hello-exchange, server ISN 2^32-100") << hello << qint64{-1} << two32 - 100;
        QTest::newRow("hello-exchange, server ISN 2^32-10 (wraps in the greeting)") << hello << qint64{-1} << two32 - 10;
        QTest::newRow("hello-exchange, both near 2^32") << hello << two32 - 5 << two32 - 10;
        QTest::newRow("lossy-bulk, client ISN 2^32-5") << lossy << two32 - 5 << qint64{-1};
        QTest::newRow("lossy-bulk, server ISN 2^32-100") << lossy << qint64{-1} << two32 - 100;
        QTest::newRow("half-close, server ISN 2^32-100 (wraps in its 5000 bytes)")
            << fixturePath("half-close.pcap") << qint64{-1} << two32 - 100;
        QTest::newRow("ipv6-bulk, client ISN 2^32-5") << fixturePath("ipv6-bulk.pcap") << two32 - 5 << qint64{-1};
        QTest::newRow("syn-retransmit, client ISN 2^32-1") << fixturePath("syn-retransmit.pcap") << two32 - 1 << qint64{-1};
        QTest::newRow("synack-retransmit, server ISN 2^32-1")
            << fixturePath("synack-retransmit.pcap") << qint64{-1} << two32 - 1;
        QTest::newRow("hello-exchange, client ISN 2^32-6 (next seq 0 after the data)") << hello << two32 - 6 << qint64{-1};
        QTest::newRow("lossy-bulk, client next seq is 0 at the first fast retransmission") << lossy << qint64{-2} << qint64{-1};
        QTest::newRow("zero-window-probe, client ISN 2^32-5")
            << fixturePath("zero-window-probe.pcap") << two32 - 5 << qint64{-1};
    }

    void analysisIsTheSameWithIsnNear2To32()
    {
        QFETCH(QString, file);
        QFETCH(qint64, clientIsn);
        QFETCH(qint64, serverIsn);
        const auto originalRun = runCli({"packets", file, "--json"});
        QVERIFY2(originalRun.exitedWith(0), originalRun.err.constData());
        const auto original = jsonLines(originalRun.out);
        if (clientIsn == -2)
            clientIsn = isnPuttingNextSeqOnZeroAtFirstRetransmission(original);
        QVERIFY(clientIsn >= -1);
        auto contents = readPcap(readFile(file));
        QVERIFY2(contents.ok, qPrintable(file));
        QCOMPARE(contents.options.linkType, 1);
        QByteArray client;
        const auto shift = shiftsFor(contents.records,
                                     clientIsn < 0 ? std::nullopt : std::optional<std::uint32_t>(clientIsn),
                                     serverIsn < 0 ? std::nullopt : std::optional<std::uint32_t>(serverIsn), client);
        QVERIFY(!client.isEmpty());
        rewrite(contents.records, client, shift);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto rewritten = dir.filePath("wrapped.pcap");
        QVERIFY(writeFile(rewritten, pcapFile(contents.records, contents.options)));

        const auto wrappedRun = runCli({"packets", rewritten, "--json"});
        QVERIFY2(wrappedRun.exitedWith(0), wrappedRun.err.constData());
        const auto wrapped = jsonLines(wrappedRun.out);
        QCOMPARE(wrapped.size(), original.size());

        // The rewrite did what it says: the ISNs are the targets and the checksums still verify.
        for (int i = 0; i < original.size(); ++i) {
            if (original[i].value("flags").toInt() == 0x002 && clientIsn >= 0)
                QCOMPARE(wrapped[i].value("seq_raw").toInteger(), clientIsn);
            if (original[i].value("flags").toInt() == 0x012 && serverIsn >= 0)
                QCOMPARE(wrapped[i].value("seq_raw").toInteger(), serverIsn);
            QCOMPARE(wrapped[i].value("tcp_checksum").toString(), original[i].value("tcp_checksum").toString());
        }

        QStringList differences; // "frame N: key was X, now Y", for every key that changed
        for (int i = 0; i < original.size(); ++i) {
            const bool fromClient = original[i].value("from_client").toBool(true);
            const std::uint32_t sackShift = fromClient ? shift.server : shift.client;
            const auto expected = comparable(original[i], 0);
            const auto actual = comparable(wrapped[i], sackShift);
            for (const auto& key : expected.keys())
                if (expected.value(key) != actual.value(key))
                    differences << QString("frame %1: %2 was %3, now %4").arg(i + 1).arg(key, jsonText(expected.value(key)),
                                                                                   jsonText(actual.value(key)));
        }
        QVERIFY2(differences.isEmpty(), qPrintable(QString::number(differences.size()) + " differences:\n"
                                                    + differences.mid(0, 12).join('\n')));

        const auto originalConversations = runCli({"conversations", file, "--json"});
        const auto wrappedConversations = runCli({"conversations", rewritten, "--json"});
        QVERIFY2(wrappedConversations.exitedWith(0), wrappedConversations.err.constData());
        QCOMPARE(QString::fromUtf8(wrappedConversations.out), QString::fromUtf8(originalConversations.out));

        // The lab report: the same answers but for the raw numbers (and the sentences quoting them).
        const auto reportOf = [](const QString& path) {
            const auto run = runCli({"report", path, "--stream", "0", "--format", "json"});
            auto report = QJsonDocument::fromJson(run.out).object();
            report.remove("answers");
            for (const auto key : {"syn", "syn_ack"}) {
                auto part = report.value(key).toObject();
                part.remove("seq_raw");
                part.remove("ack_raw");
                report[key] = part;
            }
            QJsonArray directions;
            for (const auto& d : report.value("directions").toArray()) {
                auto direction = d.toObject();
                auto first = direction.value("first_data").toObject();
                first.remove("seq_raw");
                direction["first_data"] = first;
                directions.append(direction);
            }
            report["directions"] = directions;
            return QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Compact));
        };
        const auto originalReport = reportOf(file);
        QVERIFY(originalReport.contains("\"rtt\":[{"));
        QCOMPARE(reportOf(rewritten), originalReport);
    }

    // The rewriter's checksum update against an independent full computation.
    void incrementalChecksumUpdateMatchesAFullComputation()
    {
        TcpFrameSpec spec;
        spec.seq = 0xfffffff0;
        spec.ack = 0x00000010;
        spec.flags = 0x010;
        spec.payload = "hello";
        QByteArray frame = tcpFrame(spec);
        replaceBe32KeepingChecksum(frame, 14 + 20 + 4, 0x0000000b, 14 + 20 + 16);
        spec.seq = 0x0000000b;
        QCOMPARE(frame.toHex(), tcpFrame(spec).toHex());
    }
};

QTEST_GUILESS_MAIN(TestSequenceWraparound)
#include "TestSequenceWraparound.moc"
