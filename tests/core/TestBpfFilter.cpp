// BPF filters compiled for a loaded file behave as tcpdump -r: the BSD loopback header's
// address family is read in the file's byte order, which only the file's own handle knows.
#include "TestSupport.h"

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
