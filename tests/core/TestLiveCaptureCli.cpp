// tcplens-cli capture between two network namespaces: it prints the lines `packets` prints for
// the file it writes and a summary, in text and JSON; killed mid-transfer it leaves a file that
// reads to its last packet; without the capability it names the helper's setcap and nothing else
// (listing interfaces, reading files) breaks.
#include "CaptureReconstruction.h"
#include "ChildProcesses.h"
#include "LiveNetns.h"
#include "TestSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <memory>

using namespace tcplens;
using namespace tcplens::test;

class TestLiveCaptureCli : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        net_ = std::make_unique<LiveNetns>();
        if (!net_->ok())
            QSKIP(qPrintable(QStringLiteral("live capture tests skipped: ") + net_->why()));
        QVERIFY(dir_.isValid());
    }
    void cleanupTestCase() { net_.reset(); }

    void cliCapturePrintsThePacketLinesAndASummary()
    {
        const QString out = tempPath(QStringLiteral("cli.pcapng"));
        QProcess cli;
        cli.start(QStringLiteral("ip"), LiveNetns::inNs(net_->clientNs(),
                                                        {QStringLiteral(TCPLENS_CLI_PATH), QStringLiteral("capture"),
                                                         QStringLiteral("-i"), net_->clientInterface(),
                                                         QStringLiteral("-f"), QStringLiteral("tcp port 5103"),
                                                         QStringLiteral("-w"), out}));
        QVERIFY(cli.waitForStarted());
        QVERIFY(waitForListening(cli, "capturing on"));
        QProcess server, client;
        QVERIFY(net_->startServer(server, QStringLiteral("basic"), 5103));
        net_->startClient(client, QStringLiteral("basic"), 5103);
        QVERIFY(ended(client, 30'000));
        QVERIFY(ended(server, 30'000));
        QThread::msleep(500);
        ::kill(static_cast<pid_t>(cli.processId()), SIGINT); // ip netns exec execs the CLI itself
        QVERIFY(ended(cli, 10'000));
        const QByteArray err = cli.readAllStandardError();
        QVERIFY2(cli.exitStatus() == QProcess::NormalExit && cli.exitCode() == 0, err.constData());
        const QByteArray printed = cli.readAllStandardOutput();
        // A real exchange's packet count varies by an ACK or two (delayed ACKs): the summary and the
        // printed lines must agree with each other and with the file, not with a fixed number.
        const auto captured = QRegularExpression(QStringLiteral("(\\d+) packets captured\n")).match(QString::fromUtf8(err));
        QVERIFY2(captured.hasMatch(), err.constData());
        QVERIFY2(captured.captured(1).toInt() >= 15, err.constData()); // handshake, data both ways, close
        QCOMPARE(lines(printed).size(), captured.captured(1).toInt());
        QVERIFY2(err.contains("0 packets dropped by kernel\n") && err.contains("1 TCP conversations\n"),
                 err.constData());
        const auto fromFile = runCli({QStringLiteral("packets"), out});
        QVERIFY(fromFile.exitedWith(0));
        QCOMPARE(printed, fromFile.out); // the same lines as `packets` on the saved file

        // JSON, stopped by -c, matches `packets --json` too.
        const QString jsonOut = tempPath(QStringLiteral("cli-json.pcapng"));
        QProcess cliJson;
        cliJson.start(QStringLiteral("ip"), LiveNetns::inNs(net_->clientNs(),
                                                            {QStringLiteral(TCPLENS_CLI_PATH), QStringLiteral("capture"),
                                                             QStringLiteral("-i"), net_->clientInterface(),
                                                             QStringLiteral("-f"), QStringLiteral("tcp port 5104"),
                                                             QStringLiteral("-c"), QStringLiteral("3"),
                                                             QStringLiteral("--json"), QStringLiteral("-w"), jsonOut}));
        QVERIFY(waitForListening(cliJson, "capturing on"));
        QVERIFY(net_->startServer(server, QStringLiteral("basic"), 5104));
        net_->startClient(client, QStringLiteral("basic"), 5104);
        QVERIFY(ended(cliJson, 30'000));
        QCOMPARE(cliJson.exitCode(), 0);
        QVERIFY(ended(client, 30'000));
        QVERIFY(ended(server, 30'000));
        const QByteArray json = cliJson.readAllStandardOutput();
        QCOMPARE(lines(json).size(), 3);
        QCOMPARE(jsonLines(json)[0].value(QStringLiteral("flags_text")).toString(), QStringLiteral("[S]"));
        const auto jsonFromFile = runCli({QStringLiteral("packets"), QStringLiteral("--json"), jsonOut});
        QCOMPARE(json, jsonFromFile.out);
    }

    void killedCliLeavesAFileReadableToItsLastPacket()
    {
        const QString out = tempPath(QStringLiteral("killed.pcapng"));
        QProcess cli;
        cli.start(QStringLiteral("ip"), LiveNetns::inNs(net_->clientNs(),
                                                        {QStringLiteral(TCPLENS_CLI_PATH), QStringLiteral("capture"),
                                                         QStringLiteral("-i"), net_->clientInterface(),
                                                         QStringLiteral("-f"), QStringLiteral("tcp port 5105"),
                                                         QStringLiteral("-w"), out}));
        QVERIFY(waitForListening(cli, "capturing on"));
        QProcess server, client;
        const QStringList env{QStringLiteral("TL_BULK_SIZE=20000000")};
        QVERIFY(net_->startServer(server, QStringLiteral("bulk"), 5105, env));
        net_->startClient(client, QStringLiteral("bulk"), 5105, env);
        QByteArray printed;
        QElapsedTimer timer;
        timer.start();
        while (lines(printed).size() < 200 && timer.elapsed() < 20'000) {
            cli.waitForReadyRead(100);
            printed += cli.readAllStandardOutput();
        }
        QVERIFY(lines(printed).size() >= 200);
        cli.kill(); // SIGKILL mid-transfer: no chance to finish the file
        QVERIFY(ended(cli, 5'000));
        printed += cli.readAllStandardOutput();
        ended(client, 60'000);
        ended(server, 30'000);

        QString error;
        const auto saved = reconstructFile(out, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error)); // ends on a whole block
        const auto printedLines = lines(printed);
        QVERIFY(saved.packets.size() >= std::size_t(printedLines.size() - 1));
        const auto fromFile = lines(runCli({QStringLiteral("packets"), out}).out);
        for (qsizetype n = 0; n + 1 < printedLines.size(); ++n) // the last printed line may be cut
            QCOMPARE(fromFile[n], printedLines[n]);
        const auto capinfos = runProcess(QStringLiteral("capinfos"), {QStringLiteral("-c"), QStringLiteral("-M"), out});
        QVERIFY2(capinfos.exitedWith(0), capinfos.err.constData());
        QCOMPARE(capinfosValue(capinfos.out, QStringLiteral("Number of packets")).toULongLong(),
                 static_cast<qulonglong>(saved.packets.size()));
    }

    void unprivilegedCaptureFailsNamingSetcapAndNothingElseBreaks()
    {
        const QString setpriv = findProgram(QStringLiteral("setpriv"));
        if (setpriv.isEmpty())
            QSKIP("setpriv (util-linux) is not installed");
        const QStringList asNobody{QStringLiteral("--reuid=nobody"), QStringLiteral("--regid=nogroup"),
                                   QStringLiteral("--clear-groups"), QStringLiteral("--inh-caps=-all")};
        // Copies nobody can read, the CLI with its capture helper beside it: the checkout itself
        // may sit in a directory only root can enter.
        QTemporaryDir programs;
        QVERIFY(QFile::setPermissions(programs.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                                           | QFile::ReadOther | QFile::ExeOther | QFile::ReadGroup
                                                           | QFile::ExeGroup));
        const QString cli = programs.filePath(QStringLiteral("tcplens-cli"));
        const QString helper = programs.filePath(QStringLiteral("tcplens-capture"));
        QVERIFY(QFile::copy(QStringLiteral(TCPLENS_CLI_PATH), cli));
        QVERIFY(QFile::copy(QFileInfo(QStringLiteral(TCPLENS_CLI_PATH)).absolutePath() + QStringLiteral("/tcplens-capture"), helper));
        for (const auto& program : {cli, helper})
            QVERIFY(QFile::setPermissions(program, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                                                       | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther));
        const auto capture = runProcess(setpriv, asNobody + QStringList{cli, QStringLiteral("capture"),
                                                                        QStringLiteral("-i"), QStringLiteral("lo"),
                                                                        QStringLiteral("-c"), QStringLiteral("1")},
                                        30'000);
        QVERIFY2(capture.exitedWith(1), capture.err.constData());
        QVERIFY2(capture.err.contains("no permission"), capture.err.constData());
        // The CLI runs the capture helper beside it, which names itself (never the CLI) in the fix.
        QVERIFY2(capture.err.contains("grant the capture capability to tcplens-capture: setcap cap_net_raw,cap_net_admin+eip "
                                      + QFile::encodeName(helper) + ", or add yourself to the tcplens group"),
                 capture.err.constData());
        QVERIFY2(!capture.err.contains("setcap cap_net_raw,cap_net_admin+eip " + QFile::encodeName(cli)),
                 capture.err.constData());
        QVERIFY(capture.out.isEmpty());
        const auto interfaces = runProcess(setpriv, asNobody + QStringList{QStringLiteral(TCPLENS_CLI_PATH),
                                                                           QStringLiteral("interfaces")});
        QVERIFY2(interfaces.exitedWith(0), interfaces.err.constData());
        QVERIFY(interfaces.out.contains("lo  [up, running, loopback]"));
        // A copy nobody can read: the checkout itself may sit in a directory only root can enter.
        QTemporaryDir readable;
        QVERIFY(QFile::setPermissions(readable.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                                           | QFile::ReadOther | QFile::ExeOther | QFile::ReadGroup
                                                           | QFile::ExeGroup));
        const QString fixture = readable.filePath(QStringLiteral("ipv4-basic.pcap"));
        QVERIFY(QFile::copy(fixturePath(QStringLiteral("ipv4-basic.pcap")), fixture));
        QVERIFY(QFile::setPermissions(fixture, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        const auto packets = runProcess(setpriv, asNobody + QStringList{QStringLiteral(TCPLENS_CLI_PATH), QStringLiteral("packets"),
                                                                        fixture});
        QVERIFY2(packets.exitedWith(0), packets.err.constData());
        QCOMPARE(lines(packets.out).size(), 21);
    }

private:
    QString tempPath(const QString& name) const { return dir_.filePath(name); }

    std::unique_ptr<LiveNetns> net_;
    QTemporaryDir dir_;
};

QTEST_GUILESS_MAIN(TestLiveCaptureCli)
#include "TestLiveCaptureCli.moc"
