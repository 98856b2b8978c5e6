#pragma once
// Starts tcplens-capture (the only binary holding the capture capability) without a shell and
// hands over the read end of the pipe its pcapng stream comes through; its standard error is
// the caller's, so its messages (naming the fix) reach the user as they are, or (for a window)
// collected through a second pipe. Linux/POSIX.
//
// The helper is started with --stop-with-parent (PR_SET_PDEATHSIG), which fires when the *thread*
// that started it ends: start it from a thread that outlives the capture (e.g. the one that
// reads the stream until its end and then waits for the helper).

#include <cstdint>
#include <memory>
#include <string>
#include <sys/types.h>
#include <vector>

namespace tcplens {

/// What to capture, turned into tcplens-capture's arguments.
struct CaptureHelperRequest {
    std::vector<std::string> interfaces;
    std::string filter;
    std::uint32_t snaplen = 262144;
    std::uint32_t bufferKiB = 32 * 1024;
    bool promiscuous = true;
    std::uint64_t count = 0;    ///< 0: no limit
    std::string outputPath;     ///< Also written by the helper (with the user's rights); empty: none.
    bool tcpInfo = false;       ///< With outputPath: the tcp_info sidecar beside it.
    std::uint32_t statsIntervalSeconds = 0; ///< Statistics blocks in the stream this often; 0: at the end.
};

class CaptureHelperProcess {
public:
    /// The helper to run: $TCPLENS_CAPTURE_HELPER, else tcplens-capture beside the running
    /// program, else on PATH; empty with `error` naming where it looked.
    [[nodiscard]] static std::string locate(std::string& error);
    [[nodiscard]] static std::vector<std::string> arguments(const CaptureHelperRequest& request);

    /// Spawns `helper` with `arguments` (standard output to a pipe, and standard error to a
    /// second one when `collectErrors`); null with `error`. With `inputPipe` its standard input is
    /// a pipe that only stop() closes (ssh: the remote side ends its tcpdump at that end of input,
    /// and also when this program dies); otherwise it is this program's.
    [[nodiscard]] static std::unique_ptr<CaptureHelperProcess> start(const std::string& helper,
                                                                     const std::vector<std::string>& arguments,
                                                                     std::string& error, bool collectErrors = false,
                                                                     bool inputPipe = false);
    /// Stops the helper (SIGTERM) and waits for it if it still runs.
    ~CaptureHelperProcess();
    CaptureHelperProcess(const CaptureHelperProcess&) = delete;
    CaptureHelperProcess& operator=(const CaptureHelperProcess&) = delete;

    /// The pipe's read end; the caller owns it after this call (-1 the second time).
    [[nodiscard]] int takeOutput() noexcept;
    [[nodiscard]] pid_t pid() const noexcept { return pid_; }
    /// With collectErrors: reads what the helper wrote to standard error so far, without waiting
    /// (call it now and then so a talkative helper never fills the pipe), and returns all of it.
    const std::string& collectErrors();
    /// Asks the helper to stop (SIGTERM): it writes its statistics and closes the stream. Started
    /// with an input pipe, the first call closes that pipe instead, and a call after
    /// kInputGraceMs more sends SIGTERM to a program that did not end by then.
    void stop();
    static constexpr int kInputGraceMs = 3000;
    /// Whether stop() asked it to end.
    [[nodiscard]] bool stopped() const noexcept { return stopped_; }
    /// Waits for the helper's end: its exit code, or 128 + the signal that killed it.
    int wait();

private:
    CaptureHelperProcess() = default;

    pid_t pid_ = -1;
    int output_ = -1;
    int errors_ = -1;
    int input_ = -1;
    std::int64_t inputClosedMs_ = 0; // steady clock, when stop() closed the input pipe
    bool signalled_ = false;
    std::string errorText_;
    bool stopped_ = false;
    int exitCode_ = -1;
};

} // namespace tcplens
