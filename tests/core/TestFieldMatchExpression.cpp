// "Apply as Filter" in display-filter syntax: for every field of every packet of several fixtures
// (tunnels, VLANs, IPv6, fragments), the expression written for the field compiles and keeps the
// packet it came from; the values look as Wireshark writes them.
#include "TestSupport.h"

#include <capture/CaptureFile.h>
#include <capture/PacketAnalysisStore.h>
#include <decode/ReassemblingDecoder.h>
#include <filter/DisplayFilter.h>
#include <filter/FieldMatchExpression.h>
#include <filter/FilterFrameClock.h>
#include <tcp/ConversationKey.h>
#include <tcp/ConversationTracker.h>

#include <QtTest>

#include <algorithm>
#include <set>

using namespace tcplens;

namespace {

/// Every field's expression in `path`; fails on one that does not compile or does not keep its packet.
std::set<std::string> roundTrip(const std::string& path, int& checked)
{
    std::set<std::string> seen;
    auto file = CaptureFile::open(path);
    ReassemblingDecoder decoder;
    ConversationTracker tracker;
    FilterFrameClock clock;
    RawPacket raw;
    std::uint32_t frame = 0;
    while (file->next(raw) == ReadStatus::Packet) {
        ++frame;
        FieldSpans spans;
        const auto decoded = decoder.decode(frame, raw.timestampNs, raw.bytes, raw.wireLength, raw.linkType, &spans);
        const auto analysis = tracker.add(frame, raw.timestampNs, raw.wireLength, decoded.packet);
        const auto record = compactAnalysis(analysis, decoded.packet);
        FilterContext context;
        context.packet = &decoded.packet;
        context.bytes = decoded.bytes;
        context.frameLength = static_cast<std::uint32_t>(raw.bytes.size());
        context.frameNumber = frame;
        context.record = &record;
        context.analysis = &analysis;
        context.spans = &spans;
        clock.advance(context, raw.timestampNs, record.stream);
        clock.displayed(raw.timestampNs);
        for (std::size_t i = 0; i < spans.size(); ++i) {
            const auto match = displayFilterForSpan(i, context);
            if (!match.ok())
                continue;
            const auto compiled = DisplayFilter::compile(match.text);
            if (!compiled.ok()) {
                qWarning("frame %u, %s: %s does not compile: %s", frame, spans[i].id.c_str(), match.text.c_str(),
                         compiled.error.message.c_str());
                return {};
            }
            if (!compiled.filter->matches(context)) {
                qWarning("frame %u, %s: %s does not keep its packet", frame, spans[i].id.c_str(), match.text.c_str());
                return {};
            }
            seen.insert(match.text);
            ++checked;
        }
    }
    return seen;
}

} // namespace

class TestFieldMatchExpression : public QObject {
    Q_OBJECT

private slots:
    void everyFieldsExpressionKeepsItsPacket_data()
    {
        QTest::addColumn<QString>("capture");
        for (const char* name : {"http.pcap", "ipv6-basic.pcap", "vlan.pcap", "qinq.pcap", "ip-fragments.pcap",
                                 "ipv4-options-frag.pcap", "lossy-bulk.pcap", "sll2-any.pcap", "dumpcap.pcapng"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void everyFieldsExpressionKeepsItsPacket()
    {
        QFETCH(QString, capture);
        int checked = 0;
        const auto seen = roundTrip(std::string(TCPLENS_TEST_DATA_DIR "/") + capture.toStdString(), checked);
        QVERIFY(!seen.empty());
        QVERIFY(checked > 50);
    }

    void valuesAreWrittenAsWiresharkWritesThem()
    {
        int checked = 0;
        const auto seen = roundTrip(TCPLENS_TEST_DATA_DIR "/http.pcap", checked);
        for (const char* expected : {"ip.src == 10.77.0.1", "tcp.flags.syn == 1", "tcp.srcport == 8080", "tcp", "ip.ttl == 64"})
            QVERIFY2(seen.count(expected) == 1, expected);
        const bool hexFlags = std::any_of(seen.begin(), seen.end(), [](const std::string& s) { return s.starts_with("tcp.flags == 0x"); });
        QVERIFY(hexFlags);
    }

    void conversationsAndEndpoints()
    {
        QCOMPARE(displayFilterForStream(3), std::string("tcp.stream == 3"));
        Endpoint v4;
        v4.address.family = 4;
        v4.address.bytes = {10, 0, 0, 5};
        v4.port = 443;
        QCOMPARE(displayFilterForEndpoint(v4), std::string("ip.addr == 10.0.0.5 && tcp.port == 443"));
        Endpoint v6;
        v6.address.family = 6;
        v6.address.bytes = {0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1};
        v6.port = 80;
        QCOMPARE(displayFilterForEndpoint(v6), std::string("ipv6.addr == 2001:db8::1 && tcp.port == 80"));
        QVERIFY(DisplayFilter::compile(displayFilterForEndpoint(v6)).ok());
    }
};

QTEST_APPLESS_MAIN(TestFieldMatchExpression)
#include "TestFieldMatchExpression.moc"
