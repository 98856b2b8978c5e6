// The hex view of the hello-exchange SYN: clicks pick the most specific field, selection
// highlights it, the bits band spells the flags out, and it paints in light and dark.
#include "SpanTestSupport.h"

#include <inspector/HexView.h>

#include <capture/CaptureFile.h>
#include <decode/PacketDecoder.h>

#include <QSignalSpy>
#include <QtTest>

using namespace tcplens;
using namespace tcplens::ui;
using namespace tcplens::ui::test;

namespace {

struct Frame {
    QByteArray bytes;
    FieldSpans spans;
};

Frame synFrame()
{
    auto file = CaptureFile::open(TCPLENS_SAMPLES_DIR "/hello-exchange.pcap");
    RawPacket packet;
    Frame frame;
    if (file->next(packet) == ReadStatus::Packet) {
        (void)decodePacket(packet.bytes, packet.wireLength, file->info().linkType, &frame.spans);
        frame.bytes = QByteArray(reinterpret_cast<const char*>(packet.bytes.data()),
                                 static_cast<qsizetype>(packet.bytes.size()));
    }
    return frame;
}

QPoint centerOf(const QRectF& rect)
{
    return rect.center().toPoint();
}

} // namespace

class TestHexView : public QObject {
    Q_OBJECT

private slots:
    void clickingAByteEmitsTheMostSpecificField()
    {
        const Frame frame = synFrame();
        HexView view;
        view.resize(900, 400);
        view.setPacket(frame.bytes, frame.spans);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy clicked(&view, &HexView::fieldClicked);

        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, centerOf(view.hexLayout().hexCellRect(34)));
        QCOMPARE(clicked.size(), 1);
        QCOMPARE(clicked.takeFirst().first().toInt(), indexOf(frame.spans, "tcp.srcport"));
        QCOMPARE(view.selectedField(), indexOf(frame.spans, "tcp.srcport"));

        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, centerOf(view.hexLayout().asciiCellRect(57)));
        QCOMPARE(clicked.takeFirst().first().toInt(), indexOf(frame.spans, "tcp.options.mss_val"));

        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, centerOf(view.hexLayout().hexCellRect(22)));
        QCOMPARE(clicked.takeFirst().first().toInt(), indexOf(frame.spans, "ip.ttl"));

        const QRectF gap = view.hexLayout().hexCellRect(22);
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, QPoint(int(gap.right() + view.hexLayout().charWidth() / 2), int(gap.center().y())));
        QCOMPARE(clicked.size(), 0);
    }

    void aFlagByteBelongsToAFlagBit()
    {
        const Frame frame = synFrame();
        HexView view;
        view.setPacket(frame.bytes, frame.spans);
        const int field = view.fieldAtByte(47);
        QVERIFY(field >= 0);
        QVERIFY(QString::fromStdString(frame.spans[std::size_t(field)].id).startsWith(QStringLiteral("tcp.flags.")));
        QCOMPARE(frame.spans[std::size_t(field)].depth, std::uint8_t{2});
        QCOMPARE(view.fieldAtByte(0), indexOf(frame.spans, "eth.dst"));
        QCOMPARE(view.fieldAtByte(74), -1);
    }

    void bitsModeShowsTheFlagsWordAndClicksABit()
    {
        const Frame frame = synFrame();
        HexView view;
        view.resize(900, 400);
        view.setPacket(frame.bytes, frame.spans);
        QSignalSpy modes(&view, &HexView::bitsModeChanged);
        view.setBitsMode(true);
        QCOMPARE(modes.size(), 1);
        view.setSelectedField(indexOf(frame.spans, "tcp.flags.syn"));
        QCOMPARE(view.hexLayout().bandFirstByte(), 46);
        QCOMPARE(view.hexLayout().bandByteCount(), 2);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy clicked(&view, &HexView::fieldClicked);
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, centerOf(view.hexLayout().bitCellRect(15)));
        QCOMPARE(clicked.takeFirst().first().toInt(), indexOf(frame.spans, "tcp.flags.fin"));
        QCOMPARE(view.hexLayout().bandFirstByte(), 46); // still the flags word
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, centerOf(view.hexLayout().bitCellRect(2)));
        QCOMPARE(clicked.takeFirst().first().toInt(), indexOf(frame.spans, "tcp.hdr_len"));

        view.setSelectedField(indexOf(frame.spans, "tcp.seq_raw"));
        QCOMPARE(view.hexLayout().bandFirstByte(), 38);
        QCOMPARE(view.hexLayout().bandByteCount(), 4);
        view.setBitsMode(false);
        QCOMPARE(view.hexLayout().bandByteCount(), 0);
    }

    void fontSizeDrivesTheCells()
    {
        const Frame frame = synFrame();
        HexView view;
        view.setPacket(frame.bytes, frame.spans);
        const qreal before = view.hexLayout().lineHeight();
        QFont big = view.font();
        big.setPointSizeF(big.pointSizeF() * 2);
        view.setFont(big);
        QVERIFY(view.hexLayout().lineHeight() > before * 1.5);
    }

    void rendersInLightAndDark_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::addColumn<bool>("dark");
        QTest::addColumn<bool>("bits");
        QTest::newRow("1920x700") << 1920 << 700 << false << false;
        QTest::newRow("800x400") << 800 << 400 << false << true;
        QTest::newRow("800x400-dark") << 800 << 400 << true << true;
        QTest::newRow("1920x700-dark") << 1920 << 700 << true << false;
    }

    void rendersInLightAndDark()
    {
        QFETCH(int, width);
        QFETCH(int, height);
        QFETCH(bool, dark);
        QFETCH(bool, bits);
        const Frame frame = synFrame();
        HexView view;
        if (dark)
            view.setPalette(darkPalette());
        if (width > 1000) {
            QFont big = view.font();
            big.setPointSizeF(22); // a classroom scale
            view.setFont(big);
        }
        view.resize(width, height);
        view.setPacket(frame.bytes, frame.spans);
        view.setBitsMode(bits);
        view.setSelectedField(indexOf(frame.spans, bits ? "tcp.flags.syn" : "tcp.options.mss"));
        const QImage image = view.grab().toImage();
        QCOMPARE(image.size(), QSize(width, height));
        QVERIFY(inkShare(image) > 0.03);
        QVERIFY(image.save(QStringLiteral("/tmp/tcplens-hexview-%1.png").arg(QString::fromLatin1(QTest::currentDataTag()))));
    }
};

QTEST_MAIN(TestHexView)
#include "TestHexView.moc"
