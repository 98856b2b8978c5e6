#pragma once
// Geometry of the header diagram, without a widget: the IP and TCP headers drawn as RFC 791
// and RFC 793 draw them, 32 bits to a row under a bit ruler, each field a box over its bits.
// Too narrow for 32 readable bits (a 290 px dock), 16 to a row as narrow RFC figures do
// (RFC 1035), a field that crosses a row boundary drawn as one box over both rows.
// Boxes come from the core's FieldSpan list (byte offset, bit offset, bit width), so the
// diagram, the hex view and the detail tree cannot disagree about where a field lives.

#include <decode/FieldSpan.h>

#include <QPointF>
#include <QRectF>

#include <vector>

namespace tcplens::ui {

/// The part of a field's box that falls in one row of its header.
struct HeaderDiagramPiece {
    int row = 0;      ///< Row within the header, 0 = its first 32 (or 16) bits.
    int firstBit = 0; ///< 0..bitsPerRow-1, 0 = most significant bit of the row.
    int bitCount = 0;
};

struct HeaderDiagramBox {
    int span = -1; ///< Index into the FieldSpan list.
    std::uint64_t startBit = 0; ///< From the header's first bit.
    std::uint64_t bitWidth = 0;
    std::vector<HeaderDiagramPiece> pieces;
    int labelPiece = 0; ///< The widest piece, where the label goes.
};

/// One header (IPv4, IPv6 or TCP) drawn as its own figure.
struct HeaderDiagramSection {
    int headerSpan = -1;
    int byteLength = 0;
    std::uint64_t bitLength = 0; ///< The header's bits, or further if a field runs past it.
    int rowCount = 0;
    int lengthField = -1; ///< IHL or Data Offset, explained in the section's footnote; -1 if none.
    std::vector<HeaderDiagramBox> boxes;
};

/// The boxes of a packet's IP and TCP headers. A box is a header's field (depth 1), or its
/// parts when it has any (flags become one box per bit, options one box per option).
[[nodiscard]] std::vector<HeaderDiagramSection> headerDiagramSections(const FieldSpans& spans, int bitsPerRow = 32);

class HeaderDiagramLayout {
public:
    static constexpr int kBitsPerRow = 32;
    static constexpr int kNarrowBitsPerRow = 16;

    /// The smallest text (ruler digits, flag letters, names, values) the inspector's diagram draws
    /// for a widget whose text is `lineHeight` high: below it, 16 bits go to a row instead of 32.
    [[nodiscard]] static qreal leastReadablePx(qreal lineHeight);

    /// The least width at which 16 bits to a row hold flag letters `flagPx` high, for text whose
    /// line is at most `lineHeight` (what a presentation's column must leave the figure).
    [[nodiscard]] static qreal narrowWidthFor(qreal flagPx, qreal lineHeight);

    /// Picks the boxes of a new packet; geometry needs setGeometry() again.
    void setSpans(const FieldSpans& spans);
    /// Floors for names and values and for flag letters (presentation: read from the back of a
    /// room), which rows are chosen for: 16 bits to a row when 32 leave a flag too narrow, a flags
    /// row tall enough for its letters stacked. 0 = the widget's own readable size.
    void setLeastTextSizes(qreal labelPx, qreal flagPx);
    /// 32 or 16 bits to a row whatever the width; 0 (the default) chooses by the width.
    void setBitsPerRowChoice(int bitsPerRow) { bitsChoice_ = bitsPerRow; }
    /// Lays the figure out `width` pixels wide for text whose line height is `lineHeight`.
    void setGeometry(qreal width, qreal lineHeight);
    /// Height the figure needs at `width`, without changing this layout.
    [[nodiscard]] qreal heightForWidth(qreal width, qreal lineHeight) const;

    [[nodiscard]] const std::vector<HeaderDiagramSection>& sections() const noexcept { return sections_; }
    [[nodiscard]] int rowCount(int section) const;
    /// Section and box of a span drawn as a box, or nullptr.
    [[nodiscard]] const HeaderDiagramBox* box(int span) const noexcept;
    [[nodiscard]] int sectionOf(int span) const noexcept;

    /// One rectangle per row the field's box covers; empty if the span is not drawn as a box.
    [[nodiscard]] std::vector<QRectF> fieldRects(int span) const;
    /// The rectangle holding the field's label (its widest piece), or an empty rect.
    [[nodiscard]] QRectF fieldRect(int span) const;
    /// The span whose box is under `point`, or -1.
    [[nodiscard]] int spanAt(QPointF point) const noexcept;

    [[nodiscard]] qreal width() const noexcept { return width_; }
    [[nodiscard]] qreal height() const noexcept { return height_; }
    [[nodiscard]] qreal rowHeight() const noexcept { return rowHeight_; }
    /// Height of a row holding one-bit flags: taller when their letters must be stacked.
    [[nodiscard]] qreal flagRowHeight() const noexcept { return flagRowHeight_; }
    /// Size flag letters are laid out for: at least the flag floor and the readable size.
    [[nodiscard]] qreal flagPixelSize() const noexcept { return flagPx_; }
    [[nodiscard]] qreal bitWidth() const noexcept { return bitWidth_; }
    /// 32, or 16 when 32 would not be readable at this width.
    [[nodiscard]] int bitsPerRow() const noexcept { return bitsPerRow_; }
    /// Header bytes per row: what the gutter counts in.
    [[nodiscard]] int bytesPerRow() const noexcept { return bitsPerRow_ / 8; }
    /// leastReadablePx() of the line height laid out with: no text is drawn smaller.
    [[nodiscard]] qreal leastTextPx() const noexcept { return leastTextPx_; }
    /// Pixel size of the ruler's digits: each fits its bit's column.
    [[nodiscard]] qreal rulerPixelSize() const noexcept;
    /// Pixel size for box labels: grows with the boxes, never below the widget's text.
    [[nodiscard]] qreal labelPixelSize() const noexcept { return labelPx_; }
    /// x of the left edge of bit `bit` (0..bitsPerRow) of every row, on whole pixels.
    [[nodiscard]] qreal bitX(int bit) const noexcept;
    [[nodiscard]] QRectF pieceRect(int section, const HeaderDiagramPiece& piece) const;
    [[nodiscard]] QRectF titleRect(int section) const;
    /// The two ruler lines (tens digits, then units) above a section's rows.
    [[nodiscard]] QRectF rulerRect(int section) const;
    [[nodiscard]] QRectF rowRect(int section, int row) const;
    /// Left of the rows: where "+12" (the row's byte offset in the header) is written.
    [[nodiscard]] QRectF gutterRect(int section, int row) const;
    [[nodiscard]] QRectF footnoteRect(int section) const;

private:
    struct SectionY {
        qreal title = 0;
        qreal ruler = 0;
        qreal rows = 0;
        qreal footnote = 0;
        std::vector<qreal> rowTop; ///< rowCount + 1 edges, from `rows` down.
    };
    qreal layOut(qreal width, qreal lineHeight);
    void splitRows(int bitsPerRow);

    std::vector<HeaderDiagramSection> sections_;
    std::vector<SectionY> y_;
    int bitsPerRow_ = kBitsPerRow;
    int bitsChoice_ = 0;
    qreal width_ = 0;
    qreal height_ = 0;
    qreal margin_ = 0;
    qreal gutter_ = 0;
    qreal bitWidth_ = 0;
    qreal rowHeight_ = 0;
    qreal titleHeight_ = 0;
    qreal rulerLine_ = 0;
    qreal footnoteHeight_ = 0;
    qreal labelPx_ = 0;
    qreal leastTextPx_ = 0;
    qreal leastLabelFloor_ = 0;
    qreal leastFlagFloor_ = 0;
    qreal flagRowHeight_ = 0;
    qreal flagPx_ = 0;
};

} // namespace tcplens::ui
