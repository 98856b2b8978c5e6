#pragma once
// What the window says when tcplens-capture could not capture or stopped on an error: the fix
// in the user's language (join the group, setcap the helper, choose another interface, correct
// the filter), followed by the helper's own words (English; left out in another language when
// the fix already says what they say).

#include <QCoreApplication>
#include <QString>

namespace tcplens { struct CaptureHelperAccess; }

namespace tcplens::ui {

class HelperFailure {
    Q_DECLARE_TR_FUNCTIONS(HelperFailure)
public:
    QString message;               ///< Empty: the helper ended without an error.
    bool permissionDenied = false; ///< The message names the group and the setcap line.

    /// From the helper's exit code and standard error.
    [[nodiscard]] static HelperFailure explain(int exitCode, const QString& helperText, const QString& helperPath,
                                               const QString& interface);
    /// No helper was found: the fix, then where it was looked for.
    [[nodiscard]] static QString notFound();
    /// What to do before capturing can work (the Capture dialog's message); empty when ready.
    [[nodiscard]] static QString forAccess(const CaptureHelperAccess& access);
    /// The two ways to be allowed to capture: join `group` (as `user`), or setcap the helper.
    [[nodiscard]] static QString permissionFix(const QString& helperPath, const QString& group, const QString& user);
};

} // namespace tcplens::ui
