#include "ThemeStyle.h"

#include <QPainter>
#include <QPainterPath>
#include <QStyleFactory>
#include <QStyleOption>

namespace tcplens::ui {

ThemeStyle::ThemeStyle() : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion"))) {}

QColor ThemeStyle::indicatorOutline(const QPalette& palette)
{
    // Three fifths of the way from the window to its text: about 4:1 on the light, dark and
    // high-contrast windows, and still quieter than the text beside it.
    const QColor window = palette.color(QPalette::Window);
    const QColor text = palette.color(QPalette::WindowText);
    constexpr double kTowardsText = 0.6;
    const auto mix = [](double a, double b) { return a + (b - a) * kTowardsText; };
    return QColor::fromRgbF(static_cast<float>(mix(window.redF(), text.redF())),
                            static_cast<float>(mix(window.greenF(), text.greenF())),
                            static_cast<float>(mix(window.blueF(), text.blueF())));
}

void ThemeStyle::drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                               const QWidget* widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    const bool check = element == PE_IndicatorCheckBox;
    if (!check && element != PE_IndicatorRadioButton)
        return;
    // Fusion's keyboard-focus outline (the highlight colour) stays: it says where the focus is.
    if (option->state.testFlag(State_HasFocus) && option->state.testFlag(State_KeyboardFocusChange))
        return;
    QColor outline = indicatorOutline(option->palette);
    if (!option->state.testFlag(State_Enabled))
        outline = option->palette.color(QPalette::Disabled, QPalette::WindowText);
    // The same shapes Fusion outlines, drawn over its faint ones.
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(outline, 1));
    if (check) {
        painter->translate(0.5, 0.5);
        painter->drawRect(option->rect.adjusted(0, 0, -1, -1));
    } else {
        const QPointF centre = option->rect.center() + QPoint(1, 1);
        const qreal radius = (option->rect.width() + (option->rect.width() + 1) % 2) / 2.0 - 1;
        painter->drawEllipse(centre, radius, radius);
    }
    painter->restore();
}

} // namespace tcplens::ui
