// The FieldSpan list of a SYN: every Ethernet/IPv4/TCP field is there, at the right byte and
// bit, with Wireshark's text, and its value is what its bits hold.
#include "TestSupport.h"

#include <capture/CaptureFile.h>
#include <decode/PacketDecoder.h>

#include <QtTest>

#include <set>

using namespace tcplens;
using namespace tcplens::test;

namespace {

struct Syn {
    QString file;
    int frameNumber = 0;
    QByteArray bytes;
    DecodedPacket decoded;
    FieldSpans spans;
};

/// The first SYN (without ACK) of `path`, decoded with spans.
Syn firstSyn(const QString& path)
{
    Syn syn;
    syn.file = path;
    auto file = CaptureFile::open(path.toStdString());
    RawPacket packet;
    while (file->next(packet) == ReadStatus::Packet) {
        ++syn.frameNumber;
        FieldSpans spans;
        const auto decoded = decodePacket(packet.bytes, packet.wireLength, file->info().linkType, &spans);
        if (decoded.tcp.complete && decoded.tcp.has(tcpflag::Syn) && !decoded.tcp.has(tcpflag::Ack)) {
            syn.bytes = QByteArray(reinterpret_cast<const char*>(packet.bytes.data()), qsizetype(packet.bytes.size()));
            syn.decoded = decoded;
            syn.spans = std::move(spans);
            return syn;
        }
    }
    return {};
}

/// The bits a span covers, read MSB-first from the frame.
std::uint64_t bitsOf(const QByteArray& frame, const FieldSpan& span)
{
    std::uint64_t value = 0;
    const std::uint32_t first = span.byteOffset * 8 + span.bitOffset;
    for (std::uint32_t bit = first; bit < first + span.bitWidth; ++bit)
        value = (value << 1) | ((static_cast<std::uint8_t>(frame[bit / 8]) >> (7 - bit % 8)) & 1U);
    return value;
}

} // namespace

class TestFieldSpans : public QObject {
    Q_OBJECT

private:
    Syn syn_;

    const FieldSpan* find(const std::string& id, int occurrence = 0) const
    {
        for (const auto& span : syn_.spans)
            if (span.id == id && occurrence-- == 0)
                return &span;
        return nullptr;
    }

    void expectSpan(const std::string& id, std::uint32_t byteOffset, std::uint32_t bitOffset, std::uint32_t width,
                    const QString& text = {})
    {
        const auto* span = find(id);
        QVERIFY2(span, id.c_str());
        QCOMPARE(span->byteOffset, byteOffset);
        QCOMPARE(span->bitOffset, bitOffset);
        QCOMPARE(span->bitWidth, width);
        if (!text.isNull())
            QCOMPARE(QString::fromStdString(span->text), text);
    }

private slots:
    void initTestCase()
    {
        const QString sample = QString::fromUtf8(TCPLENS_SAMPLES_DIR) + "/hello-exchange.pcap";
        syn_ = firstSyn(QFileInfo::exists(sample) ? sample : fixturePath("ipv4-basic.pcap"));
        QVERIFY2(!syn_.bytes.isEmpty(), "no SYN found");
        QCOMPARE(syn_.decoded.link.linkType, 1);
        QCOMPARE(syn_.decoded.network.offset, 14U);
        QCOMPARE(syn_.decoded.tcp.offset, 34U);
    }

    void everyHeaderFieldHasASpan()
    {
        for (const char* id :
             {"frame", "eth", "eth.dst", "eth.src", "eth.type", "ip", "ip.version", "ip.hdr_len", "ip.dsfield",
              "ip.dsfield.dscp", "ip.dsfield.ecn", "ip.len", "ip.id", "ip.flags", "ip.flags.rb", "ip.flags.df",
              "ip.flags.mf", "ip.frag_offset", "ip.ttl", "ip.proto", "ip.checksum", "ip.src", "ip.dst", "tcp",
              "tcp.srcport", "tcp.dstport", "tcp.seq_raw", "tcp.ack_raw", "tcp.hdr_len", "tcp.flags",
              "tcp.flags.res", "tcp.flags.ae", "tcp.flags.cwr", "tcp.flags.ece", "tcp.flags.urg", "tcp.flags.ack",
              "tcp.flags.push", "tcp.flags.reset", "tcp.flags.syn", "tcp.flags.fin", "tcp.window_size_value",
              "tcp.checksum", "tcp.urgent_pointer", "tcp.options", "tcp.options.mss", "tcp.options.mss_val",
              "tcp.option_kind", "tcp.option_len", "tcp.options.sack_perm", "tcp.options.timestamp",
              "tcp.options.timestamp.tsval", "tcp.options.timestamp.tsecr", "tcp.options.nop",
              "tcp.options.wscale", "tcp.options.wscale.shift"})
            QVERIFY2(find(id), id);
    }

    void headerSpansCoverTheirHeaders()
    {
        expectSpan("eth", 0, 0, 14 * 8);
        expectSpan("ip", 14, 0, 20 * 8);
        expectSpan("tcp", 34, 0, syn_.decoded.tcp.headerLength * 8);
        expectSpan("tcp.options", 54, 0, (syn_.decoded.tcp.headerLength - 20) * 8);
    }

    void bitFieldsSitAtTheirBits()
    {
        const std::uint32_t tcp = syn_.decoded.tcp.offset;
        expectSpan("ip.version", 14, 0, 4, "0100 .... = Version: 4");
        expectSpan("ip.hdr_len", 14, 4, 4, ".... 0101 = Header Length: 20 bytes (5)");
        expectSpan("ip.flags.rb", 20, 0, 1, "0... .... = Reserved bit: Not set");
        expectSpan("ip.flags.df", 20, 1, 1);
        expectSpan("ip.flags.mf", 20, 2, 1);
        expectSpan("ip.frag_offset", 20, 3, 13, "...0 0000 0000 0000 = Fragment Offset: 0");
        expectSpan("tcp.hdr_len", tcp + 12, 0, 4);
        expectSpan("tcp.flags.res", tcp + 12, 4, 3, "000. .... .... = Reserved: Not set");
        expectSpan("tcp.flags.ae", tcp + 12, 7, 1, "...0 .... .... = Accurate ECN: Not set");
        expectSpan("tcp.flags.cwr", tcp + 13, 0, 1);
        expectSpan("tcp.flags.ack", tcp + 13, 3, 1, ".... ...0 .... = Acknowledgment: Not set");
        expectSpan("tcp.flags.syn", tcp + 13, 6, 1, ".... .... ..1. = Syn: Set");
        expectSpan("tcp.flags.fin", tcp + 13, 7, 1, ".... .... ...0 = Fin: Not set");
    }

    void headerLengthTextShowsTheNibble()
    {
        const auto words = syn_.decoded.tcp.headerLength / 4;
        const QString nibble = QString::number(words, 2).rightJustified(4, '0');
        QCOMPARE(QString::fromStdString(find("tcp.hdr_len")->text),
                 nibble + " .... = Header Length: " + QString::number(syn_.decoded.tcp.headerLength) + " bytes ("
                     + QString::number(words) + ")");
    }

    void dontFragmentShowsItsBit()
    {
        const bool df = syn_.decoded.network.flags & 0x2;
        // Wireshark 4.0 draws the IP flag bits inside the flags byte: ".1.. .... = Don't fragment: Set".
        QCOMPARE(QString::fromStdString(find("ip.flags.df")->text).section(" = ", 1),
                 QString(df ? "Don't fragment: Set" : "Don't fragment: Not set"));
        QCOMPARE(QString::fromStdString(find("ip.flags.df")->text).left(9), QString(df ? ".1.. ...." : ".0.. ...."));
    }

    void optionsHaveTheirSubFields()
    {
        const auto& options = syn_.decoded.tcp.options;
        QVERIFY(options.hasMss);
        const auto* mss = find("tcp.options.mss");
        QCOMPARE(QString::fromStdString(mss->text),
                 "TCP Option - Maximum segment size: " + QString::number(options.mss) + " bytes");
        QCOMPARE(mss->bitWidth, 32U);
        const auto* mssValue = find("tcp.options.mss_val");
        QCOMPARE(mssValue->byteOffset, mss->byteOffset + 2);
        QCOMPARE(QString::fromStdString(mssValue->text), "MSS Value: " + QString::number(options.mss));
        QCOMPARE(QString::fromStdString(find("tcp.option_kind")->text), QString("Kind: Maximum Segment Size (2)"));
        QCOMPARE(QString::fromStdString(find("tcp.option_len")->text), QString("Length: 4"));
        if (options.hasWindowScale)
            QCOMPARE(QString::fromStdString(find("tcp.options.wscale.shift")->text),
                     "Shift count: " + QString::number(options.windowScale));
        if (options.hasTimestamps) {
            QCOMPARE(QString::fromStdString(find("tcp.options.timestamp.tsval")->text),
                     "Timestamp value: " + QString::number(options.tsval));
            QCOMPARE(find("tcp.options.timestamp.tsval")->byteOffset + 4,
                     find("tcp.options.timestamp.tsecr")->byteOffset);
        }
    }

    void valuesAreTheBitsTheSpanCovers()
    {
        const std::set<std::string> raw = {
            "eth.type", "ip.version", "ip.hdr_len", "ip.dsfield", "ip.dsfield.dscp", "ip.dsfield.ecn", "ip.len",
            "ip.id", "ip.flags.rb", "ip.flags.df", "ip.flags.mf", "ip.frag_offset", "ip.ttl", "ip.proto",
            "ip.checksum", "tcp.srcport", "tcp.dstport", "tcp.seq_raw", "tcp.ack_raw", "tcp.hdr_len",
            "tcp.flags.res", "tcp.flags.ae", "tcp.flags.cwr", "tcp.flags.ece", "tcp.flags.urg", "tcp.flags.ack",
            "tcp.flags.push", "tcp.flags.reset", "tcp.flags.syn", "tcp.flags.fin", "tcp.window_size_value",
            "tcp.checksum", "tcp.urgent_pointer", "tcp.option_kind", "tcp.option_len", "tcp.options.mss_val",
            "tcp.options.wscale.shift", "tcp.options.timestamp.tsval", "tcp.options.timestamp.tsecr"};
        int checked = 0;
        for (const auto& span : syn_.spans) {
            QVERIFY2(span.firstByte() + span.byteLength() <= std::uint32_t(syn_.bytes.size()), span.id.c_str());
            if (!raw.count(span.id))
                continue;
            // tcp.hdr_len's value is the nibble; the span text says bytes.
            QVERIFY2(bitsOf(syn_.bytes, span) == span.value,
                     qPrintable(QString::fromStdString(span.id) + ": value " + QString::number(span.value)
                                + ", bits " + QString::number(bitsOf(syn_.bytes, span))));
            ++checked;
        }
        QVERIFY(checked >= int(raw.size()));
    }

    void tcpTextsAppearInTsharkVerboseOutput()
    {
        const auto tshark = findProgram("tshark");
        if (tshark.isEmpty())
            QSKIP("tshark is not installed");
        // Both sequence-number modes, so raw and relative lines are both there to be found.
        QSet<QString> theirs;
        for (const char* relative : {"TRUE", "FALSE"}) {
            const auto run = runProcess(tshark, {"-r", syn_.file, "-V", "-Y", "frame.number == " + QString::number(syn_.frameNumber),
                                                 "-o", QString("tcp.relative_sequence_numbers:") + relative,
                                                 "-o", "tcp.check_checksum:TRUE", "-o", "ip.check_checksum:TRUE"});
            QVERIFY(run.exitedWith(0));
            for (const auto& line : lines(run.out))
                theirs.insert(QString::fromUtf8(line).trimmed());
        }
        QStringList missing;
        for (const auto& span : syn_.spans) {
            if (span.depth < 1 || (span.layer != Layer::Transport && span.layer != Layer::Network))
                continue;
            const auto text = QString::fromStdString(span.text);
            if (!theirs.contains(text))
                missing << QString::fromStdString(span.id) + ": \"" + text + "\"";
        }
        QVERIFY2(missing.isEmpty(), qPrintable("not in tshark -V:\n  " + missing.join("\n  ")));
    }
};

QTEST_MAIN(TestFieldSpans)
#include "TestFieldSpans.moc"
