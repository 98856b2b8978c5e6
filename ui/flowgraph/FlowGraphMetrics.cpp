#include "FlowGraphMetrics.h"

#include "FlowGraphStyle.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QTextLayout>

#include <algorithm>
#include <vector>
#include <cmath>

namespace tcplens::ui {

QString wholeFieldsThatFit(const QString& text, qreal room, const QFontMetricsF& metrics)
{
    QStringList fields = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    while (!fields.isEmpty() && metrics.horizontalAdvance(fields.join(QLatin1Char(' '))) > room)
        fields.removeLast();
    return fields.join(QLatin1Char(' '));
}

qreal lifelineTitleRoom(const FlowGraphLayout& layout, int lifelines)
{
    const qreal share = layout.width() / std::max(1, lifelines);
    return std::min<qreal>(layout.core().options().lifelineSpacing, share) - layout.metrics().lineHeight * 0.5;
}

QStringList lifelineTitleLines(const QString& title, const QFontMetricsF& metrics, qreal room, int maxLines,
                               bool* elided)
{
    QStringList lines{title};
    // "address:port" or "[v6 address]:port": the port goes to the second line with its colon.
    const qsizetype colon = title.lastIndexOf(QLatin1Char(':'));
    const bool hasPort = colon > 0 && (title.count(QLatin1Char(':')) == 1 || title.at(colon - 1) == QLatin1Char(']'));
    if (metrics.horizontalAdvance(title) > room && maxLines >= 2 && hasPort)
        lines = QStringList{title.left(colon), title.mid(colon)};
    bool shortened = false;
    for (QString& line : lines) {
        if (metrics.horizontalAdvance(line) <= room)
            continue;
        line = metrics.elidedText(line, Qt::ElideMiddle, room);
        shortened = true;
    }
    if (elided)
        *elided = shortened;
    return lines;
}

qreal stateLabelWidth(const QStringList& lines, const QFontMetricsF& metrics)
{
    qreal widest = 0;
    for (const QString& line : lines)
        widest = std::max(widest, metrics.horizontalAdvance(line));
    return widest + metrics.height() * 0.7;
}

QStringList stateLabelLines(const QString& text, const QFontMetricsF& metrics, qreal maxWidth)
{
    const QStringList one{text};
    if (maxWidth <= 0 || stateLabelWidth(one, metrics) <= maxWidth)
        return one;
    // The name ("SYN_RECEIVED", "ESTABLISHED") before a shared lifeline's " #3": the number stays on the last line.
    const qsizetype space = text.indexOf(QLatin1Char(' '));
    const QString name = space < 0 ? text : text.left(space);
    const QString rest = space < 0 ? QString() : text.mid(space);
    std::vector<QStringList> splits;
    for (qsizetype i = name.indexOf(QLatin1Char('_')); i > 0 && i + 1 < name.size(); i = name.indexOf(QLatin1Char('_'), i + 1))
        splits.push_back({name.left(i + 1), name.mid(i + 1) + rest});
    if (splits.empty() && name.size() >= 4) // a name without an underscore is hyphenated in its middle
        splits.push_back({name.left(name.size() / 2) + QLatin1Char('-'), name.mid(name.size() / 2) + rest});
    QStringList best = one;
    for (const QStringList& split : splits)
        if (stateLabelWidth(split, metrics) < stateLabelWidth(best, metrics))
            best = split;
    return best;
}

FlowMetrics measureFlowGraph(const QFont& font, const FlowGraphModel& model, qreal width)
{
    const QFontMetricsF fm(font);
    QFont bold = font;
    bold.setBold(true);
    const QFontMetricsF bm(bold);
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() > 0 ? font.pointSizeF() * 0.86 : 9);
    const QFontMetricsF sm(small);
    FlowMetrics m;
    m.lineHeight = std::ceil(fm.height());
    // As wide as the longest time shown (seconds since the first arrow, 6 decimals).
    const std::int64_t span = model.rowCount() > 0 ? model.timestampNs(model.rowCount() - 1) - model.timestampNs(0) : 0;
    const int digits = static_cast<int>(QString::number(static_cast<qint64>(span / 1'000'000'000)).size());
    m.timeWidth = std::ceil(fm.horizontalAdvance(QString(digits, QLatin1Char('0')) + QStringLiteral(".000000"))
                            + fm.height() * 0.9);
    for (const auto& line : flowTimeTitle(model).split(QLatin1Char('\n')))
        m.timeWidth = std::max(m.timeWidth, std::ceil(sm.horizontalAdvance(line) + fm.height() * 0.8));
    // Typical labels fit; longer ones are shortened (the tooltip has them whole).
    const QString numbers = model.relativeNumbers() ? QStringLiteral("seq=100000 ack=100000")
                                                    : QStringLiteral("seq=4000000000 ack=4000000000");
    // Host lifelines (several conversations) put the ports before the flags: "50000→80 PSH-ACK".
    const QString flags = model.core().hostLifelines() ? QStringLiteral("00000\u219200000 PSH-ACK ") : QStringLiteral("PSH-ACK ");
    m.labelWidth = std::ceil(bm.horizontalAdvance(flags) + fm.horizontalAdvance(numbers));
    QFont pill = font;
    pill.setPointSizeF(font.pointSizeF() > 0 ? font.pointSizeF() * kFlowStateLabelScale : 8);
    pill.setBold(true);
    const QFontMetricsF pm(pill);
    m.pillWidth = std::ceil(pm.horizontalAdvance(QStringLiteral("SYN_RECEIVED")) + pm.height() * 1.0);
    m.commentMin = std::ceil(fm.horizontalAdvance(QStringLiteral("Fast Retransmission")) + fm.height());
    m.commentLeast = m.commentMin; // a payload preview leaves the comments "Fast Retransmission" on one line
    // Titles (address:port and role), the legend, and padding.
    m.headerHeight = std::ceil(bm.height() + sm.height() * 2.6 + fm.height() * 1.4);
    // As many legend lines as paintLegend() wraps it into, so it never runs down over a state label.
    if (width > 0)
        m.headerHeight += std::ceil(sm.height() * 1.3) * (flowLegendLines(small, width - m.timeWidth - fm.height() * 1.6) - 1);
    return m;
}

FlowRowTexts measureRowTexts(const QFont& font, const FlowGraphModel& model)
{
    // As the painter sets the line: the sizes small, a gap, the payload italic.
    const QFontMetricsF fm(font); // the comments', as the painter sets them: as many lines as a row holds
    const int lines = static_cast<int>(std::ceil(std::ceil(fm.height()) * FlowMetrics{}.rowLines) / fm.lineSpacing());
    const QFontMetricsF sm(scaledFont(font, 0.86));
    const QFontMetricsF im(scaledFont(font, 0.95, false, true));
    FlowRowTexts texts;
    const int rows = std::min(model.rowCount(), kMeasuredRows);
    for (int row = 0; row < rows; ++row) {
        const FlowGraphArrow& arrow = model.arrow(row);
        texts.comments = texts.comments || !arrow.comment.isEmpty();
        // Whole in the lines of a row: a comment at least three times as wide as the widest so far is measured.
        if (!arrow.comment.isEmpty() && fm.horizontalAdvance(arrow.comment) > texts.commentWidth * lines)
            texts.commentWidth = std::max(texts.commentWidth, flowCommentWidth(arrow.comment, font, lines));
        if (!arrow.payload.isEmpty())
            texts.payloadWidth = std::max(texts.payloadWidth, sm.horizontalAdvance(arrow.sizes) + sm.height() * 0.6
                                                                  + im.horizontalAdvance(arrow.payload));
    }
    texts.comments = texts.comments || model.rowCount() > kMeasuredRows;
    texts.payloadWidth = std::ceil(texts.payloadWidth);
    texts.commentWidth = std::ceil(texts.commentWidth);
    return texts;
}

void fitRowTexts(FlowMetrics& metrics, const FlowRowTexts& texts, const QFont& font)
{
    metrics.payloadWidth = texts.payloadWidth;
    // FlowGraphPainter::paintRow writes a comment lh * 0.9 narrower than its column.
    metrics.commentWanted = texts.commentWidth > 0 ? std::ceil(texts.commentWidth + metrics.lineHeight * 0.9) + 1 : 0;
    if (texts.comments)
        return;
    // Nothing to say in the comment column: it keeps its title, the payload takes the rest.
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() > 0 ? font.pointSizeF() * 0.86 : 9);
    const QString title = QCoreApplication::translate("tcplens::ui::FlowGraphPainter", "Comment");
    metrics.commentLeast = std::min(metrics.commentLeast, std::ceil(QFontMetricsF(small).horizontalAdvance(title) + metrics.lineHeight));
}

QStringList flowCommentLines(const QString& text, const QFont& font, qreal width, int maxLines, bool* elided)
{
    const QFontMetricsF fm(font);
    const auto shortened = [&](const QString& rest) {
        QString line = fm.elidedText(rest, Qt::ElideRight, width);
        if (elided && line != rest)
            *elided = true;
        return line;
    };
    if (fm.horizontalAdvance(text) <= width || maxLines <= 1)
        return {shortened(text)};
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere); // Chinese breaks between characters
    layout.setTextOption(option);
    QStringList lines;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        if (lines.size() == maxLines - 1) { // the last line the row holds takes the rest, shortened
            lines << shortened(text.mid(line.textStart()).trimmed());
            break;
        }
        lines << text.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    return lines;
}

qreal flowCommentWidth(const QString& text, const QFont& font, int lines)
{
    // The narrowest whole pixel width at which the comment column's wrapping keeps it whole.
    const qreal oneLine = std::ceil(QFontMetricsF(font).horizontalAdvance(text));
    qreal tight = std::floor(oneLine / std::max(lines, 1)); // too narrow, or just right
    qreal loose = oneLine;
    const auto elidedAt = [&](qreal width) {
        bool elided = false;
        (void)flowCommentLines(text, font, width, lines, &elided); // only whether it fits
        return elided;
    };
    if (!elidedAt(tight))
        return tight;
    while (loose - tight > 1) {
        const qreal mid = std::floor((tight + loose) / 2);
        (elidedAt(mid) ? tight : loose) = mid;
    }
    return loose;
}

QFont scaledFont(const QFont& font, qreal factor, bool bold, bool italic)
{
    QFont scaled = font;
    if (scaled.pointSizeF() > 0)
        scaled.setPointSizeF(scaled.pointSizeF() * factor);
    else if (scaled.pixelSize() > 0)
        scaled.setPixelSize(std::max(1, static_cast<int>(std::lround(scaled.pixelSize() * factor))));
    scaled.setBold(bold);
    scaled.setItalic(italic);
    return scaled;
}

QString flowTimeTitle(const FlowGraphModel& model)
{
    return model.streams().size() == 1
               ? QCoreApplication::translate("tcplens::ui::FlowGraphPainter", "Time (s since\nconversation start)")
               : QCoreApplication::translate("tcplens::ui::FlowGraphPainter", "Time (s since\nfirst packet shown)");
}

qreal flowLegendWidth(const QFont& font)
{
    const QFontMetricsF sm(font);
    qreal width = 0;
    for (const auto kind : FlowGraphStyle::legendKinds())
        width += sm.height() * 3.2 + sm.horizontalAdvance(FlowGraphStyle::kindName(kind));
    return width;
}

int flowLegendLines(const QFont& font, qreal width)
{
    const QFontMetricsF sm(font);
    int lines = 1;
    qreal x = 0;
    for (const auto kind : FlowGraphStyle::legendKinds()) {
        const qreal need = sm.height() * 3.2 + sm.horizontalAdvance(FlowGraphStyle::kindName(kind));
        if (x + need > width && x > 0) {
            ++lines;
            x = 0;
        }
        x += need;
    }
    return lines;
}

} // namespace tcplens::ui
