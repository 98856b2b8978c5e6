#include "CaptureHelperProcess.h"

#include "CaptureDevice.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>

extern char** environ;

namespace tcplens {
namespace {

bool isExecutable(const std::string& path)
{
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode) && ::access(path.c_str(), X_OK) == 0;
}

} // namespace

std::string CaptureHelperProcess::locate(std::string& error)
{
    if (const char* chosen = std::getenv("TCPLENS_CAPTURE_HELPER"); chosen && *chosen) {
        if (isExecutable(chosen))
            return chosen;
        error = std::string("TCPLENS_CAPTURE_HELPER names ") + chosen + ", which is not an executable file";
        return {};
    }
    const std::string self = currentExecutablePath();
    const auto slash = self.rfind('/');
    const std::string beside = (slash == std::string::npos ? std::string(".") : self.substr(0, slash)) + "/tcplens-capture";
    if (isExecutable(beside))
        return beside;
    if (const char* path = std::getenv("PATH")) {
        std::string dirs = path;
        std::size_t start = 0;
        while (start <= dirs.size()) {
            const auto end = std::min(dirs.find(':', start), dirs.size());
            const std::string dir = dirs.substr(start, end - start);
            if (!dir.empty() && dir.front() == '/' && isExecutable(dir + "/tcplens-capture"))
                return dir + "/tcplens-capture";
            start = end + 1;
        }
    }
    error = "cannot find the capture helper tcplens-capture (looked beside " + self
          + " and on PATH); install it with tcplens, or set TCPLENS_CAPTURE_HELPER to its path";
    return {};
}

std::vector<std::string> CaptureHelperProcess::arguments(const CaptureHelperRequest& request)
{
    std::vector<std::string> args{"-q", "--stop-with-parent"};
    for (const auto& interface : request.interfaces) {
        args.emplace_back("-i");
        args.push_back(interface);
    }
    if (!request.filter.empty()) {
        args.emplace_back("-f");
        args.push_back(request.filter);
    }
    args.insert(args.end(), {"-s", std::to_string(request.snaplen), "--buffer-kib", std::to_string(request.bufferKiB)});
    if (!request.promiscuous)
        args.emplace_back("-p");
    if (request.count != 0)
        args.insert(args.end(), {"-c", std::to_string(request.count)});
    if (!request.outputPath.empty()) {
        args.insert(args.end(), {"-w", request.outputPath});
        if (request.tcpInfo)
            args.emplace_back("--tcp-info");
    }
    if (request.statsIntervalSeconds != 0)
        args.insert(args.end(), {"--stats-interval", std::to_string(request.statsIntervalSeconds)});
    args.insert(args.end(), {"-w", "-"});
    return args;
}

std::unique_ptr<CaptureHelperProcess> CaptureHelperProcess::start(const std::string& helper,
                                                                  const std::vector<std::string>& arguments,
                                                                  std::string& error, bool collectErrors, bool inputPipe)
{
    int pipe[2] = {-1, -1};
    int errors[2] = {-1, -1};
    int input[2] = {-1, -1};
    if (::pipe2(pipe, O_CLOEXEC) != 0 || (collectErrors && ::pipe2(errors, O_CLOEXEC) != 0)
        || (inputPipe && ::pipe2(input, O_CLOEXEC) != 0)) {
        error = std::string("cannot start the capture helper: ") + std::strerror(errno);
        for (const int fd : {pipe[0], pipe[1], errors[0], errors[1], input[0], input[1]})
            if (fd >= 0)
                ::close(fd);
        return nullptr;
    }
    std::vector<char*> argv;
    argv.push_back(const_cast<char*>(helper.c_str()));
    for (const auto& argument : arguments)
        argv.push_back(const_cast<char*>(argument.c_str()));
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, pipe[1], STDOUT_FILENO); // dup2 clears close-on-exec
    if (collectErrors)
        posix_spawn_file_actions_adddup2(&actions, errors[1], STDERR_FILENO);
    if (inputPipe)
        posix_spawn_file_actions_adddup2(&actions, input[0], STDIN_FILENO);
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    // The helper gets the default dispositions (a caller ignoring SIGPIPE or SIGTERM must not pass that on).
    sigset_t defaults;
    sigemptyset(&defaults);
    for (const int signal : {SIGPIPE, SIGTERM, SIGINT, SIGHUP})
        sigaddset(&defaults, signal);
    sigset_t none;
    sigemptyset(&none);
    posix_spawnattr_setsigdefault(&attributes, &defaults);
    posix_spawnattr_setsigmask(&attributes, &none);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK);
    pid_t pid = -1;
    const int rc = ::posix_spawn(&pid, helper.c_str(), &actions, &attributes, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
    ::close(pipe[1]);
    if (collectErrors)
        ::close(errors[1]);
    if (inputPipe)
        ::close(input[0]);
    if (rc != 0) {
        ::close(pipe[0]);
        if (collectErrors)
            ::close(errors[0]);
        if (inputPipe)
            ::close(input[1]);
        error = "cannot start the capture helper " + helper + ": " + std::strerror(rc);
        return nullptr;
    }
    auto process = std::unique_ptr<CaptureHelperProcess>(new CaptureHelperProcess);
    process->pid_ = pid;
    process->output_ = pipe[0];
    process->input_ = input[1];
    if (collectErrors) {
        (void)::fcntl(errors[0], F_SETFL, ::fcntl(errors[0], F_GETFL) | O_NONBLOCK);
        process->errors_ = errors[0];
    }
    return process;
}

CaptureHelperProcess::~CaptureHelperProcess()
{
    if (output_ >= 0)
        ::close(output_);
    if (pid_ > 0 && exitCode_ < 0) {
        stop();
        (void)wait();
    }
    if (errors_ >= 0)
        ::close(errors_);
    if (input_ >= 0)
        ::close(input_);
}

const std::string& CaptureHelperProcess::collectErrors()
{
    char buffer[4096];
    while (errors_ >= 0) {
        const auto n = ::read(errors_, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            if (n == 0 || errno != EAGAIN) { // the helper closed it (it ended), or it broke
                ::close(errors_);
                errors_ = -1;
            }
            break;
        }
        if (errorText_.size() < (64U << 10)) // a runaway helper cannot grow this without bound
            errorText_.append(buffer, static_cast<std::size_t>(n));
    }
    return errorText_;
}

int CaptureHelperProcess::takeOutput() noexcept
{
    const int fd = output_;
    output_ = -1;
    return fd;
}

void CaptureHelperProcess::stop()
{
    if (pid_ <= 0 || exitCode_ >= 0 || signalled_)
        return;
    const auto nowMs = std::chrono::duration_cast<std::chrono::milliseconds>(
                           std::chrono::steady_clock::now().time_since_epoch()).count();
    stopped_ = true;
    if (input_ >= 0) { // the end of its input ends it (ssh: the remote side stops its capture)
        ::close(input_);
        input_ = -1;
        inputClosedMs_ = nowMs;
        return;
    }
    if (inputClosedMs_ != 0 && nowMs - inputClosedMs_ < kInputGraceMs)
        return;
    ::kill(pid_, SIGTERM);
    signalled_ = true;
}

int CaptureHelperProcess::wait()
{
    if (exitCode_ >= 0 || pid_ <= 0)
        return exitCode_;
    int status = 0;
    pid_t done = -1;
    // Stopped by the end of its input: it is given kInputGraceMs to end, then SIGTERM.
    while (inputClosedMs_ != 0 && !signalled_) {
        done = ::waitpid(pid_, &status, WNOHANG);
        if (done != 0 && !(done < 0 && errno == EINTR))
            break;
        ::usleep(20'000);
        stop(); // sends SIGTERM once the grace has passed
    }
    while (done <= 0) {
        done = ::waitpid(pid_, &status, 0);
        if (done < 0 && errno != EINTR)
            break;
    }
    if (done != pid_)
        exitCode_ = 1;
    else
        exitCode_ = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + (WIFSIGNALED(status) ? WTERMSIG(status) : 0);
    return exitCode_;
}

} // namespace tcplens
