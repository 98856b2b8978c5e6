// Analysis tags in the window's language: under zh_CN the flow graph's comment column and the
// packet list's tooltips say "窗口更新", not "Window Update" (the Info column and the CLI keep
// Wireshark's words); a long comment wraps over its row instead of being cut.
#include <flowgraph/FlowGraphMetrics.h>
#include <packets/PacketColumnText.h>
#include <shell/Language.h>

#include <QApplication>
#include <QFontMetricsF>
#include <QtTest>

using namespace tcplens::ui;

class TestShownAnalysisTags : public QObject {
    Q_OBJECT

private slots:
    void tagsFollowTheInstalledLanguage()
    {
        const std::string tags = "[TCP Window Update] [TCP Dup ACK 7#1]";
        QVERIFY(installLanguage(*QCoreApplication::instance(), QStringLiteral("en")));
        QCOMPARE(shownAnalysisTags(tags), QString::fromStdString(tags));
        QVERIFY(installLanguage(*QCoreApplication::instance(), QStringLiteral("zh_CN")));
        QCOMPARE(shownAnalysisTags(tags), QStringLiteral("[TCP 窗口更新] [TCP 重复确认 7#1]"));
        QVERIFY(installLanguage(*QCoreApplication::instance(), QStringLiteral("en")));
        QCOMPARE(shownAnalysisTags(tags), QString::fromStdString(tags));
    }

    void aLongCommentWrapsWholeWhenTheRowHoldsIt()
    {
        const QFont font = QApplication::font();
        const QString comment = QStringLiteral("服务器未收到：第 6 帧又发送了同样的字节 · 重复确认 5#1");
        const qreal width = QFontMetricsF(font).horizontalAdvance(comment) * 0.6;
        bool elided = false;
        const auto lines = flowCommentLines(comment, font, width, 3, &elided);
        QVERIFY(!elided);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(QString(lines.join(QString())).remove(u' '), QString(comment).remove(u' '));
        for (const auto& line : lines)
            QVERIFY(QFontMetricsF(font).horizontalAdvance(line) <= width + 0.5);
        // One line of room: shortened, and said so.
        const auto one = flowCommentLines(comment, font, width, 1, &elided);
        QCOMPARE(one.size(), 1);
        QVERIFY(elided);
        QVERIFY(one.first().endsWith(QChar(0x2026)));
    }
};

QTEST_MAIN(TestShownAnalysisTags)
#include "TestShownAnalysisTags.moc"
