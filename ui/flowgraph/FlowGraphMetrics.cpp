#include "FlowGraphMetrics.h"

#include "FlowGraphStyle.h"

#include <QCoreApplication>
#include <QFontMetricsF>

#include <algorithm>
#include <cmath>

namespace tcplens::ui {

QString wholeFieldsThatFit(const QString& text, qreal room, const QFontMetricsF& metrics)
{
    QStringList fields = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    while (!fields.isEmpty() && metrics.horizontalAdvance(fields.join(QLatin1Char(' '))) > room)
        fields.removeLast();
    return fields.join(QLatin1Char(' '));
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
    // Titles (address:port and role), the legend, and padding.
    m.headerHeight = std::ceil(bm.height() + sm.height() * 2.6 + fm.height() * 1.4);
    // As many legend lines as paintLegend() wraps it into, so it never runs down over a state label.
    if (width > 0)
        m.headerHeight += std::ceil(sm.height() * 1.3) * (flowLegendLines(small, width - m.timeWidth - fm.height() * 1.6) - 1);
    return m;
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
