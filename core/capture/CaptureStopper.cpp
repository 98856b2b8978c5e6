#include "CaptureStopper.h"

#include <chrono>

namespace tcplens {

CaptureStopper::CaptureStopper(CaptureHelperProcess& process, std::function<bool()> shouldStop)
{
    thread_ = std::thread([this, &process, shouldStop = std::move(shouldStop)] {
        while (!done_.load(std::memory_order_acquire)) {
            if (stopped_.load(std::memory_order_relaxed) || shouldStop()) {
                process.stop();
                stopped_.store(true, std::memory_order_release);
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
    });
}

CaptureStopper::~CaptureStopper()
{
    done_.store(true, std::memory_order_release);
    thread_.join();
}

} // namespace tcplens
