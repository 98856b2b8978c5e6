// Analyze › Follow TCP Stream: http.pcap's conversation shows the request then the response,
// byte for byte; formats, one side, Find, Save as Raw, and a click selects the chunk's packet.
#include "TestSupport.h"
#include "UiTestSupport.h"

#include <follow/FollowStreamDialog.h>
#include <follow/FollowStreamView.h>
#include <packets/PacketTableView.h>
#include <shell/ExportPacketsDialog.h>
#include <shell/Language.h>
#include <shell/MainWindow.h>
#include <shell/Theme.h>

#include <QAction>
#include <QApplication>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace tcplens::ui;
using namespace tcplens::ui::test;

namespace {

QString httpPath() { return QDir(QString::fromUtf8(TCPLENS_TEST_DATA_DIR)).absoluteFilePath("http.pcap"); }
QString publicPath(const char* name)
{
    return QDir(QString::fromUtf8(TCPLENS_TEST_DATA_DIR "/public")).absoluteFilePath(QString::fromLatin1(name));
}

/// tcplens-cli's or tshark's `follow` text without its header and closing separator lines.
QList<QByteArray> followBody(const QByteArray& output)
{
    auto all = tcplens::test::lines(output);
    QList<QByteArray> body;
    bool inBody = false;
    for (const auto& line : all) {
        if (line.startsWith("=====")) {
            inBody = false;
            continue;
        }
        if (line.startsWith("Node 1: ")) {
            inBody = true;
            continue;
        }
        if (inBody)
            body << line;
    }
    return body;
}

/// The chunks' text of a `follow --format ascii` body: each chunk's announced number of bytes and
/// the newline after them, the length lines dropped (what the dialog saves in ASCII).
QByteArray asciiChunks(const QByteArray& output)
{
    const auto start = output.indexOf("Node 1: ");
    qsizetype at = output.indexOf('\n', start) + 1;
    QByteArray text;
    while (at > 0 && at < output.size() && !output.mid(at).startsWith("=====")) {
        if (output[at] == '\t')
            ++at;
        const auto end = output.indexOf('\n', at);
        bool ok = false;
        const auto length = output.mid(at, end - at).toLongLong(&ok);
        if (!ok)
            return "unparsed length line at byte " + QByteArray::number(at);
        text += output.mid(end + 1, length + 1);
        at = end + 1 + length + 1;
    }
    return text;
}

const QByteArray kRequest = "GET / HTTP/1.1\r\nAccept-Encoding: identity\r\nHost: 10.77.0.2:8080\r\n"
                            "Connection: close\r\nUser-Agent: tcplens-fixture\r\n\r\n";

} // namespace

class TestFollowStreamDialog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("tcplens-tests"));
    }

    void followedTextIsTheRequestThenTheResponse()
    {
        FollowStreamDialog dialog(httpPath(), 0);
        QVERIFY2(dialog.loaded(), qPrintable(dialog.error()));
        const auto payload = dialog.text().payload();
        QCOMPARE(payload.size(), 115 + 137 + 44);
        QVERIFY(payload.startsWith(kRequest));
        QVERIFY(payload.mid(kRequest.size()).startsWith("HTTP/1.0 200 OK\r\n"));
        QVERIFY(payload.endsWith("<html><body>tcplens test page</body></html>\n"));
        QCOMPARE(dialog.text().chunks().size(), 3U);
        QCOMPARE(dialog.text().chunks()[0].node, 0);
        QCOMPARE(dialog.text().chunks()[1].node, 1);
        QCOMPARE(dialog.text().lineText(0), QStringLiteral("GET / HTTP/1.1")); // CR LF ends the line
    }

    void formatsAndSides()
    {
        FollowStreamDialog dialog(httpPath(), 0);
        dialog.showAs(FollowStreamText::Format::Hex, FollowStreamText::Sides::Both);
        QCOMPARE(dialog.text().lineCount(), 8 + 9 + 3); // 16 bytes a line per chunk
        QCOMPARE(dialog.text().lineText(0),
                 QStringLiteral("00000000  47 45 54 20 2f 20 48 54  54 50 2f 31 2e 31 0d 0a  GET / HT TP/1.1.."));
        QCOMPARE(dialog.text().lineText(8).left(8), QStringLiteral("00000000")); // the server's own offsets
        dialog.showAs(FollowStreamText::Format::CArray, FollowStreamText::Sides::Node1);
        QCOMPARE(dialog.text().lineText(0), QStringLiteral("char peer1_0[] = { /* Packet 6 */"));
        QVERIFY(dialog.text().payload().startsWith("HTTP/1.0 200 OK"));
        QCOMPARE(dialog.text().payload().size(), 137 + 44);
    }

    void contentEqualsTheCliAndTshark_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("stream");
        QTest::addRow("http") << httpPath() << 1;
        QTest::addRow("http-ooo") << publicPath("ws__http-ooo.pcap") << 0;
        QTest::addRow("tcp-badsegments (gaps)") << publicPath("ws__tcp-badsegments.pcap") << 0;
        QTest::addRow("tcp_retransmissions") << publicPath("ppa__tcp_retransmissions.pcapng") << 0;
        QTest::addRow("dns-ooo") << publicPath("ws__dns-ooo.pcap") << 0;
    }

    void contentEqualsTheCliAndTshark()
    {
        // The hex dump shows tshark's lines (the second side's without tshark's tab: it is
        // indented by the view), Save as in ASCII writes tshark's chunks without their length
        // lines, and Raw the payload tcplens-cli follow --format binary writes.
        QFETCH(QString, path);
        QFETCH(int, stream);
        FollowStreamDialog dialog(path, static_cast<std::uint32_t>(stream));
        QVERIFY2(dialog.loaded(), qPrintable(dialog.error()));
        const auto number = QString::number(stream);
        QList<std::pair<QString, QByteArray>> oracles;
        for (const char* mode : {"hex", "ascii", "binary"}) {
            const auto run = tcplens::test::runCli({"follow", path, "--stream", number, "--format", mode});
            QVERIFY2(run.exitedWith(0), run.err.constData());
            oracles << std::pair{QStringLiteral("tcplens-cli ") + mode, run.out};
        }
        if (const auto tshark = tcplens::test::findProgram(QStringLiteral("tshark")); !tshark.isEmpty()) {
            for (const char* mode : {"hex", "ascii"}) {
                const auto run = tcplens::test::runProcess(
                    tshark, {"-n", "-r", path, "-q", "-z", QStringLiteral("follow,tcp,%1,%2").arg(mode, number)});
                QVERIFY2(run.exitedWith(0), run.err.constData());
                oracles << std::pair{QStringLiteral("tshark ") + mode, run.out};
            }
        }
        QTemporaryDir dir;
        for (const auto& [name, output] : oracles) {
            if (name.endsWith(QStringLiteral("hex"))) {
                dialog.showAs(FollowStreamText::Format::Hex, FollowStreamText::Sides::Both);
                QList<QByteArray> shown;
                for (int line = 0; line < dialog.text().lineCount(); ++line)
                    shown << (dialog.text().chunkOfLine(line).node == 1 ? "\t" : "")
                                 + dialog.text().lineText(line).toLatin1();
                QCOMPARE(shown, followBody(output));
                continue;
            }
            const bool ascii = name.endsWith(QStringLiteral("ascii"));
            dialog.showAs(ascii ? FollowStreamText::Format::Ascii : FollowStreamText::Format::Raw,
                          FollowStreamText::Sides::Both);
            QString error;
            QVERIFY2(dialog.saveTo(dir.filePath("saved"), error), qPrintable(error));
            QFile saved(dir.filePath("saved"));
            QVERIFY(saved.open(QIODevice::ReadOnly));
            const QByteArray expected = ascii ? asciiChunks(output) : output;
            QVERIFY2(saved.readAll() == expected, qPrintable(name));
        }
    }

    void clickingAChunkSelectsItsPacket()
    {
        FollowStreamDialog dialog(httpPath(), 0);
        dialog.resize(900, 640);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy chosen(&dialog, &FollowStreamDialog::packetChosen);
        auto* view = dialog.view();
        const int lineHeight = view->fontMetrics().height();
        int responseLine = -1;
        for (int line = 0; line < dialog.text().lineCount(); ++line)
            if (dialog.text().lineText(line).startsWith(QStringLiteral("HTTP/1.0 200"))) {
                responseLine = line;
                break;
            }
        QVERIFY(responseLine > 0);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, QPoint(20, responseLine * lineHeight + lineHeight / 2));
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.first().first().toUInt(), 6U); // the response's frame (tshark's yaml: packet 6)
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, QPoint(20, lineHeight / 2));
        QCOMPARE(chosen.last().first().toUInt(), 4U);
    }

    void findAndSaveAsRaw()
    {
        FollowStreamDialog dialog(httpPath(), 0);
        QVERIFY(dialog.findNext(QStringLiteral("content-length")));
        QVERIFY(dialog.text().lineText(dialog.view()->currentLine()).startsWith(QStringLiteral("Content-Length: 44")));
        QVERIFY(!dialog.findNext(QStringLiteral("not in this stream")));
        dialog.showAs(FollowStreamText::Format::Raw, FollowStreamText::Sides::Both);
        QTemporaryDir dir;
        QString error;
        QVERIFY2(dialog.saveTo(dir.filePath("stream.bin"), error), qPrintable(error));
        QFile saved(dir.filePath("stream.bin"));
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), dialog.text().payload());
    }

    void screenshotsWhenAsked()
    {
        // TCPLENS_DIALOG_SHOTS=DIR: the dialogs at 1366x768's scale, light and dark, English and Chinese.
        const auto dir = qEnvironmentVariable("TCPLENS_DIALOG_SHOTS");
        if (dir.isEmpty())
            QSKIP("set TCPLENS_DIALOG_SHOTS=DIR to write the dialogs' screenshots");
        auto* app = qobject_cast<QApplication*>(QCoreApplication::instance());
        for (const auto& [theme, name] : {std::pair{ThemeKind::Light, "light"}, std::pair{ThemeKind::Dark, "dark"}}) {
            for (const char* language : {"en", "zh_CN"}) {
                applyTheme(*app, theme);
                installLanguage(*app, QString::fromLatin1(language));
                // A 1920x1080 screen's size, then a smaller one for 1366x768; the gaps of tcp-badsegments.
                FollowStreamDialog follow(httpPath(), 0);
                follow.resize(1000, 620);
                follow.show();
                QVERIFY(QTest::qWaitForWindowExposed(&follow));
                follow.grab().save(QStringLiteral("%1/follow-%2-%3.png").arg(dir, name, language));
                follow.showAs(FollowStreamText::Format::Hex, FollowStreamText::Sides::Both);
                follow.grab().save(QStringLiteral("%1/follow-hex-%2-%3.png").arg(dir, name, language));
                FollowStreamDialog gaps(publicPath("ws__tcp-badsegments.pcap"), 0);
                gaps.resize(760, 520);
                gaps.show();
                QVERIFY(QTest::qWaitForWindowExposed(&gaps));
                gaps.grab().save(QStringLiteral("%1/follow-gaps-%2-%3.png").arg(dir, name, language));
                gaps.showAs(FollowStreamText::Format::CArray, FollowStreamText::Sides::Node0);
                QTRY_VERIFY(gaps.view()->verticalScrollBar()->isVisible());
                gaps.grab().save(QStringLiteral("%1/follow-c-%2-%3.png").arg(dir, name, language));
                ExportPacketsDialog::Packets packets;
                packets.source = httpPath();
                packets.displayed.assign(24, true);
                packets.marked.assign(24, false);
                packets.conversation.assign(24, false);
                packets.selected = 0;
                ExportPacketsDialog exporting(packets);
                exporting.show();
                QVERIFY(QTest::qWaitForWindowExposed(&exporting));
                exporting.grab().save(QStringLiteral("%1/export-%2-%3.png").arg(dir, name, language));
            }
        }
        applyTheme(*app, ThemeKind::Light);
        installLanguage(*app, QStringLiteral("en"));
    }

    void missingStreamSaysSo()
    {
        FollowStreamDialog dialog(httpPath(), 9);
        QVERIFY(!dialog.loaded());
        QVERIFY(dialog.error().contains(QStringLiteral("9")));
    }

    void analyzeMenuOpensItForTheSelectedPacket()
    {
        MainWindow window;
        window.setErrorReporter([](const QString&, const QString&) {});
        window.resize(1280, 800);
        window.show();
        QSignalSpy finished(&window, &MainWindow::loadFinished);
        window.openCapture(httpPath());
        QVERIFY(finished.wait(10'000));
        auto* view = window.packetView();
        view->selectRow(13); // frame 14: stream 1
        auto* action = window.findChild<QAction*>(QStringLiteral("followTcpStream"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::ALT | Qt::SHIFT | Qt::Key_T));
        action->trigger();
        auto* dialog = window.findChild<FollowStreamDialog*>();
        QVERIFY(dialog);
        QVERIFY(dialog->windowTitle().contains(QStringLiteral("tcp.stream eq 1")));
        QVERIFY(dialog->text().payload().startsWith("GET /data.txt HTTP/1.1"));
        emit dialog->packetChosen(17);
        QTRY_COMPARE(view->currentPacketRow(), 16);
        dialog->close();
        QVERIFY(window.findChild<QAction*>(QStringLiteral("exportSpecifiedPackets")));
    }

    void exportSpecifiedPacketsReadsBackWithTcpdump()
    {
        const auto tcpdump = QStandardPaths::findExecutable(QStringLiteral("tcpdump"));
        if (tcpdump.isEmpty())
            QSKIP("tcpdump is not installed");
        ExportPacketsDialog::Packets packets;
        packets.source = httpPath();
        packets.displayed.assign(24, true);
        packets.displayed[20] = packets.displayed[21] = false;
        packets.marked.assign(24, false);
        packets.marked[0] = packets.marked[5] = packets.marked[21] = true;
        packets.conversation.assign(24, false);
        for (int row = 12; row < 24; ++row)
            packets.conversation[static_cast<std::size_t>(row)] = true;
        packets.selected = 3;
        ExportPacketsDialog dialog(packets);
        dialog.choose(ExportPacketsDialog::Range::Marked, true);
        QCOMPARE(dialog.count(), 2); // frame 22 is marked but filtered out
        dialog.choose(ExportPacketsDialog::Range::Marked, false);
        QCOMPARE(dialog.count(), 3);
        dialog.choose(ExportPacketsDialog::Range::Frames, true, QStringLiteral("1-10,15,20-"));
        QCOMPARE(dialog.count(), 10 + 1 + 3);
        dialog.choose(ExportPacketsDialog::Range::Frames, true, QStringLiteral("7-3"));
        QCOMPARE(dialog.count(), -1);
        dialog.choose(ExportPacketsDialog::Range::Conversation, true);
        QCOMPARE(dialog.count(), 10);
        dialog.choose(ExportPacketsDialog::Range::Marked, true);
        dialog.setPcap(true);
        QTemporaryDir dir;
        QString error;
        QCOMPARE(dialog.exportTo(dir.filePath("marked.pcap"), error), 2);
        const QStringList dump{"-nn", "-S", "-xx", "-tt", "--time-stamp-precision=nano", "-r"};
        QProcess original;
        original.start(tcpdump, dump + QStringList{httpPath()});
        QVERIFY(original.waitForFinished(30'000));
        QProcess exported;
        exported.start(tcpdump, dump + QStringList{dir.filePath("marked.pcap")});
        QVERIFY(exported.waitForFinished(30'000));
        QList<QByteArray> packetsOf[2];
        int which = 0;
        for (QProcess* process : {&original, &exported}) {
            for (const auto& line : process->readAllStandardOutput().split('\n'))
                if (!line.isEmpty() && !line.startsWith('\t'))
                    packetsOf[which] << line;
                else if (!line.isEmpty())
                    packetsOf[which].last() += line;
            ++which;
        }
        QCOMPARE(packetsOf[0].size(), 24);
        QCOMPARE(packetsOf[1], (QList<QByteArray>{packetsOf[0][0], packetsOf[0][5]}));
    }
};

QTEST_MAIN(TestFollowStreamDialog)
#include "TestFollowStreamDialog.moc"
