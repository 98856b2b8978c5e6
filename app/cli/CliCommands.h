#pragma once
// The commands of tcplens-cli, writing to the given streams and returning the exit code.

#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace tcplens::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitUnreadable = 1;
inline constexpr int kExitUsage = 2;

struct PacketsOptions {
    std::string path;
    bool json = false;
    bool absolute = false; ///< -S: print raw sequence numbers.
    std::optional<std::string> filter;        ///< -f/--filter: capture-filter (BPF) syntax
    std::optional<std::string> displayFilter; ///< -Y: Wireshark display-filter syntax
};

struct DetailsOptions {
    std::string path;
    std::uint64_t frame = 0; ///< 1-based; 0 prints every frame.
    bool offsets = false;    ///< Also print byte offset, bit offset and width of every field.
};

struct SeriesOptions {
    std::string path;
    std::optional<std::uint32_t> stream;
    std::optional<std::string> direction; ///< "c2s" or "s2c"; default: the one carrying more payload.
    std::string kind;
    double throughputWindow = 1.0;
};

struct CaptureOptions {
    std::string interface;
    std::string filter;
    std::uint64_t count = 0;     ///< -c: stop after this many packets; 0: no limit.
    double durationSeconds = 0;  ///< --duration: stop after this long; 0: no limit.
    std::string outputPath;      ///< -w: keep the capture here; empty: a temporary file, removed at the end.
    bool json = false;
    bool absolute = false;       ///< -S
    std::uint32_t snaplen = 262144;
    bool promiscuous = true;     ///< -p turns it off
    std::uint32_t bufferKiB = 32 * 1024;
    bool kernelInfo = true;      ///< With -w: sample local sockets' tcp_info into OUT.tcpinfo.csv (Linux).
    std::string remote;          ///< --remote [USER@]HOST[:PORT]: capture there with tcpdump over ssh.
    bool remoteSudo = false;     ///< --sudo: run the remote tcpdump through sudo -n.
    std::vector<std::string> sshOptions; ///< --ssh-option OPT (-o OPT), --ssh-config FILE (-F FILE)
};

int runInterfaces(bool json, std::ostream& out, std::ostream& err);
/// Captures until -c, --duration, SIGINT/SIGTERM or the interface goes away (CaptureCommands.cpp).
int runCapture(const CaptureOptions& options, std::ostream& out, std::ostream& err);

struct ChartOptions {
    std::string path;
    std::optional<std::uint32_t> stream;
    std::optional<std::string> direction; ///< "c2s" or "s2c"; default: the one carrying more payload.
    std::string kind;                     ///< tsg, window, throughput, rtt, model
    std::string output;                   ///< .png, .svg, .pdf (GUI builds) or .csv
    double throughputWindow = 1.0;
    int width = 1280;
    int height = 720;
    std::string theme = "light";
    bool stevens = false;
};

int runSummary(const std::string& path, std::ostream& out, std::ostream& err);
int runPackets(const PacketsOptions& options, std::ostream& out, std::ostream& err);
int runConversations(const std::string& path, bool json, std::ostream& out, std::ostream& err);
int runSeries(const SeriesOptions& options, std::ostream& out, std::ostream& err);
int runChart(const ChartOptions& options, std::ostream& out, std::ostream& err);
int runDetails(const DetailsOptions& options, std::ostream& out, std::ostream& err);

} // namespace tcplens::cli
