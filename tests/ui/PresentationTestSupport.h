#pragma once
// Shared by the presentation tests: whether a text is whole in its box.

#include <presentation/FittedLabel.h>

#include <QFontMetrics>
#include <QLabel>
#include <QString>

namespace tcplens::ui::test {

/// Why `label`'s text does not fit its box, or an empty string. A presentation text shortened
/// with "…" to fit does not fit: the class must read all of it.
inline QString labelOverflow(const QLabel* label)
{
    if (const auto* fitted = qobject_cast<const FittedLabel*>(label); fitted && fitted->text() != fitted->fullText())
        return QStringLiteral("\"%1\" is shortened to \"%2\" in %3x%4 px")
            .arg(fitted->fullText(), fitted->text())
            .arg(fitted->width())
            .arg(fitted->height());
    if (label->text().isEmpty())
        return {};
    const QFontMetrics fm(label->font());
    const QRect room = label->contentsRect();
    const int flags = label->wordWrap() ? Qt::TextWordWrap : Qt::TextSingleLine;
    const QRect needed = fm.boundingRect(QRect(0, 0, room.width(), 100'000), flags, label->text());
    if (needed.width() <= room.width() && needed.height() <= room.height())
        return {};
    return QStringLiteral("\"%1\" needs %2x%3 in %4x%5")
        .arg(label->text())
        .arg(needed.width())
        .arg(needed.height())
        .arg(room.width())
        .arg(room.height());
}

} // namespace tcplens::ui::test
