// Capture without permission, on an interface that is gone or down: the window says the fix in
// the reader's language. In English the helper's own words follow, as they always did; in
// Chinese they would repeat the fix in English, so the fix stands alone.
#include "ChineseTextSupport.h"

#include <capture/HelperFailure.h>
#include <shell/Language.h>

#include <QApplication>
#include <QtTest>

using namespace tcplens::ui;
using namespace tcplens::ui::test;

namespace {

const QString kHelper = QStringLiteral("/usr/lib/tcplens/tcplens-capture");

} // namespace

class TestHelperFailure : public QObject {
    Q_OBJECT

private slots:
    void helpersFailuresAreExplainedWholeInChinese_data()
    {
        QTest::addColumn<QString>("said");
        QTest::addColumn<QString>("chinese");
        // What tcplens-capture prints (core's CaptureDevice words).
        QTest::newRow("no permission") << QStringLiteral(
            "tcplens-capture: cannot capture on eth9: no permission (socket: Operation not permitted); grant the capture "
            "capability to tcplens-capture: setcap cap_net_raw,cap_net_admin+eip /usr/lib/tcplens/tcplens-capture, "
            "or add yourself to the tcplens group\n") << QStringLiteral("sudo usermod -aG");
        QTest::newRow("no such interface") << QStringLiteral(
            "tcplens-capture: cannot capture on eth9: there is no such interface (No such device exists); "
            "`tcplens-cli interfaces` lists the ones there are\n") << QStringLiteral("eth9");
        QTest::newRow("interface down") << QStringLiteral(
            "tcplens-capture: cannot capture on eth9: the interface is down; bring it up first (ip link set eth9 up)\n")
                                        << QStringLiteral("ip link set eth9 up");
    }
    void helpersFailuresAreExplainedWholeInChinese()
    {
        QFETCH(QString, said);
        QFETCH(QString, chinese);
        QVERIFY(installLanguage(*qApp, QStringLiteral("en")));
        const QString english = HelperFailure::explain(1, said, kHelper, QStringLiteral("eth9")).message;
        QVERIFY2(english.contains(QStringLiteral("tcplens-capture: cannot capture on eth9")), qPrintable(english));

        QVERIFY(installLanguage(*qApp, QStringLiteral("zh_CN")));
        QString message = HelperFailure::explain(1, said, kHelper, QStringLiteral("eth9")).message;
        installLanguage(*qApp, QStringLiteral("en"));
        QVERIFY2(message.contains(chinese), qPrintable(message));
        // What a reader types stays as typed: the commands and the interface's name.
        static const QRegularExpression typed(QStringLiteral(
            "sudo [^；。，\\n]*|ip link set \\w+ up|\\beth9\\b|\\btcplens(-capture)?\\b"));
        message.remove(typed);
        const QStringList words = englishWords(message);
        QVERIFY2(words.isEmpty(), qPrintable(words.join(QLatin1Char(' ')) + QStringLiteral(" in ") + message));
    }
};

QTEST_MAIN(TestHelperFailure)
#include "TestHelperFailure.moc"
