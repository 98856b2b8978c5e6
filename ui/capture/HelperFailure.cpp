#include "HelperFailure.h"

#include "shell/Language.h"

#include <capture/CaptureHelperAccess.h>

#include <QFile>
#include <QStringList>

namespace tcplens::ui {
namespace {

/// The helper's messages without its program-name prefix and the statistics lines.
QString helperWords(const QString& text)
{
    QStringList kept;
    for (QString line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (line.startsWith(QLatin1String("kernel tcp_info")))
            continue;
        if (line.startsWith(QLatin1String("tcplens-capture: ")))
            line = line.mid(17);
        kept << line.trimmed();
    }
    return kept.join(QLatin1Char('\n'));
}

} // namespace

QString HelperFailure::permissionFix(const QString& helperPath, const QString& group, const QString& user)
{
    return tr("Either join the group allowed to capture: sudo usermod -aG %1 %2, then log in again; "
              "or give the capture helper alone the capability: sudo setcap cap_net_raw,cap_net_admin+eip %3")
        .arg(group.isEmpty() || group == QLatin1String("root") ? QStringLiteral("tcplens") : group, user, helperPath);
}

QString HelperFailure::notFound()
{
    // Where CaptureHelperProcess::locate() looked, worded here: its own message is the CLI's English.
    const QString chosen = qEnvironmentVariable("TCPLENS_CAPTURE_HELPER");
    const QString where = !chosen.isEmpty()
        ? tr("TCPLENS_CAPTURE_HELPER names %1, which is not an executable file.").arg(chosen)
        : tr("Looked for it beside %1 and on PATH.").arg(QCoreApplication::applicationDirPath());
    return tr("The capture helper tcplens-capture is not installed, so tcplens cannot capture. Install it with "
              "tcplens (cmake --install), or set TCPLENS_CAPTURE_HELPER to its path.")
         + QStringLiteral("\n\n") + where;
}

QString HelperFailure::forAccess(const CaptureHelperAccess& access)
{
    const QString helper = QFile::decodeName(access.helperPath.c_str());
    const QString user = QString::fromStdString(access.userName);
    switch (access.state) {
    case CaptureHelperAccess::State::Ready:
        return {};
    case CaptureHelperAccess::State::NotFound:
        return notFound();
    case CaptureHelperAccess::State::NotPermitted:
        return tr("You cannot capture: you are not in the group %1 that may run the capture helper %2. "
                  "Join it with sudo usermod -aG %1 %3, then log in again.")
            .arg(QString::fromStdString(access.group), helper, user);
    case CaptureHelperAccess::State::NoCapability:
        return tr("You cannot capture: the capture helper %1 lacks the capture capability and you are not root. "
                  "Grant it to the helper alone: sudo setcap cap_net_raw,cap_net_admin+eip %1")
            .arg(helper);
    }
    return {};
}

HelperFailure HelperFailure::explain(int exitCode, const QString& helperText, const QString& helperPath,
                                     const QString& interface)
{
    HelperFailure failure;
    if (exitCode == 0)
        return failure;
    const QString words = helperWords(helperText);
    const auto said = [&](const QString& advice) {
        return words.isEmpty() ? advice : advice + QStringLiteral("\n\n") + tr("tcplens-capture: %1").arg(words);
    };
    // The helper's words (English, from another program) state again what the advice below says:
    // a reader of another language gets the advice alone, in that language.
    const auto advised = [&](const QString& advice) {
        return installedLanguage() == QLatin1String("en") ? said(advice) : advice;
    };
    if (words.contains(QLatin1String("no permission"))) {
        const auto access = CaptureHelperAccess::checkPath(QFile::encodeName(helperPath).toStdString());
        failure.permissionDenied = true;
        failure.message = advised(tr("You may not capture on %1: the capture helper %2 lacks the capture capability, "
                                     "or you are not in the group that may run it.")
                                      .arg(interface, helperPath)
                                  + QLatin1Char(' ')
                                  + permissionFix(helperPath, QString::fromStdString(access.group),
                                                  QString::fromStdString(access.userName)));
    } else if (words.contains(QLatin1String("no such interface"))) {
        failure.message = advised(tr("There is no interface %1: open File › Capture… again for a fresh list.").arg(interface));
    } else if (words.contains(QLatin1String("the interface is down"))) {
        failure.message = advised(tr("The interface %1 is down: bring it up first (ip link set %1 up).").arg(interface));
    } else if (exitCode == 2 && words.contains(QLatin1String("capture filter"))) {
        failure.message = said(tr("The capture filter is not valid; correct it in File › Capture…."));
    } else if (exitCode >= 128) {
        failure.message = said(tr("The capture helper was ended by signal %1; the packets captured so far are kept.")
                                   .arg(exitCode - 128));
    } else {
        failure.message = words.isEmpty() ? tr("The capture helper failed (exit code %1).").arg(exitCode)
                                          : tr("The capture failed: %1").arg(words);
    }
    return failure;
}

} // namespace tcplens::ui
