#pragma once
// tcplens-cli tcpinfo: the kernel's tcp_info of local sockets, sampled at an interval.

#include <iosfwd>
#include <string_view>
#include <vector>

namespace tcplens::cli {

/// Usage lines for the main help.
inline constexpr const char* kTcpInfoUsage =
    R"(  tcpinfo [--src A:P] [--dst B:P] [--interval MS] [--duration S] [--count N] [--csv] [-w OUT.csv]
                                    the kernel's own numbers (tcp_info) of the local TCP
                                    sockets between the two endpoints, either way round,
                                    every MS ms (default 50): cwnd (segments and bytes),
                                    ssthresh, srtt/rttvar, retransmissions, delivery and
                                    pacing rate, algorithm; until S seconds, N rounds or
                                    Ctrl-C. An address or port may be * (or left out:
                                    "10.0.0.2", ":5201"). Only sockets of this network
                                    namespace are visible. --csv prints the sidecar format,
                                    -w also writes it to a file
)";

/// `args` are the words after "tcpinfo".
int runTcpInfo(const std::vector<std::string_view>& args, std::ostream& out, std::ostream& err);

} // namespace tcplens::cli
