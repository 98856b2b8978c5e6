// Capture from a remote host over the system's ssh, against an sshd this test starts in the
// server namespace of a veth pair (keys it generates, root login by key only there). The local
// side is unprivileged: tcplens-cli and the window's ssh run as nobody, with nobody's key.
// tcplens-cli capture --remote prints and keeps the packets; the window's remote capture fills the
// panels with everything on the remote interface except the ssh connection carrying it, Stop
// keeps them (the remote tcpdump ends) and Save As writes them; an unknown host key, a refused
// key and a missing interface are each named with their fix. A tcplens-cli or a window killed
// mid-capture leaves a file tcpdump reads with the packets that came, and no remote tcpdump. Needs root, network namespaces and
// openssh-server (scripts/install-deps.sh); skipped without them.
#include "AsNobodyThread.h"
#include "ChildProcesses.h"
#include "LiveNetns.h"
#include "TestSupport.h"
#include "UiTestSupport.h"

#include <capture/CaptureEnd.h>
#include <capture/CaptureFile.h>
#include <capture/CaptureSession.h>
#include <capture/LiveCaptureController.h>
#include <capture/RemoteCaptureDialog.h>
#include <conversations/ConversationModel.h>
#include <packets/PacketListModel.h>
#include <shell/MainWindow.h>

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace tcplens;
using namespace tcplens::ui;
using namespace tcplens::ui::test;
using namespace tcplens::test;

class TestRemoteCapture : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        qputenv("XDG_DATA_HOME", QFile::encodeName(dir_.filePath(QStringLiteral("data"))));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(dir_.filePath(QStringLiteral("config"))));
        QCoreApplication::setOrganizationName(QStringLiteral("tcplens"));
        QCoreApplication::setApplicationName(QStringLiteral("tcplens"));
        const QString sshd = QStringLiteral("/usr/sbin/sshd");
        if (!QFileInfo(sshd).isExecutable() || findProgram(QStringLiteral("ssh")).isEmpty())
            QSKIP("openssh-server and openssh-client are needed (scripts/install-deps.sh)");
        net_ = std::make_unique<LiveNetns>();
        if (!net_->ok())
            QSKIP(qPrintable(QStringLiteral("remote capture tests skipped: ") + net_->why()));
        // The host's and nobody's keys, made here; sshd accepts nobody's key for root only. What
        // nobody runs and reads sits in a folder of its own (the build tree may be root's alone).
        const passwd* nobody = ::getpwnam("nobody");
        QVERIFY(nobody);
        nobodyUid_ = nobody->pw_uid;
        nobodyGid_ = nobody->pw_gid;
        QCOMPARE(::chmod(QFile::encodeName(dir_.path()).constData(), 0755), 0);
        const QString own = dir_.filePath(QStringLiteral("nobody"));
        QVERIFY(QDir().mkpath(own));
        QCOMPARE(::chown(QFile::encodeName(own).constData(), nobodyUid_, nobodyGid_), 0);
        const QString hostKey = dir_.filePath(QStringLiteral("host_key"));
        key_ = own + QStringLiteral("/id_ed25519");
        strangerKey_ = own + QStringLiteral("/stranger");
        for (const auto& key : {hostKey, key_, strangerKey_})
            QVERIFY(runProcess(QStringLiteral("ssh-keygen"), {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                                                              QStringLiteral("-N"), QString(), QStringLiteral("-f"), key})
                        .exitedWith(0));
        for (const auto& key : {key_, strangerKey_})
            QCOMPARE(::chown(QFile::encodeName(key).constData(), nobodyUid_, nobodyGid_), 0);
        cli_ = own + QStringLiteral("/tcplens-cli");
        QVERIFY(QFile::copy(QStringLiteral(TCPLENS_CLI_PATH), cli_));
        QVERIFY(QFile::copy(key_ + QStringLiteral(".pub"), dir_.filePath(QStringLiteral("authorized_keys"))));
        const QString config = dir_.filePath(QStringLiteral("sshd_config"));
        QVERIFY(writeFile(config, QStringLiteral("Port 22\nListenAddress %1\nHostKey %2\nAuthorizedKeysFile %3\n"
                                                 "PermitRootLogin prohibit-password\nPasswordAuthentication no\n"
                                                 "KbdInteractiveAuthentication no\nUsePAM no\nStrictModes no\nPidFile none\n")
                                      .arg(QString::fromLatin1(LiveNetns::kServerAddress), hostKey,
                                           dir_.filePath(QStringLiteral("authorized_keys")))
                                      .toUtf8()));
        QDir().mkpath(QStringLiteral("/run/sshd")); // its privilege-separation directory
        sshd_.start(QStringLiteral("ip"), LiveNetns::inNs(net_->serverNs(), {sshd, QStringLiteral("-D"), QStringLiteral("-e"),
                                                                             QStringLiteral("-f"), config}));
        QVERIFY(sshd_.waitForStarted());
        // No ssh configuration of this machine's, nobody's key, no known_hosts to keep.
        sshOptions_ = {QStringLiteral("IdentitiesOnly=yes"),
                       QStringLiteral("StrictHostKeyChecking=no"), QStringLiteral("UserKnownHostsFile=/dev/null"),
                       QStringLiteral("LogLevel=ERROR")};
        QStringList probe{QStringLiteral("ssh"), QStringLiteral("-F"), QStringLiteral("/dev/null"), QStringLiteral("-T"),
                          QStringLiteral("-o"), QStringLiteral("BatchMode=yes")};
        for (const auto& option : sshOptions_)
            probe << QStringLiteral("-o") << option;
        probe << QStringLiteral("-o") << QStringLiteral("IdentityFile=") + key_ << QStringLiteral("root@") + QString::fromLatin1(LiveNetns::kServerAddress) << QStringLiteral("true");
        QElapsedTimer timer;
        timer.start();
        QString said;
        while (!LiveNetns::run(net_->clientNs(), asNobody(probe), &said, 10'000) && timer.elapsed() < 15'000)
            QThread::msleep(200);
        QVERIFY2(timer.elapsed() < 15'000, qPrintable(said + QString::fromUtf8(sshd_.readAllStandardError())));
        // The window's folder of unsaved captures: nobody writes the remote capture's file there.
        const QString recovery = CaptureSession::recoveryDirectory();
        QVERIFY(recovery.startsWith(dir_.path()) && QDir().mkpath(recovery));
        for (QString folder = recovery; folder != dir_.path(); folder = QFileInfo(folder).path())
            ::chmod(QFile::encodeName(folder).constData(), folder == recovery ? 01777 : 0755);
        QVERIFY(net_->enterClient()); // the window's ssh runs from the client side
    }
    void cleanupTestCase()
    {
        if (sshd_.state() != QProcess::NotRunning) {
            sshd_.terminate();
            sshd_.waitForFinished(5'000);
        }
        if (net_)
            net_->leaveClient();
        net_.reset();
    }

    void cliCapturesOnTheRemoteHostAndKeepsTheFile()
    {
        const QString out = dir_.filePath(QStringLiteral("nobody/cli-remote.pcapng"));
        QProcess cli;
        cli.start(QStringLiteral("ip"), LiveNetns::inNs(net_->clientNs(), asNobody(cliCommand(net_->serverInterface(),
                                                                                           QStringLiteral("tcp port 5211"), out))));
        QByteArray err;
        QElapsedTimer timer;
        timer.start();
        while (!err.contains("capturing on") && timer.elapsed() < 15'000 && cli.state() != QProcess::NotRunning) {
            cli.waitForReadyRead(100);
            err += cli.readAllStandardError();
        }
        QVERIFY2(err.contains("capturing on root@10.78.0.2 (over ssh) " + net_->serverInterface().toUtf8()), err.constData());
        QThread::msleep(300);
        QProcess server, client;
        QVERIFY(net_->startServer(server, QStringLiteral("basic"), 5211));
        net_->startClient(client, QStringLiteral("basic"), 5211);
        QVERIFY(client.waitForFinished(30'000));
        QVERIFY(server.waitForFinished(30'000));
        QThread::msleep(500);
        QElapsedTimer stopping;
        stopping.start();
        ::kill(static_cast<pid_t>(cli.processId()), SIGINT); // as Ctrl+C, to tcplens-cli alone: ssh's input ends
        QVERIFY(cli.waitForFinished(10'000));
        QVERIFY2(stopping.elapsed() < kStopMs, qPrintable(QString::number(stopping.elapsed())));
        err += cli.readAllStandardError();
        QVERIFY2(cli.exitCode() == 0, err.constData());
        const QByteArray printed = cli.readAllStandardOutput();
        QVERIFY2(lines(printed).size() >= kFewestBasicPackets && err.contains("1 TCP conversations\n"), err.constData());
        QVERIFY2(err.contains("written to " + QFile::encodeName(out)), err.constData());
        QCOMPARE(printed, runCli({QStringLiteral("packets"), out}).out);
        QCOMPARE(QFileInfo(out).ownerId(), nobodyUid_); // written with the user's rights
        QVERIFY(remoteTcpdumpsGone());
    }

    void cliKilledMidCaptureLeavesTheFile()
    {
        const QString out = dir_.filePath(QStringLiteral("nobody/cli-killed.pcap"));
        QProcess cli;
        cli.start(QStringLiteral("ip"), LiveNetns::inNs(net_->clientNs(), asNobody(cliCommand(net_->serverInterface(),
                                                                                           QStringLiteral("tcp port 5213"), out))));
        QVERIFY(cli.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(out), 15'000); // written from the stream's first bytes
        QThread::msleep(300);
        const int packets = basicExchangeIn(out, 5213);
        QVERIFY2(packets >= kFewestBasicPackets, qPrintable(QString::number(packets)));
        const auto ssh = childrenOf(cli.processId());
        QCOMPARE(ssh.size(), 1);
        cli.kill(); // SIGKILL: no chance to write anything more
        QVERIFY(cli.waitForFinished(5'000));
        QVERIFY2(endsWithin(ssh.first(), 5'000), "ssh outlived tcplens-cli");
        QVERIFY(remoteTcpdumpsGone());
        const auto read = runProcess(QStringLiteral("tcpdump"), {QStringLiteral("-n"), QStringLiteral("-r"), out});
        QVERIFY2(read.exitedWith(0), read.err.constData());
        QFile written(out);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.read(4), QByteArray("\x4d\x3c\xb2\xa1")); // pcap (nanoseconds), as its name says
        QCOMPARE(lines(read.out).size(), packets);
    }

    void windowKilledMidCaptureLeavesAFileToRecover()
    {
        // The window (nobody's) starts the capture from its command line; its ssh finds nobody's
        // key through a wrapper, as a user's ~/.ssh/config would.
        const QString gui = dir_.filePath(QStringLiteral("nobody/tcplens"));
        QVERIFY(QFileInfo::exists(gui) || QFile::copy(QStringLiteral(TCPLENS_GUI_PATH), gui));
        const QString ssh = dir_.filePath(QStringLiteral("nobody/ssh"));
        QStringList words{findProgram(QStringLiteral("ssh")), QStringLiteral("-F"), QStringLiteral("/dev/null"), QStringLiteral("-o"),
                          QStringLiteral("IdentityFile=") + key_};
        for (const auto& option : sshOptions_)
            words << QStringLiteral("-o") << option;
        QVERIFY(writeFile(ssh, ("#!/bin/sh\nexec " + words.join(QLatin1Char(' ')) + " \"$@\"\n").toUtf8()));
        QCOMPARE(::chmod(QFile::encodeName(ssh).constData(), 0755), 0);
        QProcess tcplens;
        auto environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("TCPLENS_SSH"), ssh);
        tcplens.setProcessEnvironment(environment);
        tcplens.start(QStringLiteral("ip"), LiveNetns::inNs(net_->clientNs(),
                                                            asNobody({gui, QStringLiteral("--remote"), QStringLiteral("root@10.78.0.2"),
                                                                      QStringLiteral("-i"), net_->serverInterface(),
                                                                      QStringLiteral("-f"), QStringLiteral("tcp port 5214")})));
        QVERIFY(tcplens.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(!unsavedCaptureOf(tcplens.processId()).isEmpty(), 15'000);
        QThread::msleep(300);
        const QString file = unsavedCaptureOf(tcplens.processId());
        const int packets = basicExchangeIn(file, 5214);
        QVERIFY2(packets >= kFewestBasicPackets, qPrintable(QString::number(packets)));
        const auto children = childrenOf(tcplens.processId());
        QCOMPARE(children.size(), 1); // ssh
        tcplens.kill(); // SIGKILL: no chance to clean up
        QVERIFY(tcplens.waitForFinished(5'000));
        QVERIFY2(endsWithin(children.first(), 5'000), "ssh outlived the window");
        QVERIFY(remoteTcpdumpsGone());
        const auto read = runProcess(QStringLiteral("tcpdump"), {QStringLiteral("-n"), QStringLiteral("-r"), file});
        QVERIFY2(read.exitedWith(0), read.err.constData());
        QCOMPARE(lines(read.out).size(), packets);
        QCOMPARE(QFileInfo(file).ownerId(), nobodyUid_);
        QVERIFY(CaptureSession::recoverableCaptures().contains(file));
    }

    void failuresNameTheFix_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<bool>("strangerKey");
        QTest::addColumn<QString>("interface");
        QTest::addColumn<QString>("fix");
        QTest::newRow("unknown host key") << QStringLiteral("StrictHostKeyChecking=yes") << false << net_->serverInterface()
                                          << QStringLiteral("in a terminal to accept it");
        QTest::newRow("key refused") << QString() << true << net_->serverInterface()
                                     << QStringLiteral("set up a key (ssh-copy-id root@10.78.0.2)");
        QTest::newRow("no such interface") << QString() << false << QStringLiteral("nosuch0")
                                           << QStringLiteral("there is no interface nosuch0 on 10.78.0.2");
    }
    void failuresNameTheFix()
    {
        QFETCH(QString, option);
        QFETCH(bool, strangerKey);
        QFETCH(QString, interface);
        QFETCH(QString, fix);
        QStringList first{QStringLiteral("BatchMode=yes")};
        if (!option.isEmpty())
            first << option; // ssh keeps the first value of an option: these come before the usual ones
        QString said;
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!LiveNetns::run(net_->clientNs(), asNobody(cliCommand(interface, {}, {}, first, strangerKey ? strangerKey_ : key_)),
                                &said, 20'000));
        QVERIFY2(said.contains(fix), qPrintable(said));
        QVERIFY2(timer.elapsed() < 10'000, qPrintable(QString::number(timer.elapsed())));
    }

    void dialogChecksTheTargetAndShowsTheCommand()
    {
        RemoteCaptureDialog dialog;
        dialog.hostEdit()->setText(QStringLiteral("-oProxyCommand=evil"));
        QVERIFY(!dialog.startButton()->isEnabled());
        QVERIFY2(dialog.message()->text().startsWith(QStringLiteral("the host")), qPrintable(dialog.message()->text()));
        dialog.hostEdit()->setText(QStringLiteral("alice@lab:2222"));
        dialog.interfaceEdit()->setText(QStringLiteral("eth1"));
        dialog.filterEdit()->setText(QStringLiteral("tcp port 80"));
        QVERIFY(dialog.startButton()->isEnabled());
        QCOMPARE(dialog.message()->text(), QStringLiteral("Runs: ssh -p 2222 alice@lab tcpdump -U --immediate-mode -n -s 262144 -w - -i "
                                                          "'eth1' 'not (this ssh connection) and (tcp port 80)'"));
        if (!qEnvironmentVariableIsEmpty("TCPLENS_SCREENSHOT_DIR")) {
            dialog.show();
            dialog.grab().save(qEnvironmentVariable("TCPLENS_SCREENSHOT_DIR") + QStringLiteral("/remote-capture-dialog.png"));
        }
        const auto request = dialog.request();
        QCOMPARE(request.user, std::string("alice"));
        QCOMPARE(request.port, std::uint16_t{2222});
        QVERIFY(request.batchMode);
    }

    void windowCapturesEverythingButItsOwnSshConnection()
    {
        MainWindow window;
        QStringList errors;
        window.setErrorReporter([&errors](const QString&, const QString& message) { errors << message; });
        RemoteCaptureRequest request;
        request.host = LiveNetns::kServerAddress;
        request.user = "root";
        request.interface = net_->serverInterface().toStdString();
        request.batchMode = true;
        request.sshOptions = {"-F", "/dev/null", "-o", "IdentityFile=" + key_.toStdString()};
        for (const auto& option : sshOptions_) {
            request.sshOptions.push_back("-o");
            request.sshOptions.push_back(option.toStdString());
        }
        QSignalSpy opened(window.captureSession()->controller(), &LiveCaptureController::opened);
        QSignalSpy finished(&window, &MainWindow::captureFinished);
        {
            AsNobodyThread asNobody; // the capture's thread, and the ssh it runs, are nobody's
            QVERIFY(asNobody.ok());
            window.startRemoteCapture(request); // no filter: all but the ssh connection itself
        }
        QVERIFY2(opened.wait(15'000), qPrintable(errors.join(QLatin1Char('\n'))));
        QThread::msleep(300);
        QProcess server, client;
        QVERIFY(net_->startServer(server, QStringLiteral("basic"), 5212));
        net_->startClient(client, QStringLiteral("basic"), 5212);
        QVERIFY(client.waitForFinished(30'000));
        QVERIFY(server.waitForFinished(30'000));
        const int packets = settled([&] { return window.packetModel()->rowCount(); });
        QVERIFY2(packets >= kFewestBasicPackets, qPrintable(QString::number(packets)));
        // Had the ssh connection been captured, every packet shown would bring more of it.
        QCOMPARE(window.conversationModel()->rowCount(), 1);
        QVERIFY(window.isCapturing());
        QElapsedTimer stopping;
        stopping.start();
        window.stopCapture();
        QVERIFY(finished.wait(10'000));
        QVERIFY2(stopping.elapsed() < kStopMs, qPrintable(QString::number(stopping.elapsed())));
        QVERIFY(remoteTcpdumpsGone());
        const auto end = finished.first().first().value<CaptureEnd>();
        QVERIFY2(end.started && end.message.isEmpty(), qPrintable(end.message));
        // Everything stays on screen, and what the remote tcpdump flushed at the end joins it (an
        // ARP or neighbour probe may have come since).
        const int shown = window.packetModel()->rowCount();
        QVERIFY2(shown >= packets, qPrintable(QStringLiteral("%1 < %2").arg(shown).arg(packets)));
        QCOMPARE(window.conversationModel()->rowCount(), 1);
        const QString unsaved = window.captureSession()->unsavedPath();
        QCOMPARE(corePacketCount(unsaved), shown);
        const auto ports = runProcess(QStringLiteral("tshark"), {QStringLiteral("-r"), unsaved, QStringLiteral("-T"), QStringLiteral("fields"),
                                                                 QStringLiteral("-e"), QStringLiteral("tcp.port")});
        QVERIFY2(ports.exitedWith(0), ports.err.constData());
        for (const auto& line : lines(ports.out))
            QVERIFY2(!line.split(',').contains("22"), line.constData()); // the ssh connection stayed out
        const QString saved = dir_.filePath(QStringLiteral("remote-saved.pcapng"));
        window.captureSession()->setSavePathChooser([saved](const QString&) { return saved; });
        window.findChild<QAction*>(QStringLiteral("saveAsAction"))->trigger();
        QCOMPARE(corePacketCount(saved), shown);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    }

private:
    /// Runs the basic exchange on `port` in the namespaces while `file` is being captured to, and
    /// returns how many packets the file holds once its count settles.
    int basicExchangeIn(const QString& file, quint16 port)
    {
        QProcess server, client;
        if (!net_->startServer(server, QStringLiteral("basic"), port))
            return -1;
        net_->startClient(client, QStringLiteral("basic"), port);
        ended(client, 30'000);
        ended(server, 30'000);
        return settled([&] { return corePacketCount(file); });
    }
    /// `command` run as nobody (its own user and group, no others).
    QStringList asNobody(const QStringList& command) const
    {
        return QStringList{QStringLiteral("setpriv"), QStringLiteral("--reuid=%1").arg(nobodyUid_),
                           QStringLiteral("--regid=%1").arg(nobodyGid_), QStringLiteral("--clear-groups"), QStringLiteral("--")}
             + command;
    }
    /// nobody's tcplens-cli capturing on the remote `interface` with `identity` (nobody's key),
    /// ssh's `firstOptions` before the usual ones.
    QStringList cliCommand(const QString& interface, const QString& filter, const QString& out,
                           const QStringList& firstOptions = {}, const QString& identity = {}) const
    {
        QStringList command{cli_, QStringLiteral("capture"), QStringLiteral("--remote"),
                            QStringLiteral("root@") + QString::fromLatin1(LiveNetns::kServerAddress), QStringLiteral("-i"), interface,
                            QStringLiteral("--ssh-config"), QStringLiteral("/dev/null")};
        if (!filter.isEmpty())
            command << QStringLiteral("-f") << filter;
        if (!out.isEmpty())
            command << QStringLiteral("-w") << out;
        for (const auto& option : firstOptions + sshOptions_)
            command << QStringLiteral("--ssh-option") << option;
        command << QStringLiteral("--ssh-option") << QStringLiteral("IdentityFile=") + (identity.isEmpty() ? key_ : identity);
        return command;
    }
    /// No tcpdump is left running in the server namespace (the remote side ended it) within 3 s.
    bool remoteTcpdumpsGone() const
    {
        QElapsedTimer timer;
        timer.start();
        QString pids;
        do {
            pids = QString::fromUtf8(runProcess(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("pids"), net_->serverNs()},
                                                5'000).out);
            bool tcpdump = false;
            for (const auto& pid : pids.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
                QFile comm(QStringLiteral("/proc/%1/comm").arg(pid.trimmed()));
                tcpdump |= comm.open(QIODevice::ReadOnly) && comm.readAll().trimmed() == "tcpdump";
            }
            if (!tcpdump)
                return true;
            QThread::msleep(100);
        } while (timer.elapsed() < 3'000);
        return false;
    }

    static constexpr int kStopMs = 4'000; // ssh's input closed; the remote tcpdump ends at once

    QTemporaryDir dir_;
    std::unique_ptr<LiveNetns> net_;
    QProcess sshd_;
    QString key_;
    QString strangerKey_;
    QString cli_;
    QStringList sshOptions_;
    uid_t nobodyUid_ = 0;
    gid_t nobodyGid_ = 0;
};

QTEST_MAIN(TestRemoteCapture)
#include "TestRemoteCapture.moc"
