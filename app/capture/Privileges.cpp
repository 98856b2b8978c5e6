#include "Privileges.h"

#include <linux/capability.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstring>

namespace tcplens::capture {

bool dropPrivileges(std::string& error)
{
    // Installed set-user-ID or set-group-ID: become the invoking user for good.
    const uid_t uid = ::getuid();
    const gid_t gid = ::getgid();
    if (::getegid() != gid && ::setresgid(gid, gid, gid) != 0) {
        error = std::string("cannot drop the group identity: ") + std::strerror(errno);
        return false;
    }
    if (::geteuid() != uid && ::setresuid(uid, uid, uid) != 0) {
        error = std::string("cannot drop the user identity: ") + std::strerror(errno);
        return false;
    }
    (void)::prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0); // EINVAL on kernels without ambient caps
    __user_cap_header_struct header{_LINUX_CAPABILITY_VERSION_3, 0};
    __user_cap_data_struct none[_LINUX_CAPABILITY_U32S_3] = {};
    if (::syscall(SYS_capset, &header, none) != 0) {
        error = std::string("cannot drop the capabilities: ") + std::strerror(errno);
        return false;
    }
    if (::prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0) {
        error = std::string("cannot set no_new_privs: ") + std::strerror(errno);
        return false;
    }
    // Check rather than trust: nothing may be left.
    __user_cap_data_struct left[_LINUX_CAPABILITY_U32S_3] = {};
    header = {_LINUX_CAPABILITY_VERSION_3, 0};
    if (::syscall(SYS_capget, &header, left) != 0) {
        error = std::string("cannot read the capabilities back: ") + std::strerror(errno);
        return false;
    }
    for (const auto& word : left)
        if (word.effective || word.permitted || word.inheritable) {
            error = "capabilities are still held after dropping them";
            return false;
        }
    return true;
}

void stopWithParent()
{
    (void)::prctl(PR_SET_PDEATHSIG, SIGTERM, 0, 0, 0);
}

} // namespace tcplens::capture
