// The display-filter engine on one hand-made packet: Wireshark 4.0's operators, the any/all
// meaning of multi-occurrence fields (ip.addr), values in every syntax, and errors that point
// at the mistake with the column and the nearest field names.
#include "TestSupport.h"

#include <capture/PacketAnalysisStore.h>
#include <decode/PacketDecoder.h>
#include <filter/DisplayFilter.h>
#include <filter/FilterFrameClock.h>

#include <QtTest>

using namespace tcplens;
using namespace tcplens::test;

namespace {

struct Packet {
    QByteArray frame;
    DecodedPacket decoded;
    PacketAnalysisRecord record;
    TcpPacketAnalysis analysis;
    FilterContext context;

    explicit Packet(const TcpFrameSpec& spec) : frame(tcpFrame(spec))
    {
        const Bytes bytes(reinterpret_cast<const std::uint8_t*>(frame.constData()), static_cast<std::size_t>(frame.size()));
        decoded = decodePacket(bytes, static_cast<std::uint32_t>(frame.size()), 1);
        analysis.stream = 3;
        analysis.relativeSeq = 1;
        analysis.relativeAck = 1;
        analysis.flags = analysis::Retransmission;
        analysis.bytesInFlight = 120;
        analysis.ackRttNs = 1'500'000;
        record = compactAnalysis(analysis, decoded);
        context.packet = &decoded;
        context.bytes = bytes;
        context.frameLength = static_cast<std::uint32_t>(frame.size());
        context.frameNumber = 7;
        context.record = &record;
        context.analysis = &analysis;
        context.timeRelativeNs = 2'250'000'000;
    }
};

Packet httpGet()
{
    TcpFrameSpec spec;
    spec.src = {10, 1, 2, 3};
    spec.dst = {192, 168, 7, 9};
    spec.srcPort = 51000;
    spec.dstPort = 80;
    spec.flags = 0x018; // PSH, ACK
    spec.tcpOptions = timestampOption(100, 200) + QByteArray::fromHex("0101");
    spec.payload = "GET /index.html HTTP/1.1\r\nHost: example\r\n\r\n";
    return Packet(spec);
}

bool matches(const Packet& packet, const char* text)
{
    const auto compiled = DisplayFilter::compile(text);
    if (!compiled.ok())
        qWarning("%s: %s (column %zu)", text, compiled.error.message.c_str(), compiled.error.column);
    return compiled.ok() && compiled.filter->matches(packet.context);
}

DisplayFilterError errorOf(const char* text)
{
    const auto compiled = DisplayFilter::compile(text);
    return compiled.ok() ? DisplayFilterError{"(compiled)", 0, 0, {}} : compiled.error;
}

} // namespace

class TestDisplayFilter : public QObject {
    Q_OBJECT

private slots:
    void emptyFilterMatchesEverything() { QVERIFY(matches(httpGet(), "")); }

    void fieldPresenceIsATest()
    {
        const auto p = httpGet();
        QVERIFY(matches(p, "tcp"));
        QVERIFY(matches(p, "tcp.analysis.retransmission"));
        QVERIFY(matches(p, "tcp.analysis.flags"));
        QVERIFY(!matches(p, "tcp.analysis.duplicate_ack"));
        QVERIFY(!matches(p, "ipv6"));
        QVERIFY(matches(p, "!ipv6 and not udp"));
    }

    void multiOccurrenceFieldsFollowWireshark40()
    {
        const auto p = httpGet();
        QVERIFY(matches(p, "ip.addr == 10.1.2.3"));       // any equal
        QVERIFY(!matches(p, "ip.addr != 10.1.2.3"));      // all not equal (3.6+)
        QVERIFY(matches(p, "ip.addr ~= 10.1.2.3"));       // any not equal
        QVERIFY(!matches(p, "ip.addr === 10.1.2.3"));     // all equal
        QVERIFY(matches(p, "ip.addr != 10.9.9.9"));
        QVERIFY(matches(p, "tcp.port == 80 && tcp.port == 51000"));
        QVERIFY(matches(p, "tcp.port all_ne 443"));
        QVERIFY(!matches(p, "udp.port != 53")); // an absent field fails every comparison
    }

    void numbersInEveryBase()
    {
        const auto p = httpGet();
        QVERIFY(matches(p, "tcp.dstport == 0x50"));
        QVERIFY(matches(p, "tcp.dstport eq 0120"));
        QVERIFY(matches(p, "tcp.dstport == 0b1010000"));
        QVERIFY(matches(p, "tcp.flags == 0x018 and tcp.flags.push == 1 and tcp.flags.syn == False"));
        QVERIFY(matches(p, "tcp.flags & 0x08"));
        QVERIFY(!matches(p, "tcp.flags & 0x02"));
        QVERIFY(matches(p, "tcp.flags & 0x18 == 0x18"));
        QVERIFY(matches(p, "{tcp.srcport - 50920} * 2 == 160"));
        QVERIFY(matches(p, "ip.ttl ge 64 and ip.ttl lt 65"));
    }

    void addressesWithPrefixes()
    {
        const auto p = httpGet();
        QVERIFY(matches(p, "ip.src == 10.0.0.0/8"));
        QVERIFY(matches(p, "ip.dst == 192.168.4.0/22"));
        QVERIFY(!matches(p, "ip.dst == 192.168.0.0/22"));
        QVERIFY(matches(p, "eth.dst == 02:00:00:00:00:02 and eth.addr == 02-00-00-00-00-01"));
        QVERIFY(matches(p, "eth.dst[0] & 2"));
        QVERIFY(!matches(p, "eth.dst[0] & 1"));
    }

    void setsAndRanges()
    {
        const auto p = httpGet();
        QVERIFY(matches(p, "tcp.port in {443, 80}"));
        QVERIFY(matches(p, "tcp.dstport in {1..100}"));
        QVERIFY(!matches(p, "tcp.dstport in {81..100, 443}"));
        QVERIFY(matches(p, "tcp.dstport not in {81..100, 443}"));
        QVERIFY(matches(p, "ip.src in {10.0.0.0/8 172.16.0.0/12}"));
    }

    void bytesSlicesAndText()
    {
        const auto p = httpGet();
        QVERIFY(matches(p, "tcp.payload[0:3] == \"GET\""));
        QVERIFY(matches(p, "tcp.payload[0:3] == 47:45:54"));
        QVERIFY(matches(p, "tcp.payload[0-2] == 47.45.54"));
        QVERIFY(matches(p, "tcp.payload[0] == 'G'"));
        QVERIFY(matches(p, "tcp.payload[-1] == 0a"));
        QVERIFY(matches(p, "tcp.payload[4:] contains \"index\""));
        QVERIFY(matches(p, "tcp.payload[0:1,4:1] == 47:2f"));
        QVERIFY(matches(p, "tcp contains \"Host\" and frame contains 48:6f:73:74"));
        QVERIFY(matches(p, "tcp.payload matches \"^get /\""));      // caseless, as PCRE2 in Wireshark
        QVERIFY(!matches(p, "tcp.payload matches \"(?-i)^get\""));
        QVERIFY(matches(p, "len(tcp.payload) == 43 and count(tcp.port) == 2"));
        QVERIFY(matches(p, "tcp.flags.str == \"\xC2\xB7\xC2\xB7\xC2\xB7\xC2\xB7\xC2\xB7\xC2\xB7\xC2\xB7" "AP\xC2\xB7\xC2\xB7\xC2\xB7\""));
        QVERIFY(matches(p, "tcp.options.timestamp.tsval == 100 && tcp.option_kind == 8"));
    }

    void analysisAndTimes()
    {
        const auto p = httpGet();
        QVERIFY(matches(p, "tcp.stream eq 3"));
        QVERIFY(matches(p, "tcp.analysis.bytes_in_flight > 100"));
        QVERIFY(matches(p, "tcp.analysis.ack_rtt > 0.001 and tcp.analysis.ack_rtt < 0.002"));
        QVERIFY(matches(p, "frame.time_relative >= 2.25 and frame.number == 7"));
        QVERIFY(!matches(p, "frame.time_relative > 2.25"));
        QVERIFY(matches(p, "tcp.len == 43 and tcp.seq == 1 and tcp.nxtseq == 44"));
    }

    void frameClockCountsFromDisplayedFrames()
    {
        FilterFrameClock clock;
        FilterContext c;
        clock.advance(c, 1'000, 0);
        QCOMPARE(c.timeDeltaDisplayedNs, 0);
        clock.displayed(1'000);
        clock.advance(c, 3'000, 1);
        QCOMPARE(c.timeDeltaNs, 2'000);
        QCOMPARE(c.tcpTimeDeltaNs, 0);
        clock.advance(c, 7'000, 0);
        QCOMPARE(c.timeDeltaDisplayedNs, 6'000);
        QCOMPARE(c.tcpTimeRelativeNs, 6'000);
        QCOMPARE(c.timeRelativeNs, 6'000);
    }

    void unknownFieldSuggestsTheNearestNames()
    {
        const auto e = errorOf("tcp.port == 80 && tcp.analysis.retransmision");
        QCOMPARE(e.column, std::size_t{18});
        QVERIFY2(e.message.starts_with("tcp.analysis.retransmision: no such field; did you mean tcp.analysis.retransmission"),
                 e.message.c_str());
        QCOMPARE(e.suggestions.front(), std::string("tcp.analysis.retransmission"));
        const auto typo = errorOf("ip.adr == 10.0.0.1");
        QCOMPARE(typo.column, std::size_t{0});
        QVERIFY(std::find(typo.suggestions.begin(), typo.suggestions.end(), "ip.addr") != typo.suggestions.end());
    }

    void syntaxErrorsPointAtTheColumn()
    {
        QCOMPARE(errorOf("tcp.port = 80").column, std::size_t{9});
        QCOMPARE(errorOf("tcp.port == 80 &&").column, std::size_t{17});
        QVERIFY(errorOf("tcp.port == 80 &&").message.find("end") != std::string::npos);
        QCOMPARE(errorOf("(tcp.port == 80").column, std::size_t{0});
        QCOMPARE(errorOf("tcp.port == 80 80").column, std::size_t{15});
        QCOMPARE(errorOf("tcp.payload[1:x] == 00").column, std::size_t{11});
        QCOMPARE(errorOf("tcp.payload contains \"abc").column, std::size_t{21});
    }

    void valuesOfTheWrongTypeAreRefused()
    {
        const auto e = errorOf("ip.src == 300.1.1.1");
        QCOMPARE(e.column, std::size_t{10});
        QVERIFY2(e.message.find("IPv4 address") != std::string::npos, e.message.c_str());
        QVERIFY(errorOf("tcp.port == -1").message.find("negative") != std::string::npos);
        QVERIFY(errorOf("tcp.analysis.retransmission == 1").message.find("presence") != std::string::npos);
        QVERIFY(errorOf("tcp.port[0] == 1").message.find("cannot be sliced") != std::string::npos);
        QVERIFY(errorOf("tcp.port contains 1").message.find("contains") != std::string::npos);
        QVERIFY(errorOf("ip.src == tcp.port").message.find("cannot be compared") != std::string::npos);
        QVERIFY(errorOf("tcp.payload matches \"(\"").message.find("regular expression") != std::string::npos);
        QVERIFY(errorOf("80 == 80").message.find("neither side") != std::string::npos);
        // Known to Wireshark, not computed here: say so rather than match nothing.
        QVERIFY(errorOf("tcp.analysis.push_bytes_sent").message.find("does not") != std::string::npos);
    }

    void errorsCarryTheirKindAndArguments()
    {
        // The GUI words an error from its kind and arguments; the English text is made from the same.
        const auto typo = errorOf("tcp.analysis.retransmision");
        QCOMPARE(typo.detail.kind, FilterMessageKind::NoSuchField);
        QCOMPARE(typo.detail.arg(0), std::string("tcp.analysis.retransmision"));
        QCOMPARE(typo.detail.arg(1), std::string("tcp.analysis.retransmission"));
        QCOMPARE(errorOf("tcp.port = 80").detail.kind, FilterMessageKind::SingleEquals);
        QCOMPARE(errorOf("tcp.port == 80 &&").detail.kind, FilterMessageKind::UnexpectedEnd);
        QCOMPARE(errorOf("ip.src == 300.1.1.1").detail, (FilterMessage{FilterMessageKind::ValueNotIpv4, {"300.1.1.1"}, {}}));
        QCOMPARE(errorOf("ip.src == tcp.port").detail,
                 (FilterMessage{FilterMessageKind::IncomparableTypes, {}, {FieldType::Ipv4, FieldType::Unsigned}}));
        QCOMPARE(errorOf("tcp.analysis.rto").detail.kind, FilterMessageKind::FieldNotComputed);
        for (const char* text : {"tcp.analysis.retransmision", "tcp.port = 80", "(tcp.port", "ip.src == 300.1.1.1",
                                 "tcp.port[0] == 1", "tcp.payload matches \"(\"", "80 == 80", "tcp.analysis.rto",
                                 "tcp.port in {1..x}", "tcp.payload[1:x] == 00", "'ab' == tcp.port", "len(tcp.port) == 1"}) {
            const auto e = errorOf(text);
            QVERIFY2(!e.detail.empty(), text);
            QCOMPARE(e.message, englishText(e.detail));
        }
        // Every kind has English words (a kind added without them would print an empty error).
        for (int k = 1; k < kFilterMessageKinds; ++k)
            QVERIFY2(!englishText({static_cast<FilterMessageKind>(k), {"x", "y"}, {FieldType::Unsigned}}).empty(),
                     qPrintable(QString::number(k)));
    }
};

QTEST_GUILESS_MAIN(TestDisplayFilter)
#include "TestDisplayFilter.moc"
