#include "HexView.h"

#include "shell/Fonts.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace tcplens::ui {

namespace {

constexpr char kHexDigits[] = "0123456789abcdef";

QColor mix(const QColor& a, const QColor& b, qreal t)
{
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * t, a.greenF() + (b.greenF() - a.greenF()) * t,
                            a.blueF() + (b.blueF() - a.blueF()) * t);
}

/// A faint hue per protocol layer, blended into the palette's base so dark themes keep it faint.
QColor layerTint(Layer layer, const QColor& base)
{
    int hue = -1;
    switch (layer) {
    case Layer::Link: hue = 280; break;
    case Layer::Network: hue = 140; break;
    case Layer::Transport: hue = 210; break;
    case Layer::Payload: hue = 35; break;
    case Layer::Frame: break;
    }
    return hue < 0 ? base : mix(base, QColor::fromHsv(hue, 200, 230), base.lightnessF() > 0.5 ? 0.10 : 0.16);
}

bool isPrintable(char c)
{
    return c >= 0x20 && c < 0x7f;
}

} // namespace

HexView::HexView(QWidget* parent) : QAbstractScrollArea(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setMouseTracking(true);
    viewport()->setBackgroundRole(QPalette::Base);
    viewport()->setCursor(Qt::PointingHandCursor);
    applyFont();
}

void HexView::setPacket(QByteArray frame, FieldSpans spans)
{
    frame_ = std::move(frame);
    spans_ = std::move(spans);
    fieldMap_.build(spans_, static_cast<int>(frame_.size()));
    layout_.setByteCount(static_cast<int>(frame_.size()));
    selected_ = -1;
    updateBand();
    verticalScrollBar()->setValue(0);
    viewport()->update();
}

void HexView::setPacket(Bytes frame, FieldSpans spans)
{
    setPacket(QByteArray(reinterpret_cast<const char*>(frame.data()), static_cast<qsizetype>(frame.size())),
              std::move(spans));
}

void HexView::clear()
{
    setPacket(QByteArray(), FieldSpans{});
}

QSize HexView::sizeHint() const
{
    const int frameWidth = 2 * this->frameWidth();
    return {static_cast<int>(std::ceil(layout_.contentWidth())) + frameWidth + verticalScrollBar()->sizeHint().width(),
            static_cast<int>(layout_.lineHeight() * 12) + frameWidth};
}

void HexView::setSelectedField(int spanIndex)
{
    if (spanIndex < -1 || spanIndex >= static_cast<int>(spans_.size()))
        spanIndex = -1;
    selected_ = spanIndex;
    updateBand();
    ensureSelectionVisible();
    viewport()->update();
}

void HexView::setBitsMode(bool on)
{
    if (bitsMode_ == on)
        return;
    bitsMode_ = on;
    updateBand();
    viewport()->update();
    emit bitsModeChanged(on);
}

void HexView::setLayerTints(bool on)
{
    layerTints_ = on;
    viewport()->update();
}

void HexView::applyFont()
{
    const QFont mono = monospaceFont(font());
    viewport()->setFont(mono);
    const QFontMetricsF metrics(mono);
    layout_.setCharSize(metrics.horizontalAdvance(QLatin1Char('0')), std::ceil(metrics.height() * 1.3));
    updateScrollBars();
    updateGeometry();
    viewport()->update();
}

int HexView::bandField() const
{
    if (selected_ >= 0)
        return selected_;
    const auto flags = std::find_if(spans_.begin(), spans_.end(), [](const FieldSpan& s) { return s.id == "tcp.flags"; });
    return flags == spans_.end() ? -1 : static_cast<int>(flags - spans_.begin());
}

void HexView::updateBand()
{
    const HexByteRange range = bitsMode_ ? HexFieldMap::bitBandFor(spans_, bandField()) : HexByteRange{};
    layout_.setBitBand(range.first, range.count);
    updateScrollBars();
}

void HexView::updateScrollBars()
{
    const int page = layout_.pageLines(viewport()->height());
    verticalScrollBar()->setPageStep(page);
    verticalScrollBar()->setSingleStep(1);
    verticalScrollBar()->setRange(0, std::max(0, layout_.lineCount() - page));
    const int width = static_cast<int>(std::ceil(layout_.contentWidth()));
    horizontalScrollBar()->setPageStep(viewport()->width());
    horizontalScrollBar()->setSingleStep(static_cast<int>(layout_.charWidth()));
    horizontalScrollBar()->setRange(0, std::max(0, width - viewport()->width()));
    layout_.setFirstLine(verticalScrollBar()->value());
}

void HexView::ensureSelectionVisible()
{
    if (selected_ < 0 || spans_[static_cast<std::size_t>(selected_)].bitWidth == 0)
        return;
    const int line = HexLayout::row(static_cast<int>(spans_[static_cast<std::size_t>(selected_)].firstByte()));
    const int page = layout_.pageLines(viewport()->height());
    if (line < verticalScrollBar()->value() || line >= verticalScrollBar()->value() + page)
        verticalScrollBar()->setValue(line);
}

void HexView::scrollContentsBy(int, int)
{
    layout_.setFirstLine(verticalScrollBar()->value());
    viewport()->update();
}

void HexView::resizeEvent(QResizeEvent* event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void HexView::changeEvent(QEvent* event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        applyFont();
}

QPointF HexView::toLayout(QPointF viewportPoint) const
{
    return viewportPoint + QPointF(horizontalScrollBar()->value(), 0);
}

int HexView::fieldAt(QPointF viewportPoint) const
{
    const QPointF point = toLayout(viewportPoint);
    if (const auto bit = layout_.bitAt(point))
        return fieldMap_.fieldAtBit(spans_, std::uint64_t(layout_.bandFirstByte()) * 8 + std::uint64_t(*bit));
    if (const auto hit = layout_.hitTest(point))
        return fieldMap_.fieldAtByte(hit->byte);
    return -1;
}

void HexView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return QAbstractScrollArea::mousePressEvent(event);
    const int field = fieldAt(event->position());
    if (field < 0)
        return;
    setSelectedField(field);
    emit fieldClicked(field);
}

bool HexView::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        const int field = fieldAt(help->pos());
        if (field >= 0)
            QToolTip::showText(help->globalPos(), QString::fromStdString(spans_[static_cast<std::size_t>(field)].text),
                               viewport());
        else
            QToolTip::hideText();
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void HexView::paintEvent(QPaintEvent*)
{
    QPainter painter(viewport());
    painter.fillRect(viewport()->rect(), palette().color(QPalette::Base));
    painter.translate(-horizontalScrollBar()->value(), 0);
    const HexLineRange lines = layout_.visibleLines(viewport()->height());
    painter.save();
    painter.setClipRect(QRectF(0, layout_.bandHeight(), layout_.contentWidth(), viewport()->height()));
    for (int line = lines.first; line < lines.first + lines.count; ++line)
        paintLine(painter, line);
    painter.restore();
    if (layout_.bandByteCount() > 0)
        paintBand(painter);
}

int HexView::selectedBitsIn(int byte) const noexcept
{
    if (selected_ < 0)
        return 0;
    const FieldSpan& field = spans_[static_cast<std::size_t>(selected_)];
    const std::int64_t first = std::int64_t{field.byteOffset} * 8 + field.bitOffset;
    const std::int64_t lo = std::max<std::int64_t>(first, std::int64_t{byte} * 8);
    const std::int64_t hi = std::min<std::int64_t>(first + field.bitWidth, std::int64_t{byte} * 8 + 8);
    return static_cast<int>(std::max<std::int64_t>(0, hi - lo));
}

void HexView::paintByteBackground(QPainter& painter, int byte) const
{
    const QPalette& pal = palette();
    const bool inLine = HexLayout::column(byte) + 1 < HexLayout::kBytesPerLine && byte + 1 < layout_.byteCount();
    const int bits = selectedBitsIn(byte);
    for (const HexColumn column : {HexColumn::Hex, HexColumn::Ascii}) {
        QRectF cell = layout_.cellRect(byte, column);
        QRectF joined = cell;
        if (inLine)
            joined.setRight(layout_.cellRect(byte + 1, column).left());
        if (layerTints_) {
            const Layer layer = fieldMap_.layerAt(byte);
            const bool sameNext = inLine && fieldMap_.layerAt(byte + 1) == layer;
            painter.fillRect(sameNext ? joined : cell, layerTint(layer, pal.color(QPalette::Base)));
        }
        if (bits == 0)
            continue;
        const bool joinNext = inLine && selectedBitsIn(byte + 1) > 0;
        const QRectF area = joinNext ? joined : cell;
        if (bits == 8) {
            painter.fillRect(area, pal.color(QPalette::Highlight));
        } else {
            // A byte the field only partly covers: a light fill and a dashed outline.
            painter.fillRect(cell, mix(pal.color(QPalette::Base), pal.color(QPalette::Highlight), 0.3));
            QPen pen(pal.color(QPalette::Highlight), std::max(1.0, layout_.charWidth() / 6), Qt::DashLine);
            painter.setPen(pen);
            painter.drawRect(cell.adjusted(0.5, 0.5, -0.5, -0.5));
        }
    }
}

void HexView::paintLine(QPainter& painter, int line) const
{
    const QPalette& pal = palette();
    const qreal top = layout_.lineTop(line);
    const qreal lh = layout_.lineHeight();
    const QColor faint = mix(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.55);
    painter.setPen(faint);
    const QString offset = QStringLiteral("%1").arg(line * HexLayout::kBytesPerLine, layout_.offsetDigits(), 16, QLatin1Char('0'));
    painter.drawText(QRectF(layout_.offsetX(), top, layout_.hexX(), lh), Qt::AlignLeft | Qt::AlignVCenter, offset);

    const int first = line * HexLayout::kBytesPerLine;
    const int end = std::min(first + HexLayout::kBytesPerLine, layout_.byteCount());
    for (int byte = first; byte < end; ++byte)
        paintByteBackground(painter, byte);

    for (int byte = first; byte < end; ++byte) {
        const auto value = static_cast<unsigned char>(frame_[byte]);
        const bool whole = selectedBitsIn(byte) == 8;
        const QColor ink = pal.color(whole ? QPalette::HighlightedText : QPalette::Text);
        painter.setPen(ink);
        const char hex[2] = {kHexDigits[value >> 4], kHexDigits[value & 0xf]};
        painter.drawText(layout_.hexCellRect(byte), Qt::AlignCenter, QString::fromLatin1(hex, 2));
        const bool printable = isPrintable(static_cast<char>(value));
        painter.setPen(printable || whole ? ink : faint);
        painter.drawText(layout_.asciiCellRect(byte), Qt::AlignCenter,
                         printable ? QString(QLatin1Char(static_cast<char>(value))) : QStringLiteral("·"));
    }
}

void HexView::paintBand(QPainter& painter) const
{
    const QPalette& pal = palette();
    const int firstByte = layout_.bandFirstByte();
    const int bitCount = layout_.bandByteCount() * 8;
    const int field = bandField();
    const HexByteRange range{firstByte, layout_.bandByteCount()};
    const qreal bandWidth = std::max<qreal>(layout_.contentWidth(), viewport()->width() + horizontalScrollBar()->value());
    painter.fillRect(QRectF(0, 0, bandWidth, layout_.bandHeight()), pal.color(QPalette::AlternateBase));

    QFont bold = painter.font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(pal.color(QPalette::Text));
    painter.drawText(layout_.bandCaptionRect(), Qt::AlignLeft | Qt::AlignVCenter,
                     HexFieldMap::bandCaption(spans_, field, range));

    QFont bits = bold;
    if (bold.pointSizeF() > 0) // the bits are what the band is for: larger
        bits.setPointSizeF(bold.pointSizeF() * 1.3);
    else
        bits.setPixelSize(bold.pixelSize() * 13 / 10);
    painter.setFont(bits);
    const FieldSpan* selected = field >= 0 ? &spans_[static_cast<std::size_t>(field)] : nullptr;
    const std::uint64_t selFirst = selected ? std::uint64_t{selected->byteOffset} * 8 + selected->bitOffset : 0;
    int previousOwner = -2;
    for (int bit = 0; bit < bitCount; ++bit) {
        const std::uint64_t frameBit = std::uint64_t(firstByte) * 8 + std::uint64_t(bit);
        const auto byte = static_cast<unsigned char>(frame_[firstByte + bit / 8]);
        const bool one = (byte >> (7 - bit % 8)) & 1U;
        const bool lit = selected && frameBit >= selFirst && frameBit < selFirst + selected->bitWidth;
        const QRectF cell = layout_.bitCellRect(bit);
        if (lit)
            painter.fillRect(cell, pal.color(QPalette::Highlight));
        // A tick where one field ends and the next begins, so the bit groups read as fields.
        const int owner = fieldMap_.fieldAtBit(spans_, frameBit);
        if (bit > 0 && owner != previousOwner) {
            painter.setPen(QPen(pal.color(QPalette::Mid), 1));
            const qreal x = (layout_.bitCellRect(bit - 1).right() + cell.left()) / 2;
            painter.drawLine(QPointF(x, cell.top()), QPointF(x, cell.bottom()));
        }
        previousOwner = owner;
        painter.setPen(pal.color(lit ? QPalette::HighlightedText : QPalette::Text));
        painter.drawText(cell, Qt::AlignCenter, one ? QStringLiteral("1") : QStringLiteral("0"));
    }
    painter.setFont(viewport()->font());
    painter.setPen(pal.color(QPalette::Text));
    if (selected)
        painter.drawText(layout_.bandFieldTextRect(), Qt::AlignLeft | Qt::AlignVCenter,
                         QString::fromStdString(selected->text));
    painter.setPen(QPen(pal.color(QPalette::Mid), 1));
    const qreal y = layout_.bandHeight() - 0.5;
    painter.drawLine(QPointF(0, y), QPointF(bandWidth, y));
}

} // namespace tcplens::ui
