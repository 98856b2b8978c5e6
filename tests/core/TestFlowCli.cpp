// tcplens-cli flow: formats, languages, ranges, output files, and clear messages with exit code 2
// (usage) or 1 (unreadable file) for everything wrong.
#include "TestSupport.h"

#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace tcplens::test;

namespace {

QString samplePath(const QString& name) { return QDir(QString(TCPLENS_SAMPLES_DIR)).absoluteFilePath(name); }

int countArrows(const QByteArray& svg)
{
    QXmlStreamReader xml(svg);
    int arrows = 0;
    while (!xml.atEnd())
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"g"
            && xml.attributes().value("class").startsWith(u"arrow "))
            ++arrows;
    return xml.hasError() ? -1 : arrows;
}

} // namespace

class TestFlowCli : public QObject {
    Q_OBJECT

private:
    QString hello_ = samplePath("hello-exchange.pcap");
    QTemporaryDir dir_;

private slots:
    void textIsTheDefault()
    {
        const auto run = runCli({"flow", hello_, "--stream", "0"});
        QVERIFY2(run.exitedWith(0), run.err.constData());
        QVERIFY(run.err.isEmpty());
        const auto out = lines(run.out);
        // Title, two header lines, the initial states, 11 arrows, states changed by frames 1-3 and 9-11.
        QCOMPARE(out.size(), 3 + 1 + 11 + 6);
        QCOMPARE(out[0], QByteArray("TCP stream 0: 10.77.0.1:33728 (client) <-> 10.77.0.2:8888 (server), frames 1 to 11"));
        QVERIFY(run.out.contains("|<---SYN-ACK seq=0 ack=1 len=0 win=65160----|"));
        QVERIFY(run.out.contains("|<--PSH-ACK seq=1 ack=1 len=14 win=65536----|  \"Hello, client!\""));
    }

    void everyFormat_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("mermaid") << "mermaid" << QByteArray("    L1->>L0: 2. SYN-ACK seq=0 ack=1 len=0 win=65160\n");
        QTest::newRow("plantuml") << "plantuml" << QByteArray("L1 -> L0 : 2. SYN-ACK seq=0 ack=1 len=0 win=65160\n");
        QTest::newRow("svg") << "svg" << QByteArray("<g class=\"arrow handshake\" data-frame=\"2\"");
        QTest::newRow("narration") << "narration"
                                   << QByteArray("Frame 2: handshake, SYN-ACK (0.000033 s)\n  The server accepts. Its initial sequence "
                                                 "number is 170371489 (relative 0); it acknowledges 2373090563 = the client's ISN + 1.");
    }

    void everyFormat()
    {
        QFETCH(QString, format);
        QFETCH(QByteArray, expected);
        const auto run = runCli({"flow", hello_, "--stream", "0", "--format", format});
        QVERIFY2(run.exitedWith(0), run.err.constData());
        QVERIFY2(run.out.contains(expected), run.out.left(2000).constData());
        if (format == "svg")
            QCOMPARE(countArrows(run.out), 11);
    }

    void chineseNarrationAndAbsoluteNumbers()
    {
        const auto zh = runCli({"flow", hello_, "--stream", "0", "--format", "narration", "--lang", "zh_CN"});
        QVERIFY(zh.exitedWith(0));
        QVERIFY(QString::fromUtf8(zh.out).contains("服务器接受连接（SYN-ACK，第二次握手）。它的初始序号是 170371489（相对序号 0）"));
        const auto absolute = runCli({"flow", hello_, "--stream", "0", "--absolute"});
        QVERIFY(absolute.exitedWith(0));
        QVERIFY(absolute.out.contains("SYN-ACK seq=170371489 ack=2373090563 len=0 win=65160"));
    }

    void framesRangeAndSeveralStreams()
    {
        const auto range = runCli({"flow", fixturePath("http.pcap"), "--stream", "1", "--from", "15", "--to", "18",
                                   "--format", "svg"});
        QVERIFY2(range.exitedWith(0), range.err.constData());
        QCOMPARE(countArrows(range.out), 4);
        QVERIFY(range.out.contains("data-frame=\"15\"") && range.out.contains("data-frame=\"18\""));
        // --from alone runs to the end; frames of other streams are not counted.
        const auto tail = runCli({"flow", fixturePath("http.pcap"), "--stream", "0", "--from", "10", "--format", "mermaid"});
        QVERIFY(tail.exitedWith(0));
        QCOMPARE(tail.out.count("->>"), 3);
        const auto both = runCli({"flow", fixturePath("http.pcap"), "--stream", "0,1", "--format", "svg"});
        QCOMPARE(countArrows(both.out), 24);
        const auto all = runCli({"flow", fixturePath("many-short.pcap"), "--stream", "all", "--format", "mermaid"});
        QVERIFY(all.exitedWith(0));
        QCOMPARE(all.out.count("->>"), 2000);
    }

    // The SYN retransmissions 1 s apart open gaps with --spacing time; --slanted arrows descend.
    void timeSpacingAndSlantedArrows()
    {
        const auto file = fixturePath("syn-retransmit.pcap");
        const auto height = [](const QByteArray& svg) {
            QXmlStreamReader xml(svg);
            while (!xml.atEnd())
                if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"svg")
                    return xml.attributes().value("height").toDouble();
            return 0.0;
        };
        const auto uniform = runCli({"flow", file, "--stream", "0", "--format", "svg"});
        const auto timed = runCli({"flow", file, "--stream", "0", "--format", "svg", "--spacing", "time"});
        QVERIFY(uniform.exitedWith(0) && timed.exitedWith(0));
        QVERIFY2(height(timed.out) > height(uniform.out) + 300, qPrintable(QString::number(height(timed.out))));
        const auto slanted = runCli({"flow", file, "--stream", "0", "--format", "svg", "--slanted"});
        QVERIFY(slanted.exitedWith(0));
        QXmlStreamReader xml(slanted.out);
        int descending = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"line"
                && xml.attributes().value("stroke-width") != u"1.5" && xml.attributes().hasAttribute("y2")) {
                const auto a = xml.attributes();
                if (a.value("y2").toDouble() > a.value("y1").toDouble())
                    ++descending;
            }
        }
        QVERIFY(descending >= 13);
    }

    void outputFile()
    {
        const auto path = dir_.filePath("hello.svg");
        const auto run = runCli({"flow", hello_, "--stream", "0", "--format", "svg", "-o", path});
        QVERIFY2(run.exitedWith(0), run.err.constData());
        QVERIFY(run.out.isEmpty());
        QCOMPARE(countArrows(readFile(path)), 11);
        const auto bad = runCli({"flow", hello_, "--stream", "0", "-o", dir_.filePath("no/such/dir/x.txt")});
        QVERIFY(bad.exitedWith(1));
        QVERIFY2(bad.err.contains("cannot write") && bad.err.contains("No such file or directory"), bad.err.constData());
    }

    void usageMistakesExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const auto h = hello_;
        QTest::newRow("no stream") << QStringList{"flow", h} << "flow needs --stream N";
        QTest::newRow("stream out of range") << QStringList{"flow", h, "--stream", "5"} << "has no TCP stream 5 (its streams are 0 to 0)";
        QTest::newRow("stream not a number") << QStringList{"flow", h, "--stream", "zero"} << "--stream takes a stream number";
        QTest::newRow("negative stream") << QStringList{"flow", h, "--stream", "-1"} << "--stream takes a stream number";
        QTest::newRow("stream list with a gap") << QStringList{"flow", h, "--stream", "0,,1"} << "--stream takes a stream number";
        QTest::newRow("from after to") << QStringList{"flow", h, "--stream", "0", "--from", "9", "--to", "3"} << "--from 9 is after --to 3";
        QTest::newRow("range without packets") << QStringList{"flow", h, "--stream", "0", "--from", "40"}
                                               << "no packet of the selected stream lies between frames 40 and the end (its frames are 1 to 11)";
        QTest::newRow("frame zero") << QStringList{"flow", h, "--stream", "0", "--from", "0"} << "--from needs a frame number from 1";
        QTest::newRow("frame not a number") << QStringList{"flow", h, "--stream", "0", "--to", "x"} << "--to needs a frame number from 1";
#ifdef TCPLENS_CLI_RENDERS_IMAGES
        // The GUI build draws them (tests/ui/TestFlowGraphExport), into a file only.
        QTest::newRow("png") << QStringList{"flow", h, "--stream", "0", "--format", "png"} << "give -o OUT.png";
        QTest::newRow("pdf") << QStringList{"flow", h, "--stream", "0", "--format", "pdf"} << "give -o OUT.pdf";
#else
        QTest::newRow("png") << QStringList{"flow", h, "--stream", "0", "--format", "png"} << "needs the GUI build";
        QTest::newRow("pdf") << QStringList{"flow", h, "--stream", "0", "--format", "pdf"} << "needs the GUI build";
#endif
        QTest::newRow("unknown format") << QStringList{"flow", h, "--stream", "0", "--format", "dot"} << "unknown flow format \"dot\"";
        QTest::newRow("unknown language") << QStringList{"flow", h, "--stream", "0", "--format", "narration", "--lang", "fr"}
                                          << "--lang takes en or zh_CN";
        QTest::newRow("value missing") << QStringList{"flow", h, "--stream"} << "--stream needs a value";
        QTest::newRow("unknown option") << QStringList{"flow", h, "--stream", "0", "--frobnicate"} << "unknown option --frobnicate";
        QTest::newRow("bad spacing") << QStringList{"flow", h, "--stream", "0", "--spacing", "log"} << "--spacing takes uniform or time";
        QTest::newRow("no TCP at all") << QStringList{"flow", fixturePath("unsupported-linktype.pcap"), "--stream", "0"}
                                       << "has no TCP stream 0 (it has no TCP conversations)";
    }

    void usageMistakesExitTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const auto run = runCli(args);
        QVERIFY2(run.exitedWith(2), run.err.constData());
        QVERIFY(run.out.isEmpty());
        QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
    }

    void unreadableFilesExitOne()
    {
        const auto missing = runCli({"flow", dir_.filePath("missing.pcap"), "--stream", "0"});
        QVERIFY(missing.exitedWith(1));
        QVERIFY2(missing.err.contains("missing.pcap"), missing.err.constData());
        const auto text = dir_.filePath("not-a-capture.pcap");
        QVERIFY(writeFile(text, "hello, this is not a capture\n"));
        const auto notCapture = runCli({"flow", text, "--stream", "0"});
        QVERIFY(notCapture.exitedWith(1));
        QVERIFY(!notCapture.err.isEmpty());
        // Cut short: everything before the cut is drawn, then the reason and exit 1.
        const auto whole = readFile(hello_);
        const auto cut = dir_.filePath("cut.pcap");
        QVERIFY(writeFile(cut, whole.left(whole.size() - 30)));
        const auto partial = runCli({"flow", cut, "--stream", "0", "--format", "mermaid"});
        QVERIFY(partial.exitedWith(1));
        QCOMPARE(partial.out.count("->>"), 10);
        QVERIFY2(partial.err.contains("cut.pcap"), partial.err.constData());
    }

    void helpMentionsFlow()
    {
        const auto run = runCli({"--help"});
        QVERIFY(run.out.contains("flow FILE --stream N|N,M|all"));
    }
};

QTEST_GUILESS_MAIN(TestFlowCli)
#include "TestFlowCli.moc"
