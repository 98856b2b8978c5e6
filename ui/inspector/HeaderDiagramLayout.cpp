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

/// Splits a field's bits, counted from the header's first bit, at the 32-bit row boundaries.
HeaderDiagramBox makeBox(int span, std::uint64_t start, std::uint64_t width)
{
    HeaderDiagramBox box;
    box.span = span;
    std::uint64_t bit = start;
    const std::uint64_t end = std::min<std::uint64_t>(start + width, std::uint64_t{kMaxRows} * 32);
    while (bit < end) {
        const int row = static_cast<int>(bit / 32);
        const int first = static_cast<int>(bit % 32);
        const int count = static_cast<int>(std::min<std::uint64_t>(end - bit, 32 - std::uint64_t(first)));
        box.pieces.push_back({row, first, count});
        if (count > box.pieces[static_cast<std::size_t>(box.labelPiece)].bitCount)
            box.labelPiece = static_cast<int>(box.pieces.size()) - 1;
        bit += static_cast<std::uint64_t>(count);
    }
    return box;
}

} // namespace

std::vector<HeaderDiagramSection> headerDiagramSections(const FieldSpans& spans)
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
            section.boxes.push_back(makeBox(index, firstBitOf(field) - origin, field.bitWidth));
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
        section.rowCount = static_cast<int>(std::min<std::uint64_t>((end + 31) / 32, kMaxRows));
        sections.push_back(std::move(section));
        h = i - 1;
    }
    return sections;
}

void HeaderDiagramLayout::setSpans(const FieldSpans& spans)
{
    sections_ = headerDiagramSections(spans);
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

qreal HeaderDiagramLayout::layOut(qreal width, qreal lineHeight)
{
    const qreal line = std::max<qreal>(1, lineHeight);
    width_ = width;
    margin_ = std::round(std::max(line * 0.75, width * 0.012));
    gutter_ = std::round(line * 2.6);
    bitWidth_ = std::max<qreal>(4, (width - 2 * margin_ - gutter_) / kBitsPerRow);
    rowHeight_ = std::round(std::clamp(bitWidth_ * 1.3, line * 2.6, line * 6));
    labelPx_ = std::max(line * 0.85, rowHeight_ / 3.0);
    titleHeight_ = std::round(std::max(line * 1.6, labelPx_ * 2.0));
    rulerLine_ = std::round(std::max(line * 0.9, labelPx_ * 0.95));
    const qreal gap = std::round(line);
    y_.assign(sections_.size(), {});
    qreal y = margin_;
    for (std::size_t s = 0; s < sections_.size(); ++s) {
        const bool footnote = sections_[s].lengthField >= 0;
        y_[s].title = y;
        y_[s].ruler = y + titleHeight_;
        y_[s].rows = y_[s].ruler + 2 * rulerLine_;
        y_[s].footnote = y_[s].rows + sections_[s].rowCount * rowHeight_;
        y = y_[s].footnote + (footnote ? std::round(std::max(line * 1.6, labelPx_ * 1.6)) : std::round(line * 0.5)) + gap;
    }
    footnoteHeight_ = std::round(std::max(line * 1.6, labelPx_ * 1.6));
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

qreal HeaderDiagramLayout::bitX(int bit) const noexcept
{
    return std::round(margin_ + gutter_ + bit * bitWidth_);
}

QRectF HeaderDiagramLayout::pieceRect(int section, const HeaderDiagramPiece& piece) const
{
    const qreal top = y_[static_cast<std::size_t>(section)].rows + piece.row * rowHeight_;
    return QRectF(QPointF(bitX(piece.firstBit), top), QPointF(bitX(piece.firstBit + piece.bitCount), top + rowHeight_));
}

QRectF HeaderDiagramLayout::titleRect(int section) const
{
    return {margin_, y_[static_cast<std::size_t>(section)].title, width_ - 2 * margin_, titleHeight_};
}

QRectF HeaderDiagramLayout::rulerRect(int section) const
{
    return QRectF(QPointF(bitX(0), y_[static_cast<std::size_t>(section)].ruler),
                  QPointF(bitX(kBitsPerRow), y_[static_cast<std::size_t>(section)].rows));
}

QRectF HeaderDiagramLayout::rowRect(int section, int row) const
{
    return pieceRect(section, {row, 0, kBitsPerRow});
}

QRectF HeaderDiagramLayout::gutterRect(int section, int row) const
{
    const QRectF r = rowRect(section, row);
    return {margin_, r.top(), gutter_ - std::round(bitWidth_ * 0.25), r.height()};
}

QRectF HeaderDiagramLayout::footnoteRect(int section) const
{
    const qreal top = y_[static_cast<std::size_t>(section)].footnote;
    return QRectF(QPointF(bitX(0), top), QPointF(bitX(kBitsPerRow), top + footnoteHeight_));
}

} // namespace tcplens::ui
