#pragma once
// Why a lab recording failed, as a kind and its arguments rather than a sentence: tcplens-cli
// prints englishText() (LabRecording::error), the Lab dialog words each kind through tr() in the
// user's language (core has no Qt). Converts from an English sentence (kind Said) for words
// that come with no kind of their own.

#include "../capture/ReadProblem.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace tcplens {

/// Each kind lists what it carries: a0.. = args, e = systemError (errno), c = cause, r = read.
enum class LabProblemKind : std::uint8_t {
    None,
    Said,                  ///< a0: an English sentence (a scenario's own)
    // Sockets (e)
    CannotMakeSocket,
    CannotBind,
    CannotConnect,
    CannotConnectTo,       ///< a0: the port, e
    ConnectTimedOut,       ///< a0: the port
    CannotListen,
    NoConnectionCame,
    CannotWaitForConnection,
    CannotAccept,
    CannotSetOption,
    SendTimedOut,
    CannotSend,
    ReceiveTimedOut,
    PeerClosedEarly,       ///< a0: bytes received, a1: bytes expected
    CannotReceive,
    FinTimedOut,
    CannotSetLinger,
    Client,                ///< c: the client side's problem
    Server,                ///< c: the server side's problem
    // The recording
    NotAFileName,          ///< a0: the path
    CannotWrite,           ///< a0: the path, e
    SocketsFailed,         ///< c
    CannotNameScenario,    ///< a0: why (English, from the pcapng rewrite)
    RecordedFileDamaged,   ///< r
    CannotReadRecordedFile, ///< r
    HelperCouldNotCapture, ///< a0: the helper, a1: the interface, a2: its exit code
    HelperRefused,         ///< a0: the helper, a1: the interface, a2: the advice (English)
    HelperNotInTime,       ///< a0: the helper
    HelperEnded,           ///< a0: its exit code
    Cancelled,
    // The scenario's own network namespace
    CannotMakeNamespace,   ///< e
    CannotRunTool,         ///< a0: the command, e
    ToolFailed,            ///< a0: the command, a1: its exit code ("" when it did not exit)
    // A scenario's sockets did not do what it needs
    ClosedPortAccepted,
    EndedWithFin,
    ShutdownFailed,
    AnswersWrong,
    ReceivedWrongCount,    ///< a0: bytes received, a1: bytes expected
    AlgorithmReceived,     ///< a0: the congestion control, a1: bytes received
    NoCongestionControl,   ///< a0: the congestion control
    CannotReadTcpInfo,
    CannotSetAbortOnOverflow,
};
inline constexpr int kLabProblemKinds = static_cast<int>(LabProblemKind::CannotSetAbortOnOverflow) + 1;

struct LabProblem {
    LabProblem() = default;
    /// A sentence in English with no kind of its own (kind Said); "" is no problem.
    LabProblem(std::string said); // NOLINT(google-explicit-constructor): scenarios return sentences
    LabProblem(const char* said) : LabProblem(std::string(said)) {} // NOLINT(google-explicit-constructor)
    LabProblem(LabProblemKind kind, std::vector<std::string> args = {}, int systemError = 0);

    LabProblemKind kind = LabProblemKind::None;
    std::vector<std::string> args;
    int systemError = 0;
    std::shared_ptr<const LabProblem> cause;
    ReadProblem read;

    [[nodiscard]] bool empty() const noexcept { return kind == LabProblemKind::None; }
    [[nodiscard]] const std::string& arg(std::size_t i) const noexcept;
    /// This problem with `inner` as its cause.
    [[nodiscard]] LabProblem because(LabProblem inner) const;
};

/// The problem in English, as tcplens-cli prints it.
[[nodiscard]] std::string englishText(const LabProblem& problem);

} // namespace tcplens
