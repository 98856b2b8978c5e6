#include "ExpertStyle.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPixmap>

namespace tcplens::ui {

SeverityColours severityColours(ExpertSeverity severity, ThemeKind theme)
{
    const bool dark = theme == ThemeKind::Dark;
    const bool contrast = theme == ThemeKind::HighContrast;
    switch (severity) {
    case ExpertSeverity::Error:
        return contrast ? SeverityColours{QColor(0xff, 0x00, 0x00), Qt::white}
             : dark     ? SeverityColours{QColor(0xe0, 0x4b, 0x4b), Qt::white}
                        : SeverityColours{QColor(0xd3, 0x2f, 0x2f), Qt::white};
    case ExpertSeverity::Warning:
        return contrast ? SeverityColours{QColor(0xff, 0xff, 0x00), Qt::black}
             : dark     ? SeverityColours{QColor(0xe6, 0xc2, 0x3a), Qt::black}
                        : SeverityColours{QColor(0xf2, 0xc0, 0x1e), Qt::black};
    case ExpertSeverity::Note:
        return contrast ? SeverityColours{QColor(0x00, 0xff, 0xff), Qt::black}
             : dark     ? SeverityColours{QColor(0x4f, 0xc3, 0xd0), Qt::black}
                        : SeverityColours{QColor(0x5b, 0xc8, 0xd6), Qt::black};
    case ExpertSeverity::Chat:
        return contrast ? SeverityColours{QColor(0x80, 0xb0, 0xff), Qt::black}
             : dark     ? SeverityColours{QColor(0x6e, 0x9c, 0xe8), Qt::black}
                        : SeverityColours{QColor(0x7a, 0xa7, 0xf0), Qt::black};
    }
    return {Qt::gray, Qt::black};
}

QIcon severityIcon(ExpertSeverity severity, ThemeKind theme, int size)
{
    QPixmap pixmap(size * 2, size * 2); // drawn at twice the size: sharp on high-DPI screens
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const auto colours = severityColours(severity, theme);
    painter.setBrush(colours.background);
    // An outline in the opposite tone keeps the badge visible on any background.
    painter.setPen(QPen(theme == ThemeKind::Light ? QColor(0, 0, 0, 90) : QColor(255, 255, 255, 140), 2));
    painter.drawEllipse(QRectF(2, 2, size * 2 - 4, size * 2 - 4));
    painter.end();
    pixmap.setDevicePixelRatio(2);
    return QIcon(pixmap);
}

QString severityDisplayName(ExpertSeverity severity)
{
    switch (severity) {
    case ExpertSeverity::Error: return QCoreApplication::translate("tcplens::ui::Expert", "Error");
    case ExpertSeverity::Warning: return QCoreApplication::translate("tcplens::ui::Expert", "Warning");
    case ExpertSeverity::Note: return QCoreApplication::translate("tcplens::ui::Expert", "Note");
    case ExpertSeverity::Chat: return QCoreApplication::translate("tcplens::ui::Expert", "Chat");
    }
    return {};
}

} // namespace tcplens::ui
