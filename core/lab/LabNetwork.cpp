#include "LabNetwork.h"

#include <sched.h>
#include <spawn.h>
#include <sys/wait.h>

#include <cerrno>
#include <cstring>

extern char** environ;

namespace tcplens {

bool enterOwnNetwork(LabProblem& error)
{
    if (::unshare(CLONE_NEWNET) != 0) {
        error = LabProblem(LabProblemKind::CannotMakeNamespace, {}, errno);
        return false;
    }
    return runNetworkTool({"ip", "link", "set", "lo", "up"}, error);
}

bool runNetworkTool(const std::vector<std::string>& argv, LabProblem& error)
{
    std::vector<char*> args;
    for (const auto& arg : argv)
        args.push_back(const_cast<char*>(arg.c_str()));
    args.push_back(nullptr);
    pid_t pid = -1;
    const int rc = ::posix_spawnp(&pid, args[0], nullptr, nullptr, args.data(), environ);
    std::string command;
    for (const auto& arg : argv)
        command += (command.empty() ? "" : " ") + arg;
    if (rc != 0) {
        error = LabProblem(LabProblemKind::CannotRunTool, {command}, rc);
        return false;
    }
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    if (WIFEXITED(status) && WEXITSTATUS(status) == 0)
        return true;
    error = LabProblem(LabProblemKind::ToolFailed, {command, WIFEXITED(status) ? std::to_string(WEXITSTATUS(status)) : std::string()});
    return false;
}

} // namespace tcplens
