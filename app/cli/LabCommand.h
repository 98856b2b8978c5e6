#pragma once
// tcplens-cli lab: records one of the lab's TCP scenarios through the capture helper.

#include <iosfwd>
#include <string_view>
#include <vector>

namespace tcplens::cli {

/// Usage lines for the main help.
inline constexpr const char* kLabUsage =
    R"(  lab --list [--lang en|zh_CN]    the TCP lab's scenarios, each with its explanation
  lab SCENARIO -w OUT.pcapng [--lang en|zh_CN]
                                    makes real traffic between tcplens's own client and server
                                    sockets on loopback, records it through tcplens-capture
                                    into OUT.pcapng, prints the explanation, what was seen
                                    beside the capture (kernel counters, socket states) and
                                    the check that the capture shows it (exit 1 if not)
)";

/// `args` are the words after "lab".
int runLab(const std::vector<std::string_view>& args, std::ostream& out, std::ostream& err);

} // namespace tcplens::cli
