#include "HeaderDiagramLayout.h"

#include <algorithm>
#include <cmath>

namespace tcplens::ui {

namespace {

constexpr int kMaxRows = 64; // a 256-byte header; anything longer is cut

bool isDiagramHeader(const FieldSpan& span)
{
    return span.depth == 0 && (span.id == "ip" || span.id == "ipv6" || span.id == "tcp");
}

std::uint64_t firstBitOf(const FieldSpan& span)
{
    return std::uint64_t{span.byteOffset} * 8 + span.bitOffset;
}

/// Splits a field's bits, counted from the header's first bit, at the row boundaries.
void splitBox(HeaderDiagramBox& box, int bitsPerRow)
{
    const auto perRow = static_cast<std::uint64_t>(bitsPerRow);
    box.pieces.clear();
    box.labelPiece = 0;
    std::uint64_t bit = box.startBit;
    const std::uint64_t end = std::min<std::uint64_t>(box.startBit + box.bitWidth, std::uint64_t{kMaxRows} * 32);
    while (bit < end) {
        const int row = static_cast<int>(bit / perRow);
        const int first = static_cast<int>(bit % perRow);
        const int count = static_cast<int>(std::min<std::uint64_t>(end - bit, perRow - std::uint64_t(first)));
        box.pieces.push_back({row, first, count});
        if (count > box.pieces[static_cast<std::size_t>(box.labelPiece)].bitCount)
            box.labelPiece = static_cast<int>(box.pieces.size()) - 1;
        bit += static_cast<std::uint64_t>(count);
    }
}

int rowsFor(std::uint64_t bits, int bitsPerRow)
{
    const auto perRow = static_cast<std::uint64_t>(bitsPerRow);
    return static_cast<int>(std::min<std::uint64_t>((bits + perRow - 1) / perRow, std::uint64_t{kMaxRows} * 32 / perRow));
}

} // namespace

std::vector<HeaderDiagramSection> headerDiagramSections(const FieldSpans& spans, int bitsPerRow)
{
    std::vector<HeaderDiagramSection> sections;
    const auto count = static_cast<int>(spans.size());
    // Inside a tunnel only the innermost IP header is drawn: the one the TCP segment belongs to
    // (the outer ones stay in the detail tree and the hex view).
    int innermostIp = -1;
    for (int h = 0; h < count; ++h) {
        const FieldSpan& header = spans[static_cast<std::size_t>(h)];
        if (isDiagramHeader(header) && header.id != "tcp")
            innermostIp = h;
    }
    for (int h = 0; h < count; ++h) {
        const FieldSpan& header = spans[static_cast<std::size_t>(h)];
        if (!isDiagramHeader(header) || (header.id != "tcp" && h != innermostIp))
            continue;
        HeaderDiagramSection section;
        section.headerSpan = h;
        section.byteLength = static_cast<int>(header.bitWidth / 8);
        const std::uint64_t origin = firstBitOf(header);
        std::uint64_t end = header.bitWidth;
        const auto add = [&](int index) {
            const FieldSpan& field = spans[static_cast<std::size_t>(index)];
            if (field.bitWidth == 0 || firstBitOf(field) < origin)
                return;
            HeaderDiagramBox box;
            box.span = index;
            box.startBit = firstBitOf(field) - origin;
            box.bitWidth = field.bitWidth;
            splitBox(box, bitsPerRow);
            section.boxes.push_back(std::move(box));
            end = std::max(end, firstBitOf(field) - origin + field.bitWidth);
            if (field.id == "ip.hdr_len" || field.id == "tcp.hdr_len")
                section.lengthField = index;
        };
        int i = h + 1;
        while (i < count && spans[static_cast<std::size_t>(i)].depth > 0) {
            int next = i + 1;
            bool hasParts = false;
            for (; next < count && spans[static_cast<std::size_t>(next)].depth > 1; ++next) {
                const FieldSpan& part = spans[static_cast<std::size_t>(next)];
                if (part.depth == 2 && part.bitWidth > 0) {
                    add(next);
                    hasParts = true;
                }
            }
            if (!hasParts && spans[static_cast<std::size_t>(i)].depth == 1)
                add(i);
            i = next;
        }
        section.bitLength = end;
        section.rowCount = rowsFor(end, bitsPerRow);
        sections.push_back(std::move(section));
        h = i - 1;
    }
    return sections;
}

qreal HeaderDiagramLayout::leastReadablePx(qreal lineHeight)
{
    // Half the widget's line (9 px for the 11 pt text tcplens runs with), never below 9 px.
    return std::max<qreal>(9, std::floor(lineHeight * 0.5));
}

void HeaderDiagramLayout::setSpans(const FieldSpans& spans)
{
    sections_ = headerDiagramSections(spans, bitsPerRow_);
    y_.clear();
    height_ = 0;
}

void HeaderDiagramLayout::setGeometry(qreal width, qreal lineHeight)
{
    height_ = layOut(width, lineHeight);
}

qreal HeaderDiagramLayout::heightForWidth(qreal width, qreal lineHeight) const
{
    HeaderDiagramLayout copy = *this;
    return copy.layOut(width, lineHeight);
}

void HeaderDiagramLayout::splitRows(int bitsPerRow)
{
    if (bitsPerRow == bitsPerRow_)
        return;
    bitsPerRow_ = bitsPerRow;
    for (auto& section : sections_) {
        for (auto& box : section.boxes)
            splitBox(box, bitsPerRow);
        section.rowCount = rowsFor(section.bitLength, bitsPerRow);
    }
}

void HeaderDiagramLayout::setLeastTextSizes(qreal labelPx, qreal flagPx)
{
    leastLabelFloor_ = std::max<qreal>(0, labelPx);
    leastFlagFloor_ = std::max<qreal>(0, flagPx);
}

namespace {
// Em widths of bold DejaVu Sans/Noto letters: the widest capital (W, M) stacked in a one-bit
// box, and a three-letter flag ("CWR") written across it.
constexpr qreal kWidestLetterEm = 1.12; // sizes the flags row, with room to spare
constexpr qreal kWideLetterEm = 1.04;   // W in DejaVu Sans Bold: the least a flag's box must hold
constexpr qreal kFlagNameEm = 2.6;
constexpr qreal kRoom = 0.92; // of a box, for its text
} // namespace

qreal HeaderDiagramLayout::narrowWidthFor(qreal flagPx, qreal lineHeight)
{
    // layOut() backwards: 16 bits wide enough for the widest letter, the narrow margins and gutter.
    const qreal rows = kNarrowBitsPerRow * flagPx * kWidestLetterEm / kRoom;
    const qreal margins = 2 * lineHeight * 0.3 + std::round(lineHeight * 1.4);
    return std::ceil(std::max(rows + margins, (rows + std::round(lineHeight * 1.4)) / (1 - 2 * 0.008)) + 1);
}

qreal HeaderDiagramLayout::layOut(qreal width, qreal lineHeight)
{
    const qreal line = std::max<qreal>(1, lineHeight);
    width_ = width;
    margin_ = std::round(std::max(line * 0.5, width * 0.012));
    gutter_ = std::round(line * 2.0); // "+36": two digits
    leastTextPx_ = std::max(leastReadablePx(line), leastLabelFloor_);
    const qreal leastFlag = std::max(leastTextPx_, leastFlagFloor_);
    // A one-bit box holds a flag letter and a ruler digit: when 32 bits leave it too narrow for
    // a readable one, 16 to a row.
    qreal rowsWidth = width - 2 * margin_ - gutter_;
    if (bitsChoice_ == kBitsPerRow || bitsChoice_ == kNarrowBitsPerRow)
        splitRows(bitsChoice_);
    else
        splitRows(rowsWidth / kBitsPerRow * kRoom / kWideLetterEm >= leastFlag ? kBitsPerRow : kNarrowBitsPerRow);
    if (bitsPerRow_ == kNarrowBitsPerRow) {
        // Narrow margins for the narrow figure: the gutter holds two digits.
        margin_ = std::round(std::max(line * 0.3, width * 0.008));
        gutter_ = std::round(line * 1.4);
        rowsWidth = width - 2 * margin_ - gutter_;
    }
    bitWidth_ = std::max<qreal>(4, rowsWidth / bitsPerRow_);
    // The row offsets ("38", in about the text's size) keep their room clear of the first bit
    // (gutterRect): a narrow figure's wide bits would leave them too little and cut the "3".
    if (const qreal clear = std::round(bitWidth_ * 0.25); gutter_ - clear < line * 1.2) {
        gutter_ = std::round(line * 1.2 + clear);
        rowsWidth = width - 2 * margin_ - gutter_;
        bitWidth_ = std::max<qreal>(4, rowsWidth / bitsPerRow_);
    }
    // At least one line of names and values at their floor.
    // Rows as tall for their width as 32-bit ones (16 wide bits are not taller), at least one
    // line of names and values at their floor.
    // With floors (presentation) the floors alone bound a row: the figure's own type may be
    // smaller than its labels, and 2.6 of its lines would waste the height a 20-row header needs.
    // Nor do 16-bit rows grow with the column's width there: a wider column would push a 40-byte
    // header's twenty rows out of it.
    const bool floored = leastLabelFloor_ > 0;
    const qreal bitsTall = floored && bitsPerRow_ == kNarrowBitsPerRow ? 0 : bitWidth_ * 1.3 * bitsPerRow_ / kBitsPerRow;
    const qreal leastRow = floored ? 0 : line * 2.6;
    rowHeight_ = std::max(std::round(std::clamp(bitsTall, leastRow, line * 6)), std::ceil(leastTextPx_ * 1.35));
    labelPx_ = std::max(line * 0.85, rowHeight_ / 3.0);
    titleHeight_ = std::round(std::max(line * 1.6, labelPx_ * 2.0));
    rulerLine_ = std::round(std::max(line * 0.9, labelPx_ * 0.95));
    // Flags written across their box when they fit at the label size; else stacked as RFC 793
    // writes U/R/G, in a row tall enough for three letters.
    flagPx_ = std::max(leastFlag, std::min(labelPx_, bitWidth_ * kRoom / kWidestLetterEm));
    const bool across = bitWidth_ * kRoom / kFlagNameEm >= flagPx_;
    flagRowHeight_ = across ? rowHeight_ : std::max(rowHeight_, std::ceil(flagPx_ * 3 * 1.17 * 0.92 / 0.88) + 2);
    const qreal gap = std::round(line);
    // A narrow figure writes its footnote on two lines.
    footnoteHeight_ = std::round(std::max(line, labelPx_) * (bitsPerRow_ == kBitsPerRow ? 1.6 : 2.6));
    y_.assign(sections_.size(), {});
    qreal y = margin_;
    for (std::size_t s = 0; s < sections_.size(); ++s) {
        const HeaderDiagramSection& section = sections_[s];
        SectionY& at = y_[s];
        at.title = y;
        at.ruler = y + titleHeight_;
        at.rows = at.ruler + 2 * rulerLine_;
        std::vector<bool> flagRow(static_cast<std::size_t>(section.rowCount), false);
        for (const auto& box : section.boxes) {
            if (box.bitWidth == 1 && !box.pieces.empty() && box.pieces.front().row < section.rowCount)
                flagRow[static_cast<std::size_t>(box.pieces.front().row)] = true;
        }
        // With floors (presentation), a field three or more whole rows tall (a Timestamps or SACK
        // option in 16-bit rows) is drawn two rows tall, room for its name over its value: its further
        // rows share one row's height, so a 44-byte header keeps its names at their floor in a short
        // column (the row offsets still say how many bytes it holds).
        std::vector<qreal> shortRow(static_cast<std::size_t>(section.rowCount), 0);
        if (floored) {
            for (const auto& box : section.boxes) {
                const bool wholeRows = std::all_of(box.pieces.begin(), box.pieces.end(), [this](const HeaderDiagramPiece& piece) {
                    return piece.firstBit == 0 && piece.bitCount == bitsPerRow_;
                });
                if (!wholeRows || box.pieces.size() < 3)
                    continue;
                for (std::size_t i = 1; i < box.pieces.size(); ++i)
                    if (box.pieces[i].row < section.rowCount)
                        shortRow[static_cast<std::size_t>(box.pieces[i].row)] = rowHeight_ / static_cast<qreal>(box.pieces.size() - 1);
            }
        }
        at.rowTop.assign(1, at.rows);
        for (int row = 0; row < section.rowCount; ++row) {
            const auto r = static_cast<std::size_t>(row);
            at.rowTop.push_back(at.rowTop.back() + (flagRow[r] ? flagRowHeight_ : shortRow[r] > 0 ? shortRow[r] : rowHeight_));
        }
        at.footnote = at.rowTop.back();
        y = at.footnote + (section.lengthField >= 0 ? footnoteHeight_ : std::round(line * 0.5)) + gap;
    }
    return sections_.empty() ? std::round(line * 3) : y - gap + margin_;
}

int HeaderDiagramLayout::rowCount(int section) const
{
    return section >= 0 && static_cast<std::size_t>(section) < sections_.size()
        ? sections_[static_cast<std::size_t>(section)].rowCount
        : 0;
}

const HeaderDiagramBox* HeaderDiagramLayout::box(int span) const noexcept
{
    for (const auto& section : sections_) {
        for (const auto& b : section.boxes) {
            if (b.span == span)
                return &b;
        }
    }
    return nullptr;
}

int HeaderDiagramLayout::sectionOf(int span) const noexcept
{
    for (std::size_t s = 0; s < sections_.size(); ++s) {
        const auto& boxes = sections_[s].boxes;
        if (sections_[s].headerSpan == span
            || std::any_of(boxes.begin(), boxes.end(), [span](const HeaderDiagramBox& b) { return b.span == span; }))
            return static_cast<int>(s);
    }
    return -1;
}

std::vector<QRectF> HeaderDiagramLayout::fieldRects(int span) const
{
    std::vector<QRectF> rects;
    const HeaderDiagramBox* b = box(span);
    if (!b || y_.empty())
        return rects;
    const int section = sectionOf(span);
    for (const auto& piece : b->pieces)
        rects.push_back(pieceRect(section, piece));
    return rects;
}

QRectF HeaderDiagramLayout::fieldRect(int span) const
{
    const HeaderDiagramBox* b = box(span);
    if (!b || b->pieces.empty() || y_.empty())
        return {};
    return pieceRect(sectionOf(span), b->pieces[static_cast<std::size_t>(b->labelPiece)]);
}

int HeaderDiagramLayout::spanAt(QPointF point) const noexcept
{
    for (std::size_t s = 0; s < sections_.size() && s < y_.size(); ++s) {
        for (const auto& b : sections_[s].boxes) {
            for (const auto& piece : b.pieces) {
                if (pieceRect(static_cast<int>(s), piece).contains(point))
                    return b.span;
            }
        }
    }
    return -1;
}

qreal HeaderDiagramLayout::rulerPixelSize() const noexcept
{
    // A digit is about 0.6 em wide: at 1.25 x the bit's width it keeps a gap to its neighbour.
    return std::min({labelPx_ * 0.8, bitWidth_ * 1.25, rulerLine_ * 0.85});
}

qreal HeaderDiagramLayout::bitX(int bit) const noexcept
{
    return std::round(margin_ + gutter_ + bit * bitWidth_);
}

QRectF HeaderDiagramLayout::pieceRect(int section, const HeaderDiagramPiece& piece) const
{
    const auto& tops = y_[static_cast<std::size_t>(section)].rowTop;
    const auto row = static_cast<std::size_t>(std::clamp(piece.row, 0, static_cast<int>(tops.size()) - 2));
    return QRectF(QPointF(bitX(piece.firstBit), tops[row]), QPointF(bitX(piece.firstBit + piece.bitCount), tops[row + 1]));
}

QRectF HeaderDiagramLayout::titleRect(int section) const
{
    return {margin_, y_[static_cast<std::size_t>(section)].title, width_ - 2 * margin_, titleHeight_};
}

QRectF HeaderDiagramLayout::rulerRect(int section) const
{
    return QRectF(QPointF(bitX(0), y_[static_cast<std::size_t>(section)].ruler),
                  QPointF(bitX(bitsPerRow_), y_[static_cast<std::size_t>(section)].rows));
}

QRectF HeaderDiagramLayout::rowRect(int section, int row) const
{
    return pieceRect(section, {row, 0, bitsPerRow_});
}

QRectF HeaderDiagramLayout::gutterRect(int section, int row) const
{
    const QRectF r = rowRect(section, row);
    return {margin_, r.top(), gutter_ - std::round(bitWidth_ * 0.25), r.height()};
}

QRectF HeaderDiagramLayout::footnoteRect(int section) const
{
    const qreal top = y_[static_cast<std::size_t>(section)].footnote;
    return QRectF(QPointF(bitX(0), top), QPointF(bitX(bitsPerRow_), top + footnoteHeight_));
}

} // namespace tcplens::ui
