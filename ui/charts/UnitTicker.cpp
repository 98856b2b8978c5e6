#include "UnitTicker.h"

#include <cmath>

namespace tcplens::ui {

QString formatSi(double value, const QString& unit, int precision)
{
    static const struct {
        double scale;
        const char* prefix;
    } prefixes[] = {{1e12, "T"}, {1e9, "G"}, {1e6, "M"}, {1e3, "k"}, {1, ""}, {1e-3, "m"}, {1e-6, "µ"}, {1e-9, "n"}};
    const double magnitude = std::abs(value);
    if (magnitude == 0 || !std::isfinite(value))
        return unit.isEmpty() ? QStringLiteral("0") : QStringLiteral("0 ") + unit;
    for (const auto& p : prefixes) {
        if (magnitude >= p.scale * 0.9995 || p.scale == 1e-9) {
            const QString number = QString::number(value / p.scale, 'g', precision);
            const QString suffix = QString::fromUtf8(p.prefix) + unit;
            return suffix.isEmpty() ? number : number + QLatin1Char(' ') + suffix;
        }
    }
    return QString::number(value);
}

QString UnitTicker::getTickLabel(double tick, const QLocale&, QChar, int)
{
    return formatSi(tick, unit_, 4);
}

} // namespace tcplens::ui
