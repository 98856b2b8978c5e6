#pragma once
// Expert Information worded in the user's language: core's ExpertKind, ExpertGroup and the
// item's value become the summary and group name tshark prints (English) or their translation;
// tcplens-cli and the tshark comparisons keep core's English.

#include <expert/ExpertKind.h>

#include <QCoreApplication>
#include <QString>

namespace tcplens::ui {

class ExpertWording {
    Q_DECLARE_TR_FUNCTIONS(tcplens::ui::ExpertWording)
public:
    /// The summary of `kind` carrying `value` (port, dup ACK number, header length), translated;
    /// in English exactly core's expertSummary().
    [[nodiscard]] static QString summary(ExpertKind kind, std::uint32_t value);
    /// "Sequence", "Protocol", "Malformed", "Checksum", translated.
    [[nodiscard]] static QString group(ExpertGroup group);
};

} // namespace tcplens::ui
