// The header diagram widget of the hello-exchange SYN: clicks on the boxes the layout
// reports, selection, height for width in a scroll area, and legible renders light and dark; a
// SACK option's every block, folded as the presentation draws it.
#include "SpanTestSupport.h"
#include "UiTestSupport.h"

#include <inspector/HeaderDiagramLabels.h>
#include <inspector/HeaderDiagramView.h>

#include <capture/CaptureFile.h>
#include <decode/PacketDecoder.h>

#include <QScrollArea>
#include <QSignalSpy>
#include <QtTest>

using namespace tcplens;
using namespace tcplens::ui;
using namespace tcplens::ui::test;

class TestHeaderDiagramView : public QObject {
    Q_OBJECT

private slots:
    void clickingABoxEmitsItsField()
    {
        const FieldSpans spans = synSpans();
        HeaderDiagramView view;
        view.resize(1200, view.heightForWidth(1200));
        view.setSpans(spans);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy clicked(&view, &HeaderDiagramView::fieldClicked);
        for (const char* id : {"tcp.flags.syn", "tcp.srcport", "ip.ttl", "tcp.options.timestamp", "ip.flags.df"}) {
            const QRectF rect = view.diagramLayout().fieldRect(indexOf(spans, id));
            QVERIFY2(!rect.isEmpty(), id);
            QTest::mouseClick(&view, Qt::LeftButton, {}, rect.center().toPoint());
            QCOMPARE(clicked.size(), 1);
            QCOMPARE(clicked.takeFirst().first().toInt(), indexOf(spans, id));
            QCOMPARE(view.selectedField(), indexOf(spans, id));
        }
        QTest::mouseClick(&view, Qt::LeftButton, {}, view.diagramLayout().rulerRect(0).center().toPoint());
        QCOMPARE(clicked.size(), 0);
    }

    void aSackShowsEveryBlockWrappingRatherThanEliding()
    {
        // lossy-bulk frame 140 SACKs two blocks; tshark 4.0.17 (relative numbers): sack_le
        // 131401,101361 and sack_re 144433,129953, ack 99913.
        PacketListModel packets;
        QCOMPARE(loadSynchronously(packets, QStringLiteral(TCPLENS_TEST_DATA_DIR "/lossy-bulk.pcap")).status, LoadStatus::Complete);
        FieldSpans spans = packets.fieldSpans(139);
        std::erase_if(spans, [](const FieldSpan& span) { return span.layer != Layer::Transport; });
        const int sack = indexOf(spans, "tcp.options.sack");
        const QString dash = QString(QChar(0x2060)) + QChar(0x2013) + QChar(0x2060); // no break inside a block
        const QString blocks = QStringLiteral("131401") + dash + QStringLiteral("144433, 101361") + dash + QStringLiteral("129953");
        QCOMPARE(headerDiagramLabel(spans, sack).value, blocks);
        // As the presentation draws it at 1024x768 (16 bits to a row, names and values at least
        // 13 px): whole on one line. In a narrow Packet dock: wrapped between the blocks.
        for (const int width : {460, 230}) {
            HeaderDiagramView view;
            if (width == 460) {
                view.setLeastTextSizes(13, 18, 9);
                view.setBitsPerRowChoice(16);
            }
            view.setSpans(spans);
            view.resize(width, view.heightForWidth(width));
            QImage image(view.size(), QImage::Format_RGB32);
            view.render(&image);
            const HeaderDiagramPaintReport& drawn = view.lastPaint();
            QCOMPARE(drawn.shortened, 0);
            const auto value = std::find_if(drawn.texts.begin(), drawn.texts.end(),
                                            [&](const HeaderDiagramText& text) { return text.text == blocks; });
            QVERIFY2(value != drawn.texts.end(), qPrintable(QStringLiteral("no \"%1\" at %2 px").arg(blocks).arg(width)));
            const QRectF box = view.diagramLayout().fieldRects(sack).front().united(view.diagramLayout().fieldRects(sack).back());
            QVERIFY2(box.contains(value->ink), qPrintable(QStringLiteral("the blocks leave their box at %1 px").arg(width)));
            if (width == 230) // too narrow for one line: the second block under the first
                QVERIFY2(value->ink.height() > value->px * 1.6, qPrintable(QStringLiteral("%1 px high").arg(value->ink.height())));
        }
    }

    void selectionAcceptsAnyFieldAndClears()
    {
        const FieldSpans spans = synSpans();
        HeaderDiagramView view;
        view.setSpans(spans);
        view.setSelectedField(indexOf(spans, "tcp.option_kind"));
        QCOMPARE(view.selectedField(), indexOf(spans, "tcp.option_kind"));
        view.setSelectedField(int(spans.size()));
        QCOMPARE(view.selectedField(), -1);
        view.setSpans({});
        QCOMPARE(view.diagramLayout().sections().size(), std::size_t{0});
    }

    void changedFieldsAreKeptInRangeAndClearedByANewPacket()
    {
        const FieldSpans spans = synSpans();
        HeaderDiagramView view;
        view.setSpans(spans);
        const int seq = indexOf(spans, "tcp.seq_raw");
        const int syn = indexOf(spans, "tcp.flags.syn");
        view.setChangedFields({syn, -3, seq, int(spans.size()), seq});
        QCOMPARE(view.changedFields(), (std::vector<int>{std::min(seq, syn), std::max(seq, syn)}));
        view.setSpans(spans);
        QVERIFY(view.changedFields().empty());
    }

    void changedFieldsAreTintedAndOutlined()
    {
        // A changed box shows the Link colour at its edge and a tint of it inside; others do not.
        const FieldSpans spans = synSpans();
        HeaderDiagramView view;
        QPalette palette = view.palette();
        palette.setColor(QPalette::Base, Qt::white);
        palette.setColor(QPalette::Link, QColor(0, 0, 255));
        view.setPalette(palette);
        view.setSpans(spans);
        view.resize(1400, view.heightForWidth(1400));
        const int window = indexOf(spans, "tcp.window_size_value");
        const int urgent = indexOf(spans, "tcp.urgent_pointer");
        view.setChangedFields({window});
        const QImage image = view.grab().toImage();
        const auto blueAt = [&image](QRectF rect, qreal inset) {
            const QPoint p = QPointF(rect.left() + inset, rect.center().y()).toPoint();
            return image.pixelColor(p);
        };
        const QRectF changed = view.diagramLayout().fieldRect(window);
        const QRectF unchanged = view.diagramLayout().fieldRect(urgent);
        QCOMPARE(blueAt(changed, 4), QColor(0, 0, 255));
        QVERIFY(blueAt(changed, 12).blue() > blueAt(changed, 12).red()); // tinted, not white
        QVERIFY(blueAt(unchanged, 4) != QColor(0, 0, 255));
        QCOMPARE(blueAt(unchanged, 12), QColor(Qt::white));
    }

    void scrollAreaGivesItTheHeightItsWidthNeeds()
    {
        HeaderDiagramView* view = new HeaderDiagramView;
        view->setSpans(synSpans());
        QVERIFY(view->hasHeightForWidth());
        QVERIFY(view->heightForWidth(1600) > view->heightForWidth(800));
        QScrollArea area;
        area.setWidgetResizable(true);
        area.setWidget(view);
        area.resize(1000, 500);
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));
        QTRY_COMPARE(view->height(), view->heightForWidth(view->width()));
        QVERIFY(view->height() > 500);
    }

    void rendersLegiblyAtEverySize_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::addColumn<bool>("dark");
        QTest::addColumn<qreal>("pointSize");
        QTest::addColumn<QString>("capture");
        const QString syn = QStringLiteral(TCPLENS_SAMPLES_DIR "/hello-exchange.pcap");
        QTest::newRow("1920x700") << 1920 << 700 << false << 0.0 << syn;
        QTest::newRow("800x400") << 800 << 400 << false << 0.0 << syn;
        QTest::newRow("1920x700-dark") << 1920 << 700 << true << 0.0 << syn;
        QTest::newRow("800x400-dark") << 800 << 400 << true << 0.0 << syn;
        QTest::newRow("1920-full") << 1920 << 0 << false << 0.0 << syn;
        QTest::newRow("800-full-dark") << 800 << 0 << true << 0.0 << syn;
        QTest::newRow("1000-full-ipv6") << 1000 << 0 << false << 0.0 << QStringLiteral(TCPLENS_TEST_DATA_DIR "/ipv6-basic.pcap");
        QTest::newRow("1280-full-classroom") << 1280 << 0 << false << 24.0 << syn;
        QTest::newRow("290-full-dock") << 290 << 0 << false << 0.0 << syn;
        QTest::newRow("290-full-dock-ipv6") << 290 << 0 << true << 0.0 << QStringLiteral(TCPLENS_TEST_DATA_DIR "/ipv6-basic.pcap");
    }

    void rendersLegiblyAtEverySize()
    {
        QFETCH(int, width);
        QFETCH(int, height);
        QFETCH(bool, dark);
        QFETCH(qreal, pointSize);
        QFETCH(QString, capture);
        const FieldSpans spans = firstPacketSpans(capture);
        HeaderDiagramView view;
        if (dark)
            view.setPalette(darkPalette());
        if (pointSize > 0) {
            QFont font = view.font();
            font.setPointSizeF(pointSize);
            view.setFont(font);
        }
        view.setSpans(spans);
        view.resize(width, height > 0 ? height : view.heightForWidth(width));
        view.setSelectedField(indexOf(spans, "tcp.window_size_value"));
        const QImage image = view.grab().toImage();
        QCOMPARE(image.width(), width);
        QVERIFY(inkShare(image) > 0.03);
        QVERIFY(image.save(QStringLiteral("/tmp/tcplens-diagram-%1.png").arg(QString::fromLatin1(QTest::currentDataTag()))));
    }
};

QTEST_MAIN(TestHeaderDiagramView)
#include "TestHeaderDiagramView.moc"
