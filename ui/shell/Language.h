#pragma once
// The language of the interface: tcplens's own translations (embedded at :/i18n) and Qt's.

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace tcplens::ui {

/// Replaces the installed translations with those of `code` ("en", "zh_CN"), tcplens's and Qt's
/// own (qtbase, when installed); false, changing nothing, for a code not in availableLanguages().
bool installLanguage(QCoreApplication& app, const QString& code);
/// The code last installed by installLanguage() ("en" when none was).
[[nodiscard]] QString installedLanguage();
/// The language tcplens offers for `locale`: "zh_CN" for any Chinese locale, else "en".
[[nodiscard]] QString languageFor(const QLocale& locale);
/// languageFor() the system locale.
[[nodiscard]] QString systemLanguage();
/// Codes with an embedded translation, sorted, e.g. {"en", "zh_CN"}.
[[nodiscard]] QStringList availableLanguages();
/// The language's name in itself, for a menu: "English", "简体中文".
[[nodiscard]] QString languageDisplayName(const QString& code);

} // namespace tcplens::ui
