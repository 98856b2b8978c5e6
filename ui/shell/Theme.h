#pragma once
// Light, dark and high-contrast looks (Fusion palettes) and
// application font scaling for projectors.

#include "ThemeKind.h"

#include <QPalette>

#include <initializer_list>

class QApplication;
class QWidget;

namespace tcplens::ui {

/// The Fusion palette of a theme; every text/background pair meets WCAG AA (AAA for HighContrast).
[[nodiscard]] QPalette paletteFor(ThemeKind kind);
/// Sets the Fusion style (ThemeStyle, whose check indicators stand out), the theme's palette and,
/// for HighContrast only, a stylesheet for borders and a thick focus frame; replaces the application
/// stylesheet.
void applyTheme(QApplication& app, ThemeKind kind);

inline constexpr double kMinFontScale = 0.75;
inline constexpr double kMaxFontScale = 3.0;

/// Sets the application font to `factor` (clamped to kMinFontScale..kMaxFontScale) times the base
/// size, which is the application font at the first call.
void scaleApplicationFont(QApplication& app, double factor);
/// The factor last applied by scaleApplicationFont(), 1.0 before any call.
[[nodiscard]] double applicationFontScale(const QApplication& app);
/// View › Zoom: the application font times `factor` (0: back to normal), and `views`, which chose
/// fonts of their own, at its new size.
void zoomApplicationFont(double factor, std::initializer_list<QWidget*> views);

} // namespace tcplens::ui
