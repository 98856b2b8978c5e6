#include "FieldTreeText.h"

#include "FieldNames.h"
#include "FieldValueText.h"

#include <QRegularExpression>

namespace tcplens::ui {
namespace {

// The words a protocol line carries between its values ("…, Src Port: 80, Seq: 1, Len: 0").
[[maybe_unused]] constexpr const char* kSummaryKeys[] = {
    QT_TRANSLATE_NOOP("tcplens::ui::FieldTreeText", "Src"),      QT_TRANSLATE_NOOP("tcplens::ui::FieldTreeText", "Dst"),
    QT_TRANSLATE_NOOP("tcplens::ui::FieldTreeText", "Src Port"), QT_TRANSLATE_NOOP("tcplens::ui::FieldTreeText", "Dst Port"),
    QT_TRANSLATE_NOOP("tcplens::ui::FieldTreeText", "Seq"),      QT_TRANSLATE_NOOP("tcplens::ui::FieldTreeText", "Ack"),
    QT_TRANSLATE_NOOP("tcplens::ui::FieldTreeText", "Len"),      QT_TRANSLATE_NOOP("tcplens::ui::FieldTreeText", "Next Header"),
};

constexpr const char* kContext = "tcplens::ui::FieldTreeText";

/// Core's English name of the field: its own, or the table's for a span core leaves unnamed (NOP, EOL).
QString englishName(const FieldSpan& span)
{
    if (!span.name.empty())
        return QString::fromStdString(span.name);
    const FieldName* row = treeFieldName(span.id);
    return row ? QString::fromUtf8(row->treeName) : QString();
}

/// Where the label `name` starts in core's `text`: at the start, after "[" (a generated field), after
/// a bit picture's " = ", after "TCP Option - " or "[3 IPv4 "; followed by the end or a separator. -1 if not.
qsizetype labelAt(const QString& text, const QString& name)
{
    static const QString optionPrefix = QStringLiteral("TCP Option - ");
    for (qsizetype at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
        const QStringView before = QStringView(text).left(at);
        static const QRegularExpression fragments(QStringLiteral("^\\[\\d+ IPv[46] $")); // "[3 IPv4 Fragments (…"
        const bool starts = before.isEmpty() || before == u"[" || before.endsWith(u" = ") || before.endsWith(optionPrefix)
                            || fragments.match(before.toString()).hasMatch();
        const qsizetype after = at + name.size();
        const bool ends = after == text.size() || QStringLiteral(":], (#").contains(text[after]);
        if (starts && ends)
            return at;
    }
    return -1;
}

} // namespace

QString FieldTreeText::coreValue(const FieldSpan& span)
{
    const QString text = QString::fromStdString(span.text.empty() ? span.name : span.text);
    const auto colon = text.indexOf(QStringLiteral(": "));
    return colon < 0 ? text : text.mid(colon + 2);
}

QString FieldTreeText::label(const FieldSpan& span)
{
    const QString name = englishName(span);
    return QCoreApplication::translate(kFieldNamesContext, name.toUtf8().constData());
}

QString FieldTreeText::line(const FieldSpan& span)
{
    if (span.id == "tcplens.not_received") // tcplens' own line, worded here rather than from a name
        return span.value == 1 ? tr("[Not received by the client (lost after the capture point, or still on its way)]")
                               : tr("[Not received by the server (lost after the capture point, or still on its way)]");
    QString text = QString::fromStdString(span.text.empty() ? span.name : span.text);
    const QString name = englishName(span);
    const qsizetype at = name.isEmpty() ? -1 : labelAt(text, name);
    const QString worded = label(span);
    if (at >= 0 && worded != name) {
        text.replace(at, name.size(), worded);
    } else {
        // Core's text names the field otherwise ("[Frame: 4, payload: …]" for a fragment, "Fragment overlap: True"
        // a name with its value): word the text's own label.
        const qsizetype open = text.startsWith(QLatin1Char('[')) ? 1 : 0;
        if (const qsizetype colon = text.indexOf(QStringLiteral(": "), open); colon > open) {
            const QString lead = text.mid(open, colon - open);
            text.replace(open, lead.size(), QCoreApplication::translate(kFieldNamesContext, lead.toUtf8().constData()));
        }
    }
    static const QString optionPrefix = QStringLiteral("TCP Option - ");
    if (text.startsWith(optionPrefix))
        text.replace(0, optionPrefix.size(), tr("TCP Option - "));
    if (span.depth == 0) {
        // "Transmission Control Protocol, Src Port: 80, Dst Port: 5000, Seq: 1, Len: 0"
        static const QRegularExpression key(QStringLiteral(", (Src Port|Dst Port|Src|Dst|Seq|Ack|Len|Next Header): "));
        QString worded;
        qsizetype from = 0;
        for (auto it = key.globalMatch(text); it.hasNext();) {
            const auto match = it.next();
            worded += QStringView(text).mid(from, match.capturedStart() - from);
            worded += QStringLiteral(", ") + QCoreApplication::translate(kContext, match.captured(1).toUtf8().constData())
                      + QStringLiteral(": ");
            from = match.capturedEnd();
        }
        worded += QStringView(text).mid(from);
        text = worded;
    }
    if (span.id == "tcp.analysis.flags" || span.id == "frame.comment" || span.id.starts_with("frame.interface_"))
        return text; // the filter name itself; the capture's own words
    return FieldValueText::worded(text);
}

} // namespace tcplens::ui
