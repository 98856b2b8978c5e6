#include "FlowGraphHeaderPainter.h"

#include "FlowGraphMetrics.h"
#include "FlowGraphPainter.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace tcplens::ui {

FlowGraphHeaderPainter::FlowGraphHeaderPainter(QPainter& painter, const FlowGraphModel& model,
                                               const FlowGraphLayout& layout, const FlowGraphStyle& style,
                                               const FlowPaintOptions& options, qreal line, FlowPaintReport& report)
    : p_(painter), model_(model), layout_(layout), style_(style), options_(options), line_(line), report_(&report)
{
}

void FlowGraphHeaderPainter::paint(qreal left, qreal right)
{
    const FlowMetrics& m = layout_.metrics();
    const qreal lh = m.lineHeight;
    p_.setRenderHint(QPainter::Antialiasing, true);
    p_.setRenderHint(QPainter::TextAntialiasing, true);
    const QRectF header(left, 0, right - left, m.headerHeight);
    p_.fillRect(header, style_.headerFill());
    p_.setPen(QPen(style_.rule(), line_));
    p_.drawLine(QPointF(left, header.bottom() - line_ / 2), QPointF(right, header.bottom() - line_ / 2));

    const QFont bold = scaledFont(options_.font, 1.0, true);
    const QFontMetricsF bm(bold);
    const QFont small = scaledFont(options_.font, 0.86);
    const QFontMetricsF sm(small);
    const qreal titleTop = lh * 0.4;
    // Column titles.
    p_.setFont(small);
    p_.setPen(style_.faintText());
    if (options_.timeColumn)
        p_.drawText(QRectF(0, titleTop, layout_.timeColumn().right() - lh * 0.4, lh * 2),
                    Qt::AlignRight | Qt::AlignVCenter,
                    flowTimeTitle(model_));
    const qreal commentRoom = layout_.commentColumn().width() - lh * 0.9;
    if (options_.commentColumn)
        p_.drawText(QRectF(layout_.commentColumn().left() + lh * 0.6, titleTop, std::max<qreal>(commentRoom, 0), lh * 2),
                    Qt::AlignLeft | Qt::AlignVCenter,
                    sm.elidedText(QCoreApplication::translate("tcplens::ui::FlowGraphPainter", "Comment"),
                                  Qt::ElideRight, commentRoom));

    // Lifeline titles: address:port, and the role.
    const int count = model_.lifelineCount();
    for (int l = 0; l < count; ++l) {
        const auto& life = model_.lifelines()[static_cast<std::size_t>(l)];
        const qreal x = layout_.lifelineX(l);
        const qreal room = lifelineTitleRoom(layout_, count);
        bool elided = false;
        const QStringList title = lifelineTitleLines(life.title, bm, room, options_.titleLines, &elided);
        report_->titles << title.join(QLatin1Char('\n'));
        report_->elidedTitles += elided ? 1 : 0;
        const QString role = life.subtitle;
        qreal widest = sm.horizontalAdvance(role);
        for (const QString& line : title)
            widest = std::max(widest, bm.horizontalAdvance(line));
        const qreal w = std::min(room, widest + lh);
        const qreal titleHeight = bm.height() * static_cast<qreal>(title.size());
        // Centred on its lifeline, moved inwards where an outer lifeline sits close to the edge.
        const qreal boxLeft = std::clamp(x - w / 2, lh * 0.25, std::max(lh * 0.25, layout_.width() - lh * 0.25 - w));
        const QRectF box(boxLeft, titleTop, w, titleHeight + sm.height() + lh * 0.3);
        p_.setPen(QPen(style_.rule(), line_));
        p_.setBrush(style_.palette().color(QPalette::Base));
        p_.drawRoundedRect(box, lh * 0.25, lh * 0.25);
        p_.setBrush(Qt::NoBrush);
        p_.setFont(bold);
        p_.setPen(style_.text());
        for (qsizetype i = 0; i < title.size(); ++i)
            p_.drawText(QRectF(box.left(), box.top() + lh * 0.1 + bm.height() * static_cast<qreal>(i), box.width(), bm.height()),
                        Qt::AlignCenter, title[i]);
        p_.setFont(small);
        p_.setPen(style_.faintText());
        p_.drawText(QRectF(box.left(), box.top() + lh * 0.1 + titleHeight, box.width(), sm.height()), Qt::AlignCenter,
                    sm.elidedText(role, Qt::ElideRight, box.width()));
        p_.setPen(QPen(style_.rule(), line_));
        p_.drawLine(QPointF(x, box.bottom()), QPointF(x, header.bottom()));
    }
    const qreal legendTop = titleTop + bm.height() * options_.titleLines + sm.height() + lh * 0.7;
    if (options_.legend)
        paintLegend(QRectF(left + lh * 0.6, legendTop, right - left - lh * 1.2, header.bottom() - legendTop));
}

void FlowGraphHeaderPainter::paintLegend(QRectF rect)
{
    const QFont small = scaledFont(options_.font, 0.86);
    const QFontMetricsF sm(small);
    const qreal sample = sm.height() * 1.8;
    const qreal left = std::max(rect.left(), layout_.timeColumn().right() + layout_.metrics().lineHeight * 0.4);
    qreal x = left;
    qreal y = rect.top() + sm.height() * 0.65;
    p_.setFont(small);
    for (const auto kind : FlowGraphStyle::legendKinds()) {
        const QString name = FlowGraphStyle::kindName(kind);
        const qreal need = sample + sm.height() * 0.4 + sm.horizontalAdvance(name) + sm.height();
        if (x + need > rect.right() && x > left) {
            x = left; // wrap: the header has room for a second legend line when it needs one
            y += sm.height() * 1.3;
        }
        const FlowArrowPen pen = style_.pen(kind);
        p_.setPen(QPen(pen.colour, line_ * pen.weight * 1.2, pen.line, Qt::FlatCap));
        p_.drawLine(QPointF(x, y), QPointF(x + sample - sm.height() * 0.4, y));
        QPainterPath head;
        head.moveTo(x + sample, y);
        head.lineTo(x + sample - sm.height() * 0.5, y - sm.height() * 0.22);
        head.lineTo(x + sample - sm.height() * 0.5, y + sm.height() * 0.22);
        head.closeSubpath();
        p_.fillPath(head, pen.colour);
        p_.setPen(style_.text());
        p_.drawText(QRectF(x + sample + sm.height() * 0.4, y - sm.height() * 0.65, sm.horizontalAdvance(name) + 2,
                           sm.height() * 1.3),
                    Qt::AlignLeft | Qt::AlignVCenter, name);
        x += need;
    }
}


} // namespace tcplens::ui
