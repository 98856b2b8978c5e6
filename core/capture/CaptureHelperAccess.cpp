#include "CaptureHelperAccess.h"

#include "CaptureHelperProcess.h"

#include <grp.h>
#include <linux/capability.h>
#include <pwd.h>
#include <sys/stat.h>
#include <sys/xattr.h>
#include <unistd.h>

#include <cstdint>
#include <cstring>

namespace tcplens {

bool fileHasCaptureCapabilities(const std::string& path)
{
    // struct vfs_cap_data (revision 2 or 3): magic_etc, then permitted/inheritable per 32-bit word.
    std::uint32_t data[6] = {};
    const auto n = ::getxattr(path.c_str(), "security.capability", data, sizeof data);
    if (n < static_cast<ssize_t>(3 * sizeof(std::uint32_t)))
        return false;
    const std::uint32_t needed = (1U << CAP_NET_RAW) | (1U << CAP_NET_ADMIN);
    const bool effective = (data[0] & VFS_CAP_FLAGS_EFFECTIVE) != 0;
    return effective && (data[1] & needed) == needed;
}

CaptureHelperAccess CaptureHelperAccess::check()
{
    std::string error;
    const std::string path = CaptureHelperProcess::locate(error);
    return checkPath(path, error);
}

CaptureHelperAccess CaptureHelperAccess::checkPath(const std::string& path, const std::string& detail)
{
    CaptureHelperAccess access;
    access.helperPath = path;
    access.detail = detail;
    if (const passwd* user = ::getpwuid(::getuid()))
        access.userName = user->pw_name;
    else
        access.userName = std::to_string(::getuid());
    struct stat st {};
    if (path.empty() || ::stat(path.c_str(), &st) != 0) {
        access.state = State::NotFound;
        return access;
    }
    if (const struct ::group* owner = ::getgrgid(st.st_gid))
        access.group = owner->gr_name;
    else
        access.group = std::to_string(st.st_gid);
    if (::geteuid() == 0)
        return access; // root captures whatever the helper's file says
    if (::access(path.c_str(), X_OK) != 0) {
        access.state = State::NotPermitted;
        return access;
    }
    const bool setuidRoot = (st.st_mode & S_ISUID) != 0 && st.st_uid == 0;
    if (!setuidRoot && !fileHasCaptureCapabilities(path))
        access.state = State::NoCapability;
    return access;
}

} // namespace tcplens
