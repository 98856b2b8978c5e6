#pragma once
// The display-filter compiler's and Copy as BPF's messages (core's FilterMessage: a kind and its
// arguments) worded in the user's language; tcplens-cli keeps core's English.

#include <filter/FilterMessage.h>

#include <QCoreApplication>
#include <QString>

namespace tcplens::ui {

class FilterMessageText {
    Q_DECLARE_TR_FUNCTIONS(tcplens::ui::FilterMessageText)
public:
    /// The message translated; English arguments core does not word (a regex library's reason) stay as they are.
    [[nodiscard]] static QString of(const FilterMessage& message);
    /// A field type's name as Wireshark's dfilter messages call it ("Unsigned integer").
    [[nodiscard]] static QString typeName(FieldType type);
    /// Why tcplens leaves out a field Wireshark has (FilterField::missing), translated.
    [[nodiscard]] static QString missingReason(const std::string& reason);
    /// "A or B", "A, B or C".
    [[nodiscard]] static QString alternatives(const QStringList& names);
};

} // namespace tcplens::ui
