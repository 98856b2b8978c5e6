#pragma once
// Geometry of the header diagram, without a widget: the IP and TCP headers drawn as RFC 791
// and RFC 793 draw them, 32 bits to a row under a bit ruler, each field a box over its bits.
// Boxes come from the core's FieldSpan list (byte offset, bit offset, bit width), so the
// diagram, the hex view and the detail tree cannot disagree about where a field lives.

#include <decode/FieldSpan.h>

#include <QPointF>
#include <QRectF>

#include <vector>

namespace tcplens::ui {

/// The part of a field's box that falls in one 32-bit row of its header.
struct HeaderDiagramPiece {
    int row = 0;      ///< Row within the header, 0 = its first 32 bits.
    int firstBit = 0; ///< 0..31, 0 = most significant bit of the row.
    int bitCount = 0;
};

struct HeaderDiagramBox {
    int span = -1; ///< Index into the FieldSpan list.
    std::vector<HeaderDiagramPiece> pieces;
    int labelPiece = 0; ///< The widest piece, where the label goes.
};

/// One header (IPv4, IPv6 or TCP) drawn as its own figure.
struct HeaderDiagramSection {
    int headerSpan = -1;
    int byteLength = 0;
    int rowCount = 0;
    int lengthField = -1; ///< IHL or Data Offset, explained in the section's footnote; -1 if none.
    std::vector<HeaderDiagramBox> boxes;
};

/// The boxes of a packet's IP and TCP headers. A box is a header's field (depth 1), or its
/// parts when it has any (flags become one box per bit, options one box per option).
[[nodiscard]] std::vector<HeaderDiagramSection> headerDiagramSections(const FieldSpans& spans);

class HeaderDiagramLayout {
public:
    static constexpr int kBitsPerRow = 32;

    /// Picks the boxes of a new packet; geometry needs setGeometry() again.
    void setSpans(const FieldSpans& spans);
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
    [[nodiscard]] qreal bitWidth() const noexcept { return bitWidth_; }
    /// Pixel size for box labels: grows with the boxes, never below the widget's text.
    [[nodiscard]] qreal labelPixelSize() const noexcept { return labelPx_; }
    /// x of the left edge of bit `bit` (0..32) of every row, on whole pixels.
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
    };
    qreal layOut(qreal width, qreal lineHeight);

    std::vector<HeaderDiagramSection> sections_;
    std::vector<SectionY> y_;
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
};

} // namespace tcplens::ui
