// Where the hex view puts each byte and bit, and what a point hits, without a widget.
#include <inspector/HexLayout.h>

#include <QtTest>

using namespace tcplens::ui;

namespace {

constexpr qreal kChar = 10;
constexpr qreal kLine = 20;

HexLayout layoutOf(int bytes)
{
    HexLayout layout;
    layout.setCharSize(kChar, kLine);
    layout.setByteCount(bytes);
    return layout;
}

} // namespace

class TestHexLayout : public QObject {
    Q_OBJECT

private slots:
    void byteZeroIsTheFirstCellOfRowZero()
    {
        const HexLayout layout = layoutOf(74);
        QCOMPARE(HexLayout::row(0), 0);
        QCOMPARE(HexLayout::column(0), 0);
        const QRectF cell = layout.hexCellRect(0);
        QCOMPARE(cell.top(), 0.0);
        QCOMPARE(cell.left(), layout.hexX());
        QCOMPARE(cell.width(), 2 * kChar);
        QCOMPARE(cell.height(), kLine);
    }

    void byte17IsRow1Column1()
    {
        const HexLayout layout = layoutOf(74);
        QCOMPARE(HexLayout::row(17), 1);
        QCOMPARE(HexLayout::column(17), 1);
        QCOMPARE(layout.hexCellRect(17).top(), kLine);
        QCOMPARE(layout.hexCellRect(17).left(), layout.hexCellRect(1).left());
        QCOMPARE(layout.hexCellRect(17).left() - layout.hexCellRect(16).left(), 3 * kChar);
        QCOMPARE(layout.asciiCellRect(17).left() - layout.asciiCellRect(16).left(), kChar);
    }

    void secondGroupOfEightStartsAfterAnExtraSpace()
    {
        const HexLayout layout = layoutOf(74);
        QCOMPARE(layout.hexCellRect(8).left() - layout.hexCellRect(7).left(), 4 * kChar);
        QCOMPARE(layout.asciiCellRect(8).left() - layout.asciiCellRect(7).left(), 2 * kChar);
        QVERIFY(layout.asciiCellRect(0).left() > layout.hexCellRect(15).right());
    }

    void hitTestFindsBytesInTheHexAndAsciiColumns()
    {
        const HexLayout layout = layoutOf(74);
        const auto hex = layout.hitTest(layout.hexCellRect(17).center());
        QVERIFY(hex.has_value());
        QCOMPARE(hex->byte, 17);
        QCOMPARE(hex->column, HexColumn::Hex);
        const auto ascii = layout.hitTest(layout.asciiCellRect(73).center());
        QVERIFY(ascii.has_value());
        QCOMPARE(ascii->byte, 73);
        QCOMPARE(ascii->column, HexColumn::Ascii);
    }

    void pointsInGapsHitNothing()
    {
        const HexLayout layout = layoutOf(74);
        const qreal y = layout.hexCellRect(0).center().y();
        QVERIFY(!layout.hitTest({layout.hexCellRect(0).right() + kChar / 2, y}));  // space between bytes
        QVERIFY(!layout.hitTest({layout.hexCellRect(7).right() + kChar, y}));      // group gap
        QVERIFY(!layout.hitTest({layout.hexCellRect(15).right() + kChar, y}));     // hex to ASCII gap
        QVERIFY(!layout.hitTest({layout.offsetX() + kChar, y}));                   // offsets column
        QVERIFY(!layout.hitTest(layout.hexCellRect(74).center()));                 // past the last byte
        QVERIFY(!layout.hitTest({layout.hexCellRect(0).center().x(), -1}));
    }

    void visibleLinesFollowScrollingAndStopAtTheEnd()
    {
        HexLayout layout = layoutOf(100); // 7 lines
        QCOMPARE(layout.lineCount(), 7);
        auto range = layout.visibleLines(3 * kLine);
        QCOMPARE(range.first, 0);
        QCOMPARE(range.count, 3);
        layout.setFirstLine(5);
        range = layout.visibleLines(10 * kLine);
        QCOMPARE(range.first, 5);
        QCOMPARE(range.count, 2);
        QCOMPARE(layout.hexCellRect(5 * 16).top(), 0.0);
        QCOMPARE(layout.hitTest(layout.hexCellRect(6 * 16 + 3).center())->byte, 99);
        QCOMPARE(layoutOf(100).visibleLines(2.5 * kLine).count, 3); // a part-visible line is painted
    }

    void offsetsWidenPast64KiB()
    {
        QCOMPARE(layoutOf(74).offsetDigits(), 4);
        QCOMPARE(layoutOf(65536).offsetDigits(), 4);
        QCOMPARE(layoutOf(65537).offsetDigits(), 5);
        QVERIFY(layoutOf(65537).hexX() > layoutOf(74).hexX());
    }

    void bitBandPushesLinesDownAndHitsBits()
    {
        HexLayout layout = layoutOf(74);
        QCOMPARE(layout.bandHeight(), 0.0);
        QVERIFY(!layout.bitAt({0, 0}));
        layout.setBitBand(46, 2); // the TCP flags word of the hello-exchange SYN
        QVERIFY(layout.bandHeight() > 0);
        QCOMPARE(layout.hexCellRect(0).top(), layout.bandHeight());
        QVERIFY(!layout.hitTest({layout.hexCellRect(0).center().x(), layout.bandHeight() / 2}));
        QCOMPARE(layout.bitAt(layout.bitCellRect(14).center()), std::optional<int>(14));
        QVERIFY(layout.bitCellRect(4).left() > layout.bitCellRect(3).right()); // nibbles apart: 0101 0000
        QVERIFY(!layout.bitAt(layout.bitCellRect(16).center()));
        QVERIFY(layout.bitCellRect(15).bottom() <= layout.bandHeight());
    }

    void bitBandIsAtMostOneWordAndInsideTheFrame()
    {
        HexLayout layout = layoutOf(74);
        layout.setBitBand(10, 20);
        QCOMPARE(layout.bandByteCount(), 4);
        layout.setBitBand(72, 4);
        QCOMPARE(layout.bandByteCount(), 2);
        QVERIFY(layout.contentWidth() >= layout.bitCellRect(15).right());
    }
};

QTEST_MAIN(TestHexLayout)
#include "TestHexLayout.moc"
