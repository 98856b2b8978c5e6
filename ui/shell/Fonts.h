#pragma once
// Fonts large enough to read on a projector, and the fixed-width font for packet text.

#include <QFont>

namespace tcplens::ui {

/// Smallest point size of the application font (tcplens is used in classrooms).
inline constexpr qreal kReadablePointSize = 11.0;

/// Raises the application font to kReadablePointSize when the platform default is smaller.
void applyReadableApplicationFont();
/// The system fixed-width font at the point size of `like`.
[[nodiscard]] QFont monospaceFont(const QFont& like);

} // namespace tcplens::ui
