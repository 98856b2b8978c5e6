#include "LabProblemText.h"

#include "loading/ReadProblemText.h"
#include "loading/SystemErrorText.h"

#include <QFile>

#include <cerrno>

namespace tcplens::ui {

QString LabProblemText::of(const LabProblem& p)
{
    using K = LabProblemKind;
    const QString system = SystemErrorText::of(p.systemError);
    const QString cause = p.cause ? of(*p.cause) : QString();
    const QString a0 = QString::fromStdString(p.arg(0));
    const QString a1 = QString::fromStdString(p.arg(1));
    const QString a2 = QString::fromStdString(p.arg(2));
    switch (p.kind) {
    case K::None: return {};
    case K::Said: return a0;
    case K::CannotMakeSocket: return tr("cannot make a socket: %1").arg(system);
    case K::CannotBind: return tr("cannot bind a loopback port: %1").arg(system);
    case K::CannotConnect: return tr("cannot connect: %1").arg(system);
    case K::CannotConnectTo: return tr("cannot connect to port %1: %2").arg(a0, system);
    case K::ConnectTimedOut: return tr("connecting to port %1 timed out").arg(a0);
    case K::CannotListen: return tr("cannot listen: %1").arg(system);
    case K::NoConnectionCame: return tr("no connection came to accept");
    case K::CannotWaitForConnection: return tr("cannot wait for a connection: %1").arg(system);
    case K::CannotAccept: return tr("cannot accept: %1").arg(system);
    case K::CannotSetOption: return tr("cannot set a socket option: %1").arg(system);
    case K::SendTimedOut: return tr("sending timed out");
    case K::CannotSend: return tr("cannot send: %1").arg(system);
    case K::ReceiveTimedOut: return tr("receiving timed out");
    case K::PeerClosedEarly: return tr("the peer closed after %1 of %2 bytes").arg(a0, a1);
    case K::CannotReceive: return tr("cannot receive: %1").arg(system);
    case K::FinTimedOut: return tr("waiting for the peer's FIN timed out");
    case K::CannotSetLinger: return tr("cannot set SO_LINGER: %1").arg(system);
    case K::Client: return tr("client: %1").arg(cause);
    case K::Server: return tr("server: %1").arg(cause);
    case K::NotAFileName: return tr("cannot write \"%1\": not a file name").arg(QFile::decodeName(p.arg(0).c_str()));
    case K::CannotWrite: return tr("cannot write %1: %2").arg(QFile::decodeName(p.arg(0).c_str()), system);
    case K::SocketsFailed: return tr("the scenario's sockets failed: %1").arg(cause);
    case K::CannotNameScenario: return tr("cannot name the scenario in the recorded file: %1").arg(a0);
    case K::RecordedFileDamaged: return tr("the recorded file is damaged: %1").arg(ReadProblemText::of(p.read));
    case K::CannotReadRecordedFile: return tr("cannot read the recorded file: %1").arg(ReadProblemText::of(p.read));
    case K::HelperCouldNotCapture:
        return tr("the capture helper %1 could not capture on %2 (exit code %3)").arg(a0, a1, a2);
    case K::HelperRefused:
        // The advice as core words it (captureHelperPermissionAdvice), here in the reader's language.
        return tr("the capture helper %1 could not capture on %2 (exit code 1): %3")
            .arg(a0, a1,
                 tr("grant the capture capability to tcplens-capture: setcap cap_net_raw,cap_net_admin+eip %1, "
                    "or add yourself to the tcplens group")
                     .arg(a0));
    case K::HelperNotInTime: return tr("the capture helper %1 did not start capturing in time").arg(a0);
    case K::HelperEnded: return tr("the capture helper ended with exit code %1").arg(a0);
    case K::Cancelled: return tr("the recording was cancelled");
    case K::CannotMakeNamespace:
        return p.systemError == EPERM
                   ? tr("cannot make a network namespace for the lab: %1 (this scenario needs root: run it with sudo)").arg(system)
                   : tr("cannot make a network namespace for the lab: %1").arg(system);
    case K::CannotRunTool: return tr("cannot run %1: %2").arg(a0, system);
    case K::ToolFailed: return a1.isEmpty() ? tr("%1 failed").arg(a0) : tr("%1 failed with exit code %2").arg(a0, a1);
    case K::ClosedPortAccepted: return tr("the closed port accepted the connection");
    case K::EndedWithFin: return tr("the connection ended with a FIN, not a RST");
    case K::ShutdownFailed: return tr("shutdown failed");
    case K::AnswersWrong: return tr("the answers came wrong");
    case K::ReceivedWrongCount: return tr("received %1 bytes, not %2").arg(a0, a1);
    case K::AlgorithmReceived: return tr("%1: received %2 bytes").arg(a0, a1);
    case K::NoCongestionControl:
        return tr("the kernel does not offer the congestion control %1 (see /proc/sys/net/ipv4/tcp_available_congestion_control)")
            .arg(a0);
    case K::CannotReadTcpInfo: return tr("cannot read tcp_info");
    case K::CannotSetAbortOnOverflow: return tr("cannot set net.ipv4.tcp_abort_on_overflow in the lab's network namespace");
    }
    return QString::fromStdString(englishText(p));
}

} // namespace tcplens::ui
