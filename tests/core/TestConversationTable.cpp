// `tcplens-cli conversations --json` against tshark's `-z conv,tcp` on every fixture, and the
// Zeek conn_state / history, offered options and iRTT of the conversations whose outcome is known.
#include "TestSupport.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace tcplens::test;

namespace {

/// One line of tshark 4.0's TCP conversation table. Columns: A <-> B, then "<-" (frames and
/// bytes B to A), "->" (A to B), total, relative start, duration; A is the sender of the
/// conversation's first frame (checked in conversationTableColumnsAreReadAsTsharkDefinesThem).
struct TsharkConversation {
    QString a, b;
    qint64 framesBtoA = 0, framesAtoB = 0;
    QString bytesBtoA, bytesAtoB;
    QString relativeStart, duration;
};

QList<TsharkConversation> tsharkConversations(const QString& tshark, const QString& file, QString& error)
{
    const auto run = runProcess(tshark, {"-r", file, "-q", "-z", "conv,tcp"});
    if (!run.exitedWith(0)) {
        error = "tshark failed: " + QString::fromUtf8(run.err);
        return {};
    }
    static const QRegularExpression row(R"(^(\S+)\s+<->\s+(\S+)\s+(\d+)\s+(\d+ \S*bytes|\d+ [kMG]B)\s+(\d+)\s+)"
                                        R"((\d+ \S*bytes|\d+ [kMG]B)\s+\d+\s+(?:\d+ \S*bytes|\d+ [kMG]B)\s+)"
                                        R"(([\d.]+)\s+([\d.]+)\s*$)");
    QList<TsharkConversation> rows;
    for (const auto& line : lines(run.out)) {
        const auto m = row.match(QString::fromUtf8(line));
        if (!m.hasMatch())
            continue;
        rows << TsharkConversation{m.captured(1), m.captured(2), m.captured(3).toLongLong(), m.captured(5).toLongLong(),
                                   m.captured(4), m.captured(6), m.captured(7), m.captured(8)};
    }
    return rows;
}

/// Bytes as tshark 4.0's table prints them: exact below 10000, then truncated SI units.
QString tsharkSize(qint64 bytes)
{
    if (bytes < 10'000)
        return QString::number(bytes) + " bytes";
    if (bytes < 10'000'000)
        return QString::number(bytes / 1000) + " kB";
    return QString::number(bytes / 1'000'000) + " MB";
}

/// "[fd77::1]:80" as tshark writes it: "fd77::1:80".
QString tsharkEndpoint(QString endpoint) { return endpoint.remove('[').remove(']'); }

/// Nanoseconds of an epoch "seconds.nanoseconds" text.
qint64 epochNs(const QString& text)
{
    const auto parts = text.split('.');
    return parts.value(0).toLongLong() * 1'000'000'000LL + parts.value(1).leftJustified(9, '0').toLongLong();
}

/// tshark's nstime_to_sec(): whole seconds plus nanoseconds / 1e9, as a double.
double nstimeToSec(qint64 ns)
{
    return static_cast<double>(ns / 1'000'000'000LL) + static_cast<double>(ns % 1'000'000'000LL) / 1e9;
}

/// The duration column: tshark subtracts the relative start from the relative end as doubles
/// and prints 4 decimals, so exact halves round either way (0.000150 can print 0.0002).
QString tsharkDuration(qint64 relativeStartNs, qint64 durationNs)
{
    return QString::asprintf("%.4f", nstimeToSec(relativeStartNs + durationNs) - nstimeToSec(relativeStartNs));
}

QString nsAsSeconds(qint64 ns)
{
    return QString::number(ns / 1'000'000'000LL) + "." + QString::number(ns % 1'000'000'000LL).rightJustified(9, '0');
}

QList<QJsonObject> conversationsOf(const QString& file)
{
    const auto run = runCli({"conversations", file, "--json"});
    if (!run.exitedWith(0))
        qWarning("tcplens-cli conversations failed: %s", run.err.constData());
    return jsonLines(run.out);
}

/// A segment of a crafted 10.0.0.1:40000 <-> 10.0.0.2:80 conversation.
QByteArray segment(bool fromClient, std::uint16_t flags, std::uint32_t seq, std::uint32_t ack, const QByteArray& payload = {})
{
    TcpFrameSpec spec;
    if (!fromClient) {
        std::swap(spec.src, spec.dst);
        std::swap(spec.srcPort, spec.dstPort);
    }
    spec.flags = flags;
    spec.seq = seq;
    spec.ack = ack;
    spec.payload = payload;
    return tcpFrame(spec);
}

/// The history of a crafted capture of `frames`.
QString historyOf(const QList<QByteArray>& frames)
{
    QTemporaryDir dir;
    const auto path = dir.filePath("crafted.pcap");
    if (!writeFile(path, pcapOfFrames(frames)))
        return "(cannot write)";
    const auto conversations = jsonLines(runCli({"conversations", path, "--json"}).out);
    return conversations.size() == 1 ? conversations[0].value("history").toString() : "(not one conversation)";
}

QString samplePath(const QString& name) { return QDir(QString(TCPLENS_SAMPLES_DIR)).absoluteFilePath(name); }

} // namespace

class TestConversationTable : public QObject {
    Q_OBJECT

private:
    QString tshark_;

private slots:
    void initTestCase()
    {
        tshark_ = findProgram("tshark");
        QVERIFY2(!fixtures().isEmpty(), "no fixtures found");
    }

    // ipv4-basic.pcap: the client (10.77.0.1) sends 12 frames (951 bytes), the server 9 (3644 bytes).
    void conversationTableColumnsAreReadAsTsharkDefinesThem()
    {
        if (tshark_.isEmpty())
            QSKIP("tshark is not installed");
        QString error;
        const auto rows = tsharkConversations(tshark_, fixturePath("ipv4-basic.pcap"), error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0].a, QString("10.77.0.1:60792"));
        QCOMPARE(rows[0].b, QString("10.77.0.2:5001"));
        QCOMPARE(rows[0].framesAtoB, 12);
        QCOMPARE(rows[0].bytesAtoB, QString("951 bytes"));
        QCOMPARE(rows[0].framesBtoA, 9);
        QCOMPARE(rows[0].bytesBtoA, QString("3644 bytes"));
    }

    void everyConversationMatchesTsharkConvTable_data()
    {
        QTest::addColumn<QString>("file");
        for (const auto& file : fixtures())
            QTest::newRow(qPrintable(QFileInfo(file).fileName())) << file;
    }

    void everyConversationMatchesTsharkConvTable()
    {
        if (tshark_.isEmpty())
            QSKIP("tshark is not installed");
        QFETCH(QString, file);
        QString error;
        auto theirs = tsharkConversations(tshark_, file, error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const auto ours = conversationsOf(file);
        // tshark 4.0 keys its TCP table by tcp.stream, not by the address/port pair: one row per stream.
        QCOMPARE(ours.size(), theirs.size());

        const auto packets = jsonLines(runCli({"packets", file, "--json"}).out);
        const qint64 captureStart = packets.isEmpty() ? 0 : epochNs(packets.first().value("ts").toString());
        QHash<int, bool> firstFromClient;
        for (const auto& frame : packets)
            if (frame.contains("stream") && !firstFromClient.contains(frame.value("stream").toInt()))
                firstFromClient.insert(frame.value("stream").toInt(), frame.value("from_client").toBool());

        // tshark sorts rows by frame count; match each of ours by endpoints and relative start.
        for (const auto& c : ours) {
            const int stream = c.value("stream").toInt();
            const bool clientIsA = firstFromClient.value(stream, true);
            const auto client = tsharkEndpoint(c.value("client").toString());
            const auto server = tsharkEndpoint(c.value("server").toString());
            const auto a = clientIsA ? client : server;
            const auto b = clientIsA ? server : client;
            const qint64 startNs = epochNs(c.value("start").toString()) - captureStart;
            const auto start = nsAsSeconds(startNs);
            const QString where = QString("stream %1 (%2 <-> %3, start %4)").arg(stream).arg(a, b, start);
            const auto match = std::find_if(theirs.begin(), theirs.end(), [&](const TsharkConversation& t) {
                return t.a == a && t.b == b && t.relativeStart == start;
            });
            QVERIFY2(match != theirs.end(), qPrintable(where + ": no such tshark row"));
            const auto aToB = clientIsA ? "c2s" : "s2c";
            const auto bToA = clientIsA ? "s2c" : "c2s";
            QCOMPARE(match->framesAtoB, c.value(QString("packets_") + aToB).toInteger());
            QCOMPARE(match->framesBtoA, c.value(QString("packets_") + bToA).toInteger());
            QCOMPARE(match->bytesAtoB, tsharkSize(c.value(QString("bytes_") + aToB).toInteger()));
            QCOMPARE(match->bytesBtoA, tsharkSize(c.value(QString("bytes_") + bToA).toInteger()));
            const auto durationNs = std::llround(c.value("duration").toDouble() * 1e9);
            QCOMPARE(match->duration, tsharkDuration(startNs, durationNs));
            theirs.erase(match);
        }
    }

    void portReuseGivesTwoStreamsOnTheSameFourTuple()
    {
        const auto ours = conversationsOf(fixturePath("port-reuse.pcap"));
        QCOMPARE(ours.size(), 2);
        for (const auto& c : ours) {
            QCOMPARE(c.value("client").toString(), QString("10.77.0.1:40034"));
            QCOMPARE(c.value("server").toString(), QString("10.77.0.2:5034"));
            QCOMPARE(c.value("conn_state").toString(), QString("SF"));
            QCOMPARE(c.value("packets_c2s").toInt() + c.value("packets_s2c").toInt(), 10);
        }
        QCOMPARE(ours[0].value("first_frame").toInt(), 1);
        QCOMPARE(ours[1].value("first_frame").toInt(), 11);
        if (tshark_.isEmpty())
            return;
        QString error;
        const auto rows = tsharkConversations(tshark_, fixturePath("port-reuse.pcap"), error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(rows.size(), 2); // not merged: the table is keyed by stream
        QCOMPARE(rows[0].a, rows[1].a);
        QCOMPARE(rows[0].b, rows[1].b);
    }

    // S SYN, h SYN-ACK, A handshake ACK, d server greeting, (A again: once only), D client
    // data, a server ACK, (d again), F client FIN, f server FIN, (A again).
    void helloExchangeClosesNormallyWithFullHistory()
    {
        const auto ours = conversationsOf(samplePath("hello-exchange.pcap"));
        QCOMPARE(ours.size(), 1);
        QCOMPARE(ours[0].value("conn_state").toString(), QString("SF"));
        QCOMPARE(ours[0].value("history").toString(), QString("ShAdDaFf"));
        QCOMPARE(ours[0].value("completeness").toInt(), 31);
        QCOMPARE(ours[0].value("client_known").toBool(), true);
        QCOMPARE(ours[0].value("client").toString(), QString("10.77.0.1:33728"));
        QCOMPARE(ours[0].value("server").toString(), QString("10.77.0.2:8888"));
    }

    void synToClosedPortIsRejected()
    {
        const auto ours = conversationsOf(fixturePath("rst.pcap"));
        QCOMPARE(ours.size(), 2);
        QCOMPARE(ours[0].value("conn_state").toString(), QString("REJ"));
        QCOMPARE(ours[0].value("history").toString(), QString("Sr"));
        QVERIFY(ours[0].value("options_server").isNull()); // no SYN-ACK, nothing offered
        // The second connection is reset by the server (SO_LINGER 0) after the client's data.
        QCOMPARE(ours[1].value("conn_state").toString(), QString("RSTR"));
        QCOMPARE(ours[1].value("history").toString(), QString("ShADar"));
    }

    void clientAbortIsRsto()
    {
        const auto ours = conversationsOf(fixturePath("abortive-close.pcap"));
        QCOMPARE(ours.size(), 1);
        QCOMPARE(ours[0].value("conn_state").toString(), QString("RSTO"));
        QCOMPARE(ours[0].value("history").toString(), QString("ShADadR"));
        QCOMPARE(ours[0].value("completeness").toInt(), 47); // SYN, SYN-ACK, ACK, data, RST
    }

    // Zeek repeats 's' only when the sequence number changes: three SYNs with one ISN are one S.
    void retransmittedSynIsOneHistoryLetter()
    {
        const auto ours = conversationsOf(fixturePath("syn-retransmit.pcap"));
        QCOMPARE(ours.size(), 1);
        QCOMPARE(ours[0].value("conn_state").toString(), QString("SF"));
        const auto history = ours[0].value("history").toString();
        QCOMPARE(history.count('S'), 1);
        QCOMPARE(history, QString("ShAdDaFf"));
        QCOMPARE(ours[0].value("retransmissions").toInt(), 2);
        QCOMPARE(ours[0].value("packets_c2s").toInt(), 8); // 3 SYNs, ACK, ACK, data, FIN, ACK
    }

    void manyShortConnectionsAreAllNormal()
    {
        const auto ours = conversationsOf(fixturePath("many-short.pcap"));
        QCOMPARE(ours.size(), 200);
        QSet<QString> clients;
        for (const auto& c : ours) {
            QCOMPARE(c.value("conn_state").toString(), QString("SF"));
            QCOMPARE(c.value("history").toString(), QString("ShADadFf"));
            QCOMPARE(c.value("server").toString(), QString("10.77.0.2:5037"));
            QCOMPARE(c.value("payload_c2s").toInt(), 10);
            QCOMPARE(c.value("payload_s2c").toInt(), 10);
            clients.insert(c.value("client").toString());
        }
        QCOMPARE(clients.size(), 200);
    }

    // Both FINs are in the capture, so the idle connection ends SF; keep-alives (empty ACKs
    // one byte back) add no history letter beyond the first 'A'.
    void keepAliveConnectionEndsNormally()
    {
        const auto ours = conversationsOf(fixturePath("keep-alive.pcap"));
        QCOMPARE(ours.size(), 1);
        QCOMPARE(ours[0].value("conn_state").toString(), QString("SF"));
        QCOMPARE(ours[0].value("history").toString(), QString("ShADadFf"));
        QCOMPARE(ours[0].value("retransmissions").toInt(), 0);
    }

    // Zeek's update_history() records 'D' only on segments with none of SYN/FIN/RST: a FIN
    // carrying the client's only data gives 'F', not 'FD' (zeek src/analyzer/protocol/tcp/TCP.cc).
    void finCarryingDataAddsNoDataLetter()
    {
        const QString history = historyOf({
            segment(true, 0x002, 1000, 0),              // S
            segment(false, 0x012, 5000, 1001),          // h
            segment(true, 0x010, 1001, 5001),           // A
            segment(true, 0x011, 1001, 5001, "bye\n"),  // F (data on the FIN: no D)
            segment(false, 0x011, 5001, 1006),          // f
            segment(true, 0x010, 1006, 5002),           // (A again)
        });
        QCOMPARE(history, QString("ShAFf"));
    }

    // With more than one of SYN/FIN/RST set, Zeek records only 'Q' (or 'I' for FIN+RST), no S/F/R.
    void synFinSegmentIsOnlyTheMultiFlagLetter()
    {
        const QStringList actual = {
            historyOf({segment(true, 0x002, 1000, 0), segment(false, 0x014, 0, 1001)}),
            historyOf({segment(true, 0x003, 1000, 0)}), // SYN+FIN
            historyOf({segment(true, 0x002, 1000, 0), segment(false, 0x012, 5000, 1001),
                       segment(true, 0x015, 1001, 5001)}), // then FIN+RST+ACK from the client
        };
        QVERIFY2(actual == (QStringList{"Sr", "Q", "ShI"}), qPrintable("histories: " + actual.join(", ")));
    }

    void offeredOptionsAreThoseOfTheSyns_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("mss");
        QTest::addColumn<int>("clientScale"); // -1: not offered
        QTest::addColumn<int>("serverScale");
        QTest::addColumn<bool>("sackAndTimestamps");
        QTest::newRow("ipv4-basic") << fixturePath("ipv4-basic.pcap") << 1460 << 10 << 10 << true;
        QTest::newRow("ipv6-basic") << fixturePath("ipv6-basic.pcap") << 1440 << 10 << 10 << true;
        QTest::newRow("zero-window") << fixturePath("zero-window.pcap") << 1460 << 10 << 0 << true;
        QTest::newRow("hello-exchange") << samplePath("hello-exchange.pcap") << 1460 << 10 << 10 << true;
        QTest::newRow("no-options") << fixturePath("no-options.pcap") << 1460 << -1 << -1 << false;
    }

    void offeredOptionsAreThoseOfTheSyns()
    {
        QFETCH(QString, file);
        QFETCH(int, mss);
        QFETCH(int, clientScale);
        QFETCH(int, serverScale);
        QFETCH(bool, sackAndTimestamps);
        const auto ours = conversationsOf(file);
        QCOMPARE(ours.size(), 1);
        const auto check = [&](const QJsonObject& o, int scale) {
            QCOMPARE(o.value("mss").toInt(), mss);
            if (scale < 0)
                QVERIFY(o.value("wscale").isNull());
            else
                QCOMPARE(o.value("wscale").toInt(), scale);
            QCOMPARE(o.value("sack").toBool(), sackAndTimestamps);
            QCOMPARE(o.value("timestamps").toBool(), sackAndTimestamps);
            QCOMPARE(o.value("ecn").toBool(), false);
        };
        check(ours[0].value("options_client").toObject(), clientScale);
        if (QTest::currentTestFailed())
            return;
        check(ours[0].value("options_server").toObject(), serverScale);
    }

    void initialRttIsTsharks_data() { everyConversationMatchesTsharkConvTable_data(); }

    void initialRttIsTsharks()
    {
        if (tshark_.isEmpty())
            QSKIP("tshark is not installed");
        QFETCH(QString, file);
        const auto run = runProcess(tshark_, {"-r", file, "-T", "fields", "-E", "separator=/t", "-e", "tcp.stream",
                                              "-e", "tcp.analysis.initial_rtt"});
        QVERIFY2(run.exitedWith(0), run.err.constData());
        QHash<int, QString> theirs;
        for (const auto& line : lines(run.out)) {
            const auto values = QString::fromUtf8(line).split('\t');
            if (!values.value(0).isEmpty() && !values.value(1).isEmpty() && !theirs.contains(values[0].toInt()))
                theirs.insert(values[0].toInt(), values[1]);
        }
        for (const auto& c : conversationsOf(file)) {
            const int stream = c.value("stream").toInt();
            const QString ours = c.value("irtt").isNull()
                                     ? QString()
                                     : QString::number(std::llround(c.value("irtt").toDouble() * 1e9));
            const QString expected = theirs.contains(stream)
                                         ? QString::number(std::llround(theirs[stream].toDouble() * 1e9))
                                         : QString();
            QVERIFY2(ours == expected, qPrintable(QString("stream %1: irtt ns tshark \"%2\" ours \"%3\"")
                                                      .arg(stream).arg(expected, ours)));
        }
    }
};

QTEST_GUILESS_MAIN(TestConversationTable)
#include "TestConversationTable.moc"
