// The presentation's key hints wrap between groups (a key and what it does), never inside one:
// "Esc：退出" must not become "Esc：退" over "出" in a narrow column. For English and Chinese, at
// every width from a group's own down to a few characters, each line the label's word wrap makes
// starts at a group.
#include "UiTestSupport.h"

#include <presentation/FittedLabel.h>
#include <presentation/PresentationWindow.h>
#include <shell/Language.h>

#include <QStandardPaths>
#include <QTextLayout>
#include <QtTest>

using namespace tcplens;
using namespace tcplens::ui;
using namespace tcplens::ui::test;

class TestPresentationKeyHints : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { QVERIFY(installLanguage(*qApp, QStringLiteral("en"))); }

    void hintsBreakBetweenGroupsOnly_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("leave"); // the last group, as the reader sees it
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Esc: leave");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("Esc：退出");
    }

    void hintsBreakBetweenGroupsOnly()
    {
        QFETCH(QString, language);
        QFETCH(QString, leave);
        QVERIFY(installLanguage(*qApp, language));
        PacketListModel packets;
        QVERIFY(loadSynchronously(packets, samplePath()).status != LoadStatus::Failed);
        PresentationWindow show(packets, 0);
        show.resize(1024, 768);
        const auto* keys = show.findChild<FittedLabel*>(QStringLiteral("presentationKeys"));
        QVERIFY(keys);
        const QString text = keys->fullText();
        // What is read: the translated groups, their joiners invisible.
        QString read = text;
        read.remove(QChar(0x2060)).replace(QChar(0x00a0), QLatin1Char(' '));
        QVERIFY2(read.endsWith(leave), qPrintable(read));
        QVERIFY(read.split(QStringLiteral("    "), Qt::SkipEmptyParts).size() == 4);
        const QFont font = keys->font();
        const QFontMetricsF fm(font);
        QVERIFY2(fm.horizontalAdvance(text) <= fm.horizontalAdvance(read) + 1,
                 "the joiners take room");
        int breaks = 0;
        for (int width = static_cast<int>(fm.horizontalAdvance(text)); width >= fm.height() * 3; width -= 3) {
            QTextLayout layout(text, font);
            QTextOption option;
            option.setWrapMode(QTextOption::WordWrap); // what QLabel's word wrap lays out with
            layout.setTextOption(option);
            layout.beginLayout();
            for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
                line.setLineWidth(width);
                const int start = line.textStart();
                if (start == 0)
                    continue;
                ++breaks;
                QVERIFY2(text.at(start - 1) == QLatin1Char(' ') && text.at(start) != QLatin1Char(' '),
                         qPrintable(QStringLiteral("at %1 px a line starts with \"%2\" after \"%3\"")
                                        .arg(width)
                                        .arg(text.mid(start, 6).remove(QChar(0x2060)),
                                             text.left(start).right(6).remove(QChar(0x2060)))));
            }
            layout.endLayout();
        }
        QVERIFY(breaks > 0);
    }
};

QTEST_MAIN(TestPresentationKeyHints)
#include "TestPresentationKeyHints.moc"
