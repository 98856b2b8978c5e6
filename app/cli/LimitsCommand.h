#pragma once
// tcplens-cli limits: what held each sender of one conversation back (series/LimitTracker), as a
// timeline per round trip and totals per factor.

#include <iosfwd>
#include <string_view>
#include <vector>

namespace tcplens::cli {

inline constexpr const char* kLimitsUsage =
    R"(  limits FILE --stream N [--json] [--lang en|zh_CN] [--tcpinfo CSV] [-o OUT]
                                    what limited each sender, round trip by round trip
                                    (handshake, application, receiver window, congestion,
                                    send buffer, loss recovery, retransmission timeout, zero
                                    window, idle, unknown), the seconds and share of each
                                    and the dominant one in words (docs/limiting-factors.md);
                                    with the kernel's tcp_info sidecar (FILE.tcpinfo.csv, or
                                    --tcpinfo CSV) the kernel's own split beside it: busy,
                                    rwnd-limited, sndbuf-limited, and the difference
)";

/// Parses the arguments after "limits" and runs it; returns the exit code.
int runLimits(const std::vector<std::string_view>& args, std::ostream& out, std::ostream& err);

} // namespace tcplens::cli
