// BPF filters compiled for a loaded file behave as tcpdump -r: the BSD loopback header's
// address family is read in the file's byte order, as libpcap does for a savefile it reads.
#include "EncapsulationFrames.h"
#include "PcapngBuilder.h"

#include <capture/BpfFilter.h>
#include <capture/CaptureFile.h>

#include <QTemporaryDir>
#include <QtTest>

using namespace tcplens;
using namespace tcplens::test;

class TestBpfFilter : public QObject {
    Q_OBJECT

private:
    static int countMatches(const QString& path, const BpfFilter& filter)
    {
        auto file = CaptureFile::open(path.toStdString());
        RawPacket raw;
        int matches = 0;
        while (file->next(raw) == ReadStatus::Packet)
            matches += filter.matches(raw) ? 1 : 0;
        return matches;
    }

    static int countPackets(const QString& path)
    {
        auto file = CaptureFile::open(path.toStdString());
        RawPacket raw;
        int packets = 0;
        while (file->next(raw) == ReadStatus::Packet)
            ++packets;
        return packets;
    }

private slots:
    void fileHandleFiltersBigEndianLoopbackLikeTcpdump()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("null-be.pcap"));
        const auto relink = runProcess(QStringLiteral(TCPLENS_RELINK_PATH),
                                       {"--to", "null-be", "--byte-order", "be", fixturePath("ipv4-basic.pcap"), out});
        QVERIFY2(relink.exitedWith(0), relink.err.constData());
        const int packets = countPackets(out);
        QVERIFY(packets > 0);

        std::string error;
        const auto info = CaptureFile::open(out.toStdString())->info();
        const auto filter = BpfFilter::compileForFile("ip and tcp", out.toStdString(), info.interfaces, error);
        QVERIFY2(filter, error.c_str());
        QCOMPARE(countMatches(out, *filter), packets); // every packet is IPv4 TCP

        const auto tcpdump = findProgram(QStringLiteral("tcpdump"));
        if (!tcpdump.isEmpty()) {
            const auto theirs = runProcess(tcpdump, {"-nn", "-r", out, "ip and tcp"});
            QCOMPARE(lines(theirs.out).size(), packets);
        }
    }

    void bigEndianLoopbackFiltersWithoutLibpcapsHandle()
    {
        // A big-endian pcapng (read by our own reader) and a big-endian pcap arriving on standard
        // input: the address family is still read in the writer's byte order, as tcpdump -r does.
        QTemporaryDir dir;
        QByteArray family4(4, '\0');
        family4[3] = 2;           // AF_INET, big-endian
        QByteArray family6(4, '\0');
        family6[3] = 30;          // AF_INET6 as macOS numbers it
        const QList<QByteArray> frames{family4 + ipv4Tcp(), family6 + ipv6Tcp(), family4 + ipv4Tcp()};
        PcapngBuilder builder(ByteOrder::Big);
        builder.interface({0});
        for (int i = 0; i < frames.size(); ++i)
            builder.packet(0, 1'000'000U * static_cast<std::uint64_t>(i + 1), frames[i]);
        const QString pcapng = dir.filePath(QStringLiteral("null-be.pcapng"));
        QVERIFY(writeFile(pcapng, builder.bytes()));
        QList<PcapRecord> records;
        for (const auto& frame : frames)
            records << PcapRecord{frame};
        const QByteArray pcap = pcapFile(records, PcapOptions{0, ByteOrder::Big});

        const auto tcpdump = findProgram(QStringLiteral("tcpdump"));
        for (const auto& [expression, expected] : {std::pair{"ip and tcp", 2}, std::pair{"ip6", 1}, std::pair{"tcp", 3}}) {
            std::string error;
            auto file = CaptureFile::open(pcapng.toStdString());
            const auto filter = file->compileFilter(expression, error);
            QVERIFY2(filter, error.c_str());
            QCOMPARE(countMatches(pcapng, *filter), expected);

            QProcess cli;
            cli.start(QStringLiteral(TCPLENS_CLI_PATH), {"packets", "-", "--filter", expression});
            QVERIFY(cli.waitForStarted());
            cli.write(pcap);
            cli.closeWriteChannel();
            QVERIFY(cli.waitForFinished(60'000));
            QCOMPARE(lines(cli.readAllStandardOutput()).size(), expected);

            if (!tcpdump.isEmpty())
                QCOMPARE(lines(runProcess(tcpdump, {"-nn", "-r", pcapng, expression}).out).size(), expected);
        }
    }

    void unreadableFileFallsBackToTheLinkType()
    {
        std::string error;
        const std::vector<CaptureInterface> ethernet{CaptureInterface{1, 262144, {}, {}}};
        const auto filter = BpfFilter::compileForFile("tcp port 80", "/nonexistent/capture.pcap", ethernet, error);
        QVERIFY2(filter, error.c_str());
        QVERIFY(!BpfFilter::compileForFile("tcp port", "/nonexistent/capture.pcap", ethernet, error));
        QVERIFY(!error.empty());
    }
};

QTEST_GUILESS_MAIN(TestBpfFilter)
#include "TestBpfFilter.moc"
