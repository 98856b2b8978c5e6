#pragma once
// Geometry of the hex view, without a widget (like Okteta's table layout): which byte sits
// where, which byte is under a point, which lines are visible, and the optional bits band
// that spells a few bytes out bit by bit above the lines.

#include <QPointF>
#include <QRectF>

#include <optional>

namespace tcplens::ui {

/// Which column of the hex view a point or rectangle belongs to.
enum class HexColumn { Hex, Ascii };

struct HexHit {
    int byte = -1;
    HexColumn column = HexColumn::Hex;
};

/// First line and number of lines that intersect the viewport.
struct HexLineRange {
    int first = 0;
    int count = 0;
};

class HexLayout {
public:
    static constexpr int kBytesPerLine = 16;
    static constexpr int kGroupSize = 8; ///< An extra space after every 8 bytes, as in Wireshark.

    /// Size of one fixed-width character cell; everything else is counted in these.
    void setCharSize(qreal charWidth, qreal lineHeight) noexcept;
    void setByteCount(int byteCount) noexcept;
    /// Lines scrolled off the top.
    void setFirstLine(int line) noexcept { firstLine_ = line < 0 ? 0 : line; }
    /// Bytes shown as bits in the band above the lines; a count of 0 hides the band.
    void setBitBand(int firstByte, int byteCount) noexcept;

    [[nodiscard]] qreal charWidth() const noexcept { return charWidth_; }
    [[nodiscard]] qreal lineHeight() const noexcept { return lineHeight_; }
    [[nodiscard]] int byteCount() const noexcept { return byteCount_; }
    [[nodiscard]] int lineCount() const noexcept { return (byteCount_ + kBytesPerLine - 1) / kBytesPerLine; }
    [[nodiscard]] int firstLine() const noexcept { return firstLine_; }
    [[nodiscard]] static int row(int byte) noexcept { return byte / kBytesPerLine; }
    [[nodiscard]] static int column(int byte) noexcept { return byte % kBytesPerLine; }
    /// Hex digits of the offsets column: 4, or more for frames past 64 KiB.
    [[nodiscard]] int offsetDigits() const noexcept;

    /// Height of the bits band (0 when hidden); the lines start below it.
    [[nodiscard]] qreal bandHeight() const noexcept;
    [[nodiscard]] int bandFirstByte() const noexcept { return bandFirst_; }
    [[nodiscard]] int bandByteCount() const noexcept { return bandCount_; }
    /// Top of line `line` in viewport coordinates, after scrolling.
    [[nodiscard]] qreal lineTop(int line) const noexcept;
    [[nodiscard]] HexLineRange visibleLines(qreal viewportHeight) const noexcept;
    /// Whole lines that fit below the band, at least 1.
    [[nodiscard]] int pageLines(qreal viewportHeight) const noexcept;
    [[nodiscard]] qreal contentWidth() const noexcept;

    [[nodiscard]] qreal offsetX() const noexcept { return margin(); }
    [[nodiscard]] qreal hexX() const noexcept;
    [[nodiscard]] qreal asciiX() const noexcept;
    /// The two hex digits of `byte`; the spaces between bytes are not part of any cell.
    [[nodiscard]] QRectF hexCellRect(int byte) const noexcept;
    [[nodiscard]] QRectF asciiCellRect(int byte) const noexcept;
    [[nodiscard]] QRectF cellRect(int byte, HexColumn column) const noexcept;
    /// The byte under `point`, or nothing for the gaps, the offsets and past the end.
    [[nodiscard]] std::optional<HexHit> hitTest(QPointF point) const noexcept;

    /// The caption line and the bits line of the band.
    [[nodiscard]] QRectF bandCaptionRect() const noexcept;
    [[nodiscard]] QRectF bandFieldTextRect() const noexcept;
    /// One bit cell of the band, `bit` counted from the MSB of the band's first byte.
    [[nodiscard]] QRectF bitCellRect(int bit) const noexcept;
    /// The band bit under `point`, counted like bitCellRect.
    [[nodiscard]] std::optional<int> bitAt(QPointF point) const noexcept;

private:
    [[nodiscard]] qreal margin() const noexcept { return charWidth_; }
    [[nodiscard]] qreal bitsX() const noexcept { return hexX(); }
    [[nodiscard]] qreal hexColumnX(int col) const noexcept;

    qreal charWidth_ = 8;
    qreal lineHeight_ = 16;
    int byteCount_ = 0;
    int firstLine_ = 0;
    int bandFirst_ = 0;
    int bandCount_ = 0;
};

} // namespace tcplens::ui
