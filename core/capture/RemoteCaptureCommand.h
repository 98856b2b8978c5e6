#pragma once
// Capture on another machine over the system's ssh (no SSH code of our own), as Wireshark's
// sshdump does: `ssh [USER@]HOST tcpdump -U -w - -i IFACE FILTER`, the filter extended so the
// ssh connection carrying the capture is not captured itself (the remote shell's
// $SSH_CONNECTION names its two endpoints). Every value is checked, and the remote command is
// built with each part quoted for the remote POSIX shell.

#include "CaptureFile.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace tcplens {

struct RemoteCaptureRequest {
    std::string host;        ///< Name or address (IPv6 without brackets).
    std::string user;        ///< Empty: ssh's default (its config, or the local user name).
    std::uint16_t port = 0;  ///< ssh port; 0: ssh's default.
    std::string interface = "any";
    std::string filter;      ///< tcpdump syntax, on the remote host; empty: everything else.
    std::uint32_t snaplen = 262144;
    bool sudo = false;       ///< Run tcpdump through `sudo -n` on the remote host.
    bool batchMode = false;  ///< Never prompt (a window has no terminal for a password).
    std::vector<std::string> sshOptions; ///< More ssh arguments (e.g. -i KEY, -F CONFIG), before the host.
};

/// Quotes `text` for a POSIX shell: 'text' with each ' written as '\''.
[[nodiscard]] std::string shellQuoted(std::string_view text);

/// The capture filter run remotely: everything but the ssh connection itself, and `filter`.
/// Shell text for the remote shell (it expands $1..$4 from `set -- $SSH_CONNECTION`).
[[nodiscard]] std::string remoteFilterWords(const std::string& filter);

/// The command the remote shell runs.
[[nodiscard]] std::string remoteCaptureCommand(const RemoteCaptureRequest& request);

/// What is wrong with a remote capture's request, as a kind and the value typed: tcplens-cli
/// prints englishText(), the Remote Capture dialog words it in the user's language.
struct RemoteRequestProblem {
    enum class Kind : std::uint8_t { None, BadHost, BadUser, BadInterface, BadFilter, BadSnaplen, UnclosedBracket, BadPort };
    Kind kind = Kind::None;
    std::string value; ///< As typed (host, user, interface, port); empty for the others.
    [[nodiscard]] bool empty() const noexcept { return kind == Kind::None; }
};
[[nodiscard]] std::string englishText(const RemoteRequestProblem& problem);
/// The first value of `request` ssh or the remote shell could not take safely; empty when none.
[[nodiscard]] RemoteRequestProblem checkRemoteRequest(const RemoteCaptureRequest& request);

/// ssh's arguments (without the program name), or empty with `error` naming the bad value.
[[nodiscard]] std::vector<std::string> remoteCaptureArguments(const RemoteCaptureRequest& request, std::string& error);

/// Splits "[USER@]HOST[:PORT]" (or "[USER@][V6]:PORT") into `request`; false with `problem`.
[[nodiscard]] bool parseRemoteTarget(std::string_view target, RemoteCaptureRequest& request, RemoteRequestProblem& problem);
/// The same with the problem in English.
[[nodiscard]] bool parseRemoteTarget(std::string_view target, RemoteCaptureRequest& request, std::string& error);

/// The interface a remote capture's file describes: the stream's first (tcpdump's pcap names
/// none) named after the remote interface, on `request.host`.
[[nodiscard]] CaptureInterface remoteCaptureInterface(const RemoteCaptureRequest& request, const CaptureFileInfo& stream);

/// shb_userappl of a remote capture's pcapng file.
inline constexpr const char* kRemoteCaptureApplication = "tcplens 0.1.0 (tcpdump over ssh)";

/// The ssh to run: $TCPLENS_SSH, else ssh on PATH; empty with `error` saying how to get it.
[[nodiscard]] std::string sshProgram(std::string& error);

/// What ssh's failure calls for, as a kind (the GUI words it; remoteCaptureAdvice() in English).
enum class RemoteCaptureAdvice : std::uint8_t {
    None, SetUpKey, Unreachable, HostKeyChanged, HostKeyUnknown, NoTcpdump, SudoPassword, NoPermission, NoInterface, BadFilter
};
/// The advice's kind when ssh ended with `exitCode` and said `sshText` on its standard error.
[[nodiscard]] RemoteCaptureAdvice remoteCaptureAdviceKind(int exitCode, const std::string& sshText);
/// The advice in English for `request` (where = [user@]host), or "" for None.
[[nodiscard]] std::string englishText(RemoteCaptureAdvice advice, const RemoteCaptureRequest& request);
/// What to tell the user when ssh ended with `exitCode` and said `sshText` on its standard error.
[[nodiscard]] std::string remoteCaptureAdvice(int exitCode, const std::string& sshText, const RemoteCaptureRequest& request);

} // namespace tcplens
