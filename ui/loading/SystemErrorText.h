#pragma once
// What an errno means, in the user's language: glibc's strerror() speaks English only (without
// its own translations installed), and core keeps the number for the GUI to word.

#include <QCoreApplication>
#include <QString>

namespace tcplens::ui {

class SystemErrorText {
    Q_DECLARE_TR_FUNCTIONS(tcplens::ui::SystemErrorText)
public:
    /// strerror(code) translated; in English glibc's own words, so the text stays as core writes it.
    /// A code without a translation keeps strerror()'s English. `reading`: the error came from opening or
    /// reading a file, which some codes say more exactly (EACCES: no permission to read it).
    [[nodiscard]] static QString of(int code, bool reading = false);
};

} // namespace tcplens::ui
