// A capture filter libpcap refuses is explained in the reader's language: libpcap's words sorted
// into kinds (what the user typed kept as typed), English word for word as libpcap says it.
#include "ChineseTextSupport.h"

#include <capture/BpfFilter.h>
#include <packets/BpfProblemText.h>
#include <shell/Language.h>

#include <QApplication>
#include <QtTest>

using namespace tcplens;
using namespace tcplens::ui;
using namespace tcplens::ui::test;

namespace {

/// libpcap's message for `expression` on Ethernet.
std::string compileError(const QString& expression)
{
    std::string error;
    (void)BpfFilter::compile(expression.toStdString(), 1, 262144, error);
    return error;
}

} // namespace

class TestBpfProblemText : public QObject {
    Q_OBJECT

private slots:
    void typosAreSortedWithWhatWasTyped_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QStringList>("args");
        using K = BpfProblemKind;
        const auto row = [](const char* expression, K kind, QStringList args) {
            QTest::newRow(expression) << QString::fromLatin1(expression) << static_cast<int>(kind) << args;
        };
        row("tcp prot 80", K::SyntaxError, {});
        row("tcp port 80 and", K::SyntaxError, {});
        row("src hots 1.2.3.4", K::UnknownHost, {"hots"});
        row("tcp port eighty", K::UnknownPort, {"eighty"});
        row("tcp port 99999", K::PortOutOfRange, {"99999"});
        row("ip proto foo", K::UnknownProtocol, {"ip", "foo"});
        row("host 999.1.1.1", K::InvalidIpv4, {"999.1.1.1"});
        row("net 10.0.0.0/33", K::MaskTooLong, {"32"});
    }
    void typosAreSortedWithWhatWasTyped()
    {
        QFETCH(QString, expression);
        QFETCH(int, kind);
        QFETCH(QStringList, args);
        const std::string said = compileError(expression);
        QVERIFY(!said.empty());
        const BpfProblem problem = bpfProblem(said);
        QCOMPARE(static_cast<int>(problem.kind), kind);
        QStringList found;
        for (const auto& arg : problem.args)
            found << QString::fromStdString(arg);
        QCOMPARE(found, args);

        QVERIFY(installLanguage(*qApp, QStringLiteral("en")));
        QCOMPARE(BpfProblemText::of(problem), QString::fromStdString(said)); // libpcap's words, as the CLI prints them
        QVERIFY(installLanguage(*qApp, QStringLiteral("zh_CN")));
        QString chinese = BpfProblemText::of(problem);
        for (const auto& arg : args)
            QVERIFY2(chinese.contains(arg), qPrintable(chinese));
        for (const auto& arg : args)
            chinese.remove(arg); // what the user typed is no English to look up
        QVERIFY2(englishWords(chinese).isEmpty(), qPrintable(chinese));
        installLanguage(*qApp, QStringLiteral("en"));
    }

    void unknownWordsStayWholeAndMarkedAsLibpcaps()
    {
        const BpfProblem other = bpfProblem("some message libpcap 1.11 may add");
        QCOMPARE(other.kind, BpfProblemKind::Other);
        QVERIFY(installLanguage(*qApp, QStringLiteral("zh_CN")));
        QCOMPARE(BpfProblemText::of(other), QStringLiteral("libpcap 报告：some message libpcap 1.11 may add"));
        installLanguage(*qApp, QStringLiteral("en"));
        QCOMPARE(BpfProblemText::of(other), QStringLiteral("some message libpcap 1.11 may add"));
    }
};

QTEST_MAIN(TestBpfProblemText)
#include "TestBpfProblemText.moc"
