// The detail tree in the interface language: in English every line is core's text exactly; in
// Chinese the labels of the bundled sample, a lossy transfer and captures of other links and of
// IPv6 and fragments (relative and absolute numbers)
// are the textbook's terms, the values and field ids unchanged.
#include "ChineseTextSupport.h"
#include "EncapsulationFrames.h"
#include "UiTestSupport.h"

#include <decode/PacketDecoder.h>
#include <inspector/FieldNames.h>
#include <inspector/FieldTreeModel.h>
#include <inspector/FieldTreeText.h>
#include <inspector/HeaderDiagramLabels.h>
#include <inspector/InspectorPanel.h>
#include <shell/Language.h>

#include <QApplication>
#include <QMap>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QtTest>

using namespace tcplens;
using namespace tcplens::ui;
using namespace tcplens::ui::test;
using namespace tcplens::test;

namespace {

/// Every packet's spans of `path`, as the inspector gets them, with relative or absolute numbers.
std::vector<FieldSpans> spansOf(const QString& path, bool relative)
{
    PacketListModel model;
    loadSynchronously(model, path);
    model.setRelativeSequenceNumbers(relative);
    std::vector<FieldSpans> packets;
    for (int row = 0; row < model.rowCount(); ++row)
        packets.push_back(model.fieldSpans(row));
    return packets;
}

QStringList captures()
{
    QStringList paths{samplePath()};
    // A lossy transfer, then IPv6 with fragments and extension headers, Linux cooked, BSD loopback and VLAN links.
    for (const char* name : {"lossy-bulk.pcap", "ipv6-basic.pcap", "ip-fragments.pcap", "sll-any.pcap", "sll2-any.pcap",
                             "null-le.pcap", "vlan.pcap", "http.pcap"})
        paths << QStringLiteral(TCPLENS_TEST_DATA_DIR "/") + QString::fromUtf8(name);
    return paths;
}

/// The label of a detail line: after "[" and a bit picture, up to ": ", " = ", ", ", " (" or "]".
QString labelOf(QString line)
{
    if (line.startsWith(QLatin1Char('[')))
        line.remove(0, 1);
    static const QRegularExpression picture(QStringLiteral("^[01.]+( [01.]+)* = "));
    line.remove(picture);
    qsizetype end = line.size();
    for (const char* stop : {": ", " = ", ", ", " (", "]"})
        if (const auto at = line.indexOf(QLatin1String(stop)); at >= 0)
            end = std::min(end, at);
    return line.left(end);
}

/// Captures over tunnels and other links (tests/data/public, from tcpdump's and Wireshark's suites).
QStringList tunnelCaptures()
{
    QStringList paths;
    for (const char* name : {"public/tcpdump__gso-ipv4-vxlan-ipv4.pcap", "public/tcpdump__gso-ipv6-geneve-ipv4.pcap",
                             "public/tcpdump__wccp_redirect_gre.pcap", "public/tcpdump__pptp.pcap", "public/ws__ipoipoip.pcap",
                             "public/tcpdump__lspping-fec-ldp.pcap", "public/tcpdump__ipoib.pcap", "qinq.pcap",
                             // MPTCP, ARCNET, Juniper Ethernet, IP options, offloaded checksums, SLL loopback.
                             "public/tcpdump__mptcp-v0.pcap", "public/tcpdump__arcnet-rfc1201-arp-icmp-http.pcap",
                             "public/tcpdump__arcnet-rfc1051-arp-icmp-http.pcap", "public/tcpdump__bgp-aigp.pcap",
                             "ipv4-options-frag.pcap", "public/ppa__inconsistent_printer.pcapng",
                             "public/ppa__sessionhijacking.pcapng", "public/ws__grpc_stream_reassembly_sample.pcapng"})
        paths << QStringLiteral(TCPLENS_TEST_DATA_DIR "/") + QString::fromUtf8(name);
    return paths;
}

/// The English words of a Chinese line a reader would have to look up (see englishWordsIn): hex
/// numbers and addresses are no words here.
QStringList untranslatedWords(const QString& line)
{
    static const QRegularExpression numbers(
        QStringLiteral("\\b0x[0-9a-fA-F]+\\b|\\b[0-9a-fA-F]{1,4}(:[0-9a-fA-F]{0,4}){2,}\\b|\\b[0-9a-fA-F]*[0-9][0-9a-fA-F]*\\b"));
    static const QStringList names{QStringLiteral("IPv4"), QStringLiteral("IPv6"), QStringLiteral("ICMPv6"), QStringLiteral("TSval"),
                                   QStringLiteral("TSecr"), QStringLiteral("Geneve"), QStringLiteral("Linux"),
                                   QStringLiteral("OpenBSD"), QStringLiteral("Cisco"), QStringLiteral("Ethernet"),
                                   QStringLiteral("InfiniBand"), QStringLiteral("IPoIB"), QStringLiteral("PPPoE"), QStringLiteral("v1"),
                                   QStringLiteral("v2"), QStringLiteral("Not-ECT"), QStringLiteral("Juniper"),
                                   QStringLiteral("Solaris"), QStringLiteral("ipnet"), QStringLiteral("em0"),
                                   QStringLiteral("QoS"), QStringLiteral("Radiotap")};
    return englishWordsIn(line, numbers, names);
}

bool hasChinese(const QString& text)
{
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    return text.contains(han);
}

/// The value after the label, as Copy › Value takes it (a line without a label is its own value).
QString valueOf(const QString& line)
{
    const auto colon = line.indexOf(QStringLiteral(": "));
    return colon < 0 ? line : line.mid(colon + 2);
}

} // namespace

class TestFieldTreeText : public QObject {
    Q_OBJECT

private slots:
    void cleanup() { installLanguage(*qApp, QStringLiteral("en")); }

    void englishLinesAreCoresText()
    {
        QVERIFY(installLanguage(*qApp, QStringLiteral("en")));
        int lines = 0;
        for (const auto& path : captures())
            for (const bool relative : {true, false})
                for (const auto& spans : spansOf(path, relative))
                    for (const auto& span : spans) {
                        if (span.id == "tcplens.not_received")
                            continue; // tcplens' own line, worded in ui (TestFieldTreeModel)
                        QCOMPARE(FieldTreeText::line(span), QString::fromStdString(span.text.empty() ? span.name : span.text));
                        ++lines;
                    }
        QVERIFY(lines > 10000);
    }

    void chineseLabelsAreTranslatedAndValuesKept()
    {
        int lines = 0;
        for (const auto& path : captures())
            for (const bool relative : {true, false}) {
                const auto packets = spansOf(path, relative);
                QVERIFY(installLanguage(*qApp, QStringLiteral("en")));
                QStringList englishLines;
                for (const auto& spans : packets)
                    for (const auto& span : spans)
                        englishLines << FieldTreeText::line(span);
                QVERIFY(installLanguage(*qApp, QStringLiteral("zh_CN")));
                int at = 0;
                for (const auto& spans : packets)
                    for (const auto& span : spans) {
                        const QString& english = englishLines[at++];
                        const QString chinese = FieldTreeText::line(span);
                        const QString label = labelOf(chinese);
                        const QString where = path.section(QLatin1Char('/'), -1) + QStringLiteral(": ") + chinese;
                        // A label is Chinese, or a field id ("[tcp.analysis.retransmission]": the filter name itself).
                        const bool fieldId = label == QString::fromStdString(span.text).mid(1).chopped(1) && label.contains(QLatin1Char('.'));
                        QVERIFY2(hasChinese(label) || fieldId, qPrintable(where));
                        if (span.depth == 0) {
                            // "…, PRI: 0, DEI: 0, ID: 100": the acronyms a textbook keeps may stay.
                            static const QRegularExpression englishKey(QStringLiteral(", [A-Za-z ]*[a-z][A-Za-z ]*: "));
                            QVERIFY2(!chinese.contains(englishKey), qPrintable(where));
                        } else if (span.id != "tcplens.not_received") {
                            // Copy › Value takes core's value in every language.
                            QCOMPARE(FieldTreeText::coreValue(span), valueOf(english));
                        }
                        ++lines;
                    }
            }
        QVERIFY(lines > 10000);
    }

    void chineseValuesLeaveNoEnglishWords()
    {
        QVERIFY(installLanguage(*qApp, QStringLiteral("zh_CN")));
        QMap<QString, QString> left; // word -> first line that has it
        int lines = 0;
        for (const auto& path : captures() + tunnelCaptures())
            for (const bool relative : {true, false})
                for (const auto& spans : spansOf(path, relative))
                    for (const auto& span : spans) {
                        if (span.id == "tcp.analysis.flags" || span.id == "frame.comment" || span.id.starts_with("frame.interface_"))
                            continue; // the filter name itself; the capture's own words
                        const QString line = FieldTreeText::line(span);
                        for (const auto& w : untranslatedWords(line))
                            if (!left.contains(w))
                                left.insert(w, path.section(QLatin1Char('/'), -1) + QStringLiteral(": ") + line);
                        ++lines;
                    }
        QVERIFY(lines > 10000);
        QVERIFY2(left.isEmpty(), qPrintable(englishLeftReport(left)));
    }

    void craftedWirelessAndHostLinksReadInChinese()
    {
        // Links no fixture carries, built as TestEncapsulations builds them: 802.11 bare and behind
        // radiotap and PPI, pflog, PKTAP and ipnet.
        const QByteArray v4 = ipv4Tcp();
        const QByteArray v6 = ipv6Tcp();
        const std::pair<int, QByteArray> frames[] = {
            {105, wlanDataAround(0x0800, v4)}, {105, wlanDataAround(0x86dd, v6, true, true, 0x80)},
            {127, radiotapAround(wlanDataAround(0x0800, v4, true), true, true)},
            {192, ppiAround(105, wlanDataAround(0x0800, v4))}, {117, pflogAround(2, v4)}, {117, pflogAround(24, v6)},
            {258, pktapAround(1, ethernetAround(0x0800, v4))}, {226, ipnetAround(2, v4)}};
        QMap<QString, QString> left;
        for (const auto& [link, frame] : frames) {
            const auto bytes = Bytes(reinterpret_cast<const std::uint8_t*>(frame.constData()), frame.size());
            FieldSpans spans;
            QVERIFY(decodePacket(bytes, static_cast<std::uint32_t>(frame.size()), link, &spans).isTcp());
            QVERIFY(installLanguage(*qApp, QStringLiteral("en")));
            for (const auto& span : spans)
                QCOMPARE(FieldTreeText::line(span), QString::fromStdString(span.text.empty() ? span.name : span.text));
            QVERIFY(installLanguage(*qApp, QStringLiteral("zh_CN")));
            for (const auto& span : spans) {
                const QString line = FieldTreeText::line(span);
                for (const auto& w : untranslatedWords(line))
                    if (!left.contains(w))
                        left.insert(w, QStringLiteral("link %1: ").arg(link) + line);
            }
        }
        QVERIFY2(left.isEmpty(), qPrintable(englishLeftReport(left)));
    }

    void tunnelCapturesReadInEnglishAsCoreWroteThem()
    {
        QVERIFY(installLanguage(*qApp, QStringLiteral("en")));
        int lines = 0;
        for (const auto& path : tunnelCaptures())
            for (const auto& spans : spansOf(path, true))
                for (const auto& span : spans) {
                    QCOMPARE(FieldTreeText::line(span), QString::fromStdString(span.text.empty() ? span.name : span.text));
                    ++lines;
                }
        QVERIFY(lines > 1000);
    }

    void chineseUsesTheTextbooksTerms()
    {
        QVERIFY(installLanguage(*qApp, QStringLiteral("zh_CN")));
        const auto spans = spansOf(samplePath(), true).front(); // the SYN
        QStringList lines;
        for (const auto& span : spans)
            lines << FieldTreeText::line(span);
        for (const char* expected : {"传输控制协议 (TCP), 源端口: 33728, 目的端口: 8888, 序号: 0, 长度: 0",
                                     "[序号: 0    (相对序号)]", "窗口: 64240", "1010 .... = 首部长度: 40 字节 (10)",
                                     "校验和: 0x16f5 [正确]", "标志: 0x002 (SYN)", ".... .... ..1. = 同步 (SYN): 置位",
                                     ".... .... ...0 = 终止 (FIN): 未置位", "帧: 线路上 74 字节 (592 位)，捕获 74 字节 (592 位)",
                                     "TCP 选项 - 最大报文段长度 (MSS): 1460 字节", "TCP 选项 - 无操作 (NOP)"})
            QVERIFY2(lines.contains(QString::fromUtf8(expected)), expected);
        QVERIFY2(std::any_of(lines.begin(), lines.end(), [](const QString& l) { return l.startsWith(QStringLiteral("确认号（原始值）: 0")); }),
                 qPrintable(lines.join(QLatin1Char('\n'))));
    }

    void treeModelShowsTheWordedLinesAndKeepsFieldIds()
    {
        QVERIFY(installLanguage(*qApp, QStringLiteral("zh_CN")));
        FieldTreeModel model;
        model.setSpans(spansOf(samplePath(), true).front());
        QModelIndex tcp;
        for (int row = 0; row < model.rowCount(); ++row)
            if (model.index(row, 0).data(FieldTreeModel::FieldIdRole).toString() == QStringLiteral("tcp"))
                tcp = model.index(row, 0);
        QVERIFY(tcp.isValid());
        QVERIFY(tcp.data().toString().startsWith(QStringLiteral("传输控制协议")));
        QVERIFY(installLanguage(*qApp, QStringLiteral("en")));
        model.retranslate();
        QVERIFY(tcp.data().toString().startsWith(QStringLiteral("Transmission Control Protocol, Src Port: 33728")));
    }

    void inspectorRewordsWhenTheLanguageSwitches()
    {
        QVERIFY(installLanguage(*qApp, QStringLiteral("en")));
        PacketListModel packets;
        loadSynchronously(packets, samplePath());
        InspectorPanel inspector;
        inspector.show();
        inspector.showPacket(packets, 0);
        QSignalSpy reworded(inspector.fieldModel(), &QAbstractItemModel::layoutChanged);
        QVERIFY(installLanguage(*qApp, QStringLiteral("zh_CN")));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        QVERIFY(reworded.count() >= 1); // the tree asks for every line again
        bool tcp = false;
        for (int row = 0; row < inspector.fieldModel()->rowCount(); ++row)
            tcp |= inspector.fieldModel()->index(row, 0).data().toString().startsWith(QStringLiteral("传输控制协议"));
        QVERIFY(tcp);
    }

    void treeAndDiagramShareTheTable()
    {
        // Every field the diagram draws by name and the tree labels is one row of one table.
        QVERIFY(installLanguage(*qApp, QStringLiteral("zh_CN")));
        for (const char* id : {"tcp.seq_raw", "tcp.ack_raw", "tcp.window_size_value", "tcp.checksum", "ip.ttl"}) {
            QVERIFY(diagramFieldName(id) == treeFieldName(id));
            FieldSpan span;
            span.id = id;
            span.name = treeFieldName(id)->treeName;
            const QString tree = FieldTreeText::label(span);
            const QString diagram = QCoreApplication::translate("tcplens::ui::HeaderDiagramLabels", diagramFieldName(id)->diagramName);
            QVERIFY2(diagram.startsWith(tree.section(QStringLiteral("（"), 0, 0)), qPrintable(tree + QStringLiteral(" / ") + diagram));
        }
    }
};

QTEST_MAIN(TestFieldTreeText)
#include "TestFieldTreeText.moc"
