#pragma once
// The colour themes tcplens offers, and their names on the command line and in settings.

#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace tcplens::ui {

enum class ThemeKind { Light, Dark, HighContrast };
inline constexpr std::array kAllThemes{ThemeKind::Light, ThemeKind::Dark, ThemeKind::HighContrast};

/// "light", "dark" or "contrast" (any case); nullopt for anything else.
[[nodiscard]] std::optional<ThemeKind> parseTheme(QStringView name);
/// The name parseTheme() reads back: "light", "dark", "contrast".
[[nodiscard]] QString themeName(ThemeKind kind);
/// The translated label for a menu, e.g. "High contrast".
[[nodiscard]] QString themeDisplayName(ThemeKind kind);

} // namespace tcplens::ui
