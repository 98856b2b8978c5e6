// Tunnels whose outer IP datagram was fragmented: once the last fragment completes it, the GRE,
// IP-in-IP or UDP/VXLAN inside decodes as in an unfragmented frame, checked against live tshark.
#include "EncapsulationFrames.h"

#include <decode/ReassemblingDecoder.h>

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace tcplens::test;

namespace {

constexpr int kFragmentData = 1480; // a multiple of 8, as a 1500-byte MTU leaves

/// An inner TCP segment over IPv4 big enough that its tunnel needs three fragments.
QByteArray innerIpv4()
{
    TcpFrameSpec spec;
    spec.src = {172, 16, 0, 1};
    spec.dst = {172, 16, 0, 2};
    spec.seq = 424242;
    spec.ack = 77;
    spec.flags = 0x018;
    spec.dontFragment = false;
    QByteArray payload(3200, '\0');
    for (int i = 0; i < payload.size(); ++i)
        payload[i] = static_cast<char>(i * 13);
    spec.payload = payload;
    return ipv4Tcp(spec);
}

QByteArray innerIpv6()
{
    const auto src = ipv6Address(1, 5);
    const auto dst = ipv6Address(2, 5);
    QByteArray payload(3100, '\0');
    for (int i = 0; i < payload.size(); ++i)
        payload[i] = static_cast<char>(i * 11);
    return ipv6Around(6, tcpSegment(src, dst, 9000, payload), src, dst);
}

/// Ethernet + IPv4 fragments of a datagram carrying `protocol` and `payload`.
QList<QByteArray> ipv4Fragments(std::uint8_t protocol, const QByteArray& payload, std::uint16_t id = 0x5151)
{
    QList<QByteArray> frames;
    for (int at = 0; at < payload.size(); at += kFragmentData) {
        auto fragment = ipv4Around(protocol, payload.mid(at, kFragmentData));
        const bool more = at + kFragmentData < payload.size();
        putBe16(fragment, 4, id);
        putBe16(fragment, 6, static_cast<std::uint16_t>((more ? 0x2000 : 0) | (at / 8)));
        putBe16(fragment, 10, 0);
        putBe16(fragment, 10, internetChecksum(fragment.left(20)));
        frames << ethernetAround(0x0800, fragment);
    }
    return frames;
}

/// Ethernet + IPv6 fragments (a fragment header in each) of a datagram carrying `next` and `payload`.
QList<QByteArray> ipv6Fragments(std::uint8_t next, const QByteArray& payload, std::uint32_t id = 0x61626364)
{
    QList<QByteArray> frames;
    for (int at = 0; at < payload.size(); at += kFragmentData) {
        const bool more = at + kFragmentData < payload.size();
        QByteArray header(8, '\0');
        header[0] = static_cast<char>(next);
        putBe16(header, 2, static_cast<std::uint16_t>(at | (more ? 1 : 0)));
        putBe32(header, 4, id);
        frames << ethernetAround(0x86dd, ipv6Around(44, header + payload.mid(at, kFragmentData)));
    }
    return frames;
}

} // namespace

class TestFragmentedTunnels : public QObject {
    Q_OBJECT

private:
    QString tshark_;
    QTemporaryDir dir_;

private slots:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        tshark_ = findProgram("tshark");
    }

    void reassembledTunnelDecodesItsInnerLayers_data()
    {
        QTest::addColumn<QList<QByteArray>>("frames");
        QTest::addColumn<QString>("tunnel");
        QTest::addColumn<QString>("innerSource");
        const auto v4 = innerIpv4();
        const auto v6 = innerIpv6();
        QTest::newRow("GRE") << ipv4Fragments(47, greAround(0x0800, v4, false, 0x0a0b0c0d)) << "GRE" << "172.16.0.1";
        QTest::newRow("GRE with checksum, bridging Ethernet")
            << ipv4Fragments(47, greAround(0x6558, ethernetAround(0x0800, v4), true)) << "GRE" << "172.16.0.1";
        QTest::newRow("IPv4 in IPv4") << ipv4Fragments(4, v4) << "IP-in-IP" << "172.16.0.1";
        QTest::newRow("IPv6 in IPv4") << ipv4Fragments(41, v6) << "IP-in-IP" << "2001:db8:5::1";
        QTest::newRow("VXLAN")
            << ipv4Fragments(17, udpAround(4789, QByteArray::fromHex("0800000000123400") + ethernetAround(0x0800, v4)))
            << "VXLAN" << "172.16.0.1";
        QTest::newRow("IPv4 in IPv6") << ipv6Fragments(4, v4) << "IP-in-IP" << "172.16.0.1";
        QTest::newRow("GRE over IPv6") << ipv6Fragments(47, greAround(0x86dd, v6)) << "GRE" << "2001:db8:5::1";
    }

    void reassembledTunnelDecodesItsInnerLayers()
    {
        QFETCH(QList<QByteArray>, frames);
        QFETCH(QString, tunnel);
        QFETCH(QString, innerSource);
        QCOMPARE(frames.size(), 3);
        const QString name = QString::fromUtf8(QTest::currentDataTag()).replace(QRegularExpression("[^A-Za-z0-9]+"), "-");
        const QString path = dir_.filePath(name + ".pcap");
        QVERIFY(writeFile(path, pcapOfFrames(frames)));
        const auto run = runCli({"packets", path, "--json"});
        QVERIFY2(run.exitedWith(0), run.err.constData());
        const auto ours = jsonLines(run.out);
        QCOMPARE(ours.size(), 3);
        QVERIFY(!ours[0].contains("sport"));
        QVERIFY(!ours[1].contains("sport"));
        const auto& last = ours[2];
        QVERIFY2(last.contains("reassembled"), qPrintable(QJsonDocument(last).toJson(QJsonDocument::Compact)));
        QStringList kinds;
        for (const auto& kind : last.value("tunnel").toArray())
            kinds << kind.toString();
        QCOMPARE(kinds.join(','), tunnel);
        QCOMPARE(last.value("src").toString(), innerSource);
        QCOMPARE(last.value("tcp_checksum").toString(), QString("good"));
        QVERIFY(last.value("tcp_len").toInt() > kFragmentData * 2);

        if (tshark_.isEmpty())
            QSKIP("tshark is not installed");
        const auto theirs = runProcess(tshark_, {"-n", "-r", path, "-o", "tcp.check_checksum:TRUE", "-T", "fields",
                                                 "-E", "separator=/t", "-e", "_ws.col.Source", "-e", "tcp.srcport",
                                                 "-e", "tcp.seq_raw", "-e", "tcp.len", "-e", "tcp.checksum.status"});
        QVERIFY(theirs.exitedWith(0));
        const auto theirLines = lines(theirs.out);
        QCOMPARE(theirLines.size(), ours.size());
        for (int i = 0; i < ours.size(); ++i) {
            const auto& o = ours[i];
            const QString mine = o.contains("sport")
                                   ? QStringList{o.value("src").toString(), QString::number(o.value("sport").toInt()),
                                                 QString::number(o.value("seq_raw").toInteger()),
                                                 QString::number(o.value("tcp_len").toInt()), "1"}
                                         .join('\t')
                                   : o.value("src").toString() + "\t\t\t\t";
            QCOMPARE(mine, QString::fromUtf8(theirLines[i]));
        }
    }

    void storedTunnelFragmentDecodesAgainWithItsInnerSpans()
    {
        // The detail tree decodes one stored packet again: the tunnel's layers are spans after the frame.
        const auto frames = ipv4Fragments(47, greAround(0x0800, innerIpv4()));
        tcplens::ReassemblingDecoder decoder;
        tcplens::FieldSpans spans;
        tcplens::DecodedFrame last;
        for (int i = 0; i < frames.size(); ++i) {
            spans.clear();
            const auto bytes = tcplens::Bytes(reinterpret_cast<const std::uint8_t*>(frames[i].constData()),
                                              static_cast<std::size_t>(frames[i].size()));
            last = decoder.decode(static_cast<std::uint32_t>(i + 1), i, bytes, static_cast<std::uint32_t>(bytes.size()), 1,
                                  &spans);
        }
        QVERIFY(last.packet.isTcp());
        QVERIFY(last.packet.network.reassembled);
        QCOMPARE(last.packet.tunnel.outerIpHeaders, std::uint8_t{1});
        QCOMPARE(last.packet.network.offset, static_cast<std::uint32_t>(frames[2].size()) + 4); // after the GRE header
        QStringList top;
        for (const auto& span : spans)
            if (span.depth == 0)
                top << QString::fromStdString(span.id);
        QCOMPARE(top, (QStringList{"frame", "eth", "ip", "ip.fragments", "gre", "ip", "tcp", "tcp.payload"}));
    }
};

QTEST_MAIN(TestFragmentedTunnels)
#include "TestFragmentedTunnels.moc"
