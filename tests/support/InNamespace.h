#pragma once
// Entering a named network namespace (`ip netns add NAME`) on the calling thread, for the kernel
// tests that run one side of a transfer in each namespace.

#include <QString>

#include <fcntl.h>
#include <sched.h>
#include <unistd.h>

namespace tcplens::test {

/// Enters a network namespace for the lifetime of the object (this thread only).
class InNamespace {
public:
    explicit InNamespace(const QString& name)
    {
        original_ = ::open("/proc/self/ns/net", O_RDONLY | O_CLOEXEC);
        const int target = ::open(("/var/run/netns/" + name).toLocal8Bit().constData(), O_RDONLY | O_CLOEXEC);
        ok_ = original_ >= 0 && target >= 0 && ::setns(target, CLONE_NEWNET) == 0;
        if (target >= 0)
            ::close(target);
    }
    ~InNamespace()
    {
        if (ok_)
            (void)::setns(original_, CLONE_NEWNET);
        if (original_ >= 0)
            ::close(original_);
    }
    InNamespace(const InNamespace&) = delete;
    InNamespace& operator=(const InNamespace&) = delete;
    [[nodiscard]] bool ok() const noexcept { return ok_; }

private:
    int original_ = -1;
    bool ok_ = false;
};

} // namespace tcplens::test
