#pragma once
// The words of a detail-tree value in the interface language: "Set", "[correct]", "74 bytes on wire
// (592 bits)", "Best Effort (default)", a tunnel's header names. Core writes them in English (the CLI's
// and tshark's words); this rewords a whole line in ui, where a term a student would look up stays
// beside the Chinese. In English every text comes back unchanged.

#include <QCoreApplication>
#include <QString>

namespace tcplens::ui {

class FieldValueText {
    Q_DECLARE_TR_FUNCTIONS(tcplens::ui::FieldValueText)
public:
    /// `text` with core's English value words in the interface language.
    [[nodiscard]] static QString worded(const QString& text);
};

} // namespace tcplens::ui
