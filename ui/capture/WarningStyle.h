#pragma once
// The colour of a warning's text (a file cut short, a capture filter libpcap refuses), readable on
// the theme's background: a dark red on the light themes is all but invisible on the dark one.

#include <QPalette>
#include <QString>

namespace tcplens::ui {

/// A style sheet colouring text as a warning on `palette`'s window background; `bold` adds weight.
[[nodiscard]] QString warningStyleSheet(const QPalette& palette, bool bold = false);

} // namespace tcplens::ui
