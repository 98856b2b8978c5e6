#include "FlowGraphPainter.h"

#include "FlowGraphHeaderPainter.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace tcplens::ui {

namespace {

QString timeText(std::int64_t ns)
{
    return QString::number(static_cast<double>(ns) / 1e9, 'f', 6);
}

} // namespace

FlowGraphPainter::FlowGraphPainter(QPainter& painter, const FlowGraphModel& model, const FlowGraphLayout& layout,
                                   const FlowGraphStyle& style, const FlowPaintOptions& options)
    : p_(painter), model_(model), layout_(layout), style_(style), options_(options)
{
    line_ = std::max(1.0, std::round(layout.metrics().lineHeight / 14.0));
    if (style.highContrast())
        line_ += 1.0;
}

QFont FlowGraphPainter::scaled(qreal factor, bool bold, bool italic) const
{
    return scaledFont(options_.font, factor, bold, italic);
}

bool FlowGraphPainter::shown(int row) const noexcept
{
    return row >= options_.firstRow && (options_.revealLimit < 0 || row < options_.revealLimit);
}

int FlowGraphPainter::lastShownRow() const noexcept
{
    const int last = model_.rowCount() - 1;
    return options_.revealLimit < 0 ? last : std::min(last, options_.revealLimit - 1);
}

bool FlowGraphPainter::stateLabelBeside(int row) const noexcept
{
    for (const auto& track : model_.core().stateTracks()) {
        if (static_cast<int>(track.firstRow) == row && track.initial != TcpState::Unknown)
            return true;
        for (const auto& change : track.changes)
            if (static_cast<int>(change.row) == row && change.after != TcpState::Unknown)
                return true;
    }
    return false;
}

qreal FlowGraphPainter::bandHalfWidth() const noexcept
{
    return layout_.core().options().bandWidth / 2;
}

void FlowGraphPainter::paintBody(const QRectF& clip)
{
    const int rows = model_.rowCount();
    p_.setRenderHint(QPainter::Antialiasing, true);
    p_.setRenderHint(QPainter::TextAntialiasing, true);
    if (rows == 0 || model_.lifelineCount() == 0 || layout_.rowCount() == 0)
        return;
    const int first = std::max(layout_.rowAt(std::max(clip.top(), layout_.headerHeight())), options_.firstRow);
    const int last = std::min(layout_.rowAt(clip.bottom()), lastShownRow());

    // Selected range, then the current row, under everything.
    if (options_.selectionLast > options_.selectionFirst) {
        QColor tint = style_.palette().color(QPalette::Highlight);
        tint.setAlphaF(style_.highContrast() ? 0.16 : 0.07);
        const int a = std::max(options_.selectionFirst, first);
        const int b = std::min(options_.selectionLast, last);
        if (a <= b)
            p_.fillRect(QRectF(0, layout_.rowTop(a), layout_.width(), layout_.rowBottom(b) - layout_.rowTop(a)), tint);
    }
    if (options_.currentRow >= first && options_.currentRow <= last && shown(options_.currentRow)) {
        const int r = options_.currentRow;
        QColor fill = style_.palette().color(QPalette::Highlight);
        fill.setAlphaF(style_.highContrast() ? 0.30 : 0.16);
        const QRectF band(0, layout_.rowBottom(r) - layout_.rowHeight(), layout_.width(), layout_.rowHeight());
        p_.fillRect(band, fill);
        p_.fillRect(QRectF(0, band.top(), std::max(3.0, line_ * 3), band.height()),
                    style_.palette().color(QPalette::Highlight));
    }

    // Lifelines from the header to the last shown arrow (or the end).
    const qreal top = std::max(clip.top(), layout_.headerHeight());
    const qreal bottom = std::min(clip.bottom(), lastShownRow() >= 0 ? layout_.rowBottom(lastShownRow()) : top);
    p_.setPen(QPen(style_.rule(), line_, Qt::SolidLine, Qt::FlatCap));
    for (int l = 0; l < model_.lifelineCount(); ++l) {
        const qreal x = layout_.lifelineX(l);
        if (bottom > top)
            p_.drawLine(QPointF(x, top), QPointF(x, bottom));
    }
    // Column rules.
    QPen rule(style_.rule(), 1, Qt::DotLine);
    p_.setPen(rule);
    const qreal timeRight = layout_.timeColumn().right();
    const qreal commentLeft = layout_.commentColumn().left();
    if (bottom > top) {
        if (options_.timeColumn)
            p_.drawLine(QPointF(timeRight, top), QPointF(timeRight, bottom));
        if (options_.commentColumn)
            p_.drawLine(QPointF(commentLeft, top), QPointF(commentLeft, bottom));
    }

    if (first < 0 || last < first)
        return;
    paintBands(first, last);
    for (int row = first; row <= last; ++row)
        if (shown(row))
            paintRow(row);
}

void FlowGraphPainter::paintBands(int firstRow, int lastRow)
{
    const FlowModel& core = model_.core();
    const int lastShown = lastShownRow();
    const bool newestMoving = options_.revealLimit >= 0 && options_.progress < 1.0;
    // A change shows once its arrow does: the sender's as the arrow leaves, the receiver's as it arrives.
    const auto happened = [&](const FlowStateChange& c) {
        const int row = static_cast<int>(c.row);
        if (row > lastShown)
            return false;
        if (newestMoving && row == lastShown)
            return c.atSender ? options_.progress > 0 : false;
        return true;
    };
    const qreal clipTop = layout_.rowTop(firstRow);
    const qreal clipBottom = std::min(layout_.rowBottom(lastRow), layout_.rowBottom(lastShown));
    const auto& tracks = core.stateTracks();
    for (std::uint32_t t = 0; t < tracks.size(); ++t) {
        const auto& track = tracks[t];
        if (static_cast<int>(track.lastRow) < firstRow || static_cast<int>(track.firstRow) > lastRow)
            continue;
        // The core's bands; a change not yet shown (presentation) extends the state before it.
        TcpState carried = TcpState::Unknown;
        bool carrying = false;
        for (const auto& band : layout_.core().bands(core, t)) {
            QRectF rect = FlowGraphLayout::rect(band.rect);
            TcpState state = band.state;
            if (carrying)
                state = carried;
            else if (band.startsAtChange) {
                // Find whether the change that starts this band has happened yet.
                for (const auto& c : track.changes)
                    if (std::abs((c.atSender ? layout_.arrowY(static_cast<int>(c.row))
                                             : layout_.arrowEndY(static_cast<int>(c.row))) - rect.top()) < 0.5
                        && !happened(c)) {
                        carrying = true;
                        state = carried;
                        break;
                    }
            }
            carried = state;
            rect.setTop(std::max(rect.top(), clipTop));
            rect.setBottom(std::min(rect.bottom(), clipBottom));
            if (rect.height() <= 0 || state == TcpState::Unknown)
                continue;
            p_.fillRect(rect, style_.stateColour(state));
        }
        // Labels: the state before the conversation's first arrow, then each change.
        const bool shared = core.slotsOn(track.lifeline) > 1;
        const auto stream = core.conversations()[track.conversation].stream;
        // A later conversation's CLOSED would sit on the previous one's final label: only the first says it.
        const bool initialSaid = track.initial == TcpState::Closed && static_cast<int>(track.firstRow) > options_.firstRow;
        if (static_cast<int>(track.firstRow) >= std::max(firstRow, options_.firstRow) && track.initial != TcpState::Unknown
            && !initialSaid && static_cast<int>(track.firstRow) <= lastShown)
            paintStateLabel(static_cast<int>(track.lifeline), layout_.rowTop(static_cast<int>(track.firstRow)) + 2,
                            track.initial, stream, shared,
                            {layout_.rowTop(static_cast<int>(track.firstRow)), layout_.arrowY(static_cast<int>(track.firstRow))});
        for (const auto& c : track.changes) {
            const int row = static_cast<int>(c.row);
            if (row < firstRow || row > lastRow || !happened(c) || c.after == TcpState::Unknown)
                continue;
            const qreal arrowY = c.atSender ? layout_.arrowY(row) : layout_.arrowEndY(row);
            paintStateLabel(static_cast<int>(track.lifeline), arrowY + layout_.metrics().lineHeight * 0.3, c.after, stream,
                            shared, {arrowY, arrowY + layout_.rowHeight()});
        }
    }
}

void FlowGraphPainter::paintStateLabel(int lifeline, qreal y, TcpState state, std::uint32_t stream, bool shared,
                                       std::pair<qreal, qreal> between)
{
    const QFont font = scaled(options_.stateScale > 0 ? options_.stateScale : kFlowStateLabelScale, true);
    const QFontMetricsF fm(font);
    QString text = QString::fromLatin1(stateName(state));
    if (shared)
        text += QStringLiteral(" #%1").arg(stream);
    const QStringList lines = stateLabelLines(text, fm, options_.stateWidth);
    const qreal w = stateLabelWidth(lines, fm);
    const qreal h = fm.height() * (static_cast<qreal>(lines.size()) + 0.1);
    const qreal x = layout_.lifelineX(lifeline);
    const qreal gap = bandHalfWidth() * std::max<qreal>(model_.core().slotsOn(static_cast<std::uint32_t>(lifeline)), 1)
                      + fm.height() * 0.3;
    // Outside the outermost lifelines, right of the others.
    const bool left = lifeline == 0 && model_.lifelineCount() > 1;
    QRectF box(left ? x - gap - w : x + gap, y, w, h);
    if (options_.statesOnLifeline) // centred on the lifeline, between its arrow and the next row's
        box = QRectF(x - w / 2, between.first + std::max(line_, (between.second - between.first - h) / 2), w, h);
    // One conversation's last state and the next one's first on a shared lifeline fall on the
    // same rows: the later label goes under the earlier instead of over it.
    QRectF& previous = placedLabels_[lifeline];
    if (previous.isValid() && box.top() < previous.bottom() && box.bottom() > previous.top())
        box.moveTop(previous.bottom() + line_);
    previous = box;
    const QColor fill = style_.stateColour(state);
    p_.setPen(QPen(style_.darkBackground() ? fill.lighter(160) : fill.darker(160), line_));
    p_.setBrush(fill);
    const qreal radius = h * 0.3;
    p_.drawRoundedRect(box, radius, radius);
    p_.setBrush(Qt::NoBrush);
    p_.setFont(font);
    p_.setPen(style_.stateText(state));
    p_.drawText(box, Qt::AlignCenter, lines.join(QLatin1Char('\n')));
}

void FlowGraphPainter::paintRow(int row)
{
    const auto& arrow = model_.arrow(row);
    const bool newest = options_.revealLimit >= 0 && row == lastShownRow();
    const qreal travel = newest ? std::clamp(options_.progress, 0.0, 1.0) : 1.0;
    const qreal y = layout_.arrowY(row);
    const qreal lh = layout_.metrics().lineHeight;

    // Time column: seconds since the first arrow; the frame number above it.
    if (options_.timeColumn) {
        p_.setFont(options_.font);
        p_.setPen(style_.text());
        const QRectF timeRect(0, y - lh / 2, layout_.timeColumn().right() - lh * 0.4, lh);
        p_.drawText(timeRect, Qt::AlignRight | Qt::AlignVCenter, timeText(arrow.sinceStartNs));
        p_.setFont(scaled(0.86));
        p_.setPen(style_.faintText());
        p_.drawText(timeRect.translated(0, -lh * 0.95), Qt::AlignRight | Qt::AlignVCenter,
                    QStringLiteral("#%1").arg(arrow.packet + 1));
    }

    paintArrow(row, arrow, travel);

    // Comment column: one line beside the arrow, or as many as the row holds when it is longer
    // ("服务器未收到：第 6 帧…" whole rather than cut), the last one shortened if even they do not.
    if (options_.commentColumn && !arrow.comment.isEmpty() && travel >= 1.0) {
        const QRectF comment = layout_.commentColumn();
        const qreal width = comment.width() - lh * 0.9;
        const QFontMetricsF fm(options_.font);
        const qreal spacing = fm.lineSpacing();
        const qreal top = layout_.rowTop(row);
        const qreal bottom = layout_.rowBottom(row);
        const int room = std::max(1, static_cast<int>((bottom - top) / spacing));
        bool elided = false;
        const QStringList lines = flowCommentLines(arrow.comment, options_.font, width, room, &elided);
        report_.elidedComments += elided;
        const qreal height = spacing * static_cast<qreal>(lines.size());
        const qreal first = std::clamp(y - height / 2, top, std::max(top, bottom - height));
        p_.setFont(options_.font);
        const bool analysed = arrow.analysed || arrow.notReceived || arrow.kind == FlowArrowKind::Reset;
        p_.setPen(analysed ? style_.pen(arrow.kind).colour : style_.faintText());
        for (int i = 0; i < lines.size(); ++i)
            p_.drawText(QRectF(comment.left() + lh * 0.6, first + spacing * i, width, spacing),
                        Qt::AlignLeft | Qt::AlignVCenter, lines[i]);
    }
}

void FlowGraphPainter::paintArrow(int row, const FlowGraphArrow& arrow, qreal travel)
{
    const qreal lh = layout_.metrics().lineHeight;
    const qreal inset = bandHalfWidth() * std::max<qreal>(model_.core().maxSlots(), 1) + line_;
    const qreal xFrom = layout_.lifelineX(arrow.from);
    const qreal xTo = layout_.lifelineX(arrow.to);
    const qreal dir = xTo >= xFrom ? 1.0 : -1.0;
    const QPointF start(xFrom + dir * inset, layout_.arrowY(row));
    const QPointF end(xTo - dir * inset, layout_.arrowEndY(row));
    const FlowArrowPen pen = style_.pen(arrow.kind);
    const qreal head = std::max(lh * 0.55, 7.0);

    // The texts: flags and seq/ack above the arrow (on it, in dense rows), len/win and the payload below.
    // (The high-contrast theme's thicker line, which insets the arrow a pixel more, leaves the texts their room.)
    const qreal span = std::abs(end.x() - start.x()) - lh * 0.8 + (style_.highContrast() ? 2.0 : 0.0);
    const bool onArrow = options_.inlineLabels;
    const QFont bold = scaled(1.0, true);
    const QFontMetricsF bm(bold);
    const QFontMetricsF fm(options_.font);
    const QString flags = arrow.flags + QLatin1Char(' ');
    const qreal flagsWidth = bm.horizontalAdvance(flags);
    // On the arrow, a stub of shaft and the arrowhead stay visible either side of the label (they
    // keep it clear of the lifelines: half the margin above the arrow's label).
    const qreal labelRoom = onArrow ? span + lh * 0.4 - 2 * (head + lh * 0.25) : span;
    // Short of room, whole fields go (ack, then seq), never half a number.
    const QString numbers = wholeFieldsThatFit(arrow.numbers, labelRoom - flagsWidth, fm);
    report_.elidedLabels += numbers != arrow.numbers;
    report_.numbers << numbers;
    const qreal total = flagsWidth + fm.horizontalAdvance(numbers);
    const qreal length = QLineF(start, end).length();
    // Where the shaft breaks around the label, as distances from the start along the arrow.
    const qreal gapFrom = onArrow ? length / 2 - total / 2 - lh * 0.2 : -1;
    const qreal gapTo = onArrow ? length / 2 + total / 2 + lh * 0.2 : -1;
    // A segment its receiver never got stops short of the lifeline, dotted, with a cross (past
    // a label written on it).
    const qreal reach = !arrow.notReceived ? 1.0
                        : onArrow && length > 0 ? std::clamp((gapTo + head * 0.6) / length, 0.8, 0.95)
                                                : 0.8;
    const QPointF tip = start + (end - start) * travel * reach;

    QPen linePen(pen.colour, line_ * pen.weight * 1.2, arrow.notReceived ? Qt::DotLine : pen.line, Qt::FlatCap);
    const QLineF shaft(start, tip);
    const QPointF unit = shaft.length() > 0 ? (tip - start) / shaft.length() : QPointF(dir, 0);
    const auto drawShaft = [&](qreal length) {
        if (gapTo < 0 || length <= gapFrom)
            return p_.drawLine(start, start + unit * length);
        p_.drawLine(start, start + unit * std::max(0.0, gapFrom));
        if (length > gapTo)
            p_.drawLine(start + unit * gapTo, start + unit * length);
    };
    p_.setPen(linePen);
    // Level shafts are pixel-aligned: no antialiasing needed, and dashed lines stroke much faster without it.
    p_.setRenderHint(QPainter::Antialiasing, start.y() != end.y());
    if (arrow.notReceived) {
        drawShaft(shaft.length());
        p_.setRenderHint(QPainter::Antialiasing, true);
        const qreal s = head * 0.45;
        p_.setPen(QPen(pen.colour, line_ * 2.2, Qt::SolidLine, Qt::RoundCap));
        p_.drawLine(tip + QPointF(-s, -s), tip + QPointF(s, s));
        p_.drawLine(tip + QPointF(-s, s), tip + QPointF(s, -s));
    } else {
        if (shaft.length() > head * 0.6)
            drawShaft(shaft.length() - head * 0.6);
        p_.setRenderHint(QPainter::Antialiasing, true);
        // Arrowhead: a filled triangle at the tip.
        const QPointF normal(-unit.y(), unit.x());
        QPainterPath headPath;
        headPath.moveTo(tip);
        headPath.lineTo(tip - unit * head + normal * head * 0.38);
        headPath.lineTo(tip - unit * head - normal * head * 0.38);
        headPath.closeSubpath();
        p_.fillPath(headPath, pen.colour);
    }
    if (arrow.kind == FlowArrowKind::Reset && travel >= 1.0) {
        // An X beyond the receiving end: the connection is torn down here.
        const qreal s = head * 0.42;
        const QPointF c = end + QPointF(-dir * s * 2.6, -s * 1.8);
        p_.setPen(QPen(pen.colour, line_ * 2, Qt::SolidLine, Qt::RoundCap));
        p_.drawLine(c + QPointF(-s, -s), c + QPointF(s, s));
        p_.drawLine(c + QPointF(-s, s), c + QPointF(s, -s));
    }
    if (travel < 1.0)
        p_.setOpacity(std::clamp(travel * 1.5, 0.0, 1.0));

    // Texts along the arrow (tilted with it when slanted).
    const QPointF mid = (start + end) / 2;
    const qreal angle = std::atan2(end.y() - start.y(), std::abs(end.x() - start.x())) * 180.0 / M_PI;
    p_.save();
    p_.translate(mid);
    p_.rotate(angle);
    // Above the arrow, or on it: the line's box centred on the shaft.
    const qreal labelBase = onArrow ? (fm.ascent() - fm.descent()) / 2 : -lh * 0.3 - fm.descent();
    qreal x = -total / 2;
    p_.setFont(bold);
    p_.setPen(arrow.kind == FlowArrowKind::Data || arrow.kind == FlowArrowKind::Ack ? style_.text() : pen.colour);
    p_.drawText(QPointF(x, labelBase), flags);
    x += flagsWidth;
    p_.setFont(options_.font);
    p_.setPen(style_.text());
    p_.drawText(QPointF(x, labelBase), numbers);

    if (!onArrow || row == options_.detailRow) {
        const QFont small = scaled(0.86);
        const QFontMetricsF sm(small);
        const QFont italic = scaled(0.95, false, true);
        const QFontMetricsF im(italic);
        const qreal gap = arrow.payload.isEmpty() ? 0 : sm.height() * 0.6;
        // The newest arrow's line (presentation) has nothing under it: unless a state label sits
        // beside it, it may run past the lifelines across the graph rather than be shortened.
        qreal room = span;
        const bool newest = options_.revealLimit >= 0 && row == lastShownRow();
        const bool beside = stateLabelBeside(row);
        if (newest && sm.horizontalAdvance(arrow.sizes) + gap + im.horizontalAdvance(arrow.payload) > span && !beside) {
            const qreal centre = mid.x();
            room = 2 * std::min(centre, layout_.width() - centre) - lh * 0.6;
        } else if (beside && options_.statesOnLifeline) {
            room = std::max(lh, span - options_.stateWidth); // clear of the labels on the lifelines under it
        }
        // Short of room, whole fields go (win, then len), never half a number.
        const QString sizes = wholeFieldsThatFit(arrow.sizes, room, sm);
        report_.elidedLabels += sizes != arrow.sizes;
        const qreal sizesWidth = sm.horizontalAdvance(sizes);
        const QString payload = arrow.payload.isEmpty()
                                    ? QString()
                                    : im.elidedText(arrow.payload, Qt::ElideMiddle, std::max(room - sizesWidth - gap, lh));
        report_.elidedPayloads += payload != arrow.payload;
        if (!payload.isEmpty())
            report_.payloads << payload;
        const qreal below = (onArrow ? fm.height() * 0.55 : lh * 0.22) + im.ascent();
        x = -(sizesWidth + gap + im.horizontalAdvance(payload)) / 2;
        p_.setFont(small);
        p_.setPen(style_.faintText());
        p_.drawText(QPointF(x, below), sizes);
        if (!payload.isEmpty()) {
            p_.setFont(italic);
            p_.setPen(style_.text());
            p_.drawText(QPointF(x + sizesWidth + gap, below), payload);
        }
    }
    p_.restore();
    p_.setOpacity(1.0);
}

void FlowGraphPainter::paintHeader(qreal left, qreal right)
{
    FlowGraphHeaderPainter(p_, model_, layout_, style_, options_, line_, report_).paint(left, right);
}

void FlowGraphPainter::paintMessage(QPainter& painter, const QRectF& rect, const QString& text,
                                    const FlowGraphStyle& style, const QFont& font)
{
    painter.setFont(font);
    painter.setPen(style.faintText());
    painter.drawText(rect.adjusted(20, 20, -20, -20), Qt::AlignCenter | Qt::TextWordWrap, text);
}

} // namespace tcplens::ui
