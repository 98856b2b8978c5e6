#pragma once
// Shared by the tests that read the window in Chinese and look for English left in it.

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QMenu>
#include <QRegularExpression>
#include <QStringList>
#include <QTabBar>
#include <QWidget>

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

/// The English words in `text` a reader would look up (see englishWordsIn); paths, file names and
/// field ids are no words here.
inline QStringList englishWords(const QString& text)
{
    static const QRegularExpression skip(QStringLiteral(
        "/[\\w./-]+|\\b0x[0-9a-fA-F]+\\b|\\b[\\w.-]+\\.(pcapng|pcap|csv|json|png|svg|pdf|txt|md)\\b|\\b[a-z_]+\\.[a-z_.]+\\b|<[^>]*>|&\\w+;|\\b\\d+\\b"));
    static const QStringList names{QStringLiteral("IPv4"), QStringLiteral("IPv6"), QStringLiteral("tcplens"),
                                   QStringLiteral("tcpdump"), QStringLiteral("Wireshark"), QStringLiteral("tshark"),
                                   QStringLiteral("Linux"), QStringLiteral("pcap"), QStringLiteral("pcapng"),
                                   QStringLiteral("kB"), QStringLiteral("MB"), QStringLiteral("GB"), QStringLiteral("ms"),
                                   QStringLiteral("s"), QStringLiteral("B"), QStringLiteral("Ctrl"), QStringLiteral("Shift"),
                                   QStringLiteral("Alt"), QStringLiteral("Seq"), QStringLiteral("Ack"), QStringLiteral("Len"),
                                   QStringLiteral("Win"), QStringLiteral("seq"), QStringLiteral("ack"), QStringLiteral("len"),
                                   QStringLiteral("win"), QStringLiteral("ssh"), QStringLiteral("Zeek"),
                                   // The language's own name, the sample's title, formats, textbooks' models and tools,
                                   // the variables every text names so, tcpdump's syntax and what Find looks for.
                                   QStringLiteral("English"), QStringLiteral("Hello"), QStringLiteral("Markdown"),
                                   QStringLiteral("Mermaid"), QStringLiteral("PlantUML"), QStringLiteral("Tahoe"),
                                   QStringLiteral("Reno"), QStringLiteral("Stevens"), QStringLiteral("tcptrace"),
                                   QStringLiteral("cwnd"), QStringLiteral("ssthresh"), QStringLiteral("iRTT"),
                                   QStringLiteral("tcp"), QStringLiteral("port"), QStringLiteral("Retransmission"),
                                   QStringLiteral("Window"), QStringLiteral("x"), QStringLiteral("y"),
                                   QStringLiteral("tcplens-capture"), QStringLiteral("cmake"), QStringLiteral("install"),
                                   QStringLiteral("Ethernet")};
    return englishWordsIn(text, skip, names);
}

/// What a user reads on `root` and its children: texts, titles, headers, items and tooltips.
inline QStringList visibleTexts(QWidget* root)
{
    QStringList texts{root->windowTitle(), root->toolTip()};
    for (auto* w : root->findChildren<QWidget*>()) {
        texts << w->toolTip() << w->statusTip() << w->whatsThis();
        if (auto* label = qobject_cast<QLabel*>(w))
            texts << label->text();
        else if (auto* button = qobject_cast<QAbstractButton*>(w))
            texts << button->text();
        else if (auto* box = qobject_cast<QGroupBox*>(w))
            texts << box->title();
        else if (auto* edit = qobject_cast<QLineEdit*>(w))
            texts << edit->placeholderText();
        else if (auto* combo = qobject_cast<QComboBox*>(w))
            for (int i = 0; i < combo->count(); ++i)
                texts << combo->itemText(i);
        else if (auto* tabs = qobject_cast<QTabBar*>(w))
            for (int i = 0; i < tabs->count(); ++i)
                texts << tabs->tabText(i) << tabs->tabToolTip(i);
        else if (auto* header = qobject_cast<QHeaderView*>(w); header && header->model())
            for (int i = 0; i < header->count(); ++i)
                texts << header->model()->headerData(i, header->orientation()).toString()
                      << header->model()->headerData(i, header->orientation(), Qt::ToolTipRole).toString();
    }
    for (auto* action : root->findChildren<QAction*>())
        texts << action->text() << action->toolTip() << action->statusTip();
    for (auto* menu : root->findChildren<QMenu*>())
        texts << menu->title();
    texts.removeAll(QString());
    return texts;
}

/// Adds to `left` each English word of what `root` shows, with `where` and the text it stands in.
inline void collect(const QString& where, QWidget* root, QMap<QString, QString>& left)
{
    for (const auto& text : visibleTexts(root))
        for (const auto& w : englishWords(text))
            if (!left.contains(w))
                left.insert(w, where + QStringLiteral(": ") + text.left(160));
}

} // namespace tcplens::ui::test
