// Every kind of LabProblem is worded: in English exactly as core's englishText() (what the Lab
// dialog showed before it had kinds, and what tcplens-cli prints), in Chinese without an English
// word but the names a reader types (setcap, sudo, ip) and identifiers (SO_LINGER, tcp_info).
#include "ChineseTextSupport.h"

#include <lab/LabProblemText.h>
#include <shell/Language.h>

#include <capture/CaptureDevice.h>

#include <QApplication>
#include <QtTest>

#include <cerrno>

using namespace tcplens;
using namespace tcplens::ui;
using namespace tcplens::ui::test;

namespace {

/// A problem of each kind with arguments of its shape.
std::vector<LabProblem> oneOfEachKind()
{
    const std::string helper = "/usr/lib/tcplens/tcplens-capture";
    std::vector<LabProblem> all;
    for (int k = 2; k < kLabProblemKinds; ++k) { // None and Said aside
        const auto kind = static_cast<LabProblemKind>(k);
        LabProblem p(kind, {"5201", "4096", "3"}, ECONNREFUSED);
        switch (kind) {
        case LabProblemKind::Client:
        case LabProblemKind::Server: p = p.because(LabProblem(LabProblemKind::PeerClosedEarly, {"12", "100"})); break;
        case LabProblemKind::SocketsFailed:
            p = p.because(LabProblem(LabProblemKind::Client).because(LabProblem(LabProblemKind::CannotConnect, {}, ECONNREFUSED)));
            break;
        case LabProblemKind::NotAFileName:
        case LabProblemKind::CannotWrite: p.args = {"/home/student/tcp-lab/handshake.pcapng"}; p.systemError = EACCES; break;
        case LabProblemKind::RecordedFileDamaged:
        case LabProblemKind::CannotReadRecordedFile:
            p.read = readProblem(ReadProblemKind::CutShort, {"7"}).because(pcapProblem("truncated dump file; tried to read 16 header bytes, only got 5"));
            break;
        case LabProblemKind::HelperCouldNotCapture: p.args = {helper, "lo", "2"}; break;
        case LabProblemKind::HelperRefused: p.args = {helper, "lo", captureHelperPermissionAdvice(helper)}; break;
        case LabProblemKind::HelperNotInTime: p.args = {helper}; break;
        case LabProblemKind::HelperEnded: p.args = {"3"}; break;
        case LabProblemKind::CannotMakeNamespace: p.systemError = EPERM; break;
        case LabProblemKind::CannotRunTool: p.args = {"tc qdisc add dev lo root netem loss 5%"}; p.systemError = ENOENT; break;
        case LabProblemKind::ToolFailed: p.args = {"ip link set lo up", "2"}; break;
        default: break;
        }
        all.push_back(p);
    }
    all.push_back(LabProblem(LabProblemKind::CannotMakeNamespace, {}, ENOMEM));
    all.push_back(LabProblem(LabProblemKind::ToolFailed, {"ip link set lo up", ""}));
    return all;
}

} // namespace

class TestLabProblemText : public QObject {
    Q_OBJECT

private slots:
    void englishIsCoresTextWordForWord()
    {
        QVERIFY(installLanguage(*qApp, QStringLiteral("en")));
        for (const auto& problem : oneOfEachKind())
            QCOMPARE(LabProblemText::of(problem), QString::fromStdString(englishText(problem)));
        const LabProblem said("the answers came wrong");
        QCOMPARE(LabProblemText::of(said), QStringLiteral("the answers came wrong"));
    }

    void chineseHasNoEnglishWordButWhatAReaderTypes()
    {
        QVERIFY(installLanguage(*qApp, QStringLiteral("zh_CN")));
        static const QRegularExpression typed(QStringLiteral(
            "setcap cap_net_raw,cap_net_admin\\+eip|\\b(sudo|root|lo|tcplens-capture|tcplens|shutdown)\\b"
            "|\\b\\w+(_\\w+)+\\b|\\b\\w+(\\.\\w+)+\\b")); // and identifiers: SO_LINGER, tcp_info, net.ipv4.…
        for (const auto& problem : oneOfEachKind()) {
            QString text = LabProblemText::of(problem);
            for (const auto& arg : problem.args) // paths, ports, commands, counts
                if (problem.kind != LabProblemKind::HelperRefused || &arg != &problem.args.back())
                    text.remove(QString::fromStdString(arg));
            text.remove(typed);
            const QStringList words = englishWords(text);
            QVERIFY2(words.isEmpty(), qPrintable(QStringLiteral("%1 in %2").arg(words.join(QLatin1Char(' ')), text)));
        }
        QCOMPARE(LabProblemText::of(LabProblem(LabProblemKind::CannotWrite, {"/x/a.pcapng"}, EACCES)),
                 QStringLiteral("无法写入 /x/a.pcapng：没有访问权限"));
        installLanguage(*qApp, QStringLiteral("en"));
    }
};

QTEST_MAIN(TestLabProblemText)
#include "TestLabProblemText.moc"
