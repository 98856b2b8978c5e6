#pragma once
// A detail-tree line in the interface language: the field's label (and a protocol line's "Src Port",
// "Seq"...) translated from the field-name table, the value exactly as core wrote it, so Copy ›
// Value and the field id (Apply as Filter) are the same in every language. In English the line is
// core's text, character for character.

#include <decode/FieldSpan.h>

#include <QCoreApplication>
#include <QString>

namespace tcplens::ui {

class FieldTreeText {
    Q_DECLARE_TR_FUNCTIONS(tcplens::ui::FieldTreeText)
public:
    /// The line the detail tree shows for `span`.
    [[nodiscard]] static QString line(const FieldSpan& span);
    /// Core's value of the field ("0x16f5 [correct]", "Set"), the same in every language: what Copy › Value takes
    /// (the whole text when it names no field).
    [[nodiscard]] static QString coreValue(const FieldSpan& span);
    /// The field's label alone, translated: "序号" for tcp.seq, "Flags" in English.
    [[nodiscard]] static QString label(const FieldSpan& span);
};

} // namespace tcplens::ui
