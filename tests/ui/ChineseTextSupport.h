#pragma once
// Shared by the tests that read the window in Chinese and look for English left in it.

#include <QMap>
#include <QRegularExpression>
#include <QStringList>

namespace tcplens::ui::test {

/// The English words of Chinese `text` a reader would have to look up: not an abbreviation in
/// capitals (TCP, SYN), nothing `skip` matches (numbers, addresses, file names), none of `names`,
/// nor a term kept in brackets beside its Chinese ("同步 (SYN)", "重传 (retransmission)").
inline QStringList englishWordsIn(QString text, const QRegularExpression& skip, const QStringList& names)
{
    static const QRegularExpression kept(QStringLiteral("(?<=\\p{Han}) ?[(（][^)）]*[)）]"));
    static const QRegularExpression word(QStringLiteral("[A-Za-z][A-Za-z0-9_'-]*"));
    text.remove(kept);
    text.remove(skip);
    QStringList words;
    for (const auto& match : word.globalMatch(text)) {
        const QString w = match.captured();
        if (w != w.toUpper() && !names.contains(w))
            words << w;
    }
    return words;
}

/// Warns each word of `left` (word -> where it stands) on its own line; returns the failure's summary.
inline QString englishLeftReport(const QMap<QString, QString>& left)
{
    for (auto it = left.cbegin(); it != left.cend(); ++it)
        qWarning("%s in %s", qPrintable(it.key()), qPrintable(it.value()));
    return QStringLiteral("%1 English words left (listed above)").arg(left.size());
}

} // namespace tcplens::ui::test
