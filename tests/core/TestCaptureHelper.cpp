// tcplens-capture, the capture helper, run as `nobody` with the capture capability only on a copy
// of it: it captures on lo and on a veth in a namespace, drops every capability once the devices
// are open, writes files with the user's rights, stops cleanly on SIGTERM (statistics written,
// tshark reads the file) and describes several interfaces as tshark numbers them. Who may run it
// (no capability, the access check, the install) is TestCaptureHelperAccess. Needs root (to make
// the users' copies and the namespaces).
#include "CaptureHelperCopies.h"
#include "ChildProcesses.h"
#include "LiveNetns.h"
#include "TestSupport.h"

#include <capture/CaptureFile.h>
#include <capture/CaptureHelperProcess.h>

#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <poll.h>
#include <sys/stat.h>

using namespace tcplens::test;

namespace {

/// Sends `bytes` over a loopback connection on `port` (the receiver reads it all).
bool loopbackBulk(int port, int bytes)
{
    const QString script = QStringLiteral(
        "import socket, threading\n"
        "l = socket.socket(); l.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)\n"
        "l.bind(('127.0.0.1', %1)); l.listen(1)\n"
        "def drain():\n"
        "    a, _ = l.accept()\n"
        "    while a.recv(65536): pass\n"
        "t = threading.Thread(target=drain); t.start()\n"
        "c = socket.create_connection(('127.0.0.1', %1)); c.sendall(b'x' * %2); c.close(); t.join()\n").arg(port).arg(bytes);
    return runProcess(QStringLiteral("python3"), {QStringLiteral("-c"), script}, 20'000).exitedWith(0);
}

QString capEffective(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return {};
    for (const auto& line : status.readAll().split('\n'))
        if (line.startsWith("CapEff:"))
            return QString::fromLatin1(line.mid(7).trimmed());
    return {};
}

} // namespace

class TestCaptureHelper : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString why;
        const auto made = copies_.make(why);
        if (made == CaptureHelperCopies::Outcome::Skip)
            QSKIP(qPrintable(why));
        QVERIFY2(made == CaptureHelperCopies::Outcome::Ready, qPrintable(why));
    }

    void badArgumentsAreRefusedNamingTheOption()
    {
        const QList<QPair<QStringList, QByteArray>> cases{
            {{QStringLiteral("-i"), QStringLiteral("lo/x"), QStringLiteral("-w"), QStringLiteral("-")}, "-i needs an interface name"},
            {{QStringLiteral("-i"), QStringLiteral("lo"), QStringLiteral("-s"), QStringLiteral("12")}, "-s needs a snapshot length"},
            {{QStringLiteral("-i"), QStringLiteral("lo"), QStringLiteral("-c"), QStringLiteral("-1")}, "-c needs a packet count"},
            {{QStringLiteral("-i"), QStringLiteral("lo"), QStringLiteral("-B"), QStringLiteral("4096")}, "-B needs a buffer size"},
            {{QStringLiteral("-i"), QStringLiteral("lo"), QStringLiteral("-i"), QStringLiteral("lo")}, "is given twice"},
            {{QStringLiteral("-i"), QStringLiteral("lo"), QStringLiteral("-w"), QStringLiteral("a"), QStringLiteral("-w"), QStringLiteral("b")}, "-w names two files"},
            {{QStringLiteral("-i"), QStringLiteral("lo"), QStringLiteral("--tcp-info"), QStringLiteral("-w"), QStringLiteral("-")}, "--tcp-info needs --tcp-info=PATH"},
            {{QStringLiteral("--shell")}, "unknown option \"--shell\""},
            {{}, "no interface"},
        };
        for (const auto& [arguments, message] : cases) {
            const auto run = runProcess(copies_.helper, arguments, 10'000);
            QVERIFY2(run.exitedWith(2), qPrintable(arguments.join(' ') + ": " + run.err));
            QVERIFY2(run.err.startsWith("tcplens-capture: ") && run.err.contains(message), run.err.constData());
        }
        const auto filter = runProcess(copies_.helper, {QStringLiteral("-i"), QStringLiteral("lo"), QStringLiteral("-f"),
                                                 QStringLiteral("tcp port"), QStringLiteral("-w"), QStringLiteral("-")});
        QVERIFY2(filter.exitedWith(2) && filter.err.contains("bad capture filter"), filter.err.constData());
        const auto missing = runProcess(copies_.helper, {QStringLiteral("-i"), QStringLiteral("tl-nosuch0"), QStringLiteral("-w"), QStringLiteral("-")});
        QVERIFY2(missing.exitedWith(1) && missing.err.contains("tl-nosuch0: there is no such interface"), missing.err.constData());
    }

    void asNobodyItCapturesLoopbackWithNoCapabilityLeft()
    {
        const QString out = copies_.dir.filePath(QStringLiteral("out/lo.pcapng"));
        QProcess helper;
        helper.start(copies_.setpriv, kAsNobody + QStringList{copies_.helper, QStringLiteral("-i"), QStringLiteral("lo"), QStringLiteral("-f"),
                                                       QStringLiteral("tcp port 5191"), QStringLiteral("-c"), QStringLiteral("3"),
                                                       QStringLiteral("-w"), out});
        QByteArray err;
        QVERIFY2(waitForPhrase(helper, "capturing on lo", err), err.constData());
        QCOMPARE(capEffective(helper.processId()), QStringLiteral("0000000000000000")); // setpriv execs the helper
        QVERIFY(loopbackExchange(5191));
        QVERIFY(helper.waitForFinished(10'000));
        err += helper.readAllStandardError();
        QVERIFY2(helper.exitStatus() == QProcess::NormalExit && helper.exitCode() == 0, err.constData());
        QVERIFY2(err.contains("3 packets captured\n"), err.constData());
        struct stat st {};
        QCOMPARE(::stat(QFile::encodeName(out).constData(), &st), 0);
        QVERIFY(st.st_uid != 0); // written with nobody's rights
        const auto flags = runProcess(QStringLiteral("tshark"), {QStringLiteral("-r"), out, QStringLiteral("-T"), QStringLiteral("fields"),
                                                                 QStringLiteral("-e"), QStringLiteral("tcp.flags.str")});
        QVERIFY2(flags.exitedWith(0), flags.err.constData());
        QCOMPARE(lines(flags.out).size(), 3);
        QVERIFY(lines(flags.out)[0].contains("S") && !lines(flags.out)[0].contains("A"));
    }

    void sigtermMidCaptureLeavesAReadableFileAndStream()
    {
        const QString out = copies_.dir.filePath(QStringLiteral("out/term.pcapng"));
        QProcess helper;
        helper.start(copies_.setpriv, kAsNobody + QStringList{copies_.helper, QStringLiteral("-i"), QStringLiteral("lo"), QStringLiteral("-f"),
                                                       QStringLiteral("tcp port 5192"), QStringLiteral("-w"), out,
                                                       QStringLiteral("-w"), QStringLiteral("-")});
        QByteArray err;
        QVERIFY2(waitForPhrase(helper, "capturing on lo", err), err.constData());
        QVERIFY(loopbackExchange(5192));
        QThread::msleep(300);
        ::kill(static_cast<pid_t>(helper.processId()), SIGTERM);
        QVERIFY(helper.waitForFinished(10'000));
        err += helper.readAllStandardError();
        QVERIFY2(helper.exitStatus() == QProcess::NormalExit && helper.exitCode() == 0, err.constData());
        const auto captured = QRegularExpression(QStringLiteral("(\\d+) packets captured\n")).match(QString::fromUtf8(err));
        QVERIFY2(captured.hasMatch() && captured.captured(1).toInt() >= 8, err.constData());
        const QString streamed = copies_.dir.filePath(QStringLiteral("streamed.pcapng"));
        QVERIFY(writeFile(streamed, helper.readAllStandardOutput()));
        QCOMPARE(readFile(streamed), readFile(out)); // the stream and the file hold the same blocks
        const auto capinfos = runProcess(QStringLiteral("capinfos"), {QStringLiteral("-c"), QStringLiteral("-M"), out});
        QVERIFY2(capinfos.exitedWith(0), capinfos.err.constData());
        QCOMPARE(capinfosValue(capinfos.out, QStringLiteral("Number of packets")).toInt(), captured.captured(1).toInt());
        const auto full = runProcess(QStringLiteral("capinfos"), {out});
        QVERIFY2(full.out.contains("Number of stat entries = 1"), full.out.constData()); // the ISB at the end
    }

    void twoInterfacesAreDescribedAndNumberedAsTsharkReadsThem()
    {
        const QString out = copies_.dir.filePath(QStringLiteral("out/two.pcapng"));
        QProcess helper;
        helper.start(copies_.setpriv, kAsNobody + QStringList{copies_.helper, QStringLiteral("-i"), QStringLiteral("lo"), QStringLiteral("-i"),
                                                       QStringLiteral("any"), QStringLiteral("-f"), QStringLiteral("tcp port 5193"),
                                                       QStringLiteral("-w"), out});
        QByteArray err;
        QVERIFY2(waitForPhrase(helper, "capturing on lo", err), err.constData());
        QVERIFY(loopbackExchange(5193));
        QThread::msleep(300);
        ::kill(static_cast<pid_t>(helper.processId()), SIGTERM);
        QVERIFY(helper.waitForFinished(10'000));
        const auto fields = runProcess(QStringLiteral("tshark"), {QStringLiteral("-r"), out, QStringLiteral("-T"), QStringLiteral("fields"),
                                                                  QStringLiteral("-e"), QStringLiteral("frame.interface_id"),
                                                                  QStringLiteral("-e"), QStringLiteral("frame.interface_name"),
                                                                  QStringLiteral("-e"), QStringLiteral("frame.encap_type")});
        QVERIFY2(fields.exitedWith(0), fields.err.constData());
        int onLo = 0, onAny = 0;
        for (const auto& line : lines(fields.out)) {
            const auto f = line.split('\t');
            QCOMPARE(f.size(), 3);
            if (f[0] == "0") {
                QCOMPARE(f[1], QByteArray("lo"));
                QCOMPARE(f[2], QByteArray("1")); // Ethernet
                ++onLo;
            } else {
                QCOMPARE(f[0], QByteArray("1"));
                QCOMPARE(f[1], QByteArray("any"));
                ++onAny;
            }
        }
        QVERIFY(onLo >= 8);
        QCOMPARE(onAny, onLo); // loopback packets show on "any" too
        const auto capinfos = runProcess(QStringLiteral("capinfos"), {out});
        QVERIFY2(capinfos.out.contains("Number of interfaces in file: 2"), capinfos.out.constData());
    }

    void asNobodyItCapturesOnAVethInANamespace()
    {
        LiveNetns net;
        if (!net.ok())
            QSKIP(qPrintable(net.why()));
        const QString out = copies_.dir.filePath(QStringLiteral("out/veth.pcapng"));
        QProcess helper;
        helper.start(QStringLiteral("ip"), LiveNetns::inNs(net.clientNs(), QStringList{copies_.setpriv} + kAsNobody
                                                                               + QStringList{copies_.helper, QStringLiteral("-i"), net.clientInterface(),
                                                                                             QStringLiteral("-f"), QStringLiteral("tcp port 5194"),
                                                                                             QStringLiteral("-w"), out}));
        QByteArray err;
        QVERIFY2(waitForPhrase(helper, "capturing on", err), err.constData());
        QProcess server, client;
        QVERIFY(net.startServer(server, QStringLiteral("basic"), 5194));
        net.startClient(client, QStringLiteral("basic"), 5194);
        QVERIFY(client.waitForFinished(30'000));
        QVERIFY(server.waitForFinished(30'000));
        QThread::msleep(300);
        ::kill(static_cast<pid_t>(helper.processId()), SIGTERM);
        QVERIFY(helper.waitForFinished(10'000));
        err += helper.readAllStandardError();
        QVERIFY2(helper.exitCode() == 0, err.constData());
        const auto conv = runProcess(QStringLiteral("tshark"), {QStringLiteral("-r"), out, QStringLiteral("-q"), QStringLiteral("-z"),
                                                                QStringLiteral("conv,tcp")});
        QVERIFY2(conv.out.contains("10.78.0.1:") && conv.out.contains("10.78.0.2:5194"), conv.out.constData());
    }

    void cliCapturesAsNobodyThroughTheHelperOnLoopbackAndAVeth()
    {
        // Only the helper copy holds the capability; the CLI copy beside the plain helper uses it
        // through TCPLENS_CAPTURE_HELPER.
        const QString out = copies_.dir.filePath(QStringLiteral("out/cli-lo.pcapng"));
        QProcess cli;
        auto environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("TCPLENS_CAPTURE_HELPER"), copies_.helper);
        cli.setProcessEnvironment(environment);
        cli.start(copies_.setpriv, kAsNobody + QStringList{copies_.cli, QStringLiteral("capture"), QStringLiteral("-i"), QStringLiteral("lo"),
                                                    QStringLiteral("-f"), QStringLiteral("tcp port 5195"), QStringLiteral("-c"),
                                                    QStringLiteral("3"), QStringLiteral("-w"), out});
        QByteArray err;
        QVERIFY2(waitForPhrase(cli, "capturing on lo", err), err.constData());
        QVERIFY(loopbackExchange(5195));
        QVERIFY(cli.waitForFinished(10'000));
        err += cli.readAllStandardError();
        QVERIFY2(cli.exitStatus() == QProcess::NormalExit && cli.exitCode() == 0, err.constData());
        const QByteArray printed = cli.readAllStandardOutput();
        QCOMPARE(lines(printed).size(), 3);
        QVERIFY2(err.contains("3 packets captured\n") && err.contains("written to " + QFile::encodeName(out)), err.constData());
        QCOMPARE(printed, runCli({QStringLiteral("packets"), out}).out);

        LiveNetns net;
        if (!net.ok())
            QSKIP(qPrintable(net.why()));
        const QString vethOut = copies_.dir.filePath(QStringLiteral("out/cli-veth.pcapng"));
        QProcess onVeth;
        onVeth.setProcessEnvironment(environment);
        onVeth.start(QStringLiteral("ip"), LiveNetns::inNs(net.clientNs(), QStringList{copies_.setpriv} + kAsNobody
                                                                               + QStringList{copies_.cli, QStringLiteral("capture"), QStringLiteral("-i"),
                                                                                             net.clientInterface(), QStringLiteral("-f"),
                                                                                             QStringLiteral("tcp port 5196"), QStringLiteral("-w"), vethOut}));
        err.clear();
        QVERIFY2(waitForPhrase(onVeth, "capturing on", err), err.constData());
        QProcess server, client;
        QVERIFY(net.startServer(server, QStringLiteral("basic"), 5196));
        net.startClient(client, QStringLiteral("basic"), 5196);
        QVERIFY(client.waitForFinished(30'000));
        QVERIFY(server.waitForFinished(30'000));
        QThread::msleep(300);
        ::kill(static_cast<pid_t>(onVeth.processId()), SIGINT); // as Ctrl+C on the CLI alone
        QVERIFY(onVeth.waitForFinished(10'000));
        err += onVeth.readAllStandardError();
        QVERIFY2(onVeth.exitCode() == 0, err.constData());
        const QByteArray vethLines = onVeth.readAllStandardOutput();
        QVERIFY2(lines(vethLines).size() >= 15 && err.contains("1 TCP conversations\n"), err.constData());
        QCOMPARE(vethLines, runCli({QStringLiteral("packets"), vethOut}).out);
    }

    void killedCliStopsTheHelperWhichFinishesTheFile()
    {
        const QString out = copies_.dir.filePath(QStringLiteral("out/cli-killed.pcapng"));
        QProcess cli;
        auto environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("TCPLENS_CAPTURE_HELPER"), copies_.helper);
        cli.setProcessEnvironment(environment);
        cli.start(copies_.setpriv, kAsNobody + QStringList{copies_.cli, QStringLiteral("capture"), QStringLiteral("-i"), QStringLiteral("lo"),
                                                    QStringLiteral("-f"), QStringLiteral("tcp port 5197"), QStringLiteral("-w"), out});
        QByteArray err;
        QVERIFY2(waitForPhrase(cli, "capturing on lo", err), err.constData());
        QVERIFY(loopbackExchange(5197));
        QThread::msleep(300);
        cli.kill(); // SIGKILL: the helper learns it from PR_SET_PDEATHSIG and writes its statistics
        QVERIFY(cli.waitForFinished(5'000));
        QElapsedTimer timer;
        timer.start();
        QByteArray report;
        while (timer.elapsed() < 5'000 && !report.contains("Number of stat entries = 1")) {
            QThread::msleep(100);
            report = runProcess(QStringLiteral("capinfos"), {out}).out;
        }
        QVERIFY2(report.contains("Number of stat entries = 1"), report.constData());
        QVERIFY2(capinfosValue(report, QStringLiteral("Number of packets")).toInt() >= 8, report.constData());
    }

    void streamCarriesStatisticsWhileCapturingWhenAsked()
    {
        // A window shows the drop count while capturing: --stats-interval puts statistics blocks in the stream.
        std::string error;
        auto process = tcplens::CaptureHelperProcess::start(
            copies_.helper.toStdString(), {"-q", "-i", "lo", "-f", "tcp port 5198", "--stats-interval", "1", "-w", "-"}, error, true);
        QVERIFY2(process, error.c_str());
        const int pipe = process->takeOutput();
        auto file = tcplens::CaptureFile::openDescriptor(pipe, "the helper's stream");
        // Statistics go just before packets (never last in an idle stream): the second exchange,
        // more than a second later, comes after the counters of the first.
        QVERIFY(loopbackExchange(5198));
        QThread::msleep(1200);
        QVERIFY(loopbackExchange(5198));
        QElapsedTimer timer;
        timer.start();
        tcplens::RawPacket packet;
        int packets = 0;
        const auto statistics = [&]() -> std::optional<tcplens::InterfaceStatistics> {
            const auto all = file->interfaceStatistics();
            return all.empty() ? std::nullopt : all.front();
        };
        while (timer.elapsed() < 5'000 && !(packets >= 16 && statistics() && statistics()->received >= 8)) {
            if (file->wouldBlock()) {
                pollfd ready{pipe, POLLIN, 0};
                if (::poll(&ready, 1, 100) <= 0)
                    continue;
            }
            QCOMPARE(file->next(packet), tcplens::ReadStatus::Packet);
            ++packets;
        }
        QVERIFY2(statistics().has_value(), qPrintable(QString::number(packets)));
        QVERIFY2(statistics()->received >= 8 && statistics()->delivered >= 8, qPrintable(QString::number(statistics()->received)));
        QVERIFY(process->pid() > 0);
        process->stop(); // SIGTERM: the last statistics, then the end of the stream
        while (file->next(packet) == tcplens::ReadStatus::Packet)
            ++packets;
        QCOMPARE(process->wait(), 0);
        QCOMPARE(statistics()->delivered, static_cast<std::uint64_t>(packets));
        QVERIFY2(process->collectErrors().empty(), process->collectErrors().c_str());
    }

    void aReaderThatStopsReadingDoesNotHoldTheHelper()
    {
        // The pipe stays open and unread: the helper gives up on it after --stall-timeout, keeps the file.
        const QString out = copies_.dir.filePath(QStringLiteral("out/stalled.pcapng"));
        std::string error;
        auto process = tcplens::CaptureHelperProcess::start(
            copies_.helper.toStdString(), {"-q", "-i", "lo", "-f", "tcp port 5189", "--stall-timeout", "1", "-w", out.toStdString(), "-w", "-"},
            error, true);
        QVERIFY2(process, error.c_str());
        const int unread = process->takeOutput();
        QThread::msleep(300); // the devices are open
        QElapsedTimer timer;
        timer.start();
        QVERIFY(loopbackBulk(5189, 4 << 20));
        QVERIFY2(endsWithin(process->pid(), 8'000), "the helper still waits for a reader that stopped");
        QCOMPARE(process->wait(), 1);
        const std::string said = process->collectErrors();
        QVERIFY2(said.find("nothing was read from standard output for 1 s: its reader stopped reading") != std::string::npos
                     && said.find("the packets captured so far are in " + out.toStdString()) != std::string::npos,
                 said.c_str());
        ::close(unread);
        const auto report = runProcess(QStringLiteral("capinfos"), {out});
        QVERIFY2(report.exitedWith(0) && capinfosValue(report.out, QStringLiteral("Number of packets")).toInt() > 3,
                 report.out + report.err);
    }

private:
    CaptureHelperCopies copies_;
};

QTEST_GUILESS_MAIN(TestCaptureHelper)
#include "TestCaptureHelper.moc"
