#pragma once
// How a severity looks: Wireshark's expert colours (red error, yellow warning, cyan note, blue
// chat) tuned per theme so the badge and its text stay readable; names in the interface language.

#include <expert/ExpertKind.h>

#include "shell/ThemeKind.h"

#include <QColor>
#include <QIcon>
#include <QString>

namespace tcplens::ui {

struct SeverityColours {
    QColor background; ///< The badge or row marker.
    QColor text;       ///< Text drawn on the background.
};

[[nodiscard]] SeverityColours severityColours(ExpertSeverity severity, ThemeKind theme);
/// A round badge of the severity's colour, for tree rows and the status bar.
[[nodiscard]] QIcon severityIcon(ExpertSeverity severity, ThemeKind theme, int size = 12);
/// "Error", "Warning", "Note", "Chat", translated.
[[nodiscard]] QString severityDisplayName(ExpertSeverity severity);

} // namespace tcplens::ui
