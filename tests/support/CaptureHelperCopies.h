#pragma once
// Copies of tcplens-capture and tcplens-cli that `nobody` can run, for the capture helper's tests:
// one helper holding the capture capability (setcap), one plain beside the CLI, and a
// world-writable out/ folder for what they write. Making them needs root.

#include "TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <sys/stat.h>
#include <unistd.h>

namespace tcplens::test {

/// setpriv's arguments that run a program as nobody, with no groups or inheritable capabilities.
inline const QStringList kAsNobody{QStringLiteral("--reuid=nobody"), QStringLiteral("--regid=nogroup"),
                                   QStringLiteral("--clear-groups"), QStringLiteral("--inh-caps=-all")};

/// Reads `process`'s standard error into `err` until it says `phrase` (15 s at most).
inline bool waitForPhrase(QProcess& process, const char* phrase, QByteArray& err)
{
    QElapsedTimer timer;
    timer.start();
    while (!err.contains(phrase) && timer.elapsed() < 15'000 && process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(50);
        err += process.readAllStandardError();
    }
    return err.contains(phrase);
}

struct CaptureHelperCopies {
    enum class Outcome { Ready, Skip, Failed };

    /// Makes the copies; on Skip (the machine cannot) or Failed, `why` says why.
    Outcome make(QString& why)
    {
        if (::geteuid() != 0) {
            why = QStringLiteral("needs root: it makes a capability-holding copy of tcplens-capture for nobody");
            return Outcome::Skip;
        }
        setpriv = findProgram(QStringLiteral("setpriv"));
        const QString setcap = findProgram(QStringLiteral("setcap"));
        if (setpriv.isEmpty() || setcap.isEmpty()) {
            why = QStringLiteral("setpriv and setcap (util-linux, libcap2-bin) are needed");
            return Outcome::Skip;
        }
        // Copies nobody can run: the build tree may sit where only root can enter.
        if (!dir.isValid() || !QDir(dir.path()).mkpath(QStringLiteral("cap")) || !QDir(dir.path()).mkpath(QStringLiteral("plain"))
            || !QDir(dir.path()).mkpath(QStringLiteral("out"))) {
            why = QStringLiteral("cannot make the folders of the copies");
            return Outcome::Failed;
        }
        ::chmod(QFile::encodeName(dir.path()).constData(), 0755);
        ::chmod(QFile::encodeName(dir.filePath(QStringLiteral("cap"))).constData(), 0755);
        ::chmod(QFile::encodeName(dir.filePath(QStringLiteral("plain"))).constData(), 0755);
        ::chmod(QFile::encodeName(dir.filePath(QStringLiteral("out"))).constData(), 01777);
        helper = dir.filePath(QStringLiteral("cap/tcplens-capture"));
        plain = dir.filePath(QStringLiteral("plain/tcplens-capture"));
        cli = dir.filePath(QStringLiteral("plain/tcplens-cli"));
        if (!QFile::copy(QStringLiteral(TCPLENS_CAPTURE_PATH), helper) || !QFile::copy(QStringLiteral(TCPLENS_CAPTURE_PATH), plain)
            || !QFile::copy(QStringLiteral(TCPLENS_CLI_PATH), cli)) {
            why = QStringLiteral("cannot copy the programs");
            return Outcome::Failed;
        }
        const auto granted = runProcess(setcap, {QStringLiteral("cap_net_raw,cap_net_admin+eip"), helper});
        if (!granted.exitedWith(0)) {
            why = QStringLiteral("this file system keeps no file capabilities: ") + QString::fromUtf8(granted.err);
            return Outcome::Skip;
        }
        return Outcome::Ready;
    }

    QTemporaryDir dir;
    QString setpriv;
    QString helper; ///< Holds the capture capability.
    QString plain;  ///< The same program without it.
    QString cli;    ///< tcplens-cli, beside the plain helper.
};

} // namespace tcplens::test
