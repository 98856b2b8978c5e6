#pragma once
// A network of the lab's own: a new network namespace for the calling thread (its loopback, its
// qdiscs), so a scenario can shape and drop traffic without touching the machine's. Needs
// CAP_SYS_ADMIN and CAP_NET_ADMIN (root). Linux.

#include "LabProblem.h"

#include <string>
#include <vector>

namespace tcplens {

/// Moves the calling thread (and the threads and processes it starts later) into a new network
/// namespace and brings its loopback up; false with `error` (without root: the fix).
[[nodiscard]] bool enterOwnNetwork(LabProblem& error);
/// Runs `argv` (argv[0] looked up on PATH, no shell) and waits for it; false with its exit code.
[[nodiscard]] bool runNetworkTool(const std::vector<std::string>& argv, LabProblem& error);

} // namespace tcplens
