#include "Language.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace tcplens::ui {
namespace {

// Qt's own words on the standard buttons (QDialogButtonBox, QMessageBox), carried in our
// translation too: without Qt's Chinese translation (Debian's qt6-translations-l10n) a Chinese
// dialog would still say Cancel. Qt asks our translator first, so these win when both are there.
[[maybe_unused]] constexpr const char* kStandardButtons[] = {
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),       QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save All"), QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),     QT_TRANSLATE_NOOP("QPlatformTheme", "Yes to &All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),      QT_TRANSLATE_NOOP("QPlatformTheme", "N&o to All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Abort"),    QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore"),   QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),   QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),     QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),    QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults"),
};

const QString kTranslatorName = QStringLiteral("tcplens-translator");
const QString kPrefix = QStringLiteral("tcplens_");
constexpr const char* kLanguageProperty = "tcplensLanguage";

void removeInstalledTranslators(QCoreApplication& app)
{
    for (auto* translator : app.findChildren<QTranslator*>(kTranslatorName, Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

// The translator owned by `app`, so the next installLanguage() finds and replaces it.
void install(QCoreApplication& app, QTranslator* translator)
{
    translator->setParent(&app);
    translator->setObjectName(kTranslatorName);
    QCoreApplication::installTranslator(translator);
}

} // namespace

bool installLanguage(QCoreApplication& app, const QString& code)
{
    if (!availableLanguages().contains(code))
        return false;
    auto ours = std::make_unique<QTranslator>();
    if (!ours->load(QStringLiteral(":/i18n/%1%2.qm").arg(kPrefix, code)))
        return false;
    removeInstalledTranslators(app);
    // Qt asks the most recently installed translator first: Qt's own, then ours over it.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        install(app, qt.release());
    install(app, ours.release());
    app.setProperty(kLanguageProperty, code);
    return true;
}

QString installedLanguage()
{
    const auto* app = QCoreApplication::instance();
    const QVariant code = app ? app->property(kLanguageProperty) : QVariant();
    return code.isValid() ? code.toString() : QStringLiteral("en");
}

QString languageFor(const QLocale& locale)
{
    return locale.language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

QString systemLanguage()
{
    return languageFor(QLocale::system());
}

QStringList availableLanguages()
{
    QStringList codes;
    const auto files = QDir(QStringLiteral(":/i18n")).entryList({kPrefix + QStringLiteral("*.qm")}, QDir::Files, QDir::Name);
    for (const auto& file : files)
        codes << file.mid(kPrefix.size()).chopped(3);
    return codes;
}

QString languageDisplayName(const QString& code)
{
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    if (code == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    return QLocale(code).nativeLanguageName();
}

} // namespace tcplens::ui
