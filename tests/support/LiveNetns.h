#pragma once
// Two network namespaces joined by a veth pair (tests/support/live-netns.sh), for the live
// capture tests: enter the client side to capture there, run peers of tests/data/tcp_peers.py;
// a loopback exchange, and the packet count a live exchange settles on.

#include "TestSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QThread>
#include <QtTest>

#include <fcntl.h>
#include <sched.h>
#include <unistd.h>

#include <atomic>

namespace tcplens::test {

/// A loopback exchange on `port`: handshake, a few bytes each way, close (in this thread's namespace).
inline bool loopbackExchange(int port)
{
    const QString script = QStringLiteral(
        "import socket\n"
        "l = socket.socket(); l.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)\n"
        "l.bind(('127.0.0.1', %1)); l.listen(1)\n"
        "c = socket.create_connection(('127.0.0.1', %1)); a, _ = l.accept()\n"
        "c.sendall(b'hello'); a.recv(5); a.sendall(b'world'); c.recv(5); c.close(); a.close(); l.close()\n").arg(port);
    return runProcess(QStringLiteral("python3"), {QStringLiteral("-c"), script}, 20'000).exitedWith(0);
}

/// handshake, data both ways, close: the "basic" exchange of tcp_peers.py
constexpr int kFewestBasicPackets = 15;

/// The value `count` settles on once the exchange is over: unchanged for a second. A real
/// exchange's packet count varies by a delayed ACK or two, so tests compare panels and files with
/// each other, never with a fixed number.
template <typename Count>
int settled(Count count, int timeoutMs = 20'000)
{
    QElapsedTimer waited;
    waited.start();
    int last = count();
    QElapsedTimer unchanged;
    unchanged.start();
    while (waited.elapsed() < timeoutMs && unchanged.elapsed() < 1000) {
        QTest::qWait(50);
        if (const int now = count(); now != last) {
            last = now;
            unchanged.restart();
        }
    }
    return last;
}

class LiveNetns {
public:
    static constexpr const char* kClientAddress = "10.78.0.1";
    static constexpr const char* kServerAddress = "10.78.0.2";

    /// A fresh pair; ok() tells whether it could be made, why() says why not.
    LiveNetns()
    {
        static std::atomic<int> counter{0};
        tag_ = QStringLiteral("%1%2").arg(QString::number(::getpid(), 36)).arg(counter++);
        if (::geteuid() != 0) {
            why_ = QStringLiteral("needs root (network namespaces, packet capture)");
            return;
        }
        QProcess up;
        up.start(QStringLiteral("bash"), {script(), QStringLiteral("up"), tag_, QString::number(::getpid())});
        if (!up.waitForFinished(60'000) || up.exitStatus() != QProcess::NormalExit || up.exitCode() != 0) {
            why_ = QStringLiteral("no network namespace support: ") + QString::fromLocal8Bit(up.readAllStandardError());
            return;
        }
        ok_ = true;
    }
    ~LiveNetns()
    {
        leaveClient();
        if (ok_)
            QProcess::execute(QStringLiteral("bash"), {script(), QStringLiteral("down"), tag_});
    }
    LiveNetns(const LiveNetns&) = delete;
    LiveNetns& operator=(const LiveNetns&) = delete;

    [[nodiscard]] bool ok() const { return ok_; }
    [[nodiscard]] const QString& why() const { return why_; }
    [[nodiscard]] QString clientNs() const { return QStringLiteral("tlc-") + tag_; }
    [[nodiscard]] QString serverNs() const { return QStringLiteral("tls-") + tag_; }
    [[nodiscard]] QString clientInterface() const { return QStringLiteral("lc-") + tag_; }
    [[nodiscard]] QString serverInterface() const { return QStringLiteral("ls-") + tag_; }

    /// Moves the calling thread (and the threads it starts later) into the client namespace.
    bool enterClient()
    {
        if (original_ < 0)
            original_ = ::open("/proc/thread-self/ns/net", O_RDONLY | O_CLOEXEC);
        const int fd = ::open(QFile::encodeName(QStringLiteral("/var/run/netns/") + clientNs()).constData(),
                              O_RDONLY | O_CLOEXEC);
        const bool entered = fd >= 0 && ::setns(fd, CLONE_NEWNET) == 0;
        if (fd >= 0)
            ::close(fd);
        return entered;
    }
    void leaveClient()
    {
        if (original_ >= 0) {
            (void)::setns(original_, CLONE_NEWNET);
            ::close(original_);
            original_ = -1;
        }
    }

    /// `ip netns exec NS program args...` as program + arguments for QProcess.
    [[nodiscard]] static QStringList inNs(const QString& ns, const QStringList& command)
    {
        return QStringList{QStringLiteral("netns"), QStringLiteral("exec"), ns} + command;
    }
    /// Runs a command in a namespace to its end; true when it exited 0.
    static bool run(const QString& ns, const QStringList& command, QString* output = nullptr, int timeoutMs = 60'000)
    {
        QProcess process;
        process.start(QStringLiteral("ip"), inNs(ns, command));
        const bool done = process.waitForFinished(timeoutMs);
        if (!done)
            process.kill(), process.waitForFinished(5'000);
        if (output)
            *output = QString::fromLocal8Bit(process.readAllStandardOutput() + process.readAllStandardError());
        return done && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    }

    /// Starts the server half of a tcp_peers.py scenario and waits until it listens.
    bool startServer(QProcess& server, const QString& scenario, int port, const QStringList& env = {})
    {
        const QString ready = QDir::temp().absoluteFilePath(QStringLiteral("tcplens-ready-%1-%2").arg(tag_).arg(port));
        QFile::remove(ready);
        server.setProcessEnvironment(environment(env));
        server.start(QStringLiteral("ip"), inNs(serverNs(), {QStringLiteral("python3"), peers(), QStringLiteral("server"),
                                                             scenario, QStringLiteral("--addr"), kServerAddress,
                                                             QStringLiteral("--port"), QString::number(port),
                                                             QStringLiteral("--ready"), ready}));
        QElapsedTimer timer;
        timer.start();
        while (!QFile::exists(ready)) {
            if (server.state() == QProcess::NotRunning || timer.elapsed() > 20'000)
                return false;
            server.waitForFinished(20);
        }
        QFile::remove(ready);
        return true;
    }
    /// Starts the client half (asynchronously: the caller keeps capturing meanwhile).
    void startClient(QProcess& client, const QString& scenario, int port, const QStringList& env = {})
    {
        client.setProcessEnvironment(environment(env));
        client.start(QStringLiteral("ip"), inNs(clientNs(), {QStringLiteral("python3"), peers(), QStringLiteral("client"),
                                                             scenario, QStringLiteral("--addr"), kServerAddress,
                                                             QStringLiteral("--port"), QString::number(port)}));
    }

    [[nodiscard]] static QString script()
    {
        return QDir(QString::fromUtf8(TCPLENS_TEST_DATA_DIR)).absoluteFilePath(QStringLiteral("../support/live-netns.sh"));
    }
    [[nodiscard]] static QString peers()
    {
        return QDir(QString::fromUtf8(TCPLENS_TEST_DATA_DIR)).absoluteFilePath(QStringLiteral("tcp_peers.py"));
    }

private:
    static QProcessEnvironment environment(const QStringList& env)
    {
        auto environment = QProcessEnvironment::systemEnvironment();
        for (const auto& pair : env)
            environment.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
        return environment;
    }

    QString tag_;
    QString why_;
    bool ok_ = false;
    int original_ = -1;
};

} // namespace tcplens::test
