#pragma once
// Stops a capture helper from a thread of its own, so that a stop request reaches it while the
// reader of its stream waits inside CaptureFile::next(): after a statistics block an idle device
// may send nothing more, and that wait would otherwise last until its next packet. Once
// `shouldStop()` (called on the stopper's thread, so it must be thread-safe) says so,
// process.stop() is called every 50 ms until the stopper is destroyed (a program stopped by the
// end of its input gets SIGTERM after its grace). Meanwhile only the stopper calls stop(); the
// reader waits for the process (wait()) after destroying the stopper, so no signal can reach a
// reaped process id.

#include "CaptureHelperProcess.h"

#include <atomic>
#include <functional>
#include <thread>

namespace tcplens {

class CaptureStopper {
public:
    CaptureStopper(CaptureHelperProcess& process, std::function<bool()> shouldStop);
    /// Ends the stopper's thread (not the process).
    ~CaptureStopper();
    CaptureStopper(const CaptureStopper&) = delete;
    CaptureStopper& operator=(const CaptureStopper&) = delete;

    /// Whether it asked the process to stop.
    [[nodiscard]] bool stopped() const noexcept { return stopped_.load(std::memory_order_acquire); }

private:
    std::atomic<bool> done_{false};
    std::atomic<bool> stopped_{false};
    std::thread thread_;
};

} // namespace tcplens
