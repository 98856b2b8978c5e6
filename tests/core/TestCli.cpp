// tcplens-cli's contract: exit codes, libpcap's filter messages, filters that select what
// tcpdump selects, and summary packet counts that agree with capinfos.
#include "TestSupport.h"

#include <capture/CaptureFile.h>
#include <decode/LinkType.h>

#include <QTemporaryDir>
#include <QtTest>

using namespace tcplens::test;

namespace {

const QString kPayloadFilter =
    QStringLiteral("tcp port %1 and (((ip[2:2] - ((ip[0]&0xf)<<2)) - ((tcp[12]&0xf0)>>2)) != 0)");

/// The timestamp of each line: which frames a filter chose (the fixtures' timestamps are distinct).
QStringList frameKeys(const QByteArray& output)
{
    QStringList keys;
    for (const auto& line : lines(output))
        keys << QString::fromUtf8(line.left(line.indexOf(' ')));
    return keys;
}

bool decodable(const QString& file)
{
    try {
        return tcplens::isSupportedLinkType(tcplens::CaptureFile::open(file.toStdString())->info().linkType);
    } catch (const tcplens::CaptureError&) {
        return false;
    }
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT

private:
    QString sample_;

private slots:
    void initTestCase()
    {
        sample_ = fixturePath("ipv4-basic.pcap");
        if (!QFileInfo::exists(sample_))
            sample_ = QString::fromUtf8(TCPLENS_SAMPLES_DIR) + "/hello-exchange.pcap";
        QVERIFY(QFileInfo::exists(sample_));
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("nothing") << QStringList{};
        QTest::newRow("unknown command") << QStringList{"frobnicate", sample_};
        QTest::newRow("packets without file") << QStringList{"packets"};
        QTest::newRow("summary without file") << QStringList{"summary"};
        QTest::newRow("two files") << QStringList{"packets", sample_, sample_};
        QTest::newRow("unknown option") << QStringList{"packets", sample_, "--frobnicate"};
        QTest::newRow("json on summary") << QStringList{"summary", sample_, "--json"};
        QTest::newRow("filter without expression") << QStringList{"packets", sample_, "--filter"};
    }

    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, args);
        const auto run = runCli(args);
        QVERIFY(run.exitedWith(2));
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains("usage: tcplens-cli"), run.err.constData());
    }

    void helpExitsZero()
    {
        const auto run = runCli({"--help"});
        QVERIFY(run.exitedWith(0));
        QVERIFY(run.out.contains("usage: tcplens-cli"));
    }

    void badFilterExitsTwoWithLibpcapMessage_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::newRow("tcp port") << "tcp port";
        QTest::newRow("dangling comparison") << "tcp[13] & 2 !=";
        QTest::newRow("unknown keyword") << "tcp portt 80";
    }

    void badFilterExitsTwoWithLibpcapMessage()
    {
        QFETCH(QString, expression);
        const auto run = runCli({"packets", sample_, "--filter", expression});
        QVERIFY(run.exitedWith(2));
        QVERIFY(run.out.isEmpty());
        // tcpdump prints libpcap's message after "tcpdump: "; ours must carry the same text.
        const auto tcpdump = findProgram("tcpdump");
        if (tcpdump.isEmpty()) {
            QVERIFY2(run.err.contains("bad filter"), run.err.constData());
            return;
        }
        const auto theirs = runProcess(tcpdump, {"-nn", "-r", sample_, expression});
        QVERIFY(theirs.exitCode != 0);
        const auto theirLine = lines(theirs.err).last();
        QVERIFY(theirLine.startsWith("tcpdump: "));
        const auto message = theirLine.mid(int(qstrlen("tcpdump: ")));
        QVERIFY2(run.err.contains(message), qPrintable(run.err + " lacks " + message));
    }

    void filtersSelectWhatTcpdumpSelects_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expression");
        const QStringList expressions = {"tcp[13] & 2 != 0", kPayloadFilter.arg(80), kPayloadFilter.arg(8080),
                                         "tcp[tcpflags] & (tcp-fin|tcp-rst) != 0", "ip6 and tcp", "not tcp"};
        for (const auto& file : fixtures()) {
            if (!decodable(file))
                continue;
            for (const auto& expression : expressions)
                QTest::newRow(qPrintable(QFileInfo(file).fileName() + ": " + expression)) << file << expression;
        }
    }

    void filtersSelectWhatTcpdumpSelects()
    {
        QFETCH(QString, file);
        QFETCH(QString, expression);
        const auto tcpdump = findProgram("tcpdump");
        if (tcpdump.isEmpty())
            QSKIP("tcpdump is not installed");
        const auto theirs = runProcess(tcpdump, {"-nn", "-r", file, expression});
        const auto ours = runCli({"packets", file, "--filter", expression});
        if (theirs.exitCode != 0) {
            // An expression libpcap cannot compile for this link type (e.g. "ip6" on LINKTYPE_IPV4) fails both ways.
            QVERIFY2(ours.exitedWith(2), ours.err.constData());
            return;
        }
        QVERIFY2(ours.exitedWith(0), ours.err.constData());
        QCOMPARE(frameKeys(ours.out), frameKeys(theirs.out));
    }

    void filtersOnNullLinkTypeFollowTheFileByteOrder()
    {
        // DLT_NULL carries the address family in the capturing host's byte order, and IPv6 has
        // three BSD values (24, 28, 30): libpcap handles both only when it compiles against the
        // file it reads, as tcpdump does.
        const auto tcpdump = findProgram("tcpdump");
        if (tcpdump.isEmpty())
            QSKIP("tcpdump is not installed");
        QTemporaryDir dir;
        struct Variant { const char* source; const char* to; const char* order; const char* expression; };
        for (const auto& v : {Variant{"ipv4-basic.pcap", "null-be", "be", "ip and tcp"},
                              Variant{"ipv6-basic.pcap", "null-be", "be", "ip6 and tcp"},
                              Variant{"ipv6-basic.pcap", "null", "le", "ip6 and tcp"}}) {
            if (!QFileInfo::exists(fixturePath(v.source)))
                continue;
            const auto out = dir.filePath(QString(v.to) + "-" + v.order + "-" + v.source);
            const auto relink = runProcess(QStringLiteral(TCPLENS_RELINK_PATH),
                                           {"--to", v.to, "--byte-order", v.order, fixturePath(v.source), out});
            QVERIFY2(relink.exitedWith(0), relink.err.constData());
            const auto theirs = runProcess(tcpdump, {"-nn", "-r", out, v.expression});
            const auto ours = runCli({"packets", out, "--filter", v.expression});
            QVERIFY(ours.exitedWith(0));
            QVERIFY(!theirs.out.isEmpty());
            QVERIFY2(frameKeys(ours.out) == frameKeys(theirs.out),
                     qPrintable(QString("%1 --to %2 --byte-order %3, \"%4\": ours %5 frames, tcpdump %6")
                                    .arg(v.source, v.to, v.order, v.expression)
                                    .arg(lines(ours.out).size())
                                    .arg(lines(theirs.out).size())));
        }
    }

    void seedFiltersSelectSomething()
    {
        // Guard against the comparison above passing on empty output everywhere.
        const auto syns = runCli({"packets", sample_, "--filter", "tcp[13] & 2 != 0"});
        QVERIFY(syns.exitedWith(0));
        QCOMPARE(lines(syns.out).size(), 2);
        const auto http = fixturePath("http.pcap");
        if (QFileInfo::exists(http)) {
            const auto run = runCli({"packets", http, "--filter", kPayloadFilter.arg(8080)});
            QVERIFY(run.exitedWith(0));
            QVERIFY(!run.out.isEmpty());
            for (const auto& line : lines(run.out))
                QVERIFY2(!line.contains("length 0"), line.constData());
        }
    }

    void summaryCountsWhatCapinfosCounts_data()
    {
        QTest::addColumn<QString>("file");
        for (const auto& file : fixtures())
            QTest::newRow(qPrintable(QFileInfo(file).fileName())) << file;
    }

    void summaryCountsWhatCapinfosCounts()
    {
        QFETCH(QString, file);
        const auto capinfos = findProgram("capinfos");
        if (capinfos.isEmpty())
            QSKIP("capinfos is not installed");
        const auto theirs = runProcess(capinfos, {"-c", "-M", file});
        QVERIFY(theirs.exitedWith(0));
        const auto ours = runCli({"summary", file});
        QVERIFY2(ours.exitedWith(0), ours.err.constData());
        QCOMPARE(capinfosValue(ours.out, "Packets"), capinfosValue(theirs.out, "Number of packets"));
    }

    void summaryOfMissingFileExitsOne()
    {
        const auto run = runCli({"summary", "/nonexistent/file.pcap"});
        QVERIFY(run.exitedWith(1));
        QVERIFY(run.err.contains("cannot open"));
    }
};

QTEST_MAIN(TestCli)
#include "TestCli.moc"
