// The ssh command of a remote capture: targets parsed, values checked, every part quoted for the
// remote shell (run through a real sh here, with a fake $SSH_CONNECTION and a fake tcpdump), and
// the ssh connection itself left out of the capture filter.
#include "TestSupport.h"

#include <capture/RemoteCaptureCommand.h>

#include <QTemporaryDir>
#include <QtTest>

using namespace tcplens;
using namespace tcplens::test;

namespace {

/// A fake tcpdump in `dir` that runs `script`.
bool writeFakeTcpdump(const QTemporaryDir& dir, const QByteArray& script)
{
    const QString path = dir.filePath(QStringLiteral("tcpdump"));
    return writeFile(path, script) && QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
}

/// Starts `request`'s remote command under sh as sshd would: with `path` as PATH and the ssh
/// connection in $SSH_CONNECTION.
void startRemoteShell(QProcess& sh, const RemoteCaptureRequest& request, const QString& path)
{
    auto environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PATH"), path);
    environment.insert(QStringLiteral("SSH_CONNECTION"), QStringLiteral("192.0.2.9 50122 192.0.2.1 22"));
    sh.setProcessEnvironment(environment);
    sh.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QString::fromStdString(remoteCaptureCommand(request))});
}

} // namespace

class TestRemoteCaptureCommand : public QObject {
    Q_OBJECT

private slots:
    void targetsAreParsedAsSshWritesThem()
    {
        RemoteCaptureRequest request;
        std::string error;
        QVERIFY(parseRemoteTarget("alice@lab-3.example.org:2222", request, error));
        QCOMPARE(request.user, std::string("alice"));
        QCOMPARE(request.host, std::string("lab-3.example.org"));
        QCOMPARE(request.port, std::uint16_t{2222});
        request = {};
        QVERIFY(parseRemoteTarget("10.0.0.7", request, error));
        QVERIFY(request.user.empty() && request.port == 0 && request.host == "10.0.0.7");
        request = {};
        QVERIFY(parseRemoteTarget("root@[fe80::1%eth0]:22", request, error));
        QCOMPARE(request.host, std::string("fe80::1%eth0"));
        QCOMPARE(request.port, std::uint16_t{22});
        request = {};
        QVERIFY(parseRemoteTarget("2001:db8::5", request, error)); // several colons: an address, no port
        QCOMPARE(request.host, std::string("2001:db8::5"));
        QCOMPARE(request.port, std::uint16_t{0});
    }

    void badValuesAreRefusedNamingThem()
    {
        const QList<QPair<QString, QString>> targets{{QStringLiteral("-oProxyCommand=x"), QStringLiteral("the host")},
                                                     {QStringLiteral("a b"), QStringLiteral("the host")},
                                                     {QStringLiteral("x;rm@host"), QStringLiteral("the user")},
                                                     {QStringLiteral("host:99999"), QStringLiteral("the ssh port")},
                                                     {QStringLiteral("host:"), QStringLiteral("the ssh port")}};
        for (const auto& [target, named] : targets) {
            RemoteCaptureRequest request;
            std::string error;
            QVERIFY2(!parseRemoteTarget(target.toStdString(), request, error), qPrintable(target));
            QVERIFY2(QString::fromStdString(error).startsWith(named), error.c_str());
        }
        RemoteCaptureRequest request;
        request.host = "h";
        request.interface = "eth0;reboot";
        std::string error;
        QVERIFY(remoteCaptureArguments(request, error).empty());
        QVERIFY2(error.find("remote interface") != std::string::npos, error.c_str());
        request.interface = "eth0";
        request.filter = "tcp\nport 1";
        QVERIFY(remoteCaptureArguments(request, error).empty());
    }

    void argumentsPutOptionsBeforeTheHostAndOneCommandAfterIt()
    {
        RemoteCaptureRequest request;
        request.host = "lab";
        request.user = "bob";
        request.port = 2200;
        request.interface = "eth1";
        request.batchMode = true;
        request.sshOptions = {"-i", "/k/id"};
        std::string error;
        const auto args = remoteCaptureArguments(request, error);
        const std::vector<std::string> expected{"-T", "-o", "ServerAliveInterval=15", "-o", "BatchMode=yes", "-p", "2200",
                                                "-i", "/k/id", "--", "bob@lab", remoteCaptureCommand(request)};
        QCOMPARE(args, expected);
        QCOMPARE(remoteCaptureCommand(request),
                 std::string("set -- $SSH_CONNECTION; exec 3<&0; tcpdump -U --immediate-mode -n -s 262144 -w - -i 'eth1' -- "
                             "\"not (host $1 and host $3 and tcp port $2 and tcp port $4)\""
                             " & p=$!; (cat <&3 >/dev/null; kill $p) >/dev/null 2>&1 & wait $p"));
    }

    void theRemoteShellGetsTheFilterWordForWordAndLeavesTheSshConnectionOut()
    {
        // A fake tcpdump on PATH prints its arguments one a line; sh runs the command as sshd would.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(writeFakeTcpdump(dir, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\n"));
        RemoteCaptureRequest request;
        request.host = "lab";
        request.interface = "any";
        request.filter = "tcp port 80 and host 'x' and \"$HOME\" `id` $(id)";
        QProcess sh;
        startRemoteShell(sh, request, dir.path() + QStringLiteral(":/usr/bin:/bin"));
        QVERIFY(sh.waitForFinished(10'000));
        sh.closeWriteChannel();
        QCOMPARE(sh.exitCode(), 0); // tcpdump's own exit code
        const auto words = QString::fromUtf8(sh.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        const QStringList expected{QStringLiteral("-U"), QStringLiteral("--immediate-mode"), QStringLiteral("-n"), QStringLiteral("-s"), QStringLiteral("262144"),
                                   QStringLiteral("-w"), QStringLiteral("-"), QStringLiteral("-i"), QStringLiteral("any"), QStringLiteral("--"),
                                   QStringLiteral("not (host 192.0.2.9 and host 192.0.2.1 and tcp port 50122 and tcp port 22) and "
                                                  "(tcp port 80 and host 'x' and \"$HOME\" `id` $(id))")};
        QCOMPARE(words, expected);
    }

    void theEndOfSshsInputStopsTheRemoteTcpdump()
    {
        // Stop closes ssh's input, and so does a dropped connection: the remote shell then ends
        // tcpdump (which flushes and exits 0) instead of leaving it to its next packet.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(writeFakeTcpdump(dir, "#!/bin/sh\ntrap 'echo tcpdump-stopped >&2; exit 0' TERM\nwhile :; do sleep 0.05; done\n"));
        RemoteCaptureRequest request;
        request.host = "lab";
        QProcess sh;
        startRemoteShell(sh, request, dir.path() + QStringLiteral(":/usr/bin:/bin"));
        QVERIFY(sh.waitForStarted());
        QVERIFY(!sh.waitForFinished(500)); // capturing while the input stays open
        sh.closeWriteChannel();
        QVERIFY(sh.waitForFinished(3'000));
        QCOMPARE(sh.exitCode(), 0);
        QVERIFY(sh.readAllStandardError().contains("tcpdump-stopped"));
    }

    void aMissingTcpdumpEndsAtOnceAndIsNamed()
    {
        QTemporaryDir dir; // a PATH with cat but no tcpdump, the input left open as ssh leaves it
        QVERIFY(dir.isValid());
        QVERIFY(QFile::link(findProgram(QStringLiteral("cat")), dir.filePath(QStringLiteral("cat"))));
        RemoteCaptureRequest request;
        request.host = "lab";
        QProcess sh;
        startRemoteShell(sh, request, dir.path());
        QVERIFY(sh.waitForFinished(3'000));
        QCOMPARE(sh.exitCode(), 127);
        const std::string said = sh.readAllStandardError().toStdString();
        const std::string advice = remoteCaptureAdvice(255, said, request); // ssh passes the remote code on
        QVERIFY2(advice.find("tcpdump is not installed on lab") != std::string::npos, (said + " -> " + advice).c_str());
        sh.closeWriteChannel();
    }

    void sshAndTcpdumpFailuresNameTheFix()
    {
        RemoteCaptureRequest request;
        request.host = "lab";
        request.user = "bob";
        QVERIFY(remoteCaptureAdvice(255, "bob@lab: Permission denied (publickey).", request).find("ssh-copy-id bob@lab") != std::string::npos);
        QVERIFY(remoteCaptureAdvice(127, "sh: 1: exec: tcpdump: not found", request).find("tcpdump is not installed on lab") != std::string::npos);
        QVERIFY(remoteCaptureAdvice(1, "tcpdump: eth0: You don't have permission to capture on that device", request).find("--sudo") != std::string::npos);
        QVERIFY(remoteCaptureAdvice(255, "ssh: connect to host lab port 22: Connection refused", request).find("could not reach") != std::string::npos);
        QVERIFY(remoteCaptureAdvice(255, "Host key verification failed.", request).find("accept it") != std::string::npos);
        QVERIFY(remoteCaptureAdvice(255, "@ WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED! @\nHost key verification failed.", request)
                    .find("ssh-keygen -R lab") != std::string::npos);
        QVERIFY(remoteCaptureAdvice(1, "sudo: a password is required", request).find("NOPASSWD") != std::string::npos);
        QVERIFY(remoteCaptureAdvice(0, "", request).empty());
    }
};

QTEST_GUILESS_MAIN(TestRemoteCaptureCommand)
#include "TestRemoteCaptureCommand.moc"
