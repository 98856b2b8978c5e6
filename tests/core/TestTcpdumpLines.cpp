// tcpdump as a second opinion on the text lines: every TCP line of every decodable fixture,
// from after the timestamp up to and including "length N", in relative and absolute (-S) form.
#include "TestSupport.h"

#include <capture/CaptureFile.h>
#include <decode/LinkType.h>

#include <QRegularExpression>
#include <QtTest>

using namespace tcplens::test;

namespace {

// "IP 10.0.0.1.5000 > 10.0.0.2.80: Flags [S], ..., length 0" (and IPv6, and truncated "tcp" lines).
const QRegularExpression kTcpLine(QStringLiteral(R"((IP6? \S+\.\d+ > \S+\.\d+: (?:Flags \[|tcp).*?length \d+))"));

/// The comparable part of a TCP line, or a null string when the line is not TCP.
QString tcpPart(const QByteArray& line)
{
    const auto text = QString::fromUtf8(line);
    const auto match = kTcpLine.match(text);
    return match.hasMatch() ? match.captured(1) : QString();
}

} // namespace

class TestTcpdumpLines : public QObject {
    Q_OBJECT

private:
    QString tcpdump_;

    void compareWithTcpdump(const QString& file, bool absolute)
    {
        QStringList theirArgs = {"-nn", "-r", file};
        QStringList ourArgs = {"packets", file};
        if (absolute) {
            theirArgs.insert(0, "-S");
            ourArgs << "-S";
        }
        const auto theirs = runProcess(tcpdump_, theirArgs);
        QVERIFY2(theirs.exitedWith(0), theirs.err.constData());
        const auto ours = runCli(ourArgs);
        QVERIFY2(ours.exitedWith(0), ours.err.constData());
        const auto theirLines = lines(theirs.out);
        const auto ourLines = lines(ours.out);
        QCOMPARE(ourLines.size(), theirLines.size());
        int compared = 0;
        for (int i = 0; i < theirLines.size(); ++i) {
            const auto theirPart = tcpPart(theirLines[i]);
            if (theirPart.isNull())
                continue; // not TCP (ARP, ICMP, UDP, fragments): tcpdump's text there is out of scope
            // Ours may end in " [problem; ...]" after "length N"; the match stops at "length N".
            const auto ourPart = tcpPart(ourLines[i]);
            QVERIFY2(ourPart == theirPart, qPrintable("frame " + QString::number(i + 1) + "\n tcpdump: " + theirPart
                                                      + "\n ours:    " + QString::fromUtf8(ourLines[i])));
            ++compared;
        }
        QVERIFY2(compared > 0, "no TCP lines compared");
    }

    static void addFixtureRows()
    {
        QTest::addColumn<QString>("file");
        for (const auto& file : fixtures()) {
            int linkType = -1;
            try {
                linkType = tcplens::CaptureFile::open(file.toStdString())->info().linkType;
            } catch (const tcplens::CaptureError&) {
            }
            if (tcplens::isSupportedLinkType(linkType))
                QTest::newRow(qPrintable(QFileInfo(file).fileName())) << file;
        }
    }

private slots:
    void initTestCase()
    {
        tcpdump_ = findProgram("tcpdump");
        if (tcpdump_.isEmpty())
            QSKIP("tcpdump is not installed");
        // tcpdump and tcplens both print local time; the comparison starts after it anyway.
    }

    void relativeLinesMatchTcpdump_data() { addFixtureRows(); }
    void relativeLinesMatchTcpdump()
    {
        QFETCH(QString, file);
        compareWithTcpdump(file, false);
    }

    void absoluteLinesMatchTcpdumpDashS_data() { addFixtureRows(); }
    void absoluteLinesMatchTcpdumpDashS()
    {
        QFETCH(QString, file);
        compareWithTcpdump(file, true);
    }

    void timestampsMatchTcpdump()
    {
        const auto file = fixturePath("ipv4-basic.pcap");
        if (!QFileInfo::exists(file))
            QSKIP("ipv4-basic.pcap is not recorded yet");
        const auto theirs = lines(runProcess(tcpdump_, {"-nn", "-r", file}).out);
        const auto ours = lines(runCli({"packets", file}).out);
        QCOMPARE(ours.size(), theirs.size());
        for (int i = 0; i < ours.size(); ++i)
            QCOMPARE(ours[i].left(ours[i].indexOf(' ')), theirs[i].left(theirs[i].indexOf(' ')));
    }
};

QTEST_MAIN(TestTcpdumpLines)
#include "TestTcpdumpLines.moc"
