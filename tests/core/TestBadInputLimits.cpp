// Bad input and limits found by fuzzing (issue 13): numbers on the command line checked as a whole
// and in range, times that overflow or lie before 1970, text output that must stay linear, and
// narration that must not look back over every row. Each test holds its input.
#include "TestSupport.h"

#include <capture/LoadedCapture.h>
#include <export/ConversationText.h>
#include <export/FlowAsciiWriter.h>
#include <export/PacketText.h>
#include <export/TimeText.h>
#include <flow/FlowLayout.h>
#include <flow/FlowNarrator.h>
#include <flow/LoadedFlow.h>

#include <QTemporaryDir>
#include <QtTest>

#include <ctime>
#include <sstream>

using namespace tcplens;
using namespace tcplens::test;

namespace {

constexpr std::uint32_t kSyn = 0x002, kAck = 0x010, kPshAck = 0x018;
constexpr std::int64_t kYearNs = 365LL * 86400 * 1'000'000'000;

QString samplePath(const QString& name) { return QDir(QString(TCPLENS_SAMPLES_DIR)).absoluteFilePath(name); }

PcapRecord at(const TcpFrameSpec& spec, std::int64_t seconds, std::uint32_t micros = 0)
{
    // pcap keeps seconds as a signed 32-bit number: before 1970 is negative.
    return PcapRecord{tcpFrame(spec), {}, {}, static_cast<std::uint32_t>(static_cast<std::int32_t>(seconds)), micros};
}

TcpFrameSpec segment(bool fromClient, std::uint16_t flags, std::uint32_t seq, std::uint32_t ack,
                     const QByteArray& payload = {})
{
    TcpFrameSpec s;
    if (!fromClient) {
        std::swap(s.src, s.dst);
        std::swap(s.srcPort, s.dstPort);
    }
    s.flags = flags;
    s.seq = seq;
    s.ack = ack;
    s.payload = payload;
    return s;
}

} // namespace

class TestBadInputLimits : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    QString hello_ = samplePath("hello-exchange.pcap");

    QString write(const QString& name, const QByteArray& bytes)
    {
        const auto path = dir_.filePath(name);
        return writeFile(path, bytes) ? path : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        qputenv("TZ", "UTC"); // tcpdump-style times are local; the CLI children inherit it
        tzset();
    }

    void numbersOutOfRangeAreRefused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const auto h = hello_;
        const QString stream = "--stream needs a stream number from 0 to 4294967294";
        for (const QString command : {"series", "chart"}) {
            for (const QString value : {"4294967296", "4294967295", "1e20", "nan", "inf", "-1", "1.5", " 1", "+1", "0x1",
                                        "99999999999999999999999"}) {
                QStringList args{command, h, "--kind", "tsg", "--stream", value};
                if (command == "chart")
                    args << "-o" << dir_.filePath("chart.csv");
                QTest::newRow(qPrintable(command + " --stream " + value)) << args << stream;
            }
            for (const QString value : {"nan", "inf", "0", "-1", "1e20", "0x10"})
                QTest::newRow(qPrintable(command + " --window " + value))
                    << QStringList{command, h, "--kind", "throughput", "--stream", "0", "--window", value}
                    << "--window needs a number of seconds above 0";
        }
        for (const QString value : {"4294967296", "4294967295", "1e20", "nan", "inf", "0,1e3", "+1"})
            QTest::newRow(qPrintable("flow --stream " + value))
                << QStringList{"flow", h, "--stream", value} << "--stream takes a stream number (0 to 4294967294)";
        for (const QString value : {"4294967296", "1e3", "18446744073709551617"})
            QTest::newRow(qPrintable("flow --to " + value))
                << QStringList{"flow", h, "--stream", "0", "--to", value} << "--to needs a frame number from 1 to 4294967295";
        for (const QString value : {"-1", "1e3", "18446744073709551616"})
            QTest::newRow(qPrintable("details --frame " + value))
                << QStringList{"details", h, "--frame", value} << "--frame needs a frame number from 1 to 4294967295";
        QTest::newRow("capture -c 1.5") << QStringList{"capture", "-i", "lo", "-c", "1.5"} << "-c needs a packet count";
        QTest::newRow("capture -s inf") << QStringList{"capture", "-i", "lo", "-s", "inf"} << "-s needs a snapshot length";
        QTest::newRow("capture --duration nan") << QStringList{"capture", "-i", "lo", "--duration", "nan"}
                                                << "--duration needs a number of seconds";
    }

    void numbersOutOfRangeAreRefused()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const auto run = runCli(arguments);
        QVERIFY2(run.exitedWith(2), run.err.constData());
        QVERIFY2(run.err.contains(message.toUtf8()), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }

    void lastFrameNumberDoesNotWrap()
    {
        const auto whole = runCli({"flow", hello_, "--stream", "0"});
        const auto run = runCli({"flow", hello_, "--stream", "0", "--from", "1", "--to", "4294967295"});
        QVERIFY2(run.exitedWith(0), run.err.constData());
        QCOMPARE(run.out, whole.out);
    }

    void streamNearTheLimitSaysItDoesNotExist()
    {
        const auto run = runCli({"flow", hello_, "--stream", "4294967294", "--format", "mermaid"});
        QVERIFY2(run.exitedWith(2), run.err.constData());
        QVERIFY2(run.err.contains("has no TCP stream 4294967294 (its streams are 0 to 0)"), run.err.constData());
        const auto series = runCli({"series", hello_, "--kind", "tsg", "--stream", "4294967294"});
        QVERIFY2(series.exitedWith(2), series.err.constData());
        QVERIFY(series.err.contains("has no TCP stream 4294967294"));
        // The model of a stream past the last one holds nothing (no bitmap sized by the number).
        const auto capture = loadCapture(hello_.toStdString());
        const auto model = FlowModel::build(capture.packets, capture.analyses, FlowSelection::stream(0xfffffffeU));
        QVERIFY(model.empty());
    }

    void negativeTimesPrintAsTheTimeBefore()
    {
        QCOMPARE(QString::fromStdString(tcpdumpTime(-1'000)), QString("23:59:59.999999"));
        QCOMPARE(QString::fromStdString(tcpdumpTime(-86'400'000'000'000LL + 500'000)), QString("00:00:00.000500"));
        QCOMPARE(QString::fromStdString(epochSeconds(-1'000)), QString("-0.000001000"));
        QCOMPARE(QString::fromStdString(secondsText(-1'000, 6)), QString("-0.000001"));
        QCOMPARE(QString::fromStdString(secondsText(-400, 6)), QString("0.000000"));
        QCOMPARE(QString::fromStdString(secondsText(1'999'999'999'500, 6)), QString("2000.000000"));
        QCOMPARE(QString::fromStdString(secondsText(std::numeric_limits<std::int64_t>::min())),
                 QString("-9223372036.854775808"));
        QCOMPARE(QString::fromStdString(millisecondsText(std::numeric_limits<std::int64_t>::max())),
                 QString("9223372036854.776"));

        // A SYN 1 µs before 1970 and its SYN-ACK 1 µs after: a pcap's seconds are signed.
        const auto path = write("before-1970.pcap", pcapFile({at(segment(true, kSyn, 1000, 0), -1, 999'999),
                                                               at(segment(false, kSyn | kAck, 5000, 1001), 0, 1)}));
        const auto packets = runCli({"packets", path});
        QVERIFY2(packets.exitedWith(0), packets.err.constData());
        const auto out = lines(packets.out);
        QCOMPARE(out.size(), 2);
        QVERIFY2(out[0].startsWith("23:59:59.999999 IP 10.0.0.1.40000 > 10.0.0.2.80: Flags [S]"), out[0].constData());
        QVERIFY2(out[1].startsWith("00:00:00.000001 IP 10.0.0.2.80 > 10.0.0.1.40000: Flags [S.]"), out[1].constData());
        const auto summary = runCli({"summary", path});
        QVERIFY(summary.out.contains("1969-12-31 23:59:59.999999000 UTC"));
        QVERIFY(summary.out.contains("Time span:        0.000002000 s"));
        const auto json = jsonLines(runCli({"conversations", path, "--json"}).out);
        QCOMPARE(json.size(), 1);
        QCOMPARE(json[0]["start"].toString(), QString("-0.000001000"));
    }

    void initialRttOfMonthsPrintsWhole()
    {
        // The SYN-ACK comes 108 days after the SYN: 9,331,200,000 ms overflowed an int64 of ns * 1000.
        const std::int64_t start = 1'700'000'000;
        const std::int64_t days = 108 * 86400;
        const auto path = write("slow-handshake.pcap",
                                pcapFile({at(segment(true, kSyn, 1000, 0), start), at(segment(false, kSyn | kAck, 5000, 1001), start + days),
                                          at(segment(true, kAck, 1001, 5001), start + days, 250)}));
        const auto table = runCli({"conversations", path});
        QVERIFY2(table.exitedWith(0), table.err.constData());
        QVERIFY2(table.out.contains(" 9331200000.250 "), table.out.constData());
        const auto json = jsonLines(runCli({"conversations", path, "--json"}).out);
        QCOMPARE(json.size(), 1);
        QCOMPARE(json[0]["irtt"].toDouble(), 9331200.00025);
    }

    void timeSpacingSurvivesThirtyYearGaps()
    {
        // Four equal gaps of 30 years: nothing stands out, so the rows stay evenly spaced (ten times
        // the quartile gap overflowed and made every row a long gap).
        FlowLayoutOptions options;
        options.spacing = RowSpacing::Proportional;
        const FlowLayout layout(options, 5, 2, 1, [](std::size_t r) { return (static_cast<std::int64_t>(r) - 2) * 30 * kYearNs; });
        for (std::size_t r = 0; r < 5; ++r)
            QCOMPARE(layout.rowTop(r + 1) - layout.rowTop(r), options.rowHeight);
        // From the most negative time to the most positive one: the gap saturates instead of wrapping.
        const FlowLayout extreme(options, 3, 2, 1, [](std::size_t r) {
            return r == 0 ? std::numeric_limits<std::int64_t>::min() : std::numeric_limits<std::int64_t>::max();
        });
        QVERIFY(extreme.rowTop(1) - extreme.rowTop(0) > options.rowHeight);
        QCOMPARE(extreme.rowTop(2) - extreme.rowTop(1), options.rowHeight);

        QList<PcapRecord> records;
        for (int i = 0; i < 5; ++i)
            records << at(segment(i % 2 == 0, i == 0 ? kSyn : kAck, 1000 + i, 5000), (i - 2) * 30LL * 365 * 86400);
        const auto path = write("thirty-years.pcap", pcapFile(records));
        const auto svg = runCli({"flow", path, "--stream", "0", "--format", "svg", "--spacing", "time"});
        QVERIFY2(svg.exitedWith(0), svg.err.constData());
        QVERIFY(svg.out.contains("</svg>"));
    }

    void textFlowOfTwoThousandHostsStaysLinear()
    {
        // 1,000 conversations between 2,000 hosts: a SYN and a SYN-ACK each.
        QList<PcapRecord> records;
        for (int c = 0; c < 1000; ++c) {
            auto syn = segment(true, kSyn, 1000, 0);
            syn.src = {10, 1, static_cast<std::uint8_t>(c / 250), static_cast<std::uint8_t>(c % 250 + 1)};
            syn.dst = {10, 2, static_cast<std::uint8_t>(c / 250), static_cast<std::uint8_t>(c % 250 + 1)};
            auto synAck = segment(false, kSyn | kAck, 5000, 1001);
            synAck.src = syn.dst;
            synAck.dst = syn.src;
            records << at(syn, 1'700'000'000, static_cast<std::uint32_t>(2 * c)) << at(synAck, 1'700'000'000, static_cast<std::uint32_t>(2 * c + 1));
        }
        const auto path = write("two-thousand-hosts.pcap", pcapFile(records));
        const auto flow = LoadedFlow::load(path.toStdString(), FlowSelection::allStreams());
        QCOMPARE(flow.model().lifelines().size(), std::size_t{2000});
        std::ostringstream out;
        writeFlowAscii(out, flow.model());
        const auto text = out.str();
        // Rows x hosts would be hundreds of megabytes; each row here is one line of its own length.
        QVERIFY2(text.size() < 2000 * 200, std::to_string(text.size()).c_str());
        QVERIFY(text.find("2000 lifelines, too many side by side") != std::string::npos);
        QVERIFY(text.find("  10.1.0.1 --40000 \u2192 80 SYN seq=0 len=0 win=64240--> 10.2.0.1\n") != std::string::npos);
        QVERIFY(text.find("  10.2.3.250 --80 \u2192 40000 SYN-ACK seq=0 ack=1 len=0 win=64240--> 10.1.3.250\n")
                != std::string::npos);
        QVERIFY(text.find("10.1.0.1 SYN_SENT (40000)") != std::string::npos);
    }

    void previousCopyIsFoundFarBack()
    {
        // A data segment, 120,000 ACKs from the server, then the segment again: its previous copy lies
        // beyond the 100,000 rows the narration used to walk back (and walking was quadratic).
        QList<PcapRecord> records{at(segment(true, kSyn, 1000, 0), 1'700'000'000),
                                  at(segment(false, kSyn | kAck, 5000, 1001), 1'700'000'000, 10),
                                  at(segment(true, kAck, 1001, 5001), 1'700'000'000, 20),
                                  at(segment(true, kPshAck, 1001, 5001, "0123456789"), 1'700'000'000, 30)};
        for (int i = 0; i < 120'000; ++i)
            records << at(segment(false, kAck, 5001, 1001), 1'700'000'001, static_cast<std::uint32_t>(i));
        records << at(segment(true, kPshAck, 1001, 5001, "0123456789"), 1'700'000'003);
        const auto path = write("far-copy.pcap", pcapFile(records));
        const auto flow = LoadedFlow::load(path.toStdString(), FlowSelection::stream(0));
        const auto& model = flow.model();
        QCOMPARE(model.rowCount(), std::size_t{120'005});
        const auto last = model.rowCount() - 1;
        QVERIFY(model.arrow(last).analysis & analysis::Retransmission);
        QCOMPARE(model.previousCopyRow(last), std::optional<std::uint32_t>(3));
        const auto text = FlowNarrator().narrate(model, last);
        QVERIFY2(QString::fromStdString(text).endsWith("The previous copy was frame 4, 3.000 s earlier."), text.c_str());
        QCOMPARE(model.previousCopyRow(3), std::nullopt);   // the first copy has none
        QCOMPARE(model.previousCopyRow(100), std::nullopt); // a pure ACK occupies no sequence space
    }
};

QTEST_GUILESS_MAIN(TestBadInputLimits)
#include "TestBadInputLimits.moc"
