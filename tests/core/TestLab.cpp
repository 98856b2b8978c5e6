// The TCP lab: every scenario is recorded on loopback through tcplens-capture, its own check
// (our reader, tracker and analysis) must pass, and tshark confirms independently what the
// explanation promises (the RST, the zero window, the SYN-ACK retransmissions...). The
// command line lists, explains, records and refuses unknown scenarios. Recording needs root
// (the capture helper is run as it is built, without a capability of its own; lossy-link makes a
// network namespace).
#include "TestSupport.h"

#include <kernel/NetstatCounters.h>
#include <lab/LabCatalog.h>
#include <lab/LabFileMark.h>
#include <lab/LabRecorder.h>

#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <functional>

#include <sys/stat.h>
#include <unistd.h>

using namespace tcplens;
using namespace tcplens::test;

namespace {

/// One frame as tshark dissects it: the fields the lab's promises are about.
struct TsharkFrame {
    int frame = 0;
    int stream = 0;
    int dstPort = 0;
    bool syn = false, ack = false, fin = false, rst = false;
    int length = 0;
    bool retransmission = false, zeroWindow = false, windowUpdate = false, keepAlive = false, keepAliveAck = false;
};

QList<TsharkFrame> tsharkFrames(const QString& tshark, const QString& file, QString& error)
{
    const QStringList fields{"frame.number", "tcp.stream", "tcp.dstport", "tcp.flags.syn", "tcp.flags.ack", "tcp.flags.fin",
                             "tcp.flags.reset", "tcp.len", "tcp.analysis.retransmission", "tcp.analysis.zero_window",
                             "tcp.analysis.window_update", "tcp.analysis.keep_alive", "tcp.analysis.keep_alive_ack"};
    QStringList args{QStringLiteral("-n"), QStringLiteral("-r"), file, QStringLiteral("-T"), QStringLiteral("fields"),
                     QStringLiteral("-E"), QStringLiteral("occurrence=f")};
    for (const auto& field : fields)
        args << QStringLiteral("-e") << field;
    const auto run = runProcess(tshark, args, 60'000);
    if (!run.exitedWith(0))
        error = QString::fromUtf8(run.err);
    QList<TsharkFrame> frames;
    for (const auto& line : run.out.split('\n')) {
        const auto cells = line.split('\t');
        if (cells.size() != fields.size())
            continue;
        const auto flag = [&](int i) { return cells[i] == "1" || cells[i] == "True"; };
        const auto present = [&](int i) { return !cells[i].isEmpty(); };
        frames.append({cells[0].toInt(), cells[1].toInt(), cells[2].toInt(), flag(3), flag(4), flag(5), flag(6),
                       cells[7].toInt(), present(8), present(9), present(10), present(11), present(12)});
    }
    return frames;
}

int countWhere(const QList<TsharkFrame>& frames, const std::function<bool(const TsharkFrame&)>& match)
{
    return static_cast<int>(std::count_if(frames.begin(), frames.end(), match));
}

/// What tshark must see in each scenario's capture, independently of our analysis; empty when it does.
QString tsharkDisagrees(const QString& id, const QList<TsharkFrame>& f, int port)
{
    using F = const TsharkFrame&;
    const auto rsts = countWhere(f, [](F x) { return x.rst; });
    const auto fins = countWhere(f, [](F x) { return x.fin; });
    const auto synAcks = countWhere(f, [](F x) { return x.syn && x.ack; });
    if (id == "handshake" || id == "three-packet-close") {
        if (f.size() < 9 || !f[0].syn || f[0].ack || !f[1].syn || !f[1].ack || rsts != 0 || fins != 2)
            return QStringLiteral("no handshake, or not two FINs and no RST");
        int clientFin = -1;
        for (int i = 0; i < f.size(); ++i)
            if (f[i].fin && clientFin < 0)
                clientFin = i;
        const bool piggybacked = clientFin + 1 < f.size() && f[clientFin + 1].fin && f[clientFin + 1].ack;
        if (piggybacked != (id == "three-packet-close"))
            return QStringLiteral("the server's FIN %1 right after the client's").arg(piggybacked ? "comes" : "does not come");
        return {};
    }
    if (id == "closed-port")
        return f.size() == 2 && f[0].syn && f[1].rst && f[1].ack && synAcks == 0 ? QString() : QStringLiteral("not SYN, RST-ACK");
    if (id == "abortive-close")
        return rsts == 1 && fins == 0 && f.last().rst && f.last().dstPort == port ? QString() : QStringLiteral("no lone RST from the client");
    if (id == "half-close") {
        const int clientFin = countWhere(f, [port](F x) { return x.fin && x.dstPort == port; });
        int after = 0;
        bool finSeen = false;
        for (const auto& x : f) {
            finSeen = finSeen || (x.fin && x.dstPort == port);
            if (finSeen && x.dstPort != port)
                after += x.length;
        }
        return clientFin == 1 && after == 27 && rsts == 0 ? QString() : QStringLiteral("%1 bytes after the client's FIN").arg(after);
    }
    if (id == "zero-window") {
        const int zeros = countWhere(f, [](F x) { return x.zeroWindow; });
        const int updates = countWhere(f, [](F x) { return x.windowUpdate; });
        return zeros > 0 && updates > 0 ? QString() : QStringLiteral("%1 zero windows, %2 window updates").arg(zeros).arg(updates);
    }
    if (id == "nagle") {
        const int nagle = countWhere(f, [port](F x) { return x.stream == 0 && x.dstPort == port && x.length > 0; });
        const int noDelay = countWhere(f, [port](F x) { return x.stream == 1 && x.dstPort == port && x.length == 10; });
        return nagle >= 2 && nagle < 10 && noDelay == 10 ? QString()
                                                         : QStringLiteral("%1 segments with Nagle, %2 with TCP_NODELAY").arg(nagle).arg(noDelay);
    }
    if (id == "keep-alive") {
        const int probes = countWhere(f, [](F x) { return x.keepAlive; });
        const int acks = countWhere(f, [](F x) { return x.keepAliveAck; });
        return probes >= 2 && acks >= 2 ? QString() : QStringLiteral("%1 keep-alives, %2 keep-alive ACKs").arg(probes).arg(acks);
    }
    if (id == "time-wait")
        return countWhere(f, [](F x) { return x.syn && !x.ack; }) == 2 && countWhere(f, [](F x) { return x.stream == 1 && x.syn; }) == 2
                   ? QString()
                   : QStringLiteral("not two connections");
    if (id == "listen-overflow" || id == "listen-overflow-abort") {
        const int synAckAgain = countWhere(f, [](F x) { return x.syn && x.ack && x.retransmission; });
        const int synAgain = countWhere(f, [](F x) { return x.syn && !x.ack && x.retransmission; });
        return synAckAgain + countWhere(f, [port](F x) { return x.rst && x.dstPort != port; }) > 0 && synAgain > 0
                   ? QString()
                   : QStringLiteral("%1 SYN-ACK retransmissions, %2 SYN retransmissions").arg(synAckAgain).arg(synAgain);
    }
    if (id == "lossy-link") {
        for (int stream = 0; stream < 2; ++stream) {
            const int again = countWhere(f, [stream, port](F x) { return x.stream == stream && x.dstPort == port && x.retransmission; });
            const int sent = countWhere(f, [stream, port](F x) { return x.stream == stream && x.dstPort == port && x.length > 0; });
            if (again == 0 || sent < 250)
                return QStringLiteral("stream %1: %2 retransmissions of %3 segments").arg(stream).arg(again).arg(sent);
        }
        return {};
    }
    return QStringLiteral("no tshark check for this scenario");
}

} // namespace

class TestLab : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        tshark_ = findProgram(QStringLiteral("tshark"));
    }

    void netstatPairsNamesWithValues()
    {
        const auto counters = parseNetstat("TcpExt: SyncookiesSent ListenOverflows ListenDrops\n"
                                           "TcpExt: 0 17 19\n"
                                           "IpExt: InNoRoutes\n"
                                           "IpExt: 3\n"
                                           "Tcp: RtoAlgorithm MaxConn\n"
                                           "Tcp: 1 -1\n"
                                           "Broken: A B\n");
        QCOMPARE(counters.at("TcpExtListenOverflows"), 17U);
        QCOMPARE(counters.at("TcpExtListenDrops"), 19U);
        QCOMPARE(counters.at("IpExtInNoRoutes"), 3U);
        QCOMPARE(counters.at("TcpRtoAlgorithm"), 1U);
        QVERIFY(!counters.contains("TcpMaxConn")); // -1: not a counter
        QVERIFY(!counters.contains("BrokenA"));
        QVERIFY(readNetstat().contains("TcpExtListenOverflows"));
    }

    void everyScenarioIsExplainedInBothLanguages()
    {
        QVERIFY(labScenarios().size() >= 12);
        for (const auto& scenario : labScenarios()) {
            QVERIFY2(!scenario.explanation.en.empty() && !scenario.explanation.zh.empty(), scenario.id.c_str());
            QVERIFY(scenario.explanation.zh != scenario.explanation.en);
            QVERIFY(scenario.run && scenario.check);
            QCOMPARE(findLabScenario(scenario.id), &scenario);
        }
        QCOMPARE(findLabScenario("no-such-scenario"), nullptr);
    }

    void scenarioRecordsWhatItExplains_data()
    {
        QTest::addColumn<QString>("id");
        for (const auto& scenario : labScenarios())
            QTest::newRow(scenario.id.c_str()) << QString::fromStdString(scenario.id);
    }

    void scenarioRecordsWhatItExplains()
    {
        QFETCH(QString, id);
        skipUnlessRecordable();
        const auto* scenario = findLabScenario(id.toStdString());
        QVERIFY(scenario);
        if (scenario->ownNetwork
            && (findProgram(QStringLiteral("ip")).isEmpty() || findProgram(QStringLiteral("tc")).isEmpty()
                || findProgram(QStringLiteral("ethtool")).isEmpty()))
            QSKIP("ip, tc (iproute2) and ethtool set up the lab's own network");
        const QString file = dir_.filePath(id + QStringLiteral(".pcapng"));
        LabRecorderOptions options;
        options.helperPath = TCPLENS_CAPTURE_PATH;
        options.timeout = std::chrono::milliseconds(10'000); // a loaded machine
        const auto recording = recordLabScenario(*scenario, file.toStdString(), options);
        if (!recording.recorded && scenario->ownNetwork && recording.error.find("cannot make a network namespace") == 0)
            QSKIP(recording.error.c_str()); // a container without CAP_SYS_ADMIN
        QVERIFY2(recording.recorded, recording.error.c_str());
        QVERIFY(recording.packets >= 2);
        for (const auto& item : recording.check.items)
            QVERIFY2(item.passed, (item.what.en + ": " + item.evidence.en).c_str());
        QVERIFY(recording.check.passed());
        QCOMPARE(labScenarioOfFile(file.toStdString()), scenario); // what the window's presentation reads
        if (id == QLatin1String("time-wait"))
            QVERIFY(recording.observations.front().text.en.find("was: TIME_WAIT") != std::string::npos);
        if (id.startsWith(QLatin1String("listen-overflow"))) {
            QVERIFY(recording.observations.size() >= 5); // the sysctl, the ports, both counters
            QCOMPARE(*recording.observations.front().key.data(), 't');
            QCOMPARE(recording.observations.front().value, id.endsWith(QLatin1String("-abort")) ? 1 : 0);
        }
        if (id == QLatin1String("lossy-link")) { // the kernel's own count of each algorithm's retransmissions
            QVERIFY(recording.observations.size() == 2);
            QVERIFY(recording.observations[0].text.en.rfind("reno: cwnd", 0) == 0);
            QVERIFY(recording.observations[1].value > 0);
        }

        if (tshark_.isEmpty())
            QSKIP("tshark is not installed: our own check passed, the second opinion is missing");
        QString error;
        const auto frames = tsharkFrames(tshark_, file, error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(static_cast<std::size_t>(frames.size()), recording.packets); // only the scenario's port was captured
        const QString problem = tsharkDisagrees(id, frames, recording.port);
        QVERIFY2(problem.isEmpty(), qPrintable(id + ": tshark: " + problem));
    }

    void cancelledRecordingLeavesNoFile()
    {
        skipUnlessRecordable();
        const QString file = dir_.filePath(QStringLiteral("cancelled.pcapng"));
        std::atomic<bool> cancel{false};
        std::vector<LabStage> stages;
        LabRecorderOptions options;
        options.helperPath = TCPLENS_CAPTURE_PATH;
        options.cancel = &cancel;
        options.progress = [&](LabStage stage) {
            stages.push_back(stage);
            if (stage == LabStage::RunningSockets)
                cancel = true; // the sockets finish, the rest is skipped
        };
        const auto recording = recordLabScenario(*findLabScenario("handshake"), file.toStdString(), options);
        QVERIFY(!recording.recorded);
        QCOMPARE(recording.failure, LabFailure::Cancelled);
        QVERIFY(!QFile::exists(file));
        QCOMPARE(stages, (std::vector<LabStage>{LabStage::StartingHelper, LabStage::RunningSockets}));

        options.progress = nullptr; // cancelled before the helper captured anything
        const auto early = recordLabScenario(*findLabScenario("handshake"), file.toStdString(), options);
        QCOMPARE(early.failure, LabFailure::Cancelled);
        QVERIFY(!QFile::exists(file));
    }

    void cliListsScenariosInChinese()
    {
        const auto run = runCli({QStringLiteral("lab"), QStringLiteral("--list"), QStringLiteral("--lang"), QStringLiteral("zh_CN")});
        QVERIFY2(run.exitedWith(0), run.err.constData());
        const QString text = QString::fromUtf8(run.out);
        QVERIFY(text.contains(QStringLiteral("三次握手")));
        QVERIFY(text.contains(QStringLiteral("zero-window")));
        QVERIFY(text.contains(QStringLiteral("listen-overflow")));
    }

    void cliRefusesAnUnknownScenarioWithTheList()
    {
        const auto run = runCli({QStringLiteral("lab"), QStringLiteral("handshak"), QStringLiteral("-w"), dir_.filePath("x.pcapng")});
        QVERIFY(run.exitedWith(2));
        QVERIFY(run.err.contains("no lab scenario \"handshak\""));
        QVERIFY(run.err.contains("handshake") && run.err.contains("keep-alive"));
        QVERIFY(runCli({QStringLiteral("lab"), QStringLiteral("handshake")}).err.contains("needs -w"));
        const auto unwritable = runCli({QStringLiteral("lab"), QStringLiteral("handshake"), QStringLiteral("-w"),
                                        dir_.filePath(QStringLiteral("no/such/dir/x.pcapng"))});
        QVERIFY(unwritable.exitedWith(1));
        QVERIFY2(unwritable.err.contains("cannot write") && unwritable.err.contains("No such file"), unwritable.err.constData());
    }

    void cliNamesTheFixWhenTheHelperIsMissing()
    {
        QProcess cli;
        auto environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("TCPLENS_CAPTURE_HELPER"), dir_.filePath(QStringLiteral("missing-helper")));
        cli.setProcessEnvironment(environment);
        cli.start(QStringLiteral(TCPLENS_CLI_PATH), {QStringLiteral("lab"), QStringLiteral("handshake"), QStringLiteral("-w"),
                                                     dir_.filePath(QStringLiteral("never.pcapng"))});
        QVERIFY(cli.waitForFinished(60'000));
        QCOMPARE(cli.exitCode(), 1);
        const QByteArray err = cli.readAllStandardError();
        QVERIFY2(err.contains("TCPLENS_CAPTURE_HELPER") && err.contains("not an executable"), err.constData());
        LabRecorderOptions options;
        options.helperPath = dir_.filePath(QStringLiteral("missing-helper")).toStdString();
        QCOMPARE(recordLabScenario(*findLabScenario("handshake"), dir_.filePath("never.pcapng").toStdString(), options).failure,
                 LabFailure::HelperMissing); // a helper path given is run as it is: it cannot start
        QVERIFY(!QFile::exists(dir_.filePath(QStringLiteral("never.pcapng"))));
    }

    void cliRecordsAndPrintsTheCheck()
    {
        skipUnlessRecordable();
        const QString file = dir_.filePath(QStringLiteral("cli-closed-port.pcapng"));
        const auto run = runCli({QStringLiteral("lab"), QStringLiteral("closed-port"), QStringLiteral("-w"), file}, 60'000);
        QVERIFY2(run.exitedWith(0), (run.out + run.err).constData());
        QVERIFY(run.out.contains("Connection refused"));          // the explanation
        QVERIFY(run.out.contains("[ok] the kernel's RST-ACK"));   // the check
        QVERIFY(run.out.contains("The capture shows what the explanation promises."));
        QVERIFY(QFileInfo(file).size() > 0);

        const auto chinese = runCli({QStringLiteral("lab"), QStringLiteral("closed-port"), QStringLiteral("-w"), file,
                                     QStringLiteral("--lang"), QStringLiteral("zh_CN")},
                                    60'000);
        QVERIFY2(chinese.exitedWith(0), (chinese.out + chinese.err).constData());
        const QString text = QString::fromUtf8(chinese.out);
        QVERIFY(text.contains(QStringLiteral("[通过] 内核以 RST-ACK 回应：帧 2")));
        QVERIFY(text.contains(QStringLiteral("抓包展示了说明中承诺的全部内容。")));
        QVERIFY(!text.contains(QStringLiteral("[ok]")));

        // The file names its scenario in its section header, as capinfos shows it.
        const QString capinfos = findProgram(QStringLiteral("capinfos"));
        if (capinfos.isEmpty())
            QSKIP("capinfos is not installed");
        const auto info = runProcess(capinfos, {QStringLiteral("-k"), file});
        QVERIFY2(info.exitedWith(0), info.err.constData());
        QVERIFY2(info.out.contains("tcplens lab scenario: closed-port"), info.out.constData());
    }

    void cliRecordsAsAnUnprivilegedUserWithTheHelpersCapability()
    {
        skipUnlessRecordable(); // root makes the copies and grants the capability
        const QString setpriv = findProgram(QStringLiteral("setpriv"));
        const QString setcap = findProgram(QStringLiteral("setcap"));
        if (setpriv.isEmpty() || setcap.isEmpty())
            QSKIP("setpriv and setcap (util-linux, libcap2-bin) are needed");
        // Copies nobody can run, in a directory it can enter (the build tree may be root's only).
        const QString bin = dir_.filePath(QStringLiteral("bin"));
        const QString out = dir_.filePath(QStringLiteral("out"));
        QVERIFY(QDir().mkpath(bin) && QDir().mkpath(out));
        for (const auto& path : {dir_.path(), bin})
            ::chmod(QFile::encodeName(path).constData(), 0755);
        ::chmod(QFile::encodeName(out).constData(), 01777);
        QVERIFY(QFile::copy(QStringLiteral(TCPLENS_CLI_PATH), bin + QStringLiteral("/tcplens-cli")));
        QVERIFY(QFile::copy(QStringLiteral(TCPLENS_CAPTURE_PATH), bin + QStringLiteral("/tcplens-capture")));
        for (const auto& name : {"/tcplens-cli", "/tcplens-capture"})
            ::chmod(QFile::encodeName(bin + QLatin1String(name)).constData(), 0755);
        const QStringList asNobody{QStringLiteral("--reuid=nobody"), QStringLiteral("--regid=nogroup"),
                                   QStringLiteral("--clear-groups"), QStringLiteral("--inh-caps=-all")};
        const QString file = out + QStringLiteral("/hs.pcapng");
        const QStringList lab{bin + QStringLiteral("/tcplens-cli"), QStringLiteral("lab"), QStringLiteral("handshake"),
                              QStringLiteral("-w"), file};

        const auto refused = runProcess(setpriv, asNobody + lab, 60'000);
        QVERIFY(refused.exitedWith(1));
        QVERIFY2(refused.err.contains("setcap cap_net_raw,cap_net_admin+eip"), refused.err.constData());

        QVERIFY(runProcess(setcap, {QStringLiteral("cap_net_raw,cap_net_admin+eip"), bin + QStringLiteral("/tcplens-capture")})
                    .exitedWith(0));
        const auto run = runProcess(setpriv, asNobody + lab, 60'000);
        QVERIFY2(run.exitedWith(0), (run.out + run.err).constData());
        QVERIFY(run.out.contains("The capture shows what the explanation promises."));
        QCOMPARE(QFileInfo(file).owner(), QStringLiteral("nobody")); // written with the user's rights
    }

private:
    void skipUnlessRecordable()
    {
        if (::geteuid() != 0)
            QSKIP("recording needs root here: the built tcplens-capture holds no capture capability");
    }

    QTemporaryDir dir_;
    QString tshark_;
};

QTEST_GUILESS_MAIN(TestLab)
#include "TestLab.moc"
