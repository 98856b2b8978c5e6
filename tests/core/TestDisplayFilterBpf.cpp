// "Copy as BPF": display filters BPF can express become tcpdump expressions that compile
// (libpcap here, `tcpdump -d` when installed) and keep the same frames of the fixtures as the
// display filter; the others say why not.
#include "TestSupport.h"

#include <capture/BpfFilter.h>
#include <filter/DisplayFilterBpf.h>

#include <QtTest>

#include <set>

using namespace tcplens;
using namespace tcplens::test;

namespace {

std::set<int> frames(const QStringList& arguments)
{
    const auto run = runCli(arguments);
    std::set<int> result;
    if (!run.exitedWith(0))
        return {-1};
    for (const auto& object : jsonLines(run.out))
        if (!object.contains("revised"))
            result.insert(object.value("no").toInt());
    return result;
}

const char* const kTranslatable[] = {
    "ip.addr == 10.77.0.1",
    "ip.src == 10.77.0.1 && tcp.dstport == 8080",
    "ip.addr != 10.77.0.1",
    "ip.addr ~= 10.77.0.1",
    "ip.addr == 10.0.0.0/8",
    "ipv6.addr == fd77::1",
    "tcp.port == 8080 || tcp.port == 443",
    "tcp.port in {80, 8000..8100}",
    "tcp.flags.syn == 1 && tcp.flags.ack == 0",
    "tcp.flags.fin == 1 or tcp.flags.reset == 1",
    "tcp.flags & 0x12",
    "tcp.flags & 0x12 == 0x12",
    "tcp.flags.push == 0",
    "tcp.len > 0",
    "tcp.window_size_value < 1000",
    "frame.len > 100",
    "ip.ttl == 64 && !(tcp.port == 22)",
    "ip.flags.df == 1",
    "tcp.hdr_len > 20",
    "eth.addr == 02:77:00:00:00:01",
    "tcp",
    "ipv6",
    "not ip",
};

} // namespace

class TestDisplayFilterBpf : public QObject {
    Q_OBJECT

private slots:
    void translatesHostsPortsAndFlags()
    {
        QCOMPARE(displayFilterToBpf("ip.addr == 10.0.0.1").text, std::string("ip host 10.0.0.1"));
        QCOMPARE(displayFilterToBpf("ip.src == 10.0.0.0/8").text, std::string("ip src net 10.0.0.0/8"));
        QCOMPARE(displayFilterToBpf("tcp.dstport == 443").text, std::string("tcp dst port 443"));
        QCOMPARE(displayFilterToBpf("tcp.port in {80, 8000..8080}").text, std::string("tcp port 80 or tcp portrange 8000-8080"));
        QCOMPARE(displayFilterToBpf("frame.len >= 1000").text, std::string("len >= 1000"));
        QVERIFY(displayFilterToBpf("tcp.flags.syn == 1").text.starts_with("(ip and tcp and tcp[tcpflags] & tcp-syn != 0) or (ip6"));
        // != is "all differ" and false without the field: not just "not host".
        QCOMPARE(displayFilterToBpf("ip.addr != 10.0.0.1").text, std::string("ip and not ip host 10.0.0.1"));
    }

    void saysWhyWhenBpfCannot()
    {
        const auto analysis = displayFilterToBpf("tcp.analysis.retransmission");
        QVERIFY(!analysis.ok());
        QVERIFY2(analysis.reason.find("conversation") != std::string::npos, analysis.reason.c_str());
        QVERIFY(displayFilterToBpf("tcp.stream == 2").reason.find("conversation") != std::string::npos);
        QVERIFY(displayFilterToBpf("frame.time_delta > 1").reason.find("metadata") != std::string::npos);
        QVERIFY(displayFilterToBpf("tcp.payload contains \"GET\"").reason.find("payload") != std::string::npos);
        QVERIFY(displayFilterToBpf("ip.addr == 10.0.0.1 && tcp.seq == 1").reason.find("tcp.seq") != std::string::npos);
        QVERIFY(displayFilterToBpf("tcp.port ==").reason.find("end") != std::string::npos); // not a display filter
    }

    void everyTranslationCompilesAndKeepsTheSameFrames()
    {
        const QStringList captures = {fixturePath("http.pcap"), fixturePath("ipv6-basic.pcap"), fixturePath("lossy-bulk.pcap"),
                                      fixturePath("rst.pcap")};
        const auto tcpdump = findProgram("tcpdump");
        for (const char* expression : kTranslatable) {
            const auto bpf = displayFilterToBpf(expression);
            QVERIFY2(bpf.ok(), (std::string(expression) + ": " + bpf.reason).c_str());
            std::string error;
            QVERIFY2(BpfFilter::compile(bpf.text, 1, 262144, error).has_value(), (bpf.text + ": " + error).c_str());
            if (!tcpdump.isEmpty()) {
                const auto dump = runProcess(tcpdump, {"-d", QString::fromStdString(bpf.text)});
                QVERIFY2(dump.exitedWith(0), dump.err.constData());
            }
            for (const auto& capture : captures) {
                const auto shown = frames({"packets", capture, "--json", "-Y", expression});
                const auto captured = frames({"packets", capture, "--json", "-f", QString::fromStdString(bpf.text)});
                QVERIFY2(shown == captured, qPrintable(QString("%1 vs %2 on %3").arg(expression, QString::fromStdString(bpf.text), capture)));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestDisplayFilterBpf)
#include "TestDisplayFilterBpf.moc"
