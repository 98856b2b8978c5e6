#include "RemoteCaptureCommand.h"

#include <unistd.h>

#include <algorithm>
#include <charconv>
#include <cstdlib>

namespace tcplens {
namespace {

bool isPlainWord(std::string_view text, std::string_view extra)
{
    if (text.empty() || text.size() > 253 || text.front() == '-')
        return false;
    for (const char c : text) {
        const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (!alnum && extra.find(c) == std::string_view::npos)
            return false;
    }
    return true;
}

} // namespace

std::string shellQuoted(std::string_view text)
{
    std::string quoted = "'";
    for (const char c : text) {
        if (c == '\'')
            quoted += "'\\''";
        else
            quoted += c;
    }
    return quoted + "'";
}

std::string remoteFilterWords(const std::string& filter)
{
    // $SSH_CONNECTION is "CLIENT_ADDR CLIENT_PORT SERVER_ADDR SERVER_PORT": exactly that
    // connection is left out, other ssh sessions are still captured.
    std::string words = "\"not (host $1 and host $3 and tcp port $2 and tcp port $4)\"";
    if (!filter.empty())
        words += shellQuoted(" and (" + filter + ")");
    return words;
}

std::string remoteCaptureCommand(const RemoteCaptureRequest& request)
{
    // tcpdump runs in the background while the shell reads ssh's input (kept as descriptor 3:
    // a background job's own input is /dev/null): at its end (Stop closes it, and so does a
    // dropped connection or a killed tcplens) the shell ends tcpdump, which flushes and exits.
    // Without that a remote tcpdump outlives the capture until its next packet fails to write.
    return "set -- $SSH_CONNECTION; exec 3<&0; " + std::string(request.sudo ? "sudo -n " : "")
         + "tcpdump -U --immediate-mode -n -s " + std::to_string(request.snaplen) + " -w - -i "
         + shellQuoted(request.interface) + " -- " + remoteFilterWords(request.filter)
         + " & p=$!; (cat <&3 >/dev/null; kill $p) >/dev/null 2>&1 & wait $p";
}

std::string englishText(const RemoteRequestProblem& problem)
{
    using K = RemoteRequestProblem::Kind;
    const std::string& v = problem.value;
    switch (problem.kind) {
    case K::None: return {};
    case K::BadHost: return "the host must be a name or an address (letters, digits, '.', '-', ':'), not \"" + v + "\"";
    case K::BadUser: return "the user must be a login name (letters, digits, '.', '-', '_'), not \"" + v + "\"";
    case K::BadInterface: return "the remote interface must be a name like eth0 or any, not \"" + v + "\"";
    case K::BadFilter: return "the capture filter must be one line of at most 8192 characters";
    case K::BadSnaplen: return "the snapshot length must be from 64 to 262144";
    case K::UnclosedBracket: return "a bracketed address needs its ']'";
    case K::BadPort: return "the ssh port must be from 1 to 65535, not \"" + v + "\"";
    }
    return {};
}

RemoteRequestProblem checkRemoteRequest(const RemoteCaptureRequest& request)
{
    using K = RemoteRequestProblem::Kind;
    if (!isPlainWord(request.host, ".-_:%"))
        return {K::BadHost, request.host};
    if (!request.user.empty() && !isPlainWord(request.user, ".-_"))
        return {K::BadUser, request.user};
    if (!isPlainWord(request.interface, ".-_:@"))
        return {K::BadInterface, request.interface};
    if (request.filter.find_first_of(std::string_view("\0\n\r", 3)) != std::string::npos || request.filter.size() > 8192)
        return {K::BadFilter, {}};
    if (request.snaplen < 64 || request.snaplen > 262144)
        return {K::BadSnaplen, {}};
    return {};
}

std::vector<std::string> remoteCaptureArguments(const RemoteCaptureRequest& request, std::string& error)
{
    if (const auto problem = checkRemoteRequest(request); !problem.empty()) {
        error = englishText(problem);
        return {};
    }
    std::vector<std::string> args{"-T", "-o", "ServerAliveInterval=15"};
    if (request.batchMode)
        args.insert(args.end(), {"-o", "BatchMode=yes"});
    if (request.port != 0)
        args.insert(args.end(), {"-p", std::to_string(request.port)});
    args.insert(args.end(), request.sshOptions.begin(), request.sshOptions.end());
    args.emplace_back("--");
    args.push_back(request.user.empty() ? request.host : request.user + "@" + request.host);
    args.push_back(remoteCaptureCommand(request));
    return args;
}

bool parseRemoteTarget(std::string_view target, RemoteCaptureRequest& request, std::string& error)
{
    RemoteRequestProblem problem;
    if (parseRemoteTarget(target, request, problem))
        return true;
    error = englishText(problem);
    return false;
}

bool parseRemoteTarget(std::string_view target, RemoteCaptureRequest& request, RemoteRequestProblem& problem)
{
    using K = RemoteRequestProblem::Kind;
    if (const auto at = target.rfind('@'); at != std::string_view::npos) {
        request.user = std::string(target.substr(0, at));
        target.remove_prefix(at + 1);
    }
    std::string_view port;
    bool hasPort = false;
    if (!target.empty() && target.front() == '[') { // [v6]:port
        const auto close = target.find(']');
        if (close == std::string_view::npos) {
            problem = {K::UnclosedBracket, {}};
            return false;
        }
        hasPort = close + 1 < target.size() && target[close + 1] == ':';
        port = hasPort ? target.substr(close + 2) : std::string_view{};
        target = target.substr(1, close - 1);
    } else if (const auto colon = target.find(':'); colon != std::string_view::npos && target.find(':', colon + 1) == std::string_view::npos) {
        hasPort = true;
        port = target.substr(colon + 1);
        target = target.substr(0, colon);
    }
    request.host = std::string(target);
    if (hasPort) {
        unsigned value = 0;
        const auto [end, ec] = std::from_chars(port.data(), port.data() + port.size(), value);
        if (ec != std::errc{} || end != port.data() + port.size() || value == 0 || value > 65535) {
            problem = {K::BadPort, std::string(port)};
            return false;
        }
        request.port = static_cast<std::uint16_t>(value);
    }
    problem = checkRemoteRequest(request);
    return problem.empty();
}

CaptureInterface remoteCaptureInterface(const RemoteCaptureRequest& request, const CaptureFileInfo& stream)
{
    CaptureInterface interface = stream.interfaces.empty() ? CaptureInterface{stream.linkType, stream.snaplen, {}, {}, 1, 0}
                                                           : stream.interfaces.front();
    if (interface.name.empty())
        interface.name = request.interface;
    if (interface.description.empty())
        interface.description = request.interface + " on " + request.host + " (tcpdump over ssh)";
    return interface;
}

std::string sshProgram(std::string& error)
{
    if (const char* chosen = std::getenv("TCPLENS_SSH"); chosen && *chosen) {
        if (::access(chosen, X_OK) == 0)
            return chosen;
        error = std::string("TCPLENS_SSH names ") + chosen + ", which is not an executable file";
        return {};
    }
    const char* path = std::getenv("PATH");
    const std::string dirs = path && *path ? path : "/usr/bin:/bin";
    std::size_t start = 0;
    while (start <= dirs.size()) {
        const auto end = std::min(dirs.find(':', start), dirs.size());
        const std::string candidate = dirs.substr(start, end - start) + "/ssh";
        if (end > start && dirs[start] == '/' && ::access(candidate.c_str(), X_OK) == 0)
            return candidate;
        start = end + 1;
    }
    error = "ssh is not installed (e.g. apt install openssh-client); remote capture runs the system's ssh";
    return {};
}

RemoteCaptureAdvice remoteCaptureAdviceKind(int exitCode, const std::string& sshText)
{
    using A = RemoteCaptureAdvice;
    const auto said = [&](std::string_view phrase) { return sshText.find(phrase) != std::string::npos; };
    if (said("Permission denied (") || said("Too many authentication failures"))
        return A::SetUpKey;
    if (said("Could not resolve hostname") || said("Connection refused") || said("Connection timed out")
        || said("No route to host"))
        return A::Unreachable;
    if (said("IDENTIFICATION HAS CHANGED"))
        return A::HostKeyChanged;
    if (said("Host key verification failed"))
        return A::HostKeyUnknown;
    if (said("tcpdump: not found") || said("tcpdump: command not found") || exitCode == 127)
        return A::NoTcpdump;
    if (said("a password is required") || said("sudo: "))
        return A::SudoPassword;
    if (said("You don't have permission") || said("Operation not permitted") || said("permission denied"))
        return A::NoPermission;
    if (said("No such device") || said("doesn't exist"))
        return A::NoInterface;
    if (said("syntax error") || said("illegal token") || said("parse error"))
        return A::BadFilter;
    return A::None;
}

std::string englishText(RemoteCaptureAdvice advice, const RemoteCaptureRequest& request)
{
    using A = RemoteCaptureAdvice;
    const std::string where = request.user.empty() ? request.host : request.user + "@" + request.host;
    switch (advice) {
    case A::None: return {};
    case A::SetUpKey:
        return "ssh could not log in to " + where
             + ": set up a key (ssh-copy-id " + where + ") so that ssh logs in without a password prompt";
    case A::Unreachable: return "ssh could not reach " + where + " (is sshd running there, and the name right?)";
    case A::HostKeyChanged:
        return "the host key of " + request.host + " differs from the one ssh knows: if the host was reinstalled, "
             "remove the old key with ssh-keygen -R " + request.host + " and connect once with ssh " + where
             + " in a terminal to accept the new one";
    case A::HostKeyUnknown:
        return "ssh does not know " + request.host + "'s host key yet: connect once with ssh " + where
             + " in a terminal to accept it";
    case A::NoTcpdump: return "tcpdump is not installed on " + request.host + " (install it there, e.g. apt install tcpdump)";
    case A::SudoPassword:
        return "sudo on " + request.host + " asks for a password: allow tcpdump without one (NOPASSWD in sudoers), "
             "or give the remote user the capture capability";
    case A::NoPermission:
        return "the remote user may not capture on " + request.host
             + ": run tcpdump there with sudo (--sudo, or the dialog's sudo box), or on that host run "
               "sudo setcap cap_net_raw,cap_net_admin+eip $(command -v tcpdump)";
    case A::NoInterface: return "there is no interface " + request.interface + " on " + request.host;
    case A::BadFilter: return "tcpdump on " + request.host + " refused the capture filter";
    }
    return {};
}

std::string remoteCaptureAdvice(int exitCode, const std::string& sshText, const RemoteCaptureRequest& request)
{
    return englishText(remoteCaptureAdviceKind(exitCode, sshText), request);
}

} // namespace tcplens
