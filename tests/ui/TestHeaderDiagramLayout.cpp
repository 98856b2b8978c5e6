// The header diagram of the hello-exchange SYN laid out as RFC 791 and RFC 793 draw it.
#include "SpanTestSupport.h"

#include <inspector/HeaderDiagramLabels.h>
#include <inspector/HeaderDiagramLayout.h>

#include <capture/CaptureFile.h>
#include <decode/PacketDecoder.h>

#include <QtTest>

using namespace tcplens;
using namespace tcplens::ui;
using namespace tcplens::ui::test;

namespace {

/// The box of `id` as (row, first bit, bit count) per piece.
QList<QList<int>> piecesOf(const HeaderDiagramLayout& layout, const FieldSpans& spans, const char* id)
{
    QList<QList<int>> pieces;
    if (const HeaderDiagramBox* box = layout.box(indexOf(spans, id))) {
        for (const auto& piece : box->pieces)
            pieces.append({piece.row, piece.firstBit, piece.bitCount});
    }
    return pieces;
}

using Pieces = QList<QList<int>>;

} // namespace

class TestHeaderDiagramLayout : public QObject {
    Q_OBJECT

private slots:
    void synHasAnIpv4AndATcpSection()
    {
        const FieldSpans spans = synSpans();
        HeaderDiagramLayout layout;
        layout.setSpans(spans);
        QCOMPARE(layout.sections().size(), std::size_t{2});
        QCOMPARE(layout.rowCount(0), 5);
        QCOMPARE(layout.rowCount(1), 10);
        QCOMPARE(headerDiagramTitle(spans, layout.sections()[0].headerSpan), QStringLiteral("IPv4 header (20 bytes)"));
        QCOMPARE(headerDiagramTitle(spans, layout.sections()[1].headerSpan), QStringLiteral("TCP header (40 bytes)"));
    }

    void aTunnelShowsOnlyItsInnermostIpHeader()
    {
        // IPv4 in IPv4 in ... five deep: the diagram draws the header the TCP segment belongs to.
        const FieldSpans spans = firstPacketSpans(QStringLiteral(TCPLENS_TEST_DATA_DIR "/public/ws__ipoipoip.pcap"));
        int lastIp = -1;
        int ipHeaders = 0;
        for (std::size_t i = 0; i < spans.size(); ++i) {
            if (spans[i].depth == 0 && spans[i].id == "ip") {
                lastIp = static_cast<int>(i);
                ++ipHeaders;
            }
        }
        QCOMPARE(ipHeaders, 5);
        HeaderDiagramLayout layout;
        layout.setSpans(spans);
        QCOMPARE(layout.sections().size(), std::size_t{2});
        QCOMPARE(layout.sections()[0].headerSpan, lastIp);
        QCOMPARE(spans[static_cast<std::size_t>(layout.sections()[1].headerSpan)].id, std::string("tcp"));
    }

    void tcpFieldsSitWhereRfc793DrawsThem()
    {
        const FieldSpans spans = synSpans();
        HeaderDiagramLayout layout;
        layout.setSpans(spans);
        QCOMPARE(piecesOf(layout, spans, "tcp.srcport"), (Pieces{{0, 0, 16}}));
        QCOMPARE(piecesOf(layout, spans, "tcp.dstport"), (Pieces{{0, 16, 16}}));
        QCOMPARE(piecesOf(layout, spans, "tcp.seq_raw"), (Pieces{{1, 0, 32}}));
        QCOMPARE(piecesOf(layout, spans, "tcp.hdr_len"), (Pieces{{3, 0, 4}}));
        QCOMPARE(piecesOf(layout, spans, "tcp.flags.res"), (Pieces{{3, 4, 3}}));
        QCOMPARE(piecesOf(layout, spans, "tcp.flags.syn"), (Pieces{{3, 14, 1}}));
        QCOMPARE(piecesOf(layout, spans, "tcp.flags.fin"), (Pieces{{3, 15, 1}}));
        QCOMPARE(piecesOf(layout, spans, "tcp.window_size_value"), (Pieces{{3, 16, 16}}));
        QVERIFY(!layout.box(indexOf(spans, "tcp.flags"))); // drawn as its twelve bits
        QVERIFY(!layout.box(indexOf(spans, "tcp.len")));   // generated, no bits
    }

    void optionsStartAtRow5AndRunAcrossRows()
    {
        const FieldSpans spans = synSpans();
        HeaderDiagramLayout layout;
        layout.setSpans(spans);
        QCOMPARE(piecesOf(layout, spans, "tcp.options.mss"), (Pieces{{5, 0, 32}}));
        QCOMPARE(piecesOf(layout, spans, "tcp.options.sack_perm"), (Pieces{{6, 0, 16}}));
        QCOMPARE(piecesOf(layout, spans, "tcp.options.timestamp"), (Pieces{{6, 16, 16}, {7, 0, 32}, {8, 0, 32}}));
        QCOMPARE(layout.box(indexOf(spans, "tcp.options.timestamp"))->labelPiece, 1);
        QCOMPARE(piecesOf(layout, spans, "tcp.options.nop"), (Pieces{{9, 0, 8}}));
        QCOMPARE(piecesOf(layout, spans, "tcp.options.wscale"), (Pieces{{9, 8, 24}}));
        QVERIFY(!layout.box(indexOf(spans, "tcp.option_kind"))); // inside its option's box
    }

    void ipv4FieldsSitWhereRfc791DrawsThem()
    {
        const FieldSpans spans = synSpans();
        HeaderDiagramLayout layout;
        layout.setSpans(spans);
        QCOMPARE(piecesOf(layout, spans, "ip.version"), (Pieces{{0, 0, 4}}));
        QCOMPARE(piecesOf(layout, spans, "ip.hdr_len"), (Pieces{{0, 4, 4}}));
        QCOMPARE(piecesOf(layout, spans, "ip.dsfield.dscp"), (Pieces{{0, 8, 6}}));
        QCOMPARE(piecesOf(layout, spans, "ip.dsfield.ecn"), (Pieces{{0, 14, 2}}));
        QCOMPARE(piecesOf(layout, spans, "ip.flags.df"), (Pieces{{1, 17, 1}}));
        QCOMPARE(piecesOf(layout, spans, "ip.frag_offset"), (Pieces{{1, 19, 13}}));
        QCOMPARE(piecesOf(layout, spans, "ip.ttl"), (Pieces{{2, 0, 8}}));
        QCOMPARE(piecesOf(layout, spans, "ip.dst"), (Pieces{{4, 0, 32}}));
        QCOMPARE(layout.sections()[0].lengthField, indexOf(spans, "ip.hdr_len"));
    }

    void ipv6AddressesTakeFourRowsEach()
    {
        const FieldSpans spans = firstPacketSpans(QStringLiteral(TCPLENS_TEST_DATA_DIR "/ipv6-basic.pcap"));
        HeaderDiagramLayout layout;
        layout.setSpans(spans);
        QCOMPARE(layout.sections().size(), std::size_t{2});
        QCOMPARE(layout.rowCount(0), 10);
        QCOMPARE(piecesOf(layout, spans, "ipv6.flow"), (Pieces{{0, 12, 20}}));
        QCOMPARE(piecesOf(layout, spans, "ipv6.src"), (Pieces{{2, 0, 32}, {3, 0, 32}, {4, 0, 32}, {5, 0, 32}}));
        QCOMPARE(headerDiagramTitle(spans, layout.sections()[0].headerSpan), QStringLiteral("IPv6 header (40 bytes)"));
        QCOMPARE(layout.sections()[0].lengthField, -1);
    }

    void hitTestReturnsTheFieldUnderThePoint()
    {
        const FieldSpans spans = synSpans();
        HeaderDiagramLayout layout;
        layout.setSpans(spans);
        layout.setGeometry(1000, 16);
        for (const char* id : {"tcp.flags.syn", "tcp.srcport", "ip.ttl", "tcp.options.wscale", "ip.src"}) {
            const QRectF rect = layout.fieldRect(indexOf(spans, id));
            QVERIFY2(!rect.isEmpty(), id);
            QCOMPARE(layout.spanAt(rect.center()), indexOf(spans, id));
        }
        const auto timestamps = layout.fieldRects(indexOf(spans, "tcp.options.timestamp"));
        QCOMPARE(timestamps.size(), std::size_t{3});
        QCOMPARE(layout.spanAt(timestamps.front().center()), indexOf(spans, "tcp.options.timestamp"));
        QCOMPARE(layout.spanAt(layout.rulerRect(1).center()), -1);
        QCOMPARE(layout.spanAt(layout.titleRect(0).topLeft()), -1);
        QCOMPARE(layout.spanAt({-5, -5}), -1);
    }

    void rowsAreOrderedAndBitsShareOneGrid()
    {
        const FieldSpans spans = synSpans();
        HeaderDiagramLayout layout;
        layout.setSpans(spans);
        layout.setGeometry(1200, 18);
        const QRectF syn = layout.fieldRect(indexOf(spans, "tcp.flags.syn"));
        QCOMPARE(syn.left(), layout.bitX(14));
        QCOMPARE(syn.right(), layout.bitX(15));
        QCOMPARE(layout.fieldRect(indexOf(spans, "tcp.srcport")).top(), layout.rowRect(1, 0).top());
        QVERIFY(layout.rowRect(1, 0).top() > layout.rowRect(0, 4).bottom()); // TCP below IPv4
        QVERIFY(layout.rulerRect(1).bottom() <= layout.rowRect(1, 0).top());
        QVERIFY(layout.footnoteRect(1).bottom() <= layout.height());
        QVERIFY(layout.bitX(32) <= 1200);
    }

    void heightGrowsWithWidthAndFontAndMatchesTheLayout()
    {
        HeaderDiagramLayout layout;
        layout.setSpans(synSpans());
        const qreal narrow = layout.heightForWidth(800, 16);
        const qreal wide = layout.heightForWidth(1920, 16);
        QVERIFY(wide > narrow);
        QVERIFY(layout.heightForWidth(800, 32) > narrow); // a classroom font scale
        layout.setGeometry(1920, 16);
        QCOMPARE(layout.height(), wide);
        QVERIFY(layout.labelPixelSize() >= 16 * 0.8);
    }

    void labelsCarryThisPacketsValues()
    {
        const FieldSpans spans = synSpans();
        const auto label = [&spans](const char* id) { return headerDiagramLabel(spans, indexOf(spans, id)); };
        QCOMPARE(label("tcp.srcport").name, QStringLiteral("Source Port"));
        QCOMPARE(label("tcp.srcport").value, QStringLiteral("33728"));
        QCOMPARE(label("tcp.seq_raw").name, QStringLiteral("Sequence Number"));
        QCOMPARE(label("tcp.seq_raw").value, QStringLiteral("2373090562"));
        QCOMPARE(label("tcp.hdr_len").value, QStringLiteral("10 (40 bytes)"));
        QCOMPARE(label("tcp.window_size_value").value, QStringLiteral("64240"));
        QCOMPARE(label("ip.hdr_len").value, QStringLiteral("5 × 4 = 20 bytes"));
        QCOMPARE(label("ip.ttl").value, QStringLiteral("64"));
        QCOMPARE(label("ip.src").value, QStringLiteral("10.77.0.1"));
        QCOMPARE(label("tcp.options.mss").name + QLatin1Char(' ') + label("tcp.options.mss").value, QStringLiteral("MSS 1460"));
        QCOMPARE(label("tcp.options.wscale").value, QStringLiteral("10"));
        QCOMPARE(label("tcp.options.sack_perm").name, QStringLiteral("SACK_PERM"));
        QCOMPARE(label("tcp.options.timestamp").value, QStringLiteral("val 3726873193 ecr 0"));
        QVERIFY(label("tcp.flags.syn").isFlag && label("tcp.flags.syn").isSet);
        QVERIFY(label("tcp.flags.ack").isFlag && !label("tcp.flags.ack").isSet);
        QVERIFY(label("ip.flags.df").isSet);
        QCOMPARE(headerDiagramFootnote(spans, indexOf(spans, "tcp.hdr_len")),
                 QStringLiteral("Data Offset × 4 = header length:   (tcp[12] & 0xf0) >> 2 = 40 bytes"));
        QVERIFY(headerDiagramToolTip(spans, indexOf(spans, "tcp.flags.syn"))
                    .contains(QStringLiteral("Synchronize sequence numbers: the first segment of each direction carries it")));
    }
};

QTEST_MAIN(TestHeaderDiagramLayout)
#include "TestHeaderDiagramLayout.moc"
