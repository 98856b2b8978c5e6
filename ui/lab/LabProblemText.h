#pragma once
// Why a lab recording failed (core's LabProblem: a kind and its arguments) worded in the user's
// language; the English here is core's englishText() word for word, as tcplens-cli prints it.

#include <lab/LabProblem.h>

#include <QCoreApplication>
#include <QString>

namespace tcplens::ui {

class LabProblemText {
    Q_DECLARE_TR_FUNCTIONS(tcplens::ui::LabProblemText)
public:
    /// The problem translated; paths, ports, commands and numbers as they are. A sentence given
    /// without a kind (Said) stays in English.
    [[nodiscard]] static QString of(const LabProblem& problem);
};

} // namespace tcplens::ui
