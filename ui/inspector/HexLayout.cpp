#include "HexLayout.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace tcplens::ui {

namespace {
constexpr int kMaxBandBytes = 4;   // one 32-bit word, as wide as an RFC header row
constexpr qreal kBandLines = 4.0;  // caption, bits (1.5 lines), field text, spacing
constexpr qreal kBitsLine = 1.5;
} // namespace

void HexLayout::setCharSize(qreal charWidth, qreal lineHeight) noexcept
{
    charWidth_ = std::max<qreal>(1, charWidth);
    lineHeight_ = std::max<qreal>(1, lineHeight);
}

void HexLayout::setByteCount(int byteCount) noexcept
{
    byteCount_ = std::max(0, byteCount);
    setBitBand(bandFirst_, bandCount_);
}

void HexLayout::setBitBand(int firstByte, int byteCount) noexcept
{
    bandFirst_ = std::clamp(firstByte, 0, byteCount_);
    bandCount_ = std::clamp(byteCount, 0, std::min(kMaxBandBytes, byteCount_ - bandFirst_));
}

int HexLayout::offsetDigits() const noexcept
{
    int digits = 4;
    while (digits < 8 && (std::int64_t{1} << (4 * digits)) < byteCount_)
        ++digits;
    return digits;
}

qreal HexLayout::bandHeight() const noexcept
{
    return bandCount_ > 0 ? kBandLines * lineHeight_ : 0;
}

qreal HexLayout::lineTop(int line) const noexcept
{
    return bandHeight() + (line - firstLine_) * lineHeight_;
}

HexLineRange HexLayout::visibleLines(qreal viewportHeight) const noexcept
{
    const int lines = lineCount();
    if (firstLine_ >= lines)
        return {firstLine_, 0};
    const qreal room = std::max<qreal>(0, viewportHeight - bandHeight());
    const int count = static_cast<int>(std::ceil(room / lineHeight_));
    return {firstLine_, std::min(count, lines - firstLine_)};
}

int HexLayout::pageLines(qreal viewportHeight) const noexcept
{
    return std::max(1, static_cast<int>((viewportHeight - bandHeight()) / lineHeight_));
}

qreal HexLayout::hexX() const noexcept
{
    return margin() + (offsetDigits() + 2) * charWidth_;
}

qreal HexLayout::hexColumnX(int col) const noexcept
{
    return hexX() + (col * 3 + (col >= kGroupSize ? 1 : 0)) * charWidth_;
}

qreal HexLayout::asciiX() const noexcept
{
    return hexColumnX(kBytesPerLine - 1) + 4 * charWidth_;
}

qreal HexLayout::contentWidth() const noexcept
{
    const qreal lines = asciiX() + (kBytesPerLine + 1) * charWidth_ + margin();
    const qreal band = bandCount_ > 0 ? bitCellRect(bandCount_ * 8 - 1).right() + margin() : 0;
    return std::max(lines, band);
}

QRectF HexLayout::hexCellRect(int byte) const noexcept
{
    return {hexColumnX(column(byte)), lineTop(row(byte)), 2 * charWidth_, lineHeight_};
}

QRectF HexLayout::asciiCellRect(int byte) const noexcept
{
    const int col = column(byte);
    const qreal x = asciiX() + (col + (col >= kGroupSize ? 1 : 0)) * charWidth_;
    return {x, lineTop(row(byte)), charWidth_, lineHeight_};
}

QRectF HexLayout::cellRect(int byte, HexColumn column) const noexcept
{
    return column == HexColumn::Hex ? hexCellRect(byte) : asciiCellRect(byte);
}

std::optional<HexHit> HexLayout::hitTest(QPointF point) const noexcept
{
    if (point.y() < bandHeight())
        return std::nullopt;
    const int line = firstLine_ + static_cast<int>(std::floor((point.y() - bandHeight()) / lineHeight_));
    if (line < 0 || line >= lineCount())
        return std::nullopt;
    for (int col = 0; col < kBytesPerLine; ++col) {
        const int byte = line * kBytesPerLine + col;
        if (byte >= byteCount_)
            break;
        for (const HexColumn area : {HexColumn::Hex, HexColumn::Ascii}) {
            const QRectF cell = cellRect(byte, area);
            if (point.x() >= cell.left() && point.x() < cell.right())
                return HexHit{byte, area};
        }
    }
    return std::nullopt;
}

QRectF HexLayout::bandCaptionRect() const noexcept
{
    return {margin(), 0.25 * lineHeight_, contentWidth() - 2 * margin(), lineHeight_};
}

QRectF HexLayout::bitCellRect(int bit) const noexcept
{
    const qreal x = bitsX() + (bit + bit / 4) * charWidth_ * 1.5;
    return {x, 1.25 * lineHeight_, charWidth_ * 1.5, kBitsLine * lineHeight_};
}

QRectF HexLayout::bandFieldTextRect() const noexcept
{
    return {margin(), (1.25 + kBitsLine) * lineHeight_, contentWidth() - 2 * margin(), lineHeight_};
}

std::optional<int> HexLayout::bitAt(QPointF point) const noexcept
{
    for (int bit = 0; bit < bandCount_ * 8; ++bit) {
        const QRectF cell = bitCellRect(bit);
        if (cell.contains(point))
            return bit;
    }
    return std::nullopt;
}

} // namespace tcplens::ui
