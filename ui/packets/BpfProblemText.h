#pragma once
// libpcap's reasons for refusing a capture filter (core's BpfProblem: a kind and its arguments)
// worded in the user's language; in English libpcap's own words, as tcplens-cli prints them.

#include <capture/BpfProblem.h>

#include <QCoreApplication>
#include <QString>

namespace tcplens::ui {

class BpfProblemText {
    Q_DECLARE_TR_FUNCTIONS(tcplens::ui::BpfProblemText)
public:
    /// The reason translated; what the user typed stays as typed.
    [[nodiscard]] static QString of(const BpfProblem& problem);
    /// of(bpfProblem(said)).
    [[nodiscard]] static QString of(const std::string& said) { return of(bpfProblem(said)); }
};

} // namespace tcplens::ui
