#pragma once
// Why a capture could not be opened or read to its end (core's ReadProblem: a kind and its
// arguments) worded in the user's language; tcplens-cli keeps core's English, and the English
// here is the same text word for word.

#include <capture/ReadProblem.h>

#include <QCoreApplication>
#include <QString>

namespace tcplens::ui {

class ReadProblemText {
    Q_DECLARE_TR_FUNCTIONS(tcplens::ui::ReadProblemText)
public:
    /// The problem translated; paths and numbers as they are. `subject`, when given, names the
    /// file or pipe instead of core's name for it (a pipe core calls by an English name).
    [[nodiscard]] static QString of(const ReadProblem& problem, const QString& subject = {});
    /// of(problem, subject) when there is one, else `english` (a message core gave as a sentence only).
    [[nodiscard]] static QString orEnglish(const ReadProblem& problem, const std::string& english,
                                           const QString& subject = {});
};

} // namespace tcplens::ui
