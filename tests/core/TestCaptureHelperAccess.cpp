// Who may capture through tcplens-capture: without the capability it names the fix (and still
// lists interfaces); the Capture dialog's access check says what a user lacks; `cmake --install`
// gives the helper alone its capability, for the members of its group. Needs root (to make the
// users' copies, the group and the install).
#include "CaptureHelperCopies.h"
#include "LiveNetns.h"
#include "TestSupport.h"

#include <capture/CaptureHelperAccess.h>

#include <QScopeGuard>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>
#include <sys/syscall.h>
#include <thread>
#include <unistd.h>

using namespace tcplens::test;

class TestCaptureHelperAccess : public QObject {
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

    void withoutTheCapabilityItNamesTheFix()
    {
        const QString out = copies_.dir.filePath(QStringLiteral("out/denied.pcapng"));
        const auto run = runProcess(copies_.setpriv, kAsNobody + QStringList{copies_.plain, QStringLiteral("-i"), QStringLiteral("lo"),
                                                                      QStringLiteral("-w"), out}, 20'000);
        QVERIFY2(run.exitedWith(1), run.err.constData());
        QVERIFY2(run.err.contains("no permission"), run.err.constData());
        QVERIFY2(run.err.contains("grant the capture capability to tcplens-capture: setcap cap_net_raw,cap_net_admin+eip "
                                  + QFile::encodeName(copies_.plain) + ", or add yourself to the tcplens group"),
                 run.err.constData());
        QVERIFY(!QFile::exists(out));
        // Listing needs no capability.
        const auto list = runProcess(copies_.setpriv, kAsNobody + QStringList{copies_.plain, QStringLiteral("-D")});
        QVERIFY2(list.exitedWith(0) && list.out.contains(". lo  [up, running, loopback]"), list.out + list.err);
        const auto json = runProcess(copies_.setpriv, kAsNobody + QStringList{copies_.plain, QStringLiteral("-D"), QStringLiteral("--json")});
        QVERIFY(json.exitedWith(0));
        const auto objects = jsonLines(json.out);
        QVERIFY(std::any_of(objects.begin(), objects.end(), [](const QJsonObject& o) {
            return o.value(QStringLiteral("name")).toString() == QStringLiteral("lo") && o.value(QStringLiteral("loopback")).toBool();
        }));
    }

    void accessCheckSaysWhatAUserLacks()
    {
        // What the Capture dialog tells a user before Start, judged as nobody would be.
        QCOMPARE(tcplens::fileHasCaptureCapabilities(copies_.helper.toStdString()), true);
        QCOMPARE(tcplens::fileHasCaptureCapabilities(copies_.plain.toStdString()), false);
        const auto root = tcplens::CaptureHelperAccess::checkPath(copies_.plain.toStdString());
        QCOMPARE(root.state, tcplens::CaptureHelperAccess::State::Ready); // root needs no capability on the file
        QCOMPARE(tcplens::CaptureHelperAccess::checkPath({}, "looked nowhere").state, tcplens::CaptureHelperAccess::State::NotFound);
        const QString closed = copies_.dir.filePath(QStringLiteral("closed"));
        QVERIFY(QDir().mkpath(closed));
        ::chmod(QFile::encodeName(closed).constData(), 0755);
        const QString grouped = closed + QStringLiteral("/tcplens-capture");
        QVERIFY(QFile::copy(copies_.helper, grouped));
        ::chmod(QFile::encodeName(grouped).constData(), 0750); // root's group only, as outside the tcplens group
        // As nobody, on a thread of its own: a raw setresuid changes only the calling thread.
        using State = tcplens::CaptureHelperAccess::State;
        std::vector<State> states;
        std::string user;
        std::thread([&] {
            if (::syscall(SYS_setgroups, 0, nullptr) != 0 || ::syscall(SYS_setresgid, 65534, 65534, 65534) != 0
                || ::syscall(SYS_setresuid, 65534, 65534, 65534) != 0)
                return;
            for (const auto& path : {copies_.helper, copies_.plain, grouped}) {
                const auto access = tcplens::CaptureHelperAccess::checkPath(QFile::encodeName(path).toStdString());
                states.push_back(access.state);
                user = access.userName;
            }
        }).join();
        QCOMPARE(states, (std::vector<State>{State::Ready, State::NoCapability, State::NotPermitted}));
        QCOMPARE(QString::fromStdString(user), QStringLiteral("nobody"));
    }

    void installGivesTheHelperAloneItsCapabilityForTheGroup()
    {
        // The install step of cmake --install, on a prefix of our own and a group of our own.
        const QString prefix = copies_.dir.filePath(QStringLiteral("prefix"));
        QVERIFY(QDir().mkpath(prefix + QStringLiteral("/bin")));
        ::chmod(QFile::encodeName(prefix).constData(), 0755);
        ::chmod(QFile::encodeName(prefix + QStringLiteral("/bin")).constData(), 0755);
        // A copy of the script nobody can read: the checkout may sit where only root can enter.
        const QString script = prefix + QStringLiteral("/InstallCaptureHelper.cmake");
        QVERIFY(QFile::copy(QDir(QStringLiteral(TCPLENS_TEST_DATA_DIR)).absoluteFilePath(QStringLiteral("../../cmake/InstallCaptureHelper.cmake")),
                            script));
        ::chmod(QFile::encodeName(script).constData(), 0644);
        const QString installed = prefix + QStringLiteral("/bin/tcplens-capture");
        QVERIFY(QFile::copy(QStringLiteral(TCPLENS_CAPTURE_PATH), installed));
        QVERIFY(QFile::copy(QStringLiteral(TCPLENS_CLI_PATH), prefix + QStringLiteral("/bin/tcplens-cli")));
        const QString group = QStringLiteral("tlt%1").arg(::getpid());
        const auto asUser = runProcess(copies_.setpriv, kAsNobody + QStringList{QStringLiteral("cmake"), QStringLiteral("-DCMAKE_INSTALL_PREFIX=") + prefix,
                                                                         QStringLiteral("-DTCPLENS_CAPTURE_GROUP=") + group,
                                                                         QStringLiteral("-P"), script});
        const QString warning = QString::fromUtf8(asUser.err).simplified(); // CMake wraps its warnings
        QVERIFY2(warning.contains(QStringLiteral("WITHOUT the capture capability"))
                     && warning.contains(QStringLiteral("setcap cap_net_raw,cap_net_admin+eip ") + installed),
                 asUser.err.constData());
        const auto asRoot = runProcess(QStringLiteral("cmake"), {QStringLiteral("-DCMAKE_INSTALL_PREFIX=") + prefix,
                                                                 QStringLiteral("-DTCPLENS_CAPTURE_GROUP=") + group,
                                                                 QStringLiteral("-P"), script});
        const auto removeGroup = qScopeGuard([&] { QProcess::execute(QStringLiteral("groupdel"), {group}); });
        QVERIFY2(asRoot.exitedWith(0) && asRoot.out.contains("mode 0750"), asRoot.out + asRoot.err);
        struct stat st {};
        QCOMPARE(::stat(QFile::encodeName(installed).constData(), &st), 0);
        QCOMPARE(st.st_uid, uid_t{0});
        QCOMPARE(st.st_mode & 07777, mode_t{0750});
        const auto caps = runProcess(QStringLiteral("getcap"), {installed, prefix + QStringLiteral("/bin/tcplens-cli")});
        QVERIFY2(caps.out.contains("tcplens-capture cap_net_admin,cap_net_raw=eip"), caps.out.constData());
        QVERIFY2(!caps.out.contains("tcplens-cli"), caps.out.constData());
        // Outside the group the helper cannot even be run; inside it captures.
        // (runuser, not setpriv: setpriv keeps root's capabilities until the exec, so it may run anything.)
        const auto outside = runProcess(QStringLiteral("runuser"), {QStringLiteral("-u"), QStringLiteral("nobody"), QStringLiteral("--"),
                                                                    installed, QStringLiteral("-D")});
        QVERIFY2(!outside.exitedWith(0) && outside.err.contains("Permission denied"), outside.err.constData());
        QStringList inGroup = kAsNobody;
        inGroup.replace(inGroup.indexOf(QStringLiteral("--clear-groups")), QStringLiteral("--groups=") + group);
        QProcess capture;
        capture.start(copies_.setpriv, inGroup + QStringList{installed, QStringLiteral("-i"), QStringLiteral("lo"), QStringLiteral("-c"),
                                                      QStringLiteral("1"), QStringLiteral("-f"), QStringLiteral("tcp port 5190"),
                                                      QStringLiteral("-w"), copies_.dir.filePath(QStringLiteral("out/member.pcapng"))});
        QByteArray err;
        QVERIFY2(waitForPhrase(capture, "capturing on lo", err), err.constData());
        QVERIFY(loopbackExchange(5190));
        QVERIFY(capture.waitForFinished(10'000));
        QCOMPARE(capture.exitCode(), 0);
    }

private:
    CaptureHelperCopies copies_;
};

QTEST_GUILESS_MAIN(TestCaptureHelperAccess)
#include "TestCaptureHelperAccess.moc"
