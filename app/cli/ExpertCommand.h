#pragma once
// tcplens-cli expert: Expert Information (core/expert) as tshark -q -z expert prints it, or JSON.

#include <iosfwd>
#include <string_view>
#include <vector>

namespace tcplens::cli {

inline constexpr const char* kExpertUsage =
    R"(  expert FILE [--json] [--severity chat|note|warn|error] [--stream N] [--check-checksums]
                                    Expert Information: every TCP expert item tshark 4.0 raises
                                    (connection setup and teardown, retransmissions, dup ACKs,
                                    lost segments, window problems, header oddities), counted
                                    per severity and summary as tshark -q -z expert prints
                                    them; --severity keeps that level and worse, --stream one
                                    conversation; --json adds the frames and per-conversation
                                    totals; --check-checksums reports bad (not offloaded) TCP
                                    checksums as errors
)";

/// Parses the arguments after "expert" and runs it; returns the exit code.
int runExpert(const std::vector<std::string_view>& args, std::ostream& out, std::ostream& err);

} // namespace tcplens::cli
