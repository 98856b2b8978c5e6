#pragma once
// Whether this user can capture through tcplens-capture, found out without running it: the
// helper is there, this user may run it (root, or a member of its group when it is installed
// 0750 root:tcplens), and it holds the capture capability (or this user is root). A window says
// what to do before the user presses Start.

#include <string>

namespace tcplens {

struct CaptureHelperAccess {
    enum class State {
        Ready,         ///< Capturing should work.
        NotFound,      ///< No helper: `detail` says where it was looked for.
        NotPermitted,  ///< The helper is there but this user may not run it (not in its group).
        NoCapability,  ///< Runnable, but without cap_net_raw/cap_net_admin, and the user is not root.
    };
    State state = State::Ready;
    std::string helperPath;
    std::string group;    ///< The helper's group (the one to join for NotPermitted).
    std::string userName; ///< This user's login name, for the usermod line.
    std::string detail;   ///< NotFound: where it looked.

    /// Checks the helper CaptureHelperProcess::locate() would run, as this process's user.
    [[nodiscard]] static CaptureHelperAccess check();
    /// The same for the helper at `path` (empty: not found, `detail` saying why).
    [[nodiscard]] static CaptureHelperAccess checkPath(const std::string& path, const std::string& detail = {});
};

/// Whether the file at `path` carries cap_net_raw and cap_net_admin as permitted and effective
/// file capabilities (setcap cap_net_raw,cap_net_admin+eip).
[[nodiscard]] bool fileHasCaptureCapabilities(const std::string& path);

} // namespace tcplens
