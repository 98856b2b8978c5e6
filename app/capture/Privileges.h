#pragma once
// What tcplens-capture gives up once its devices are open: every capability (effective,
// permitted, inheritable, ambient), a set-user-ID identity if it was installed that way, and the
// right to gain any of them back (no_new_privs). Linux only; no library.

#include <string>

namespace tcplens::capture {

/// False with `error` when a step failed; the caller must then stop.
[[nodiscard]] bool dropPrivileges(std::string& error);

/// Makes the kernel send SIGTERM when the parent ends (a closed pipe stops the capture too).
void stopWithParent();

} // namespace tcplens::capture
