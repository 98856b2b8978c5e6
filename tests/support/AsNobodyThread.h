#pragma once
// Tests that run part of themselves as nobody (root only): the calling thread, and the threads it
// starts meanwhile (a capture's, and the programs they run), take nobody's identity.

#include <pwd.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <vector>

namespace tcplens::test {

/// Makes the calling thread (and the threads it starts meanwhile, e.g. a capture's, and the
/// helper they run) nobody's, keeping root as the saved user to come back to: a raw setresuid
/// changes one thread only. Restores root on destruction.
class AsNobodyThread {
public:
    AsNobodyThread()
    {
        const passwd* nobody = ::getpwnam("nobody");
        if (!nobody)
            return;
        uid_ = nobody->pw_uid;
        gid_ = nobody->pw_gid;
        groups_.resize(64);
        const int n = ::getgroups(static_cast<int>(groups_.size()), groups_.data());
        groups_.resize(n < 0 ? 0 : n);
        ok_ = ::syscall(SYS_setgroups, 0, nullptr) == 0 && ::syscall(SYS_setresgid, gid_, gid_, 0) == 0
              && ::syscall(SYS_setresuid, uid_, uid_, 0) == 0;
    }
    ~AsNobodyThread()
    {
        (void)::syscall(SYS_setresuid, 0, 0, 0);
        (void)::syscall(SYS_setresgid, 0, 0, 0);
        (void)::syscall(SYS_setgroups, groups_.size(), groups_.data());
    }
    [[nodiscard]] bool ok() const { return ok_; }
    [[nodiscard]] uid_t uid() const { return uid_; }

private:
    bool ok_ = false;
    uid_t uid_ = 0;
    gid_t gid_ = 0;
    std::vector<gid_t> groups_;
};

} // namespace tcplens::test
