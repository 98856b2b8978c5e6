// TCP inside tunnels and other link layers, crafted where no public capture has them, each frame
// checked against live tshark: the innermost addresses, ports, flags, sequence numbers, length and
// checksum status; plus the spans the detail tree shows for every layer.
#include "EncapsulationFrames.h"

#include <decode/PacketDecoder.h>

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace tcplens::test;

namespace {

/// The fields compared per frame, in -e order.
const QStringList kFields = {"tcp.srcport",   "tcp.dstport",       "tcp.flags", "tcp.seq_raw",
                             "tcp.ack_raw",   "tcp.len",           "tcp.checksum.status",
                             "_ws.col.Source", "_ws.col.Destination", "frame.protocols"};

QByteArray mplsLabel(std::uint32_t label, bool bottom)
{
    QByteArray entry(4, '\0');
    putBe32(entry, 0, (label << 12) | (bottom ? 0x100U : 0U) | 64U);
    return entry;
}

/// The TCP frames tshark and we decode from `frames` under `linkType`, as "field=value" lines.
struct Views {
    QStringList theirs;
    QStringList ours;
    QList<QJsonObject> json;
};

QString checksumStatusOf(const QString& ours)
{
    return ours == "bad" ? "0" : ours == "good" ? "1" : "2";
}

} // namespace

class TestEncapsulations : public QObject {
    Q_OBJECT

private:
    QString tshark_;
    QTemporaryDir dir_;

    Views decodeBoth(const QString& name, const QList<QByteArray>& frames, int linkType)
    {
        Views views;
        const QString path = dir_.filePath(name + ".pcap");
        if (!writeFile(path, pcapOfFrames(frames, linkType)))
            return views;
        QStringList args = {"-n", "-r", path, "-o", "tcp.check_checksum:TRUE", "-o", "ip.check_checksum:TRUE",
                            "-T", "fields", "-E", "separator=/t"};
        for (const auto& field : kFields)
            args << "-e" << field;
        const auto run = runProcess(tshark_, args);
        for (const auto& line : lines(run.out)) {
            const auto values = QString::fromUtf8(line).split('\t');
            views.theirs << QString("%1:%2 > %3:%4 flags=%5 seq=%6 ack=%7 len=%8 checksum=%9")
                                .arg(values.value(7), values.value(0), values.value(8), values.value(1),
                                     QString::number(values.value(2).toInt(nullptr, 16)), values.value(3),
                                     values.value(4), values.value(5), values.value(6));
        }
        const auto cli = runCli({"packets", path, "--json"});
        views.json = jsonLines(cli.out);
        for (const auto& o : views.json) {
            views.ours << QString("%1:%2 > %3:%4 flags=%5 seq=%6 ack=%7 len=%8 checksum=%9")
                              .arg(o.value("src").toString(), QString::number(o.value("sport").toInt()),
                                   o.value("dst").toString(), QString::number(o.value("dport").toInt()),
                                   QString::number(o.value("flags").toInt()),
                                   QString::number(o.value("seq_raw").toInteger()),
                                   QString::number(o.value("ack_raw").toInteger()),
                                   QString::number(o.value("tcp_len").toInt()),
                                   checksumStatusOf(o.value("tcp_checksum").toString()));
        }
        return views;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        tshark_ = findProgram("tshark");
    }

    void tcpInsideAgreesWithTshark_data()
    {
        QTest::addColumn<int>("linkType");
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<QString>("tunnel");

        const auto v4 = ipv4Tcp();
        const auto v6 = ipv6Tcp();
        const auto innerEthernet = ethernetAround(0x0800, v4);
        QTest::newRow("GRE") << 1 << ethernetAround(0x0800, ipv4Around(47, greAround(0x0800, v4))) << "GRE";
        QTest::newRow("GRE key, sequence, checksum")
            << 1 << ethernetAround(0x0800, ipv4Around(47, greAround(0x0800, v4, true, 0x01020304, 77))) << "GRE";
        QTest::newRow("GRE over IPv6 carrying IPv6")
            << 1 << ethernetAround(0x86dd, ipv6Around(47, greAround(0x86dd, ipv6Tcp(1)))) << "GRE";
        QTest::newRow("GRE bridging Ethernet") << 1 << ethernetAround(0x0800, ipv4Around(47, greAround(0x6558, innerEthernet, false, 9)))
                                              << "GRE";
        QTest::newRow("ERSPAN type I") << 1 << ethernetAround(0x0800, ipv4Around(47, greAround(0x88be, innerEthernet)))
                                       << "GRE,ERSPAN";
        QTest::newRow("ERSPAN type II")
            << 1
            << ethernetAround(0x0800, ipv4Around(47, greAround(0x88be, QByteArray::fromHex("100a0064000000") + QByteArray(1, '\x05') + innerEthernet,
                                                               false, std::nullopt, 1)))
            << "GRE,ERSPAN";
        QTest::newRow("ERSPAN type III")
            << 1
            << ethernetAround(0x0800, ipv4Around(47, greAround(0x22eb, QByteArray::fromHex("200a006412345678000000") + QByteArray(1, '\0') + innerEthernet,
                                                               false, std::nullopt, 1)))
            << "GRE,ERSPAN";
        QTest::newRow("VXLAN") << 1 << ethernetAround(0x0800, ipv4Around(17, udpAround(4789, QByteArray::fromHex("0800000000123400") + innerEthernet)))
                               << "VXLAN";
        QTest::newRow("Geneve with options")
            << 1
            << ethernetAround(0x0800, ipv4Around(17, udpAround(6081, QByteArray::fromHex("0200655800abcd00") + QByteArray::fromHex("0104010100000001")
                                                                         + ethernetAround(0x86dd, v6))))
            << "Geneve";
        // GTPv1-U G-PDUs (the mobile core's user plane): the length counts what follows 8 bytes.
        const auto gtpAround = [](const QByteArray& optional, const QByteArray& tpdu) {
            QByteArray header = QByteArray::fromHex(optional.isEmpty() ? "30ff000000abcdef" : "34ff000000abcdef") + optional;
            putBe16(header, 2, static_cast<std::uint16_t>(header.size() - 8 + tpdu.size()));
            return header + tpdu;
        };
        QTest::newRow("GTP-U, IPv4") << 1 << ethernetAround(0x0800, ipv4Around(17, udpAround(2152, gtpAround({}, v4)))) << "GTP";
        QTest::newRow("GTP-U with an extension header, IPv6")
            << 1
            << ethernetAround(0x0800, ipv4Around(17, udpAround(2152, gtpAround(QByteArray::fromHex("00000085" "01100100"), v6))))
            << "GTP";
        QTest::newRow("IPv4 in IPv4") << 1 << ethernetAround(0x0800, ipv4Around(4, v4)) << "IP-in-IP";
        QTest::newRow("IPv6 in IPv4 (6in4)") << 1 << ethernetAround(0x0800, ipv4Around(41, v6)) << "IP-in-IP";
        QTest::newRow("IPv4 in IPv6 (4in6)") << 1 << ethernetAround(0x86dd, ipv6Around(4, v4)) << "IP-in-IP";
        QTest::newRow("IPv6 in IPv6") << 1 << ethernetAround(0x86dd, ipv6Around(41, ipv6Tcp(1))) << "IP-in-IP";
        QTest::newRow("MPLS stack, IPv4") << 1 << ethernetAround(0x8847, mplsLabel(1000, false) + mplsLabel(20, true) + v4) << "MPLS";
        QTest::newRow("MPLS, IPv6") << 1 << ethernetAround(0x8847, mplsLabel(30, true) + v6) << "MPLS";
        // RFC 4448 Ethernet pseudowires between NICs with registered OUIs, where tshark's guess holds.
        const QByteArray vendorEthernet = QByteArray::fromHex("001b21000001001b210000020800") + v4;
        QTest::newRow("MPLS Ethernet pseudowire, control word")
            << 1 << ethernetAround(0x8847, mplsLabel(1000, false) + mplsLabel(16, true) + QByteArray::fromHex("00000005") + vendorEthernet)
            << "MPLS";
        QTest::newRow("MPLS Ethernet pseudowire, no control word")
            << 1 << ethernetAround(0x8847, mplsLabel(16, true) + vendorEthernet) << "MPLS";
        // RFC 1701 source routing: checksum and offset fields, one IPv4 route entry, the terminating entry.
        const QByteArray routes = QByteArray::fromHex("0800000cc0000263c0000264c0000265") + QByteArray(4, '\0');
        QTest::newRow("GRE source route")
            << 1 << ethernetAround(0x0800, ipv4Around(47, QByteArray::fromHex("4000080000000000") + routes + v4)) << "GRE";
        QTest::newRow("GRE source route and key")
            << 1 << ethernetAround(0x0800, ipv4Around(47, QByteArray::fromHex("600008000000000000000042") + routes + v4)) << "GRE";
        QByteArray pppoe = QByteArray::fromHex("11000042") + QByteArray(2, '\0') + QByteArray::fromHex("0021") + v4;
        putBe16(pppoe, 4, static_cast<std::uint16_t>(2 + v4.size()));
        QTest::newRow("PPPoE session") << 1 << ethernetAround(0x8864, pppoe) << "PPPoE";
        QTest::newRow("802.1BR E-tag") << 1 << ethernetAround(0x893f, QByteArray::fromHex("000000120000") + QByteArray::fromHex("0800") + v4)
                                       << "E-tag";
        QTest::newRow("VN-tag") << 1 << ethernetAround(0x8926, QByteArray::fromHex("80050003") + QByteArray::fromHex("0800") + v4) << "VN-tag";
        QByteArray snap = QByteArray::fromHex("aaaa030000000800") + v4;
        QTest::newRow("802.3 with SNAP") << 1 << ethernetAround(static_cast<std::uint16_t>(snap.size()), snap) << "";
        QTest::newRow("PPP link") << 9 << QByteArray::fromHex("ff030021") + v4 << "";
        QTest::newRow("PPP link, no address and control") << 9 << QByteArray::fromHex("0057") + v6 << "";
        QTest::newRow("PPP in HDLC-like framing") << 50 << QByteArray::fromHex("ff030021") + v4 << "";
        QTest::newRow("PPP with direction") << 204 << QByteArray::fromHex("010021") + v4 << "";
        QTest::newRow("Cisco HDLC") << 104 << QByteArray::fromHex("0f000800") + v4 << "";
        QTest::newRow("Cisco HDLC in link type 50") << 50 << QByteArray::fromHex("0f0086dd") + v6 << "";
        QTest::newRow("Cisco HDLC in link type 9") << 9 << QByteArray::fromHex("8f000800") + v4 << "";
        // NFLOG: header, a prefix attribute (padded) and the payload attribute, lengths little-endian.
        QByteArray nflog = QByteArray::fromHex("02000000") + QByteArray::fromHex("08000a0061626300") + QByteArray(4, '\0') + v4;
        nflog[12] = static_cast<char>((4 + v4.size()) & 0xff);
        nflog[13] = static_cast<char>((4 + v4.size()) >> 8);
        nflog[14] = 9;
        QTest::newRow("NFLOG") << 239 << nflog << "";
        QTest::newRow("802.11 data") << 105 << wlanDataAround(0x0800, v4) << "";
        QTest::newRow("802.11 QoS data, four addresses, HT control")
            << 105 << wlanDataAround(0x86dd, v6, true, true, 0x80) << "";
        QTest::newRow("radiotap, TSFT, FCS") << 127 << radiotapAround(wlanDataAround(0x0800, v4, true), true, true) << "";
        QTest::newRow("radiotap, extended presence words")
            << 127 << radiotapAround(wlanDataAround(0x86dd, v6), true, false, 2) << "";
        QTest::newRow("radiotap without TSFT, FCS") << 127 << radiotapAround(wlanDataAround(0x0800, v4), false, true) << "";
        QTest::newRow("PPI, 802.11") << 192 << ppiAround(105, wlanDataAround(0x0800, v4)) << "";
        QTest::newRow("PPI, Ethernet") << 192 << ppiAround(1, innerEthernet) << "";
        QTest::newRow("pflog, IPv4") << 117 << pflogAround(2, v4) << "";
        QTest::newRow("pflog, IPv6 (OpenBSD)") << 117 << pflogAround(24, v6) << "";
        QTest::newRow("PKTAP, Ethernet") << 258 << pktapAround(1, innerEthernet) << "";
        QTest::newRow("PKTAP, BSD loopback") << 258 << pktapAround(0, QByteArray::fromHex("1e000000") + v6) << "";
        QTest::newRow("ipnet, IPv4") << 226 << ipnetAround(2, v4) << "";
        QTest::newRow("ipnet, IPv6") << 226 << ipnetAround(26, v6) << "";
        const QByteArray snap4 = QByteArray::fromHex("aaaa030000000800") + v4;
        const QByteArray snap6 = QByteArray::fromHex("aaaa0300000086dd") + v6;
        QTest::newRow("FDDI") << 10 << QByteArray::fromHex("500200000000aa0200000000bb") + snap4 << "";
        QTest::newRow("Token Ring, source route")
            << 6 << QByteArray::fromHex("10400200000000aa8200000000bb" "0630" "00100020") + snap6 << "";
        QTest::newRow("ATM, LLC encapsulation") << 100 << snap4 << "";
        QTest::newRow("Frame Relay, NLPID IPv4") << 107 << QByteArray::fromHex("184103cc") + v4 << "";
        QTest::newRow("Frame Relay, SNAP IPv6") << 107 << QByteArray::fromHex("1841030080000000" "86dd") + v6 << "";
        QTest::newRow("Frame Relay, Cisco") << 107 << QByteArray::fromHex("18410800") + v4 << "";
        QTest::newRow("enc, IPv4") << 109 << QByteArray::fromHex("02000000" "00001234" "01000000") + v4 << "";
        QTest::newRow("enc, IPv6") << 109 << QByteArray::fromHex("18000000" "00001234" "01000000") + v6 << "";
    }

    void unreadableWirelessFramesCarryNoTcp_data()
    {
        QTest::addColumn<int>("linkType");
        QTest::addColumn<QByteArray>("frame");
        const auto v4 = ipv4Tcp();
        QTest::newRow("protected data") << 105 << wlanDataAround(0x0800, v4, false, false, 0x40);
        QTest::newRow("A-MSDU") << 105 << wlanDataAround(0x0800, v4, true, false, 0, 0x80);
        QTest::newRow("beacon") << 127 << radiotapAround(QByteArray::fromHex("80000000ffffffffffff0200000000aa0200000000aa1000") + v4, false, false);
    }

    void unreadableWirelessFramesCarryNoTcp()
    {
        // Encrypted or aggregated frames: tshark without keys and tcplens both see no TCP.
        QFETCH(int, linkType);
        QFETCH(QByteArray, frame);
        const QString name = QString::fromUtf8(QTest::currentDataTag()).replace(QRegularExpression("[^A-Za-z0-9]+"), "-");
        const auto views = decodeBoth(name, {frame}, linkType);
        QCOMPARE(views.json.size(), 1);
        QVERIFY(!views.json[0].contains("sport"));
        QVERIFY(views.json[0].value("problems").toArray().isEmpty());
        if (tshark_.isEmpty())
            QSKIP("tshark is not installed");
        QCOMPARE(views.theirs.size(), 1);
        QVERIFY2(views.theirs[0].contains(QRegularExpression("^[^ ]*: > ")), qPrintable(views.theirs[0])); // no tcp.srcport
    }

    void tcpInsideAgreesWithTshark()
    {
        QFETCH(int, linkType);
        QFETCH(QByteArray, frame);
        QFETCH(QString, tunnel);
        const QString name = QString::fromUtf8(QTest::currentDataTag()).replace(QRegularExpression("[^A-Za-z0-9]+"), "-");
        const auto views = decodeBoth(name, {frame}, linkType);
        QCOMPARE(views.json.size(), 1);
        const auto& ours = views.json[0];
        QVERIFY2(ours.contains("sport"), qPrintable(QJsonDocument(ours).toJson(QJsonDocument::Compact)));
        QStringList kinds;
        for (const auto& kind : ours.value("tunnel").toArray())
            kinds << kind.toString();
        QCOMPARE(kinds.join(','), tunnel);
        QCOMPARE(ours.value("tcp_checksum").toString(), QString("good"));
        QVERIFY2(ours.value("problems").toArray().isEmpty(), qPrintable(QJsonDocument(ours).toJson(QJsonDocument::Compact)));
        if (tshark_.isEmpty())
            QSKIP("tshark is not installed");
        QCOMPARE(views.ours, views.theirs);
    }

    void frameWithoutIpNamesItsLink()
    {
        // tcpdump prints the 802.11 frame's kind; tcplens's line says which link it was, not an
        // ethertype 0 the frame never had.
        const auto path = dir_.filePath("beacon.pcap");
        const auto beacon = radiotapAround(QByteArray::fromHex("80000000ffffffffffff0200000000aa0200000000aa1000"), false, false);
        QVERIFY(writeFile(path, pcapOfFrames({beacon}, 127)));
        const auto run = runCli({"packets", path});
        QCOMPARE(lines(run.out).size(), 1);
        QVERIFY2(lines(run.out)[0].endsWith(" no IP (802.11 plus radiotap header), length 34"), lines(run.out)[0].constData());
    }

    void checksumCoversTheFinalDestination_data()
    {
        // RFC 9293 3.1 / RFC 8200 8.1: the pseudo-header holds the final destination of a source
        // route and (RFC 6275 6.3) the home address, not the addresses in the fixed header.
        QTest::addColumn<QByteArray>("frame");
        const QByteArray router4 = QByteArray::fromHex("c6336401");
        const QByteArray final4 = QByteArray::fromHex("cb007109");
        const QByteArray src4 = QByteArray::fromHex("c0000201");
        for (const std::uint8_t kind : {std::uint8_t{131}, std::uint8_t{137}}) {
            const auto tcp = tcpSegment(src4, final4);
            QByteArray ip(20, '\0');
            ip[0] = 0x47; // 20 bytes + the 7-byte option + 1 byte of end-of-options
            putBe16(ip, 2, static_cast<std::uint16_t>(28 + tcp.size()));
            ip[8] = 64;
            ip[9] = 6;
            ip.replace(12, 4, src4);
            ip.replace(16, 4, router4);
            ip += QByteArray(1, char(kind)) + QByteArray::fromHex("0704") + final4 + QByteArray(1, '\0');
            putBe16(ip, 10, internetChecksum(ip));
            QTest::newRow(kind == 131 ? "IPv4 loose source route" : "IPv4 strict source route")
                << ethernetAround(0x0800, ip + tcp);
        }
        const auto router6 = ipv6Address(0x99, 7);
        const auto final6 = ipv6Address(2);
        const auto src6 = ipv6Address(1);
        QByteArray routing = QByteArray::fromHex("0602000100000000") + final6;
        QTest::newRow("IPv6 type 0 routing header")
            << ethernetAround(0x86dd, ipv6Around(43, routing + tcpSegment(src6, final6), src6, router6));
        const auto home = ipv6Address(0x42, 9);
        QByteArray destination = QByteArray::fromHex("060201020000c910") + home;
        QTest::newRow("IPv6 Home Address option")
            << ethernetAround(0x86dd, ipv6Around(60, destination + tcpSegment(home, final6), src6, final6));
    }

    void checksumCoversTheFinalDestination()
    {
        QFETCH(QByteArray, frame);
        const QString name = QString::fromUtf8(QTest::currentDataTag()).replace(QRegularExpression("[^A-Za-z0-9]+"), "-");
        const auto views = decodeBoth(name, {frame}, 1);
        QCOMPARE(views.json.size(), 1);
        QCOMPARE(views.json[0].value("tcp_checksum").toString(), QString("good"));
        if (tshark_.isEmpty())
            QSKIP("tshark is not installed");
        // tshark's address columns show the final destination and the home address; its ip/ipv6
        // fields, like ours, the header's. Compare what follows the addresses.
        QCOMPARE(views.ours.size(), views.theirs.size());
        for (int i = 0; i < views.ours.size(); ++i)
            QCOMPARE(views.ours[i].section(' ', 3), views.theirs[i].section(' ', 3));
    }

    void tunnelHeadersAreSpansAndTheInnermostIsTheNetwork()
    {
        const auto frame = ethernetAround(0x0800, ipv4Around(47, greAround(0x0800, ipv4Tcp(), false, 0xabcd)));
        const auto bytes = tcplens::Bytes(reinterpret_cast<const std::uint8_t*>(frame.constData()), frame.size());
        tcplens::FieldSpans spans;
        const auto packet = tcplens::decodePacket(bytes, static_cast<std::uint32_t>(frame.size()), 1, &spans);
        QVERIFY(packet.isTcp());
        QCOMPARE(packet.network.src.toString(), std::string("10.0.0.1"));
        QCOMPARE(packet.network.offset, 14U + 20U + 8U);
        QCOMPARE(packet.tunnel.outerIpHeaders, std::uint8_t{1});
        QStringList top;
        for (const auto& span : spans)
            if (span.depth == 0)
                top << QString::fromStdString(span.id);
        QCOMPARE(top, (QStringList{"frame", "eth", "ip", "gre", "ip", "tcp"}));
        const auto key = std::find_if(spans.begin(), spans.end(), [](const auto& s) { return s.id == "gre.key"; });
        QVERIFY(key != spans.end());
        QCOMPARE(key->value, std::uint64_t{0xabcd});
        QCOMPARE(key->byteOffset, 14U + 20U + 4U);
    }

    void quotedTcpHeaderIsShownButStartsNoConversation()
    {
        // A host unreachable error quoting the first 8 bytes of a TCP SYN.
        const auto original = ipv4Tcp();
        const auto quote = original.left(20 + 8);
        QByteArray icmp = QByteArray::fromHex("03010000") + QByteArray(4, '\0') + quote;
        putBe16(icmp, 2, internetChecksum(icmp));
        const auto frame = ethernetAround(0x0800, ipv4Around(1, icmp));
        const auto bytes = tcplens::Bytes(reinterpret_cast<const std::uint8_t*>(frame.constData()), frame.size());
        tcplens::FieldSpans spans;
        const auto packet = tcplens::decodePacket(bytes, static_cast<std::uint32_t>(frame.size()), 1, &spans);
        QVERIFY(!packet.isTcp());
        QCOMPARE(packet.network.protocol, std::uint8_t{1});
        QCOMPARE(packet.network.src.toString(), std::string("192.0.2.1"));
        QVERIFY(packet.problems.empty());
        const auto icmpSpan = std::find_if(spans.begin(), spans.end(), [](const auto& s) { return s.id == "icmp"; });
        QVERIFY(icmpSpan != spans.end());
        QCOMPARE(icmpSpan->depth, std::uint8_t{0});
        const auto quotedIp = std::find_if(icmpSpan, spans.end(), [](const auto& s) { return s.id == "ip"; });
        const auto quotedTcp = std::find_if(icmpSpan, spans.end(), [](const auto& s) { return s.id == "tcp"; });
        QVERIFY(quotedIp != spans.end() && quotedTcp != spans.end());
        QCOMPARE(quotedIp->depth, std::uint8_t{1});
        QCOMPARE(quotedTcp->depth, std::uint8_t{1});
        QCOMPARE(quotedTcp->layer, tcplens::Layer::Network); // not the frame's transport layer
        const auto port = std::find_if(quotedTcp, spans.end(), [](const auto& s) { return s.id == "tcp.srcport"; });
        QVERIFY(port != spans.end());
        QCOMPARE(port->value, std::uint64_t{40000});
        QCOMPARE(port->depth, std::uint8_t{2});

        // tshark decodes the quoted ports too; the conversation table has nothing.
        const QString path = dir_.filePath("icmp-quote.pcap");
        QVERIFY(writeFile(path, pcapOfFrames({frame})));
        const auto conversations = runCli({"conversations", path});
        QVERIFY2(conversations.exitedWith(0), conversations.err.constData());
        QVERIFY2(!conversations.out.contains("40000"), conversations.out.constData());
        if (tshark_.isEmpty())
            QSKIP("tshark is not installed");
        const auto run = runProcess(tshark_, {"-n", "-r", path, "-T", "fields", "-e", "tcp.srcport"});
        QCOMPARE(QString::fromUtf8(run.out).trimmed(), QString("40000"));
    }

    void pppdCapturesReadAsTcpdumpReadsThem()
    {
        // LINKTYPE_PPP_PPPD (166): tshark 4.0 cannot read it, tcpdump can. A received and a sent frame.
        TcpFrameSpec spec;
        spec.flags = 0x018;
        spec.payload = "hello";
        spec.seq = 111;
        const auto in = QByteArray::fromHex("00030021") + ipv4Tcp(spec);
        spec.seq = 222;
        const auto out = QByteArray::fromHex("01030021") + ipv4Tcp(spec);
        const QString path = dir_.filePath("pppd.pcap");
        QVERIFY(writeFile(path, pcapOfFrames({in, out}, 166)));
        const auto cli = runCli({"packets", path, "--json"});
        QVERIFY2(cli.exitedWith(0), cli.err.constData());
        const auto ours = jsonLines(cli.out);
        QCOMPARE(ours.size(), 2);
        QCOMPARE(ours[0].value("seq_raw").toInteger(), 111);
        QCOMPARE(ours[1].value("seq_raw").toInteger(), 222);
        QCOMPARE(ours[1].value("tcp_checksum").toString(), QString("good"));
        const auto tcpdump = findProgram("tcpdump");
        if (tcpdump.isEmpty())
            QSKIP("tcpdump is not installed");
        const auto theirs = lines(runProcess(tcpdump, {"-nn", "-S", "-r", path}).out);
        QCOMPARE(theirs.size(), 2);
        QVERIFY2(theirs[0].contains("seq 111:") && theirs[1].contains("seq 222:"), theirs[0].constData());
    }

    void pseudowireControlWordIsFoundWhereTsharksGuessFails_data()
    {
        // tshark takes "both MAC OUIs registered" for "no control word": it misreads a control word
        // before locally administered addresses, and a pseudowire without one between them
        // (docs/wireshark-differences.md). Which reading holds an Ethernet header decides here.
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<bool>("controlWord");
        const QByteArray localEthernet = ethernetAround(0x0800, ipv4Tcp());
        QTest::newRow("control word, local addresses") << QByteArray::fromHex("00000007") + localEthernet << true;
        QTest::newRow("no control word, local addresses") << localEthernet << false;
    }

    void pseudowireControlWordIsFoundWhereTsharksGuessFails()
    {
        QFETCH(QByteArray, payload);
        QFETCH(bool, controlWord);
        const auto frame = ethernetAround(0x8847, mplsLabel(16, true) + payload);
        const auto bytes = tcplens::Bytes(reinterpret_cast<const std::uint8_t*>(frame.constData()), frame.size());
        tcplens::FieldSpans spans;
        const auto packet = tcplens::decodePacket(bytes, static_cast<std::uint32_t>(frame.size()), 1, &spans);
        QVERIFY(packet.isTcp());
        QCOMPARE(packet.tcp.checksum, tcplens::ChecksumStatus::Good);
        QCOMPARE(packet.network.offset, 14U + 4U + (controlWord ? 4U : 0U) + 14U);
        const auto sequence = std::find_if(spans.begin(), spans.end(), [](const auto& s) { return s.id == "pweth.cw.sequence_number"; });
        QCOMPARE(sequence != spans.end(), controlWord);
        if (controlWord)
            QCOMPARE(sequence->value, std::uint64_t{7});
    }

    void nestingIsBounded()
    {
        // IPv4 in IPv4 a hundred times over: decoding stops at a fixed depth and says so.
        QByteArray packet = ipv4Tcp();
        for (int i = 0; i < 100; ++i)
            packet = ipv4Around(4, packet);
        const auto frame = ethernetAround(0x0800, packet);
        const auto bytes = tcplens::Bytes(reinterpret_cast<const std::uint8_t*>(frame.constData()), frame.size());
        const auto decoded = tcplens::decodePacket(bytes, static_cast<std::uint32_t>(frame.size()), 1);
        QVERIFY(!decoded.isTcp());
        QVERIFY(decoded.problems.has(tcplens::ProblemKind::TooManyEncapsulations));
    }

    void truncatedTunnelSaysWhere()
    {
        const auto whole = ethernetAround(0x0800, ipv4Around(17, udpAround(4789, QByteArray::fromHex("0800000000123400"))));
        const auto frame = whole.left(whole.size() - 3); // VXLAN header cut short
        const auto bytes = tcplens::Bytes(reinterpret_cast<const std::uint8_t*>(frame.constData()), frame.size());
        const auto decoded = tcplens::decodePacket(bytes, static_cast<std::uint32_t>(whole.size()), 1);
        QVERIFY(decoded.problems.has(tcplens::ProblemKind::TruncatedEncapsulation));
        QVERIFY(decoded.truncated);
    }
};

QTEST_MAIN(TestEncapsulations)
#include "TestEncapsulations.moc"
