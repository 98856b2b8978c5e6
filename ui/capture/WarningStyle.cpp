#include "WarningStyle.h"

namespace tcplens::ui {

QString warningStyleSheet(const QPalette& palette, bool bold)
{
    // Both reach WCAG's 4.5:1 on their theme's window colour (#8a1c00 on white, #ff9e80 on #353535).
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    return QStringLiteral("color: %1;%2").arg(dark ? QStringLiteral("#ff9e80") : QStringLiteral("#8a1c00"),
                                             bold ? QStringLiteral(" font-weight: 600;") : QString());
}

} // namespace tcplens::ui
