#include "LabProblem.h"

#include <cerrno>
#include <cstring>

namespace tcplens {

LabProblem::LabProblem(std::string said)
{
    if (!said.empty()) {
        kind = LabProblemKind::Said;
        args = {std::move(said)};
    }
}

LabProblem::LabProblem(LabProblemKind k, std::vector<std::string> a, int e) : kind(k), args(std::move(a)), systemError(e) {}

const std::string& LabProblem::arg(std::size_t i) const noexcept
{
    static const std::string none;
    return i < args.size() ? args[i] : none;
}

LabProblem LabProblem::because(LabProblem inner) const
{
    LabProblem outer = *this;
    outer.cause = std::make_shared<const LabProblem>(std::move(inner));
    return outer;
}

std::string englishText(const LabProblem& p)
{
    using K = LabProblemKind;
    const std::string system = std::strerror(p.systemError);
    const std::string cause = p.cause ? englishText(*p.cause) : std::string();
    const std::string& a0 = p.arg(0);
    const std::string& a1 = p.arg(1);
    const std::string& a2 = p.arg(2);
    switch (p.kind) {
    case K::None: return {};
    case K::Said: return a0;
    case K::CannotMakeSocket: return "cannot make a socket: " + system;
    case K::CannotBind: return "cannot bind a loopback port: " + system;
    case K::CannotConnect: return "cannot connect: " + system;
    case K::CannotConnectTo: return "cannot connect to port " + a0 + ": " + system;
    case K::ConnectTimedOut: return "connecting to port " + a0 + " timed out";
    case K::CannotListen: return "cannot listen: " + system;
    case K::NoConnectionCame: return "no connection came to accept";
    case K::CannotWaitForConnection: return "cannot wait for a connection: " + system;
    case K::CannotAccept: return "cannot accept: " + system;
    case K::CannotSetOption: return "cannot set a socket option: " + system;
    case K::SendTimedOut: return "sending timed out";
    case K::CannotSend: return "cannot send: " + system;
    case K::ReceiveTimedOut: return "receiving timed out";
    case K::PeerClosedEarly: return "the peer closed after " + a0 + " of " + a1 + " bytes";
    case K::CannotReceive: return "cannot receive: " + system;
    case K::FinTimedOut: return "waiting for the peer's FIN timed out";
    case K::CannotSetLinger: return "cannot set SO_LINGER: " + system;
    case K::Client: return "client: " + cause;
    case K::Server: return "server: " + cause;
    case K::NotAFileName: return "cannot write \"" + a0 + "\": not a file name";
    case K::CannotWrite: return "cannot write " + a0 + ": " + system;
    case K::SocketsFailed: return "the scenario's sockets failed: " + cause;
    case K::CannotNameScenario: return "cannot name the scenario in the recorded file: " + a0;
    case K::RecordedFileDamaged: return "the recorded file is damaged: " + englishText(p.read);
    case K::CannotReadRecordedFile: return "cannot read the recorded file: " + englishText(p.read);
    case K::HelperCouldNotCapture: return "the capture helper " + a0 + " could not capture on " + a1 + " (exit code " + a2 + ")";
    case K::HelperRefused: return "the capture helper " + a0 + " could not capture on " + a1 + " (exit code 1): " + a2;
    case K::HelperNotInTime: return "the capture helper " + a0 + " did not start capturing in time";
    case K::HelperEnded: return "the capture helper ended with exit code " + a0;
    case K::Cancelled: return "the recording was cancelled";
    case K::CannotMakeNamespace:
        return "cannot make a network namespace for the lab: " + system
             + (p.systemError == EPERM ? " (this scenario needs root: run it with sudo)" : "");
    case K::CannotRunTool: return "cannot run " + a0 + ": " + system;
    case K::ToolFailed: return a0 + " failed" + (a1.empty() ? std::string() : " with exit code " + a1);
    case K::ClosedPortAccepted: return "the closed port accepted the connection";
    case K::EndedWithFin: return "the connection ended with a FIN, not a RST";
    case K::ShutdownFailed: return "shutdown failed";
    case K::AnswersWrong: return "the answers came wrong";
    case K::ReceivedWrongCount: return "received " + a0 + " bytes, not " + a1;
    case K::AlgorithmReceived: return a0 + ": received " + a1 + " bytes";
    case K::NoCongestionControl:
        return "the kernel does not offer the congestion control " + a0
             + " (see /proc/sys/net/ipv4/tcp_available_congestion_control)";
    case K::CannotReadTcpInfo: return "cannot read tcp_info";
    case K::CannotSetAbortOnOverflow: return "cannot set net.ipv4.tcp_abort_on_overflow in the lab's network namespace";
    }
    return {};
}

} // namespace tcplens
