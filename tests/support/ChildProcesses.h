#pragma once
// Shared by the tests that kill a tcplens mid-capture: which processes it started, and whether
// they ended after it.

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <QProcess>
#include <QThread>

#include <sys/types.h>

namespace tcplens::test {

/// The children of process `parent`, from /proc.
inline QList<pid_t> childrenOf(qint64 parent)
{
    QList<pid_t> found;
    for (const auto& entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        bool number = false;
        const pid_t pid = entry.toInt(&number);
        if (!number)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = stat.readAll();
        const auto fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1 && fields[1].toLongLong() == parent)
            found << pid;
    }
    return found;
}

/// Whether `pid` ended (gone or a zombie) within `timeoutMs`.
inline bool endsWithin(pid_t pid, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            return true;
        const QByteArray text = stat.readAll();
        if (text.mid(text.lastIndexOf(')') + 2, 1) == "Z")
            return true;
        QThread::msleep(50);
    }
    return false;
}

/// Waits for a process to end (true at once when it already has: QTRY loops may have noticed).
inline bool ended(QProcess& process, int timeoutMs)
{
    return process.state() == QProcess::NotRunning || process.waitForFinished(timeoutMs);
}

} // namespace tcplens::test
