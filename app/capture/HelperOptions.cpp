#include "HelperOptions.h"

#include "../cli/CliNumbers.h"

#include <climits>

namespace tcplens::capture {
namespace {

constexpr std::size_t kMaxFilterLength = 8192;

bool isValidPath(std::string_view path) noexcept
{
    if (path.empty() || path.size() >= PATH_MAX)
        return false;
    for (const char c : path)
        if (c == '\0' || c == '\n' || c == '\r')
            return false;
    return true;
}

} // namespace

bool isValidInterfaceName(std::string_view name) noexcept
{
    if (name.empty() || name.size() > 64 || name.front() == '-')
        return false;
    for (const char c : name) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u == 0x7f || c == '/')
            return false;
    }
    return true;
}

std::string helperUsage()
{
    return R"(Usage: tcplens-capture -D [--json]
       tcplens-capture -i IFACE [-i IFACE ...] [-f BPF] [-s SNAPLEN] [-B MiB] [-p] [-c COUNT]
                       -w FILE|- [-w -] [--tcp-info[=PATH]] [-q]

The capture helper of tcplens: the only tcplens program that needs the capture capability. It opens
the interfaces, drops every capability, and writes pcapng (one interface description per -i, the
packets, statistics at the end) to FILE and/or standard output (-w -), flushed as packets arrive.

  -D                 list the interfaces a capture can use (--json: one JSON object a line)
  -i IFACE           capture on IFACE (repeat for several; "any" is every interface)
  -f BPF             capture filter (tcpdump syntax), on every interface
  -s SNAPLEN         bytes kept of each packet, 64 to 262144 (default 262144)
  -B MiB             kernel buffer per interface, 1 to 1024 MiB (default 32); --buffer-kib KiB
  -p                 no promiscuous mode
  --no-immediate     let the kernel batch packets (fewer wake-ups, up to 100 ms late)
  -c COUNT           stop after COUNT packets (all interfaces together)
  -w FILE | -w -     write to FILE (with your rights) or to standard output; both may be given
  --tcp-info[=PATH]  sample the kernel's tcp_info of local sockets into PATH (default FILE.tcpinfo.csv)
  -q                 quiet: no start and statistics lines
  --stop-with-parent stop (as on SIGTERM) when the program that started it ends
  --stats-interval S also write interface statistics (received, dropped) to standard output every
                     S seconds, 1 to 3600, for a reader showing drops while capturing
  --stall-timeout S  stop when standard output has taken nothing for S seconds, 1 to 3600
                     (default 10): a reader that stopped reading without closing the pipe

Stops on SIGINT, SIGTERM, SIGHUP or when standard output is closed, writing the statistics.
Exit codes: 0 success, 1 the capture failed (no permission, no interface, write error), 2 bad usage.
)";
}

ParsedOptions parseHelperOptions(const std::vector<std::string_view>& args, bool standardOutputIsTerminal)
{
    ParsedOptions parsed;
    HelperOptions options;
    const auto fail = [&](std::string message) {
        parsed.error = std::move(message);
        return parsed;
    };
    for (std::size_t i = 0; i < args.size(); ++i) {
        const auto arg = args[i];
        if (arg == "-h" || arg == "--help") {
            options.help = true;
            continue;
        }
        if (arg == "-D" || arg == "--list-interfaces") {
            options.listInterfaces = true;
            continue;
        }
        if (arg == "--json") {
            options.json = true;
            continue;
        }
        if (arg == "-p") {
            options.promiscuous = false;
            continue;
        }
        if (arg == "--no-immediate") {
            options.immediate = false;
            continue;
        }
        if (arg == "-q") {
            options.quiet = true;
            continue;
        }
        if (arg == "--stop-with-parent") {
            options.stopWithParent = true;
            continue;
        }
        if (arg == "--tcp-info" || arg.starts_with("--tcp-info=")) {
            options.tcpInfo = true;
            if (arg.size() > 10) {
                const auto path = arg.substr(11);
                if (!isValidPath(path))
                    return fail("--tcp-info=PATH needs a file path");
                options.tcpInfoPath = std::string(path);
            }
            continue;
        }
        const bool takesValue = arg == "-i" || arg == "-f" || arg == "-s" || arg == "-B" || arg == "--buffer-kib"
                              || arg == "-c" || arg == "-w" || arg == "--stats-interval"
                              || arg == "--stall-timeout";
        if (!takesValue)
            return fail("unknown option \"" + std::string(arg) + "\" (tcplens-capture --help lists them)");
        if (i + 1 >= args.size())
            return fail(std::string(arg) + " needs a value");
        const auto value = args[++i];
        if (arg == "-i") {
            if (!isValidInterfaceName(value))
                return fail("-i needs an interface name (1 to 64 characters, no '/', blanks or leading '-'), not \""
                            + std::string(value) + "\"");
            for (const auto& known : options.interfaces)
                if (known == value)
                    return fail("-i " + std::string(value) + " is given twice");
            if (options.interfaces.size() >= 64)
                return fail("at most 64 interfaces can be captured at once");
            options.interfaces.emplace_back(value);
        } else if (arg == "-f") {
            if (value.size() > kMaxFilterLength || value.find('\0') != std::string_view::npos)
                return fail("-f needs a capture filter of at most 8192 characters");
            options.filter = std::string(value);
        } else if (arg == "-s") {
            const auto snaplen = cli::parseWholeNumber(value, 0, 262144);
            if (!snaplen || (*snaplen != 0 && *snaplen < 64))
                return fail("-s needs a snapshot length from 64 to 262144 (0: 262144), not \"" + std::string(value) + "\"");
            options.snaplen = *snaplen == 0 ? 262144 : static_cast<std::uint32_t>(*snaplen);
        } else if (arg == "-B") {
            const auto mib = cli::parseWholeNumber(value, 1, 1024);
            if (!mib)
                return fail("-B needs a buffer size in MiB from 1 to 1024, not \"" + std::string(value) + "\"");
            options.bufferBytes = static_cast<std::uint32_t>(*mib << 20);
        } else if (arg == "--buffer-kib") {
            const auto kib = cli::parseWholeNumber(value, 64, 1024 * 1024);
            if (!kib)
                return fail("--buffer-kib needs a buffer size in KiB from 64 to 1048576, not \"" + std::string(value) + "\"");
            options.bufferBytes = static_cast<std::uint32_t>(*kib << 10);
        } else if (arg == "--stats-interval" || arg == "--stall-timeout") {
            const auto seconds = cli::parseWholeNumber(value, 1, 3600);
            if (!seconds)
                return fail(std::string(arg) + " needs a number of seconds from 1 to 3600, not \"" + std::string(value) + "\"");
            (arg == "--stats-interval" ? options.statsInterval : options.stallSeconds) = static_cast<std::uint32_t>(*seconds);
        } else if (arg == "-c") {
            const auto count = cli::parseWholeNumber(value, 1, 1'000'000'000'000'000ULL);
            if (!count)
                return fail("-c needs a packet count from 1, not \"" + std::string(value) + "\"");
            options.count = *count;
        } else if (value == "-") {
            if (options.toStandardOutput)
                return fail("-w - is given twice");
            options.toStandardOutput = true;
        } else {
            if (!isValidPath(value))
                return fail("-w needs a file path or - (standard output)");
            if (!options.filePath.empty())
                return fail("-w names two files (" + options.filePath + ", " + std::string(value)
                            + "); give one file, and - for standard output");
            options.filePath = std::string(value);
        }
    }
    if (options.help || options.listInterfaces) {
        parsed.options = std::move(options);
        return parsed;
    }
    if (options.interfaces.empty())
        return fail("no interface: -i IFACE (tcplens-capture -D lists them)");
    if (options.filePath.empty() && !options.toStandardOutput) {
        if (standardOutputIsTerminal)
            return fail("no output: -w FILE, or -w - to write pcapng to standard output (not a terminal)");
        options.toStandardOutput = true;
    }
    if (options.toStandardOutput && standardOutputIsTerminal)
        return fail("-w - would write binary pcapng to a terminal; redirect it to a file or a pipe");
    if (options.tcpInfo && options.tcpInfoPath.empty() && options.filePath.empty())
        return fail("--tcp-info needs --tcp-info=PATH when writing only to standard output");
    parsed.options = std::move(options);
    return parsed;
}

} // namespace tcplens::capture
