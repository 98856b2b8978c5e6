// tcplens-cli report against a hand calculation from tshark's fields: the lab's SampleRTT,
// EstimatedRTT (alpha 0.125), DevRTT (beta 0.25) and RTO recomputed here from frame times, seq, len
// and ack, plus the ISN, the SYN-ACK's ack, the smallest advertised window, the retransmissions
// and the throughput's bytes, on the HTTP captures, an upload with losses and a zero-window one.
#include "TestSupport.h"

#include <capture/CaptureFile.h>
#include <capture/LoadedCapture.h>
#include <report/ConversationReportBuilder.h>
#include <report/ReportWriter.h>

#include <QJsonArray>
#include <QtTest/QtTest>

#include <cmath>
#include <optional>

using namespace tcplens::test;

namespace {

/// One frame of the stream as tshark gives it.
struct Frame {
    quint32 number = 0;
    double time = 0;
    QString src;
    quint16 srcPort = 0;
    quint32 flags = 0;
    quint32 seq = 0; // relative
    quint32 seqRaw = 0;
    quint32 ack = 0; // relative
    quint32 ackRaw = 0;
    quint32 len = 0;
    qint64 window = -1;
    bool retransmission = false; // tcp.analysis.retransmission: fast ones included
    bool fast = false;
    bool windowFull = false;
    bool zeroWindow = false;
    bool probe = false; // keep-alive or zero-window probe
};

const QStringList kFields = {"frame.number", "frame.time_relative", "ip.src", "ipv6.src", "tcp.srcport", "tcp.flags",
                             "tcp.seq", "tcp.seq_raw", "tcp.ack", "tcp.ack_raw", "tcp.len", "tcp.window_size",
                             "tcp.analysis.retransmission", "tcp.analysis.fast_retransmission",
                             "tcp.analysis.window_full", "tcp.analysis.zero_window", "tcp.analysis.keep_alive",
                             "tcp.analysis.zero_window_probe"};

QList<Frame> tsharkFrames(const QString& tshark, const QString& file, int stream, QString& error)
{
    QStringList args{"-r", file, "-Y", QString("tcp.stream == %1").arg(stream), "-T", "fields", "-E", "separator=/t",
                     "-E", "occurrence=f"};
    for (const auto& f : kFields)
        args << "-e" << f;
    const auto run = runProcess(tshark, args);
    if (!run.exitedWith(0)) {
        error = "tshark failed: " + QString::fromUtf8(run.err);
        return {};
    }
    QList<Frame> frames;
    for (const auto& line : lines(run.out)) {
        const auto c = QString::fromUtf8(line).split('\t');
        if (c.size() != kFields.size()) {
            error = "unexpected tshark line: " + QString::fromUtf8(line);
            return {};
        }
        Frame f;
        f.number = c[0].toUInt();
        f.time = c[1].toDouble();
        f.src = c[2].isEmpty() ? c[3] : c[2];
        f.srcPort = c[4].toUShort();
        f.flags = c[5].toUInt(nullptr, 16);
        f.seq = c[6].toUInt();
        f.seqRaw = c[7].toUInt();
        f.ack = c[8].toUInt();
        f.ackRaw = c[9].toUInt();
        f.len = c[10].toUInt();
        f.window = c[11].isEmpty() ? -1 : c[11].toLongLong();
        f.retransmission = !c[12].isEmpty();
        f.fast = !c[13].isEmpty();
        f.windowFull = !c[14].isEmpty();
        f.zeroWindow = !c[15].isEmpty();
        f.probe = !c[16].isEmpty() || !c[17].isEmpty();
        frames << f;
    }
    return frames;
}

/// Signed distance a - b in sequence space.
qint32 seqDiff(quint32 a, quint32 b) { return static_cast<qint32>(a - b); }

struct Row {
    quint32 frame = 0;
    quint32 seq = 0;
    quint32 len = 0;
    double sent = 0;
    quint32 ackFrame = 0;
    double acked = -1;
    quint32 retransmittedIn = 0;
    double sample = -1, estimated = -1, dev = -1, rto = -1;
};

/// The lab's table by hand: the first six new data segments of `sender`, each with the first
/// later ACK from the peer covering it; Karn: no sample when its bytes were sent again first.
QList<Row> handRtt(const QList<Frame>& frames, const QString& senderAddr, quint16 senderPort)
{
    QList<Row> rows;
    for (qsizetype i = 0; i < frames.size() && rows.size() < 6; ++i) {
        const auto& f = frames[i];
        const bool fromSender = f.src == senderAddr && f.srcPort == senderPort;
        if (!fromSender || f.len == 0 || f.retransmission || f.probe)
            continue;
        Row row{f.number, f.seq, f.len, f.time};
        for (qsizetype j = i + 1; j < frames.size(); ++j) {
            const auto& g = frames[j];
            const bool fromPeer = !(g.src == senderAddr && g.srcPort == senderPort);
            if (!fromPeer && g.retransmission && g.len > 0 && row.retransmittedIn == 0
                && seqDiff(g.seq, f.seq + f.len) < 0 && seqDiff(f.seq, g.seq + g.len) < 0)
                row.retransmittedIn = g.number;
            if (fromPeer && (g.flags & 0x010) && seqDiff(g.ack, f.seq + f.len) >= 0) {
                row.ackFrame = g.number;
                row.acked = g.time;
                break;
            }
        }
        rows << row;
    }
    double est = -1, dev = -1;
    for (auto& row : rows) {
        if (row.ackFrame != 0 && row.retransmittedIn == 0) {
            row.sample = row.acked - row.sent;
            if (est < 0) {
                est = row.sample;
                dev = row.sample / 2;
            } else {
                dev = 0.75 * dev + 0.25 * std::fabs(row.sample - est);
                est = 0.875 * est + 0.125 * row.sample;
            }
        }
        row.estimated = est;
        row.dev = dev;
        row.rto = est < 0 ? -1 : est + 4 * dev;
    }
    return rows;
}

double number(const QJsonValue& v) { return v.isNull() ? -1 : v.toDouble(); }

} // namespace

class TestConversationReport : public QObject {
    Q_OBJECT

    QString tshark_;

private slots:
    void initTestCase()
    {
        tshark_ = findProgram("tshark");
        if (tshark_.isEmpty())
            QSKIP("tshark is not installed");
    }

    void labAnswersMatchAHandCalculation_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("stream");
        QTest::newRow("http.pcap stream 0") << "http.pcap" << 0;
        QTest::newRow("http.pcap stream 1") << "http.pcap" << 1;
        QTest::newRow("http_post upload and download") << "public/ppa__http_post.pcapng" << 0;
        QTest::newRow("bulk-reno losses") << "bulk-reno.pcap" << 0;
        QTest::newRow("zero-window throttling") << "zero-window.pcap" << 0;
        QTest::newRow("ipv6-bulk") << "ipv6-bulk.pcap" << 0;
    }

    void labAnswersMatchAHandCalculation()
    {
        QFETCH(QString, file);
        QFETCH(int, stream);
        const auto path = fixturePath(file);
        QString error;
        const auto frames = tsharkFrames(tshark_, path, stream, error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!frames.isEmpty());
        const auto run = runCli({"report", path, "--stream", QString::number(stream), "--format", "json"});
        QVERIFY2(run.exitedWith(0), run.err.constData());
        QJsonParseError parseError;
        const auto report = QJsonDocument::fromJson(run.out, &parseError).object();
        QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));

        // The SYN: who the client is, its ISN, and the SYN-ACK's ack = ISN + 1.
        const auto syn = std::find_if(frames.begin(), frames.end(), [](const Frame& f) { return (f.flags & 0x012) == 0x002; });
        QVERIFY(syn != frames.end());
        const auto clientAddr = syn->src;
        const auto clientPort = syn->srcPort;
        QCOMPARE(report["client"]["address"].toString(), clientAddr);
        QCOMPARE(report["client"]["port"].toInt(), int(clientPort));
        QCOMPARE(report["syn"]["frame"].toInteger(), qint64(syn->number));
        QCOMPARE(report["syn"]["seq_raw"].toInteger(), qint64(syn->seqRaw));
        QCOMPARE(report["syn"]["flags"].toString(), QString("0x%1").arg(syn->flags, 3, 16, QChar('0')));
        const auto synAck = std::find_if(frames.begin(), frames.end(), [](const Frame& f) { return (f.flags & 0x012) == 0x012; });
        QVERIFY(synAck != frames.end());
        QCOMPARE(report["syn_ack"]["frame"].toInteger(), qint64(synAck->number));
        QCOMPARE(report["syn_ack"]["seq_raw"].toInteger(), qint64(synAck->seqRaw));
        QCOMPARE(report["syn_ack"]["ack_raw"].toInteger(), qint64(synAck->ackRaw));
        QCOMPARE(report["syn_ack"]["ack_is_client_isn_plus_1"].toBool(), synAck->ackRaw == syn->seqRaw + 1);
        QVERIFY(synAck->ackRaw == syn->seqRaw + 1);
        const QString serverAddr = synAck->src;
        const quint16 serverPort = synAck->srcPort;
        QCOMPARE(report["server"]["address"].toString(), serverAddr);

        const auto directions = report["directions"].toArray();
        QCOMPARE(directions.size(), 2);
        for (int d = 0; d < 2; ++d) {
            const auto dir = directions[d].toObject();
            const QString where = QString("%1 %2: ").arg(QTest::currentDataTag(), d == 0 ? "c2s" : "s2c");
            const auto& senderAddr = d == 0 ? clientAddr : serverAddr;
            const auto senderPort = d == 0 ? clientPort : serverPort;
            const auto fromSender = [&](const Frame& f) { return f.src == senderAddr && f.srcPort == senderPort; };

            // First data segment.
            const auto first = std::find_if(frames.begin(), frames.end(), [&](const Frame& f) { return fromSender(f) && f.len > 0; });
            if (first == frames.end()) {
                QVERIFY2(dir["first_data"].isNull(), qPrintable(where + "a first data segment that tshark does not see"));
                continue;
            }
            QCOMPARE(dir["first_data"]["frame"].toInteger(), qint64(first->number));
            QCOMPARE(dir["first_data"]["seq_raw"].toInteger(), qint64(first->seqRaw));
            QCOMPARE(dir["first_data"]["seq"].toInteger(), qint64(first->seq));

            // SampleRTT, EstimatedRTT, DevRTT and RTO of the first six data segments.
            const auto hand = handRtt(frames, senderAddr, senderPort);
            const auto rtt = dir["rtt"].toArray();
            QCOMPARE(rtt.size(), hand.size());
            for (qsizetype i = 0; i < hand.size(); ++i) {
                const auto ours = rtt[i].toObject();
                const auto& h = hand[i];
                const QString at = where + QString("row %1 (frame %2): ").arg(i + 1).arg(h.frame);
                QCOMPARE(ours["frame"].toInteger(), qint64(h.frame));
                QCOMPARE(ours["seq"].toInteger(), qint64(h.seq));
                QCOMPARE(ours["length"].toInteger(), qint64(h.len));
                QCOMPARE(ours["ack_frame"].toInteger(), qint64(h.ackFrame));
                QCOMPARE(ours["retransmitted_in"].toInteger(), qint64(h.retransmittedIn));
                const std::pair<const char*, double> values[] = {{"sent", h.sent}, {"acked", h.acked}, {"sample_rtt", h.sample},
                                                                 {"estimated_rtt", h.estimated}, {"dev_rtt", h.dev}, {"rto", h.rto}};
                for (const auto& [key, expected] : values)
                    QVERIFY2(std::fabs(number(ours[key]) - expected) < 5e-9,
                             qPrintable(at + key + QString(": report %1, by hand %2").arg(number(ours[key]), 0, 'f', 9).arg(expected, 0, 'f', 9)));
            }

            // The receiver's smallest advertised window, zero windows, window-full segments.
            qint64 minWindow = -1;
            quint32 minFrame = 0;
            int zeroWindows = 0;
            int windowFull = 0;
            QList<quint32> retransmitted;
            quint32 dataEnd = first->seq;
            for (const auto& f : frames) {
                if (fromSender(f)) {
                    windowFull += f.windowFull;
                    if (f.retransmission)
                        retransmitted << f.number;
                    if (f.len > 0 && seqDiff(f.seq + f.len, dataEnd) > 0)
                        dataEnd = f.seq + f.len;
                    continue;
                }
                zeroWindows += f.zeroWindow;
                if (!(f.flags & 0x004) && f.window >= 0 && (minWindow < 0 || f.window < minWindow)) {
                    minWindow = f.window;
                    minFrame = f.number;
                }
            }
            QCOMPARE(dir["window"]["min"].toInteger(), minWindow);
            QCOMPARE(dir["window"]["min_frame"].toInteger(), qint64(minFrame));
            QCOMPARE(dir["window"]["zero_window"].toInt(), zeroWindows);
            QCOMPARE(dir["window"]["window_full"].toInt(), windowFull);
            QCOMPARE(dir["window"]["throttled"].toBool(), zeroWindows > 0 || windowFull > 0);

            // Retransmissions as tshark flags them (its retransmission field covers fast ones).
            QList<quint32> ours;
            for (const auto& v : dir["retransmissions"]["frames"].toArray())
                ours << quint32(v.toInteger());
            QCOMPARE(ours, retransmitted);

            // Throughput: data bytes acknowledged, up to the first ACK covering the last of them.
            quint32 acked = first->seq;
            quint32 ackFrame = 0;
            for (const auto& f : frames) {
                if (fromSender(f) || !(f.flags & 0x010))
                    continue;
                const quint32 covered = seqDiff(f.ack, dataEnd) < 0 ? f.ack : dataEnd;
                if (seqDiff(covered, acked) > 0) {
                    acked = covered;
                    ackFrame = f.number;
                }
            }
            QCOMPARE(dir["throughput"]["bytes"].toInteger(), qint64(acked - first->seq));
            QCOMPARE(dir["throughput"]["ack_frame"].toInteger(), qint64(ackFrame));
        }
    }

    /// The GUI computes from the loaded stores, the CLI in one pass over the file: the same report.
    void storeAndSinglePassAgree_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("stream");
        QTest::newRow("http.pcap 1") << "http.pcap" << 1;
        QTest::newRow("lossy-bulk") << "lossy-bulk.pcap" << 0;
        QTest::newRow("ip-fragments") << "ip-fragments.pcap" << 0;
        QTest::newRow("synack-lost") << "synack-lost.pcap" << 0;
        QTest::newRow("port-reuse second") << "port-reuse.pcap" << 1;
    }

    void storeAndSinglePassAgree()
    {
        QFETCH(QString, file);
        QFETCH(int, stream);
        const auto path = QFile::encodeName(fixturePath(file)).toStdString();
        const auto loaded = tcplens::loadCapture(path);
        const auto fromStore = tcplens::buildReport(loaded.packets, loaded.analyses, std::uint32_t(stream));
        QVERIFY(fromStore.has_value());
        auto capture = tcplens::CaptureFile::open(path);
        const auto pass = tcplens::reportFromCapture(*capture, std::uint32_t(stream));
        QVERIFY(pass.report.has_value());
        QVERIFY(pass.error.empty());
        const auto en = tcplens::NarrationLanguage::English;
        QCOMPARE(QString::fromStdString(tcplens::reportJson(*fromStore, en)),
                 QString::fromStdString(tcplens::reportJson(*pass.report, en)));
        QCOMPARE(fromStore->stream, std::uint32_t(stream));
    }

    void bothLanguagesAndFormats()
    {
        const auto path = fixturePath("http.pcap");
        const auto en = runCli({"report", path, "--stream", "1"});
        QVERIFY2(en.exitedWith(0), en.err.constData());
        QVERIFY(en.out.contains("The SYN segment"));
        QVERIFY(en.out.contains("frame 13: sequence number"));
        QVERIFY(en.out.contains("How: "));
        const auto zh = runCli({"report", path, "--stream", "1", "--lang", "zh_CN"});
        QVERIFY2(zh.exitedWith(0), zh.err.constData());
        QVERIFY(QString::fromUtf8(zh.out).contains(QString::fromUtf8("第 13 帧：序号")));
        QVERIFY(QString::fromUtf8(zh.out).contains(QString::fromUtf8("说明：")));
        QVERIFY(!zh.out.contains("How:"));
        const auto md = runCli({"report", path, "--stream", "1", "--format", "markdown"});
        QVERIFY2(md.exitedWith(0), md.err.constData());
        QVERIFY(md.out.startsWith("# Conversation report: stream 1"));
        QVERIFY(md.out.contains("\n| ---: |"));
        const auto json = runCli({"report", path, "--stream", "1", "--format", "json", "--lang", "zh_CN"});
        QVERIFY2(json.exitedWith(0), json.err.constData());
        const auto answers = QJsonDocument::fromJson(json.out).object()["answers"].toArray();
        QVERIFY(answers.size() >= 10);
        QCOMPARE(answers[0].toObject()["id"].toString(), QString("endpoints"));
        QVERIFY(answers[0].toObject()["answer"].toString().contains(QString::fromUtf8("客户端")));
    }

    void badRequestsAreRefused()
    {
        const auto path = fixturePath("http.pcap");
        QVERIFY(runCli({"report", path}).exitedWith(2));
        QVERIFY(runCli({"report", path, "--stream", "1", "--format", "pdf"}).exitedWith(2));
        QVERIFY(runCli({"report", path, "--stream", "1", "--lang", "fr"}).exitedWith(2));
        const auto missing = runCli({"report", path, "--stream", "7"});
        QVERIFY(missing.exitedWith(2));
        QVERIFY(missing.err.contains("has no TCP stream 7 (it has 2)"));
        QVERIFY(runCli({"report", fixturePath("no-such-file.pcap"), "--stream", "0"}).exitedWith(1));
    }
};

QTEST_GUILESS_MAIN(TestConversationReport)
#include "TestConversationReport.moc"
