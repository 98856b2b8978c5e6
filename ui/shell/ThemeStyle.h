#pragma once
// Fusion with check and radio indicators whose outline stands out from the window: Fusion draws
// it a shade darker than the window, which all but vanishes on the dark theme's grey.

#include <QColor>
#include <QPalette>
#include <QProxyStyle>

namespace tcplens::ui {

class ThemeStyle : public QProxyStyle {
public:
    ThemeStyle();

    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                       const QWidget* widget = nullptr) const override;

    /// The outline of a check or radio indicator on `palette`: 3:1 or more against its window
    /// (WCAG 2.1, 1.4.11 non-text contrast) in every theme.
    [[nodiscard]] static QColor indicatorOutline(const QPalette& palette);
};

} // namespace tcplens::ui
