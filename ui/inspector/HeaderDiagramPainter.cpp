#include "HeaderDiagramPainter.h"

#include "HeaderDiagramLabels.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace tcplens::ui {

namespace {

QColor mix(const QColor& a, const QColor& b, qreal t)
{
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * t, a.greenF() + (b.greenF() - a.greenF()) * t,
                            a.blueF() + (b.blueF() - a.blueF()) * t);
}

std::uint64_t firstBit(const FieldSpan& span)
{
    return std::uint64_t{span.byteOffset} * 8 + span.bitOffset;
}

bool overlaps(const FieldSpan& a, const FieldSpan& b)
{
    return firstBit(a) < firstBit(b) + b.bitWidth && firstBit(b) < firstBit(a) + a.bitWidth;
}

} // namespace

HeaderDiagramPainter::HeaderDiagramPainter(QPainter& painter, const HeaderDiagramLayout& layout,
                                           const FieldSpans& spans, const HeaderDiagramPaintState& state)
    : p_(painter), layout_(layout), spans_(spans), state_(state)
{
}

QColor HeaderDiagramPainter::faint(qreal amount) const
{
    return mix(state_.palette.color(QPalette::Base), state_.palette.color(QPalette::Text), amount);
}

QFont HeaderDiagramPainter::fontOfPixelSize(qreal px, bool bold) const
{
    QFont font = state_.font;
    font.setPixelSize(std::max(1, static_cast<int>(std::lround(px))));
    font.setBold(bold);
    return font;
}

qreal HeaderDiagramPainter::lineWidth() const
{
    return std::max<qreal>(1, std::round(layout_.rowHeight() / 40));
}

bool HeaderDiagramPainter::isSelected(int span) const
{
    if (state_.selected < 0 || static_cast<std::size_t>(state_.selected) >= spans_.size())
        return false;
    if (state_.selected == span)
        return true;
    const FieldSpan& chosen = spans_[static_cast<std::size_t>(state_.selected)];
    // A field drawn inside boxes (an option's length byte) or over several (all the flags).
    return chosen.depth > 0 && chosen.bitWidth > 0 && !layout_.box(state_.selected)
        && overlaps(chosen, spans_[static_cast<std::size_t>(span)]);
}

bool HeaderDiagramPainter::isChanged(int span) const
{
    return std::binary_search(state_.changed.begin(), state_.changed.end(), span);
}

QColor HeaderDiagramPainter::boxFill(int span) const
{
    const QColor base = state_.palette.color(QPalette::Base);
    const FieldSpan& field = spans_[static_cast<std::size_t>(span)];
    if (field.bitWidth == 1 && field.value != 0)
        return state_.palette.color(QPalette::Highlight);
    if (isChanged(span))
        return mix(base, state_.palette.color(QPalette::Link), 0.28);
    if (span == state_.hovered)
        return mix(base, state_.palette.color(QPalette::Highlight), 0.14);
    return base;
}

void HeaderDiagramPainter::noteFigurePx() const
{
    if (!state_.report)
        return;
    const auto px = static_cast<qreal>(p_.font().pixelSize());
    qreal& smallest = state_.report->smallestFigurePx;
    smallest = smallest == 0 ? px : std::min(smallest, px);
}

void HeaderDiagramPainter::noteLabelPx(qreal px) const
{
    if (!state_.report)
        return;
    qreal& smallest = state_.report->smallestLabelPx;
    smallest = smallest == 0 ? px : std::min(smallest, px);
}

void HeaderDiagramPainter::drawText(const QRectF& rect, int flags, const QString& text)
{
    p_.drawText(rect, flags, text);
    if (!state_.report || text.isEmpty())
        return;
    // Where the glyphs land, in the figure's coordinates (a rotated flag's box turned back): the
    // line's tight box on its baseline; a wrapped text's whole box.
    const QFontMetricsF fm(p_.font());
    const QRectF logical = fm.boundingRect(rect, flags, text);
    const QRectF glyphs = logical.height() > fm.height() * 1.5
        ? logical
        : fm.tightBoundingRect(text).translated(logical.left(), logical.top() + fm.ascent());
    const QRectF ink = p_.transform().mapRect(glyphs);
    state_.report->texts.push_back({ink, p_.transform().mapRect(rect), static_cast<qreal>(p_.font().pixelSize()), text});
    qreal& smallest = state_.report->smallestTextPx;
    smallest = smallest == 0 ? p_.font().pixelSize() : std::min<qreal>(smallest, p_.font().pixelSize());
}

void HeaderDiagramPainter::paint()
{
    if (state_.report)
        *state_.report = {};
    const QPalette& pal = state_.palette;
    p_.fillRect(QRectF(0, 0, layout_.width(), layout_.height()), pal.color(QPalette::Base));
    if (layout_.sections().empty()) {
        p_.setPen(faint(0.6));
        p_.setFont(state_.font);
        p_.drawText(QRectF(0, 0, layout_.width(), layout_.height()), Qt::AlignCenter,
                    QCoreApplication::translate("HeaderDiagramView", "No IP or TCP header in this packet"));
        return;
    }
    for (int s = 0; s < static_cast<int>(layout_.sections().size()); ++s)
        paintSection(s);
}

void HeaderDiagramPainter::paintSection(int s)
{
    const HeaderDiagramSection& section = layout_.sections()[static_cast<std::size_t>(s)];
    const qreal labelPx = layout_.labelPixelSize();
    const qreal small = state_.leastSmallPx;
    p_.setFont(fontOfPixelSize(std::max(labelPx * 1.15, small), true));
    p_.setPen(state_.palette.color(QPalette::Text));
    drawText(layout_.titleRect(s), Qt::AlignLeft | Qt::AlignVCenter, headerDiagramTitle(spans_, section.headerSpan));
    noteFigurePx();
    paintRuler(s);

    // Bits no field claims (a cut-short header) stay shaded.
    for (int row = 0; row < section.rowCount; ++row)
        p_.fillRect(layout_.rowRect(s, row), state_.palette.color(QPalette::AlternateBase));
    for (const auto& box : section.boxes) {
        for (const auto& piece : box.pieces)
            p_.fillRect(layout_.pieceRect(s, piece), boxFill(box.span));
    }
    paintBoxFrames(s);
    paintTicks(s);
    chooseFlagStyle(s);
    for (const auto& box : section.boxes)
        paintLabel(box, labelRect(s, box));
    paintChanges(s);
    paintSelection(s);

    p_.setFont(fontOfPixelSize(std::max(labelPx * 0.72, small)));
    noteFigurePx();
    p_.setPen(faint(0.55));
    for (int row = 0; row < section.rowCount; ++row) {
        // A tall field's half-height further rows (presentation) keep their offsets to its first row.
        if (layout_.rowRect(s, row).height() < layout_.rowHeight() * 0.75)
            continue;
        drawText(layout_.gutterRect(s, row), Qt::AlignRight | Qt::AlignVCenter, QString::number(row * layout_.bytesPerRow()));
    }
    if (section.lengthField >= 0) {
        // On the lines the figure leaves it (two when narrow), in smaller type rather than cut off.
        const QString footnote = headerDiagramFootnote(spans_, section.lengthField);
        const QRectF rect = layout_.footnoteRect(s);
        const int flags = Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap;
        qreal px = std::max<qreal>(std::round(labelPx * 0.85), small);
        const auto fits = [&](qreal size) {
            const QRectF needed = QFontMetricsF(fontOfPixelSize(size)).boundingRect(rect, flags, footnote);
            return needed.width() <= rect.width() && needed.height() <= rect.height();
        };
        while (px > std::max<qreal>(6, small) && !fits(px))
            --px;
        p_.setFont(fontOfPixelSize(px));
        p_.setPen(faint(0.8));
        drawText(rect, flags, footnote);
        noteFigurePx();
    }
}

void HeaderDiagramPainter::paintRuler(int s)
{
    const QRectF ruler = layout_.rulerRect(s);
    const qreal line = ruler.height() / 2;
    p_.setFont(fontOfPixelSize(std::max(layout_.rulerPixelSize(), state_.leastSmallPx)));
    noteFigurePx();
    p_.setPen(faint(0.7));
    for (int bit = 0; bit < layout_.bitsPerRow(); ++bit) {
        const QRectF cell(QPointF(layout_.bitX(bit), ruler.top()), QPointF(layout_.bitX(bit + 1), ruler.top() + line));
        if (bit % 10 == 0)
            drawText(cell, Qt::AlignCenter, QString::number(bit / 10));
        drawText(cell.translated(0, line), Qt::AlignCenter, QString::number(bit % 10));
    }
}

void HeaderDiagramPainter::paintBoxFrames(int s)
{
    const HeaderDiagramSection& section = layout_.sections()[static_cast<std::size_t>(s)];
    const qreal w = lineWidth();
    p_.save();
    p_.setRenderHint(QPainter::Antialiasing, false);
    p_.setPen(QPen(faint(0.85), w, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
    for (int row = 0; row < section.rowCount; ++row) {
        const QRectF r = layout_.rowRect(s, row);
        p_.drawLine(QPointF(r.left(), r.top()), QPointF(r.right(), r.top()));
        p_.drawLine(QPointF(r.left(), r.bottom()), QPointF(r.right(), r.bottom()));
        p_.drawLine(QPointF(r.left(), r.top()), QPointF(r.left(), r.bottom()));
        p_.drawLine(QPointF(r.right(), r.top()), QPointF(r.right(), r.bottom()));
    }
    for (const auto& box : section.boxes) {
        for (const auto& piece : box.pieces) {
            const QRectF r = layout_.pieceRect(s, piece);
            p_.drawLine(QPointF(r.left(), r.top()), QPointF(r.left(), r.bottom()));
            p_.drawLine(QPointF(r.right(), r.top()), QPointF(r.right(), r.bottom()));
        }
        // A field that runs on into the next row is one box: open the line between its pieces.
        for (std::size_t i = 1; i < box.pieces.size(); ++i) {
            const QRectF upper = layout_.pieceRect(s, box.pieces[i - 1]);
            const QRectF lower = layout_.pieceRect(s, box.pieces[i]);
            const qreal left = std::max(upper.left(), lower.left()) + std::ceil(w / 2);
            const qreal right = std::min(upper.right(), lower.right()) - std::floor(w / 2);
            if (right > left)
                p_.fillRect(QRectF(left, upper.bottom() - w, right - left, 2 * w + 1), boxFill(box.span));
        }
    }
    p_.restore();
}

void HeaderDiagramPainter::paintTicks(int s)
{
    // The RFC's "+-+-+" marks: a short tick at every bit boundary under each row line.
    const HeaderDiagramSection& section = layout_.sections()[static_cast<std::size_t>(s)];
    const qreal tick = std::round(std::min(layout_.rowHeight() * 0.09, layout_.bitWidth() * 0.4));
    p_.save();
    p_.setRenderHint(QPainter::Antialiasing, false);
    p_.setPen(QPen(faint(0.55), 1));
    const qreal top = layout_.rowRect(s, 0).top();
    for (int bit = 1; bit < layout_.bitsPerRow(); ++bit) {
        const qreal x = layout_.bitX(bit);
        p_.drawLine(QPointF(x, top - tick), QPointF(x, top));
        for (int row = 0; row < section.rowCount; ++row) {
            const qreal y = layout_.rowRect(s, row).top();
            const int span = layout_.spanAt(QPointF(x + 1, y + 1));
            const bool lit = span >= 0 && spans_[static_cast<std::size_t>(span)].bitWidth == 1
                && spans_[static_cast<std::size_t>(span)].value != 0;
            const bool continued = span >= 0 && row > 0 && layout_.spanAt(QPointF(x + 1, y - 2)) == span;
            if (!lit && !continued)
                p_.drawLine(QPointF(x, y + 1), QPointF(x, y + tick));
        }
    }
    p_.restore();
}

void HeaderDiagramPainter::chooseFlagStyle(int s)
{
    // The layout's flag size when a floor raised it above the labels' (a stacked flags row).
    const qreal base = std::max(layout_.labelPixelSize(), layout_.flagPixelSize());
    const QFontMetricsF fm(fontOfPixelSize(base, true));
    qreal widest = 1;
    qreal widestLetter = 1;
    int longest = 1;
    for (const auto& box : layout_.sections()[static_cast<std::size_t>(s)].boxes) {
        const HeaderDiagramLabel label = headerDiagramLabel(spans_, box.span);
        if (!label.isFlag)
            continue;
        widest = std::max(widest, fm.horizontalAdvance(label.shortName));
        for (const QChar c : label.shortName)
            widestLetter = std::max(widestLetter, fm.horizontalAdvance(c));
        longest = std::max(longest, static_cast<int>(label.shortName.size()));
    }
    const qreal roomX = layout_.bitWidth() * 0.92;
    const qreal roomY = layout_.flagRowHeight() * 0.88;
    const qreal across = base * std::min({1.0, roomX / widest, roomY / fm.height()});
    const qreal stacked = base * std::min({1.0, roomX / widestLetter, roomY / (longest * fm.height() * 0.92)});
    // Stacked letters as RFC 793 writes U/R/G, when they come out clearly larger.
    flagStyle_ = stacked > across * 1.15 ? FlagStyle::Stacked : FlagStyle::Across;
    flagPx_ = std::max(across, stacked);
    if (flagPx_ < base * 0.5) {
        flagStyle_ = FlagStyle::Rotated;
        flagPx_ = base * std::min({1.0, roomX / fm.height(), roomY / widest});
    }
    const qreal floor = std::max(state_.leastFlagPx, layout_.leastTextPx());
    if (flagPx_ < floor) {
        // Towards the floor as far as the boxes allow: never wider or taller than a flag's box.
        const qreal acrossMax = base * std::min(roomX / widest, roomY / fm.height());
        const qreal stackedMax = base * std::min(roomX / widestLetter, roomY / (longest * fm.height() * 0.92));
        if (std::max(acrossMax, stackedMax) > flagPx_) {
            flagStyle_ = stackedMax > acrossMax ? FlagStyle::Stacked : FlagStyle::Across;
            flagPx_ = std::min(std::max(acrossMax, stackedMax), floor);
        }
    }
    if (state_.report && widest > 1)
        state_.report->smallestFlagPx = fontOfPixelSize(flagPx_).pixelSize(); // the size drawn
}

void HeaderDiagramPainter::paintFlagLabel(const QString& name, QRectF rect, const QColor& ink)
{
    p_.setPen(ink);
    p_.setFont(fontOfPixelSize(flagPx_, true));
    switch (flagStyle_) {
    case FlagStyle::Across:
        drawText(rect, Qt::AlignCenter, name);
        break;
    case FlagStyle::Stacked: {
        const qreal step = QFontMetricsF(p_.font()).height() * 0.92;
        const qreal top = rect.center().y() - step * name.size() / 2;
        for (int i = 0; i < name.size(); ++i)
            drawText(QRectF(rect.left(), top + i * step, rect.width(), step), Qt::AlignCenter, name.mid(i, 1));
        break;
    }
    case FlagStyle::Rotated:
        p_.save();
        p_.translate(rect.center());
        p_.rotate(-90);
        drawText(QRectF(-rect.height() / 2, -rect.width() / 2, rect.height(), rect.width()), Qt::AlignCenter, name);
        p_.restore();
        break;
    }
}

QRectF HeaderDiagramPainter::labelRect(int s, const HeaderDiagramBox& box) const
{
    // The widest piece, joined with its equally wide neighbours (an IPv6 address's four rows).
    const auto& pieces = box.pieces;
    const auto at = static_cast<std::size_t>(box.labelPiece);
    QRectF rect = layout_.pieceRect(s, pieces[at]);
    for (std::size_t i = at + 1; i < pieces.size() && pieces[i].firstBit == pieces[at].firstBit
         && pieces[i].bitCount == pieces[at].bitCount;
         ++i)
        rect = rect.united(layout_.pieceRect(s, pieces[i]));
    return rect;
}

void HeaderDiagramPainter::paintNameOverValue(const QString& name, const QFont& nameFont, const QString& value,
                                              const QFont& valueFont, qreal valueHeight, int valueFlags, QRectF inner,
                                              bool lit)
{
    const QColor ink = state_.palette.color(lit ? QPalette::HighlightedText : QPalette::Text);
    const qreal nameHeight = QFontMetricsF(nameFont).height();
    const qreal top = inner.center().y() - (nameHeight + valueHeight) / 2;
    p_.setFont(nameFont);
    p_.setPen(lit ? ink : faint(0.78));
    drawText(QRectF(inner.left(), top, inner.width(), nameHeight), Qt::AlignCenter, name);
    p_.setFont(valueFont);
    p_.setPen(ink);
    drawText(QRectF(inner.left(), top + nameHeight, inner.width(), valueHeight), valueFlags, value);
}

bool HeaderDiagramPainter::tryLabel(const QString& name, const QString& value, qreal px, QRectF inner, bool lit)
{
    const QColor ink = state_.palette.color(lit ? QPalette::HighlightedText : QPalette::Text);
    const qreal least = std::max(floored_ ? state_.leastLabelPx : 0, layout_.leastTextPx());
    const qreal namePx = std::max(px * (value.isEmpty() ? 1.0 : 0.82), least);
    const qreal valuePx = std::max(px, least);
    const QFont nameFont = fontOfPixelSize(namePx, value.isEmpty());
    const QFont valueFont = fontOfPixelSize(valuePx, true);
    const QFontMetricsF nm(nameFont);
    const QFontMetricsF vm(valueFont);
    // Name over value, as a textbook figure writes them.
    if (!value.isEmpty() && nm.height() + vm.height() <= inner.height() && nm.horizontalAdvance(name) <= inner.width()
        && vm.horizontalAdvance(value) <= inner.width()) {
        paintNameOverValue(name, nameFont, value, valueFont, vm.height(), Qt::AlignCenter, inner, lit);
        noteLabelPx(std::min(namePx, valuePx));
        return true;
    }
    // A list (a SACK option's blocks) wraps between its items under its name, rather than lose them.
    if (value.contains(QStringLiteral(", ")) && nm.horizontalAdvance(name) <= inner.width()) {
        const int wrap = Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap;
        const QRectF lines = vm.boundingRect(QRectF(0, 0, inner.width(), 100'000), wrap, value);
        if (lines.width() <= inner.width() && nm.height() + lines.height() <= inner.height()) {
            paintNameOverValue(name, nameFont, value, valueFont, lines.height(), wrap, inner, lit);
            noteLabelPx(std::min(namePx, valuePx));
            return true;
        }
    }
    const QString one = value.isEmpty() ? name : name + QLatin1Char(' ') + value;
    const QFont& font = value.isEmpty() ? nameFont : valueFont;
    if (QFontMetricsF(font).height() > inner.height() || QFontMetricsF(font).horizontalAdvance(one) > inner.width())
        return false;
    p_.setFont(font);
    p_.setPen(ink);
    drawText(inner, Qt::AlignCenter, one);
    noteLabelPx(value.isEmpty() ? namePx : valuePx);
    return true;
}

void HeaderDiagramPainter::paintLabel(const HeaderDiagramBox& box, QRectF rect)
{
    const HeaderDiagramLabel label = headerDiagramLabel(spans_, box.span);
    const bool lit = label.isSet;
    const QColor ink = state_.palette.color(lit ? QPalette::HighlightedText : QPalette::Text);
    const qreal pad = std::max<qreal>(2, std::round(layout_.bitWidth() * 0.15));
    // Presentation rows are as tall as their text floor needs (1.35 lines): a line's own leading
    // is padding enough there, else a one-row field would lose its name ("43448", not "Source Port 43448").
    const qreal padY = state_.leastLabelPx > 0 ? std::min<qreal>(pad * 0.5, 1) : pad * 0.5;
    const QRectF inner = rect.adjusted(pad, padY, -pad, -padY);
    const qreal base = layout_.labelPixelSize();
    if (label.isFlag)
        return paintFlagLabel(label.shortName, rect, ink);

    // Full words first, a little smaller before abbreviating: "5 × 4 = 20 bytes" teaches more than "5".
    struct Attempt {
        const QString& name;
        const QString& value;
        qreal scale;
    };
    // Last, the bare number ("5" of "5 (20 B)"): the footnote says what it makes.
    const QString bare = label.shortValue.section(QLatin1Char(' '), 0, 0);
    // With floors (presentation), the full name at any size down to the floor before an abbreviation
    // ("Source Port 46492", not "Src Port 46492"); scale 0 is the floor itself.
    const qreal fullDown = state_.leastLabelPx > 0 ? 0.7 : 0.85;
    const qreal fullFloor = state_.leastLabelPx > 0 ? 0.0 : 0.85;
    const Attempt attempts[] = {
        {label.name, label.value, 1.0},          {label.name, label.value, 0.85},
        {label.name, label.value, fullDown},     {label.name, label.value, fullFloor},
        {label.shortName, label.value, 0.85},    {label.shortName, label.shortValue, 1.0},
        {label.shortName, label.shortValue, 0.85}, {label.shortName, label.shortValue, 0.7},
        {label.shortName, bare, 0.85},           {label.shortName, bare, 0.7},
    };
    // At the floor's size first; a box too small for it gets smaller type rather than a cut label.
    for (const bool floored : {true, false}) {
        floored_ = floored;
        for (const Attempt& attempt : attempts) {
            if (tryLabel(attempt.name, attempt.value, base * attempt.scale, inner, lit))
                return;
        }
        if (state_.leastLabelPx <= 0)
            break;
    }
    const qreal px = std::max(base * 0.7, layout_.leastTextPx());
    p_.setFont(fontOfPixelSize(px, true));
    p_.setPen(ink);
    const QFontMetricsF fm(p_.font());
    const QString whole = label.shortValue.isEmpty() ? label.shortName : label.shortValue;
    const QString shown = fm.elidedText(whole, Qt::ElideRight, inner.width());
    drawText(inner, Qt::AlignCenter, shown);
    noteLabelPx(px);
    if (state_.report && shown != whole)
        ++state_.report->shortened;
}

void HeaderDiagramPainter::paintChanges(int s)
{
    if (state_.changed.empty())
        return;
    const HeaderDiagramSection& section = layout_.sections()[static_cast<std::size_t>(s)];
    const qreal thick = std::max<qreal>(3, std::round(layout_.rowHeight() / 11));
    p_.save();
    p_.setRenderHint(QPainter::Antialiasing, false);
    p_.setBrush(Qt::NoBrush);
    for (const auto& box : section.boxes) {
        if (!isChanged(box.span))
            continue;
        // A one-bit flag's box is narrow: a thinner line leaves its letters readable.
        qreal narrowest = layout_.width();
        for (const auto& piece : box.pieces)
            narrowest = std::min(narrowest, layout_.pieceRect(s, piece).width());
        const qreal w = std::clamp(std::round(narrowest / 8), 2.0, thick);
        p_.setPen(QPen(state_.palette.color(QPalette::Link), w, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
        // One outline around all the box's rows, not across the label it spans: the pieces,
        // inset by half the pen on their outer edges, overlapping where they meet.
        QPainterPath outline;
        outline.setFillRule(Qt::WindingFill); // overlaps join rather than cancel
        const std::size_t last = box.pieces.size() - 1;
        for (std::size_t i = 0; i <= last; ++i) {
            const QRectF r = layout_.pieceRect(s, box.pieces[i]);
            outline.addRect(QRectF(QPointF(r.left() + w / 2 + 1, i == 0 ? r.top() + w / 2 + 1 : r.top() - w),
                                   QPointF(r.right() - w / 2, i == last ? r.bottom() - w / 2 : r.bottom() + w)));
        }
        p_.drawPath(outline.simplified());
    }
    p_.restore();
}

void HeaderDiagramPainter::paintSelection(int s)
{
    const HeaderDiagramSection& section = layout_.sections()[static_cast<std::size_t>(s)];
    const QColor accent = state_.palette.color(QPalette::Highlight);
    const qreal w = std::max<qreal>(2, std::round(layout_.rowHeight() / 16));
    p_.save();
    p_.setRenderHint(QPainter::Antialiasing, false);
    p_.setBrush(Qt::NoBrush);
    p_.setPen(QPen(accent, w, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
    if (state_.selected == section.headerSpan) {
        const QRectF all = layout_.rowRect(s, 0).united(layout_.rowRect(s, section.rowCount - 1));
        p_.drawRect(all.adjusted(w / 2, w / 2, -w / 2, -w / 2));
    }
    for (const auto& box : section.boxes) {
        if (!isSelected(box.span))
            continue;
        for (const auto& piece : box.pieces)
            p_.drawRect(layout_.pieceRect(s, piece).adjusted(w / 2 + 1, w / 2 + 1, -w / 2, -w / 2));
    }
    p_.restore();
}

} // namespace tcplens::ui
