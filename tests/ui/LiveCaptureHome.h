#pragma once
// Shared by the window's live-capture suites: the home their windows, the tcplens they start
// and nobody's captures share.

#include <capture/CaptureSession.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <QTemporaryDir>

#include <sys/stat.h>

namespace tcplens::ui::test {

/// Settings and the folder of unsaved captures in `home` (XDG_DATA_HOME, XDG_CONFIG_HOME), shared
/// with the tcplens a test starts and kills and with nobody's captures: root-owned folders nobody
/// may enter (0755), those it writes in sticky and open (01777); `folders` of `home` are made
/// too (0755), for copies nobody runs. Windows capture through the helper the build made (root
/// runs it as it is). False when a folder cannot be made.
inline bool prepareLiveCaptureHome(const QTemporaryDir& home, const QStringList& folders = {})
{
    qputenv("XDG_DATA_HOME", QFile::encodeName(home.filePath(QStringLiteral("data"))));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(QStringLiteral("config"))));
    qputenv("TCPLENS_CAPTURE_HELPER", TCPLENS_CAPTURE_PATH);
    QCoreApplication::setOrganizationName(QStringLiteral("tcplens"));
    QCoreApplication::setApplicationName(QStringLiteral("tcplens"));
    const QString recovery = CaptureSession::recoveryDirectory();
    if (!recovery.startsWith(home.path()) || !QDir().mkpath(recovery) || !QDir().mkpath(home.filePath(QStringLiteral("config"))))
        return false;
    for (QString dir = QFileInfo(recovery).path(); dir.startsWith(home.path()); dir = QFileInfo(dir).path())
        ::chmod(QFile::encodeName(dir).constData(), 0755);
    for (const auto& folder : folders) {
        if (!QDir().mkpath(home.filePath(folder)))
            return false;
        ::chmod(QFile::encodeName(home.filePath(folder)).constData(), 0755);
    }
    for (const auto& dir : {recovery, home.filePath(QStringLiteral("config"))})
        ::chmod(QFile::encodeName(dir).constData(), 01777);
    return true;
}

} // namespace tcplens::ui::test
