#pragma once
// The command line of tcplens-capture, checked whole before anything is opened: every value is
// validated (interface names, numbers, paths) and refused with a message naming the option.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tcplens::capture {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFailed = 1; ///< The capture could not start or stopped on an error.
inline constexpr int kExitUsage = 2;  ///< A bad argument or capture filter.

struct HelperOptions {
    bool listInterfaces = false;  ///< -D
    bool json = false;            ///< --json (with -D)
    bool help = false;
    std::vector<std::string> interfaces; ///< -i, in order: interface ids 0, 1, ...
    std::string filter;                  ///< -f
    std::uint32_t snaplen = 262144;      ///< -s
    std::uint32_t bufferBytes = 32U << 20; ///< -B MiB or --buffer-kib KiB
    bool promiscuous = true;             ///< -p turns it off
    bool immediate = true;               ///< --no-immediate turns it off
    std::uint64_t count = 0;             ///< -c; 0: no limit
    std::string filePath;                ///< -w FILE
    bool toStandardOutput = false;       ///< -w -
    bool tcpInfo = false;                ///< --tcp-info[=PATH]
    std::string tcpInfoPath;             ///< Empty: beside FILE (FILE.tcpinfo.csv).
    bool quiet = false;                  ///< -q: only errors and the tcp_info result on stderr
    bool stopWithParent = false;         ///< --stop-with-parent: SIGTERM when the parent dies
    std::uint32_t statsInterval = 0;     ///< --stats-interval SECONDS: statistics blocks on stdout; 0: at the end only
    std::uint32_t stallSeconds = 10;     ///< --stall-timeout SECONDS: give up a stdout nobody reads
};

/// The options, or a message (for "tcplens-capture: MESSAGE") when the command line is wrong.
struct ParsedOptions {
    std::optional<HelperOptions> options;
    std::string error;
};

[[nodiscard]] ParsedOptions parseHelperOptions(const std::vector<std::string_view>& args, bool standardOutputIsTerminal);

/// Whether `name` can be an interface name: 1 to 64 printable characters without '/', blanks
/// or a leading '-'.
[[nodiscard]] bool isValidInterfaceName(std::string_view name) noexcept;

[[nodiscard]] std::string helperUsage();

} // namespace tcplens::capture
