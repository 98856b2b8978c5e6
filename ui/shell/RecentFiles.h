#pragma once
// The most recently opened captures, newest first, kept in QSettings.

#include <QString>
#include <QStringList>

namespace tcplens::ui {

class RecentFiles {
public:
    static constexpr int kDefaultLimit = 8;

    explicit RecentFiles(QString settingsKey = QStringLiteral("recentFiles"), int limit = kDefaultLimit);

    [[nodiscard]] QStringList paths() const;
    /// Puts `path` (made absolute) first, dropping a repeat and anything past the limit.
    void add(const QString& path);
    void remove(const QString& path);
    void clear();

private:
    void store(const QStringList& paths) const;

    QString key_;
    int limit_;
};

} // namespace tcplens::ui
