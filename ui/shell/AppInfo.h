#pragma once
// Who tcplens is, for the About box and --version.

#include <QString>

namespace tcplens::ui {

/// The project version from CMake, e.g. "0.1.0".
[[nodiscard]] QString versionText();

} // namespace tcplens::ui
