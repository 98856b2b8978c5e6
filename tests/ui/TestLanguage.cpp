// Switching the interface language: the embedded translations load, replace each other, and
// the Chinese one is complete.
#include <shell/Language.h>

#include <QApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>
#include <QtTest>

using namespace tcplens::ui;

namespace {

QString menuFile()
{
    return QCoreApplication::translate("tcplens::ui::MainMenus", "&File");
}

/// The current (not vanished or obsolete) messages of a .ts file as "context | source | comment";
/// the others' sources go to `goneSources` when given.
QSet<QString> currentMessages(const QString& path, QStringList* goneSources = nullptr)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QSet<QString> messages;
    QXmlStreamReader xml(&file);
    QString context, source, comment;
    bool gone = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"name")
                context = xml.readElementText();
            else if (name == u"message")
                source.clear(), comment.clear(), gone = false;
            else if (name == u"source")
                source = xml.readElementText();
            else if (name == u"comment")
                comment = xml.readElementText();
            else if (name == u"translation") {
                const auto type = xml.attributes().value(QStringLiteral("type"));
                gone = type == u"vanished" || type == u"obsolete";
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            if (!gone)
                messages.insert(context + QStringLiteral(" | ") + source + QStringLiteral(" | ") + comment);
            else if (goneSources)
                goneSources->append(source);
        }
    }
    return messages;
}

} // namespace

class TestLanguage : public QObject {
    Q_OBJECT

private slots:
    void englishAndSimplifiedChineseAreEmbedded()
    {
        QCOMPARE(availableLanguages(), (QStringList{QStringLiteral("en"), QStringLiteral("zh_CN")}));
        QCOMPARE(languageDisplayName(QStringLiteral("zh_CN")), QStringLiteral("简体中文"));
    }

    void chineseTranslatesTheMenusAndColumns()
    {
        QVERIFY(installLanguage(*qApp, QStringLiteral("zh_CN")));
        QCOMPARE(menuFile(), QStringLiteral("文件(&F)"));
        QCOMPARE(QCoreApplication::translate("tcplens::ui::PacketListModel", "Seq"), QStringLiteral("序号"));
        QCOMPARE(QCoreApplication::translate("tcplens::ui::PacketListModel", "Ack"), QStringLiteral("确认号"));
    }

    void englishReplacesChinese()
    {
        QVERIFY(installLanguage(*qApp, QStringLiteral("zh_CN")));
        QVERIFY(installLanguage(*qApp, QStringLiteral("en")));
        QCOMPARE(menuFile(), QStringLiteral("&File"));
        QCOMPARE(installedLanguage(), QStringLiteral("en"));
    }

    // A %n count reads "1 sample", not "1 samples": tcplens_en.ts gives the English plural forms.
    void englishCountsAreSingularForOne()
    {
        QVERIFY(installLanguage(*qApp, QStringLiteral("en")));
        const char* feed = "tcplens::ui::KernelChartFeed";
        const char* appLimited = "delivery_rate_app_limited was set in %1 of %n samples.";
        QCOMPARE(QCoreApplication::translate(feed, appLimited, nullptr, 1),
                 QStringLiteral("delivery_rate_app_limited was set in %1 of 1 sample."));
        QCOMPARE(QCoreApplication::translate(feed, appLimited, nullptr, 7),
                 QStringLiteral("delivery_rate_app_limited was set in %1 of 7 samples."));
        QVERIFY(QCoreApplication::translate(feed,
                                            "The kernel counted busy %1, receiver-window-limited %2, send-buffer-limited "
                                            "%3 between %4 and %5 after the stream's first packet (%n samples of the "
                                            "sender's socket).",
                                            nullptr, 1)
                    .endsWith(QStringLiteral("(1 sample of the sender's socket).")));
        QVERIFY(QCoreApplication::translate("tcplens::ui::RttChart", "%1: min %2 · avg %3 · max %4 (%n samples)", nullptr, 1)
                    .endsWith(QStringLiteral("(1 sample)")));
        QVERIFY(installLanguage(*qApp, QStringLiteral("zh_CN")));
        QCOMPARE(QCoreApplication::translate(feed, appLimited, nullptr, 1),
                 QStringLiteral("delivery_rate_app_limited 在 1 个采样中的 %1 个为真。"));
        QVERIFY(installLanguage(*qApp, QStringLiteral("en")));
    }

    void unknownCodeIsRefusedAndChangesNothing()
    {
        QVERIFY(installLanguage(*qApp, QStringLiteral("zh_CN")));
        QVERIFY(!installLanguage(*qApp, QStringLiteral("xx")));
        QVERIFY(!installLanguage(*qApp, QString()));
        QCOMPARE(menuFile(), QStringLiteral("文件(&F)"));
        QCOMPARE(installedLanguage(), QStringLiteral("zh_CN")); // the presentation narrates in it
        QVERIFY(installLanguage(*qApp, QStringLiteral("en")));
    }

    void qtsOwnStringsFollowWhenInstalled()
    {
        const QString qtbase = QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_zh_CN.qm");
        if (!QFile::exists(qtbase))
            QSKIP("Qt's Chinese translation is not installed");
        QVERIFY(installLanguage(*qApp, QStringLiteral("zh_CN")));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("取消"));
        QVERIFY(installLanguage(*qApp, QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
    }

    void anyChineseLocaleGetsSimplifiedChinese()
    {
        QCOMPARE(languageFor(QLocale(QStringLiteral("zh_CN"))), QStringLiteral("zh_CN"));
        QCOMPARE(languageFor(QLocale(QStringLiteral("zh_TW"))), QStringLiteral("zh_CN"));
        QCOMPARE(languageFor(QLocale(QStringLiteral("de_DE"))), QStringLiteral("en"));
        QCOMPARE(languageFor(QLocale::c()), QStringLiteral("en"));
        QVERIFY(availableLanguages().contains(systemLanguage()));
    }

    // Many users read Chinese first: after lupdate picks up a new string, translate it.
    void everyChineseStringIsTranslated()
    {
        QFile ts(QStringLiteral(TCPLENS_SAMPLES_DIR "/../../translations/tcplens_zh_CN.ts"));
        QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(ts.fileName()));
        const QString text = QString::fromUtf8(ts.readAll());
        static const QRegularExpression unfinished(
            QStringLiteral("<source>([^<]*)</source>\\s*<translation type=\"unfinished\""));
        QStringList missing;
        for (const auto& match : unfinished.globalMatch(text))
            missing << match.captured(1);
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("untranslated: ") + missing.join(QStringLiteral(" | "))));
    }

    // `ninja update_translations` refreshes both files: the English one lists the same strings.
    void englishTranslationFileIsCurrent()
    {
        const QString dir = QStringLiteral(TCPLENS_SAMPLES_DIR "/../../translations/");
        const auto chinese = currentMessages(dir + QStringLiteral("tcplens_zh_CN.ts"));
        const auto english = currentMessages(dir + QStringLiteral("tcplens_en.ts"));
        QVERIFY(chinese.size() > 500);
        const auto notInEnglish = QSet<QString>(chinese).subtract(english);
        const auto onlyInEnglish = QSet<QString>(english).subtract(chinese);
        QVERIFY2(notInEnglish.isEmpty(), qPrintable(QStringLiteral("missing from tcplens_en.ts: ")
                                                    + QStringList(notInEnglish.values()).join(QStringLiteral(" || "))));
        QVERIFY2(onlyInEnglish.isEmpty(), qPrintable(QStringLiteral("missing from tcplens_zh_CN.ts: ")
                                                     + QStringList(onlyInEnglish.values()).join(QStringLiteral(" || "))));
    }

    // lupdate runs with -no-obsolete: a string taken out of the code leaves neither file.
    void translationFilesKeepNoObsoleteStrings()
    {
        const QString dir = QStringLiteral(TCPLENS_SAMPLES_DIR "/../../translations/");
        for (const auto* name : {"tcplens_zh_CN.ts", "tcplens_en.ts"}) {
            QStringList gone;
            QVERIFY(!currentMessages(dir + QLatin1String(name), &gone).isEmpty());
            QVERIFY2(gone.isEmpty(), qPrintable(QStringLiteral("%1 keeps %2 obsolete: %3")
                                                    .arg(QLatin1String(name)).arg(gone.size())
                                                    .arg(gone.mid(0, 10).join(QStringLiteral(" | ")))));
        }
    }
};

QTEST_MAIN(TestLanguage)
#include "TestLanguage.moc"
