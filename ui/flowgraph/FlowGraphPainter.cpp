#include "FlowGraphPainter.h"

#include "FlowGraphHeaderPainter.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPicture>
#include <QTransform>

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace tcplens::ui {

namespace {

QString timeText(std::int64_t ns)
{
    return QString::number(static_cast<double>(ns) / 1e9, 'f', 6);
}

qreal baseLineWidth(const FlowGraphLayout& layout, const FlowGraphStyle& style)
{
    const qreal line = std::max(1.0, std::round(layout.metrics().lineHeight / 14.0));
    return style.highContrast() ? line + 1.0 : line;
}

} // namespace

FlowGraphPainter::FlowGraphPainter(QPainter& painter, const FlowGraphModel& model, const FlowGraphLayout& layout,
                                   const FlowGraphStyle& style, const FlowPaintOptions& options)
    : p_(painter), model_(model), layout_(layout), style_(style), options_(options),
      line_(baseLineWidth(layout, style)),
      stateLabels_(model, layout, line_, options.statesOnLifeline, [this](int row) -> const std::vector<QRectF>& {
          return rowInk(row);
      })
{
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
            paintStateLabel(static_cast<int>(track.lifeline), static_cast<int>(track.firstRow),
                            layout_.rowTop(static_cast<int>(track.firstRow)) + 2, track.initial, stream, shared,
                            {-1, static_cast<int>(track.firstRow)});
        for (const auto& c : track.changes) {
            const int row = static_cast<int>(c.row);
            if (row < firstRow || row > lastRow || !happened(c) || c.after == TcpState::Unknown)
                continue;
            const qreal arrowY = c.atSender ? layout_.arrowY(row) : layout_.arrowEndY(row);
            // Changes one arrow causes (CLOSING, then TIME_WAIT) stack in the room after it.
            std::pair<int, int> stack{0, 0};
            for (const auto& other : track.changes)
                if (other.row == c.row && other.after != TcpState::Unknown && happened(other)) {
                    stack.first += &other < &c;
                    ++stack.second;
                }
            paintStateLabel(static_cast<int>(track.lifeline), row, arrowY + layout_.metrics().lineHeight * 0.3, c.after,
                            stream, shared, {row, row + 1}, stack);
        }
    }
}

FlowArrowGeometry FlowGraphPainter::geometry(int row) const
{
    return FlowArrowGeometry::of(model_, layout_, row, line_, style_.pen(model_.arrow(row).kind).weight,
                                 options_.inlineLabels);
}

const std::vector<QRectF>& FlowGraphPainter::rowInk(int row)
{
    auto [at, added] = rowInk_.try_emplace(row);
    if (added) { // painted aside, whole, as it is (or will be once revealed) drawn
        QPicture aside;
        QPainter painter(&aside);
        FlowGraphPainter dry(painter, model_, layout_, style_, options_);
        dry.paintArrow(row, model_.arrow(row), 1.0);
        for (const FlowInkBox& box : dry.report_.ink)
            at->second.push_back(box.rect);
    }
    return at->second;
}

void FlowGraphPainter::paintStateLabel(int lifeline, int row, qreal y, TcpState state, std::uint32_t stream,
                                       bool shared, std::pair<int, int> between, std::pair<int, int> stack)
{
    const QFont font = scaled(options_.stateScale > 0 ? options_.stateScale : kFlowStateLabelScale, true);
    const QFontMetricsF fm(font);
    QString text = QString::fromLatin1(stateName(state));
    if (shared)
        text += QStringLiteral(" #%1").arg(stream);
    const QStringList lines = stateLabelLines(text, fm, options_.stateWidth);
    const qreal w = stateLabelWidth(lines, fm);
    const qreal extra = static_cast<qreal>(lines.size() - 1) * fm.lineSpacing();
    // On a lifeline, between two arrows, the box hugs the letters (from a capital's top to an
    // underscore's foot), its outline inside it: it fits between two arrowheads a dense row apart.
    const bool tight = options_.statesOnLifeline;
    const QRectF ink = fm.tightBoundingRect(text).united(fm.tightBoundingRect(QStringLiteral("A_")));
    const qreal pad = fm.height() * 0.06;
    const qreal h = tight ? ink.height() + extra + 2 * pad + line_ : fm.height() * 0.1 + fm.height() + extra;
    const QRectF box = stateLabels_.place(lifeline, QSizeF(w, h), fm.height(), y, between, stack);
    const QColor fill = style_.stateColour(state);
    p_.setPen(QPen(style_.darkBackground() ? fill.lighter(160) : fill.darker(160), line_));
    p_.setBrush(fill);
    const QRectF outline = tight ? box.adjusted(line_ / 2, line_ / 2, -line_ / 2, -line_ / 2) : box;
    const qreal radius = outline.height() * 0.3;
    p_.drawRoundedRect(outline, radius, radius);
    record(FlowInkKind::StateLabel, row, outline.adjusted(-line_ / 2, -line_ / 2, line_ / 2, line_ / 2));
    p_.setBrush(Qt::NoBrush);
    p_.setFont(font);
    p_.setPen(style_.stateText(state));
    if (!tight)
        return p_.drawText(box, Qt::AlignCenter, lines.join(QLatin1Char('\n')));
    for (int i = 0; i < lines.size(); ++i) // each line's letters centred in the box
        p_.drawText(QPointF(box.center().x() - fm.horizontalAdvance(lines[i]) / 2,
                            box.top() + line_ / 2 + pad - ink.top() + fm.lineSpacing() * i),
                    lines[i]);
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
    const FlowArrowGeometry shape = geometry(row);
    const QPointF start = shape.start;
    const QPointF end = shape.end;
    const FlowArrowPen pen = style_.pen(arrow.kind);
    const qreal head = shape.head;

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

    QPen linePen(pen.colour, shape.shaftWidth, arrow.notReceived ? Qt::DotLine : pen.line, Qt::FlatCap);
    const QLineF shaft(start, tip);
    const QPointF unit = shape.unit();
    const auto drawLine = [&](QPointF a, QPointF b) {
        p_.drawLine(a, b);
        record(FlowInkKind::Shaft, row, FlowArrowGeometry::strokeBox(a, b, shape.shaftWidth));
    };
    const auto drawShaft = [&](qreal length) {
        if (gapTo < 0 || length <= gapFrom)
            return drawLine(start, start + unit * length);
        drawLine(start, start + unit * std::max(0.0, gapFrom));
        if (length > gapTo)
            drawLine(start + unit * gapTo, start + unit * length);
    };
    // A cross of two strokes with round caps, `arm` from its centre `c`.
    const auto drawCross = [&](QPointF c, qreal arm, qreal width) {
        p_.setPen(QPen(pen.colour, width, Qt::SolidLine, Qt::RoundCap));
        p_.drawLine(c + QPointF(-arm, -arm), c + QPointF(arm, arm));
        p_.drawLine(c + QPointF(-arm, arm), c + QPointF(arm, -arm));
        record(FlowInkKind::Mark, row, QRectF(c.x() - arm, c.y() - arm, 2 * arm, 2 * arm).adjusted(-width / 2, -width / 2, width / 2, width / 2));
    };
    p_.setPen(linePen);
    // Level shafts are pixel-aligned: no antialiasing needed, and dashed lines stroke much faster without it.
    p_.setRenderHint(QPainter::Antialiasing, start.y() != end.y());
    if (arrow.notReceived) {
        drawShaft(shaft.length());
        p_.setRenderHint(QPainter::Antialiasing, true);
        drawCross(tip, shape.crossArm(), shape.crossPen());
    } else {
        if (shaft.length() > head * 0.6)
            drawShaft(shaft.length() - head * 0.6);
        p_.setRenderHint(QPainter::Antialiasing, true);
        // Arrowhead: a filled triangle at the tip.
        const QPolygonF headShape = shape.headAt(tip);
        QPainterPath headPath;
        headPath.addPolygon(headShape);
        headPath.closeSubpath();
        p_.fillPath(headPath, pen.colour);
        record(FlowInkKind::ArrowHead, row, headShape.boundingRect());
    }
    if (arrow.kind == FlowArrowKind::Reset && travel >= 1.0) {
        // An X at the receiving end: torn down here. Over the arrow's end, or past the lifeline
        // where the texts (centred) would reach it there.
        const qreal clear = std::max(0.0, shape.resetReach() - lh * 0.4);
        drawCross(shape.resetCentre(total > span - 2 * clear), shape.resetArm(), shape.resetPen());
    }
    if (travel < 1.0)
        p_.setOpacity(std::clamp(travel * 1.5, 0.0, 1.0));

    // Texts along the arrow (tilted with it when slanted).
    const QPointF mid = (start + end) / 2;
    const qreal angle = std::atan2(end.y() - start.y(), std::abs(end.x() - start.x())) * 180.0 / M_PI;
    p_.save();
    p_.translate(mid);
    p_.rotate(angle);
    const QTransform along = QTransform().translate(mid.x(), mid.y()).rotate(angle);
    const auto drawText = [&](QPointF at, const QString& text, const QFontMetricsF& metrics) {
        p_.drawText(at, text);
        if (!text.trimmed().isEmpty())
            record(FlowInkKind::ArrowText, row, along.mapRect(metrics.tightBoundingRect(text).translated(at)));
    };
    // Above the arrow, or on it: the line's box centred on the shaft.
    const qreal labelBase = onArrow ? (fm.ascent() - fm.descent()) / 2 : -lh * 0.3 - fm.descent();
    qreal x = -total / 2;
    p_.setFont(bold);
    p_.setPen(arrow.kind == FlowArrowKind::Data || arrow.kind == FlowArrowKind::Ack ? style_.text() : pen.colour);
    drawText(QPointF(x, labelBase), flags, bm);
    x += flagsWidth;
    p_.setFont(options_.font);
    p_.setPen(style_.text());
    drawText(QPointF(x, labelBase), numbers, fm);

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
        drawText(QPointF(x, below), sizes, sm);
        if (!payload.isEmpty()) {
            p_.setFont(italic);
            p_.setPen(style_.text());
            drawText(QPointF(x + sizesWidth + gap, below), payload, im);
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
