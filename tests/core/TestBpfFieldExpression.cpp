// "Apply as Filter" as tcpdump syntax: every expression made from a field of a packet compiles in
// libpcap and keeps that packet, keeps exactly the packets whose field has the same value, and the
// fields BPF cannot reach say why instead of producing a wrong filter.
#include "TestSupport.h"

#include <capture/BpfFilter.h>
#include <capture/CaptureFile.h>
#include <decode/PacketDecoder.h>
#include <filter/BpfFieldExpression.h>

#include <QtTest>

#include <map>

using namespace tcplens;
using namespace tcplens::test;

namespace {

struct Packet {
    std::vector<std::uint8_t> bytes;
    std::uint32_t wireLength = 0;
    int linkType = 1;
    FieldSpans spans;
    [[nodiscard]] RawPacket raw() const
    {
        RawPacket raw;
        raw.bytes = bytes;
        raw.capturedLength = static_cast<std::uint32_t>(bytes.size());
        raw.wireLength = wireLength;
        raw.linkType = linkType;
        return raw;
    }
    [[nodiscard]] BpfExpression expression(const std::string& id) const
    {
        return bpfExpressionForFieldId(spans, id, bytes, bytes.size());
    }
};

struct Capture {
    QString path;
    CaptureFileInfo info;
    std::vector<Packet> packets;
};

Capture load(const QString& path, std::size_t limit)
{
    Capture capture{path, {}, {}};
    auto file = CaptureFile::open(path.toStdString());
    capture.info = file->info();
    RawPacket raw;
    while (capture.packets.size() < limit && file->next(raw) == ReadStatus::Packet) {
        Packet packet;
        packet.bytes.assign(raw.bytes.begin(), raw.bytes.end());
        packet.wireLength = raw.wireLength;
        packet.linkType = raw.linkType == kCaptureLinkType ? capture.info.linkType : raw.linkType;
        (void)decodePacket(packet.bytes, packet.wireLength, packet.linkType, &packet.spans);
        capture.packets.push_back(std::move(packet));
    }
    return capture;
}

std::optional<BpfFilter> compile(const Capture& capture, const std::string& expression, std::string& error)
{
    return BpfFilter::compileForFile(expression, capture.path.toStdString(), capture.info.interfaces, error);
}

/// The field's bits in a packet, to count the packets an expression should keep.
std::optional<std::vector<std::uint8_t>> fieldBits(const Packet& packet, const std::string& id)
{
    for (const auto& span : packet.spans) {
        if (span.id != id)
            continue;
        if (span.bitWidth % 8 != 0 || span.bitOffset != 0)
            return std::vector<std::uint8_t>{static_cast<std::uint8_t>(span.value)};
        const auto first = packet.bytes.begin() + span.firstByte();
        return std::vector<std::uint8_t>(first, first + span.byteLength());
    }
    return std::nullopt;
}

} // namespace

class TestBpfFieldExpression : public QObject {
    Q_OBJECT

private slots:
    void namedFieldsReadAsTcpdumpWritesThem()
    {
        const auto capture = load(fixturePath(QStringLiteral("http.pcap")), 1);
        const auto& syn = capture.packets.at(0);
        QCOMPARE(QString::fromStdString(syn.expression("ip.src").text), QStringLiteral("src host 10.77.0.1"));
        QCOMPARE(QString::fromStdString(syn.expression("ip.dst").text), QStringLiteral("dst host 10.77.0.2"));
        QCOMPARE(QString::fromStdString(syn.expression("tcp.srcport").text), QStringLiteral("tcp src port 49210"));
        QCOMPARE(QString::fromStdString(syn.expression("tcp.dstport").text), QStringLiteral("tcp dst port 8080"));
        QCOMPARE(QString::fromStdString(syn.expression("tcp.flags.syn").text),
                 QStringLiteral("tcp[tcpflags] & tcp-syn != 0"));
        QCOMPARE(QString::fromStdString(syn.expression("tcp.flags.ack").text),
                 QStringLiteral("tcp[tcpflags] & tcp-ack == 0"));
        QCOMPARE(QString::fromStdString(syn.expression("ip.ttl").text), QStringLiteral("ip[8] == 64"));
        QCOMPARE(QString::fromStdString(syn.expression("ip.proto").text), QStringLiteral("ip proto 6"));
        QCOMPARE(QString::fromStdString(syn.expression("tcp").text), QStringLiteral("tcp"));
        QCOMPARE(QString::fromStdString(syn.expression("ip.flags.df").text), QStringLiteral("ip[6] & 0x40 != 0"));
    }

    void fieldsBpfCannotReachSayWhy()
    {
        const auto capture = load(fixturePath(QStringLiteral("http.pcap")), 4);
        const auto& data = capture.packets.at(3);
        QCOMPARE(data.expression("frame").gap, BpfGap::CaptureMetadata);
        FieldSpans spans = data.spans;
        spans.push_back(FieldSpan{"tcp.stream", "Stream index", 0, 0, 0, 0, "[Stream index: 0]", 1, Layer::Transport});
        QCOMPARE(bpfExpressionForField(spans, spans.size() - 1, data.bytes, data.bytes.size()).gap, BpfGap::Computed);
        const auto payload = data.expression("tcp.payload");
        QCOMPARE(payload.gap, BpfGap::TooLong);
        // A field past the frame's own bytes (a reassembled datagram's) is not in what BPF sees.
        QCOMPARE(bpfExpressionForFieldId(data.spans, "tcp.dstport", data.bytes, 20).gap, BpfGap::Reassembled);
    }

    void ipv6TransportFieldsUseIp6Offsets()
    {
        const auto capture = load(fixturePath(QStringLiteral("ipv6-basic.pcap")), 1);
        const auto& syn = capture.packets.at(0);
        QCOMPARE(QString::fromStdString(syn.expression("tcp.flags.syn").text),
                 QStringLiteral("ip6 proto 6 and ip6[53] & 0x2 != 0"));
        QVERIFY(QString::fromStdString(syn.expression("ipv6.src").text).startsWith(QStringLiteral("src host ")));
    }

    void conversationAndEndpointExpressions()
    {
        ConversationKey key;
        key.low = {*parseIpAddress("10.0.0.1"), 40000};
        key.high = {*parseIpAddress("10.0.0.2"), 80};
        QCOMPARE(QString::fromStdString(bpfExpressionForConversation(key).text),
                 QStringLiteral("host 10.0.0.1 and host 10.0.0.2 and tcp port 40000 and tcp port 80"));
        QCOMPARE(QString::fromStdString(bpfExpressionForEndpoint(key.high).text),
                 QStringLiteral("host 10.0.0.2 and tcp port 80"));
    }

    // Every expression of every field of the first packets of every fixture compiles in libpcap
    // and keeps the packet it came from.
    void everyExpressionCompilesAndKeepsItsPacket()
    {
        int checked = 0;
        for (const auto& path : fixtures()) {
            if (path.contains(QStringLiteral("unsupported")))
                continue;
            const auto capture = load(path, 10);
            std::map<std::string, std::optional<BpfFilter>> compiled;
            for (const auto& packet : capture.packets) {
                for (std::size_t i = 0; i < packet.spans.size(); ++i) {
                    const auto expression = bpfExpressionForField(packet.spans, i, packet.bytes, packet.bytes.size());
                    if (!expression.ok())
                        continue;
                    auto found = compiled.find(expression.text);
                    if (found == compiled.end()) {
                        std::string error;
                        found = compiled.emplace(expression.text, compile(capture, expression.text, error)).first;
                        QVERIFY2(found->second, qPrintable(QStringLiteral("%1: %2 (%3): %4")
                                                               .arg(path, QString::fromStdString(expression.text),
                                                                    QString::fromStdString(packet.spans[i].id),
                                                                    QString::fromStdString(error))));
                    }
                    QVERIFY2(found->second->matches(packet.raw()),
                             qPrintable(QStringLiteral("%1: %2 from %3 does not keep its packet")
                                            .arg(path, QString::fromStdString(expression.text),
                                                 QString::fromStdString(packet.spans[i].id))));
                    ++checked;
                }
            }
        }
        QVERIFY(checked > 1000);
    }

    // The expression keeps exactly the packets whose field has the same value (tcpdump counts).
    void expressionKeepsThePacketsWithTheSameValue()
    {
        for (const auto* name : {"http.pcap", "ipv6-basic.pcap", "lossy-bulk.pcap"}) {
            const auto capture = load(fixturePath(QString::fromLatin1(name)), 200);
            for (const std::string id : {"ip.src", "ipv6.dst", "tcp.srcport", "tcp.dstport", "tcp.flags.syn",
                                         "tcp.flags.push", "ip.ttl", "tcp.window_size_value", "tcp.hdr_len"}) {
                const auto& first = capture.packets.front();
                const auto expression = first.expression(id);
                const auto value = fieldBits(first, id);
                if (!value)
                    continue;
                QVERIFY2(expression.ok(), id.c_str());
                std::string error;
                const auto filter = compile(capture, expression.text, error);
                QVERIFY2(filter, error.c_str());
                int expected = 0;
                int kept = 0;
                for (const auto& packet : capture.packets) {
                    expected += fieldBits(packet, id) == value ? 1 : 0;
                    kept += filter->matches(packet.raw()) ? 1 : 0;
                }
                QVERIFY2(kept == expected, qPrintable(QStringLiteral("%1 %2: kept %3, expected %4")
                                                          .arg(QLatin1String(name), QString::fromStdString(expression.text))
                                                          .arg(kept)
                                                          .arg(expected)));
            }
        }
    }
};

QTEST_APPLESS_MAIN(TestBpfFieldExpression)
#include "TestBpfFieldExpression.moc"
