#include "RecentFiles.h"

#include <QFileInfo>
#include <QSettings>

namespace tcplens::ui {

RecentFiles::RecentFiles(QString settingsKey, int limit) : key_(std::move(settingsKey)), limit_(limit) {}

QStringList RecentFiles::paths() const
{
    return QSettings().value(key_).toStringList();
}

void RecentFiles::add(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = paths();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > limit_)
        list.removeLast();
    store(list);
}

void RecentFiles::remove(const QString& path)
{
    QStringList list = paths();
    list.removeAll(path);
    store(list);
}

void RecentFiles::clear()
{
    store({});
}

void RecentFiles::store(const QStringList& paths) const
{
    QSettings().setValue(key_, paths);
}

} // namespace tcplens::ui
