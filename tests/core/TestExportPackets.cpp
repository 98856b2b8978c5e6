// tcplens-cli export (Export Specified Packets): the frames a conversation, a filter and frame
// ranges choose, written as pcap or pcapng, read back by tcpdump with the same bytes and times.
#include "TestSupport.h"

#include <capture/FrameRanges.h>
#include <capture/PacketFileWriter.h>

#include <QTemporaryDir>
#include <QtTest>

using namespace tcplens;
using namespace tcplens::test;

namespace {

/// tcpdump's view of a file, one block per packet (its line and hex dump): time to the
/// nanosecond, link-layer bytes and all.
QList<QByteArray> tcpdumpPackets(const QString& tcpdump, const QString& file)
{
    const auto run = runProcess(tcpdump, {"-r", file, "-nn", "-S", "-xx", "-tt", "--time-stamp-precision=nano"});
    QList<QByteArray> packets;
    for (const auto& line : lines(run.out)) {
        if (!line.startsWith('\t') || packets.isEmpty())
            packets << line;
        else
            packets.last() += "\n" + line;
    }
    return packets;
}

} // namespace

class TestExportPackets : public QObject {
    Q_OBJECT

    QString tcpdump_;
    QTemporaryDir dir_;

private slots:
    void initTestCase()
    {
        tcpdump_ = findProgram("tcpdump");
        QVERIFY(dir_.isValid());
    }

    void frameRangesParseAsWiresharkWritesThem()
    {
        std::string error;
        const auto ranges = FrameRanges::parse("20-, 1-10,15 3-4", error);
        QVERIFY2(ranges, error.c_str());
        QVERIFY(ranges->contains(1) && ranges->contains(10) && ranges->contains(15) && ranges->contains(20));
        QVERIFY(ranges->contains(4'000'000'000ULL));
        QVERIFY(!ranges->contains(11) && !ranges->contains(19) && !ranges->contains(0));
        QCOMPARE(QString::fromStdString(ranges->text()), QString("1-10,15,20-"));
        for (const char* bad : {"0", "5-3", "a", "1-x", "", " , "})
            QVERIFY2(!FrameRanges::parse(bad, error), bad);
    }

    void conversationExportReadsBackWithTcpdump_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("pcap") << "pcap";
        QTest::newRow("pcapng") << "pcapng";
    }

    void conversationExportReadsBackWithTcpdump()
    {
        if (tcpdump_.isEmpty())
            QSKIP("tcpdump is not installed");
        QFETCH(QString, format);
        const auto source = fixturePath("http.pcap");
        const auto out = dir_.filePath("stream1." + format);
        const auto run = runCli({"export", source, "--stream", "1", "-o", out});
        QVERIFY2(run.exitedWith(0), run.err.constData());
        QVERIFY(run.out.contains("12 of 24 packets written"));
        // Stream 1's frames, as tshark numbers the stream.
        const auto json = jsonLines(runCli({"packets", source, "--json"}).out);
        const auto original = tcpdumpPackets(tcpdump_, source);
        QList<QByteArray> expected;
        for (const auto& frame : json)
            if (frame.value("stream").toInt(-1) == 1)
                expected << original.value(frame.value("no").toInt() - 1);
        QCOMPARE(expected.size(), 12);
        QCOMPARE(tcpdumpPackets(tcpdump_, out), expected);
    }

    void framesAndFilterChooseTogether()
    {
        if (tcpdump_.isEmpty())
            QSKIP("tcpdump is not installed");
        const auto source = QString(TCPLENS_TEST_DATA_DIR) + "/public/ppa__tcp_dupack.pcapng";
        const auto out = dir_.filePath("range.pcap");
        const auto run = runCli({"export", source, "--frames", "2-5,9", "--filter", "src port 80", "-o", out});
        QVERIFY2(run.exitedWith(0), run.err.constData());
        const auto original = tcpdumpPackets(tcpdump_, source);
        QList<QByteArray> expected;
        for (const int frame : {2, 3, 4, 5, 9})
            if (original.value(frame - 1).contains(".80 > "))
                expected << original.value(frame - 1);
        QVERIFY(!expected.isEmpty() && expected.size() < 5);
        QCOMPARE(tcpdumpPackets(tcpdump_, out), expected);
    }

    void severalLinkTypesNeedPcapng()
    {
        if (tcpdump_.isEmpty())
            QSKIP("tcpdump is not installed");
        const auto source = QString(TCPLENS_TEST_DATA_DIR) + "/public/ws__many_interfaces_1.pcapng";
        const auto pcap = dir_.filePath("many.pcap");
        auto run = runCli({"export", source, "-o", pcap});
        QVERIFY(run.exitedWith(2));
        QVERIFY(run.err.contains("export as pcapng"));
        QVERIFY(!QFile::exists(pcap));
        QVERIFY(!QFile::exists(pcap + ".part"));
        const auto pcapng = dir_.filePath("many.pcapng");
        run = runCli({"export", source, "-o", pcapng});
        QVERIFY2(run.exitedWith(0), run.err.constData());
        // libpcap reads one link type per file, so tshark says what each packet is.
        const auto tshark = findProgram("tshark");
        if (tshark.isEmpty())
            QSKIP("tshark is not installed");
        const QStringList fields{"-T", "fields", "-e", "frame.time_epoch", "-e", "frame.len", "-e", "frame.cap_len",
                                 "-e", "frame.encap_type", "-e", "frame.protocols", "-e", "frame.comment"};
        const auto theirs = runProcess(tshark, QStringList{"-r", source} + fields);
        const auto ours = runProcess(tshark, QStringList{"-r", pcapng} + fields);
        QVERIFY(ours.exitedWith(0));
        QCOMPARE(lines(ours.out).size(), 64);
        QCOMPARE(ours.out, theirs.out);
    }

    void cancelledExportLeavesNoFileAndProgressCountsEveryPacket()
    {
        // File › Export runs on a worker that reports each packet read and may be told to stop.
        const auto source = (QString(TCPLENS_TEST_DATA_DIR) + "/public/ppa__http_espn.pcapng").toStdString();
        for (const auto format : {SaveFormat::Pcap, SaveFormat::Pcapng}) {
            const auto out = dir_.filePath(format == SaveFormat::Pcap ? "cancel.pcap" : "cancel.pcapng").toStdString();
            std::uint64_t asked = 0;
            ExportControl stopAtTen{[&asked](std::uint64_t done) {
                asked = done;
                return done < 10;
            }};
            std::string error;
            const auto all = [](std::uint64_t) { return true; };
            QCOMPARE(exportPackets(source, out, format, all, error, stopAtTen), kExportCancelled);
            QCOMPARE(asked, std::uint64_t{10});
            QVERIFY(!QFile::exists(QString::fromStdString(out)));
            QVERIFY(!QFile::exists(QString::fromStdString(out) + ".part"));
            std::vector<std::uint64_t> seen;
            ExportControl watch{[&seen](std::uint64_t done) {
                seen.push_back(done);
                return true;
            }};
            const auto written = exportPackets(source, out, format, all, error, watch);
            QVERIFY2(written > 10, error.c_str());
            QCOMPARE(seen.size(), std::size_t(written));
            QCOMPARE(seen.front(), std::uint64_t{1});
            QCOMPARE(seen.back(), std::uint64_t(written));
            QVERIFY(QFile::exists(QString::fromStdString(out)));
        }
    }

    void mistakesSayWhatIsWrong()
    {
        const auto source = fixturePath("http.pcap");
        QVERIFY(runCli({"export", source}).exitedWith(2));
        QVERIFY(runCli({"export", source, "-o", dir_.filePath("x.pcap"), "--frames", "5-2"}).err.contains("--frames"));
        QVERIFY(runCli({"export", source, "-o", dir_.filePath("x.pcap"), "--filter", "tcp port"}).exitedWith(2));
        QVERIFY(runCli({"export", source, "-o", dir_.filePath("x.pcap"), "--stream", "a"}).exitedWith(2));
        QVERIFY(runCli({"export", source, "-o", dir_.filePath("x.pcap"), "--format", "csv"}).exitedWith(2));
        QVERIFY(runCli({"export", source, "-o", source}).exitedWith(2));
        QVERIFY(runCli({"export", dir_.filePath("absent.pcap"), "-o", dir_.filePath("x.pcap")}).exitedWith(1));
        QVERIFY(!QFile::exists(dir_.filePath("x.pcap")));
    }
};

QTEST_GUILESS_MAIN(TestExportPackets)
#include "TestExportPackets.moc"
