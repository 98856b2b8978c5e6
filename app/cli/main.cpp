// tcplens-cli: the headless face of the tcplens core.
#include "CliCommands.h"
#include "CliNumbers.h"
#include "FlowCommand.h"
#include "ExportCommand.h"
#include "FollowStreamCommand.h"
#include "ReportCommand.h"
#include "InfoCommand.h"
#include "ExpertCommand.h"
#include "LimitsCommand.h"
#ifdef TCPLENS_HAVE_TCP_INFO
#include "TcpInfoCommand.h"
#include "LabCommand.h"
#endif

#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <optional>
#include <string_view>
#include <vector>

namespace {

constexpr const char* kUsage = R"(usage: tcplens-cli COMMAND [OPTIONS] FILE

Commands:
  summary FILE                      format, link type, packets, time span, TCP packets,
                                    4-tuples and decode problems by kind
  packets FILE [--json] [-f|--filter BPF] [-Y DISPLAY-FILTER] [-S]
                                    one tcpdump-style line per packet, or JSON Lines with --json;
                                    -f/--filter takes a tcpdump (BPF) expression, -Y a Wireshark
                                    display filter (tcp.analysis.retransmission, ip.addr == 10.0.0.0/8);
                                    -S prints absolute sequence numbers
  conversations FILE [--json]       one row per TCP conversation (tcp.stream): client, server,
                                    packets and bytes each way, duration, Zeek's conn_state
                                    and history, iRTT, retransmissions; JSON Lines with --json
  series FILE --stream N --kind tsg|window|throughput|rtt|cwnd|model [--direction c2s|s2c]
         [--window SECONDS] [--csv]
                                    chart data of one conversation as CSV: time-sequence,
                                    windows, throughput/goodput (moving average over SECONDS),
                                    RTT samples, congestion-window estimate, textbook model
  chart FILE --stream N --kind tsg|window|throughput|rtt|model -o OUT.png|svg|pdf|csv
        [--direction c2s|s2c] [--window SECONDS] [--size WxH] [--theme light|dark|contrast]
        [--stevens]
                                    one chart of a conversation as an image (GUI builds; drawn
                                    offscreen) or its data as CSV; --stevens draws the
                                    time-sequence graph with dots
  details FILE [--frame N] [--offsets]
                                    every header field of every frame (or frame N) as a tree,
                                    in Wireshark's words; --offsets adds each field's byte
                                    offset, bit offset and bit width
  flow FILE --stream N|N,M|all [--from FRAME] [--to FRAME]
       [--format text|mermaid|plantuml|svg|png|pdf|narration] [--lang en|zh_CN] [--absolute] [-o OUT]
       [--spacing uniform|time] [--slanted]
                                    the flow graph (sequence diagram) of one or more
                                    conversations, with the TCP states on the lifelines:
                                    ASCII diagram (default), Mermaid, PlantUML, SVG, PNG or
                                    PDF (these two need the GUI build and -o), or a
                                    narration of every packet; --from/--to limit it to frames
                                    FROM..TO; relative seq/ack unless --absolute; SVG, PNG and
                                    PDF rows spaced by time (long gaps show) and slanted
                                    arrows on request
  follow FILE --stream N [--format ascii|hex|raw|yaml|c|binary] [-o OUT]
                                    the payload of one conversation, both directions
                                    reassembled in order (retransmissions once, gaps as
                                    "[N bytes missing in capture file]"), as tshark -z
                                    follow,tcp,MODE,N prints it, as C arrays, or the bytes
  report FILE --stream N [--format text|markdown|json] [--lang en|zh_CN] [-o OUT]
                                    the lab answers of one conversation: addresses and
                                    ports, SYN and SYN-ACK numbers, first data segment,
                                    SampleRTT/EstimatedRTT/DevRTT/RTO of the first six data
                                    segments, segment lengths, receive window, retransmissions,
                                    throughput, end of slow start, each with how it was computed
  info FILE [--json]                Capture File Properties, as capinfos: format, size, SHA256,
                                    encapsulations, interfaces (link type, snap length, name,
                                    filter, drops from pcapng statistics), first/last packet
                                    time, elapsed, packets, bytes, averages, comments
  export FILE -o OUT.pcap|OUT.pcapng [--format pcap|pcapng] [--filter BPF] [--stream N[,M...]]
         [--frames 1-10,15,20-]
                                    Export Specified Packets: the frames the filter, the
                                    conversations and the frame ranges all choose, with their
                                    bytes, times, interfaces and comments
  interfaces [--json]               the interfaces a capture can use, with flags and addresses
  capture -i IFACE [-f BPF] [-c COUNT] [--duration SECONDS] [-w OUT.pcapng] [--json] [-S]
          [-s SNAPLEN] [-p] [-B KIB] [--no-kernel-info]
                                    live capture: prints the lines of `packets` as packets
                                    arrive and a summary (captured, received, dropped by
                                    kernel / by interface) on stderr at the end; stops at
                                    COUNT, after SECONDS, or on Ctrl+C; -w keeps the pcapng;
                                    -p: not promiscuous; -B: kernel buffer in KiB (32768);
                                    with -w, the kernel's tcp_info of local sockets goes to
                                    OUT.pcapng.tcpinfo.csv (Linux; --no-kernel-info: not)
  capture --remote [USER@]HOST[:PORT] [-i IFACE] [-f BPF] [--sudo] [--ssh-option OPT]
          [--ssh-config FILE] [-c COUNT] [--duration SECONDS] [-w OUT] [--json]
                                    capture on another machine: ssh HOST tcpdump -U -w - -i
                                    IFACE (default any), the ssh connection itself left out
#EXPERT##LIMITS##TCPINFO#
#LAB#

Exit codes: 0 success, 1 the file could not be read (or was cut short) or the capture failed,
2 usage error or bad filter.
)";

void printUsage(std::ostream& out)
{
    std::string usage = kUsage;
    usage.replace(usage.find("#EXPERT#"), 8, tcplens::cli::kExpertUsage);
    usage.replace(usage.find("#LIMITS#"), 8, tcplens::cli::kLimitsUsage);
#ifdef TCPLENS_HAVE_TCP_INFO
    usage.replace(usage.find("#TCPINFO#\n"), 10, tcplens::cli::kTcpInfoUsage);
#else
    usage.replace(usage.find("#TCPINFO#\n"), 10, "");
#endif
#ifdef TCPLENS_HAVE_LAB
    usage.replace(usage.find("#LAB#\n"), 6, tcplens::cli::kLabUsage);
#else
    usage.replace(usage.find("#LAB#\n"), 6, "");
#endif
    out << usage;
}

/// Reads the value of --stream (a stream number) or --window (seconds, more than 0 and at most a
/// year) into `stream` or `window`; a message for anything else.
std::optional<std::string> streamOrWindow(std::string_view option, const std::string& value,
                                          std::optional<std::uint32_t>& stream, double& window)
{
    if (option == "--stream") {
        const auto number = tcplens::cli::parseWholeNumber(value, 0, tcplens::cli::kMaxStreamNumber);
        if (!number)
            return "--stream needs a stream number from 0 to 4294967294, not \"" + value + "\"";
        stream = static_cast<std::uint32_t>(*number);
        return std::nullopt;
    }
    const auto number = tcplens::cli::parseDecimalNumber(value, 0, 366 * 86400.0);
    if (!number || *number <= 0)
        return "--window needs a number of seconds above 0 (at most a year), not \"" + value + "\"";
    window = *number;
    return std::nullopt;
}

int usageError(const std::string& message)
{
    std::cerr << "tcplens-cli: " << message << "\n\n";
    printUsage(std::cerr);
    return tcplens::cli::kExitUsage;
}

int parseAndCapture(const std::vector<std::string_view>& args)
{
    tcplens::cli::CaptureOptions capture;
    for (std::size_t i = 1; i < args.size(); ++i) {
        const auto arg = args[i];
        if (arg == "--json") {
            capture.json = true;
            continue;
        }
        if (arg == "-S") {
            capture.absolute = true;
            continue;
        }
        if (arg == "-p") {
            capture.promiscuous = false;
            continue;
        }
        if (arg == "--no-kernel-info") {
            capture.kernelInfo = false;
            continue;
        }
        if (arg == "--sudo") {
            capture.remoteSudo = true;
            continue;
        }
        const bool takesValue = arg == "-i" || arg == "-f" || arg == "--filter" || arg == "-c" || arg == "--duration"
                              || arg == "-w" || arg == "-s" || arg == "-B" || arg == "--remote" || arg == "--ssh-option"
                              || arg == "--ssh-config";
        if (!takesValue)
            return usageError("unknown option " + std::string(arg) + " for capture");
        if (i + 1 >= args.size())
            return usageError(std::string(arg) + " needs a value");
        const auto value = args[++i];
        if (arg == "-i") {
            capture.interface = std::string(value);
        } else if (arg == "--remote") {
            capture.remote = std::string(value);
        } else if (arg == "--ssh-option" || arg == "--ssh-config") {
            if (value.empty() || value.front() == '-' || value.find('\n') != std::string_view::npos)
                return usageError(std::string(arg) + " needs a value, not \"" + std::string(value) + "\"");
            capture.sshOptions.push_back(arg == "--ssh-option" ? "-o" : "-F");
            capture.sshOptions.emplace_back(value);
        } else if (arg == "-f" || arg == "--filter") {
            capture.filter = std::string(value);
        } else if (arg == "-w") {
            capture.outputPath = std::string(value);
        } else if (arg == "-c") {
            const auto count = tcplens::cli::parseWholeNumber(value, 1, 1'000'000'000'000'000ULL);
            if (!count)
                return usageError("-c needs a packet count from 1, not \"" + std::string(value) + "\"");
            capture.count = *count;
        } else if (arg == "--duration") {
            const auto seconds = tcplens::cli::parseDecimalNumber(value, 0.001, 1e9);
            if (!seconds)
                return usageError("--duration needs a number of seconds from 0.001, not \"" + std::string(value) + "\"");
            capture.durationSeconds = *seconds;
        } else if (arg == "-s") {
            const auto snaplen = tcplens::cli::parseWholeNumber(value, 64, 262144);
            if (!snaplen)
                return usageError("-s needs a snapshot length from 64 to 262144, not \"" + std::string(value) + "\"");
            capture.snaplen = static_cast<std::uint32_t>(*snaplen);
        } else {
            const auto kib = tcplens::cli::parseWholeNumber(value, 64, 1024 * 1024);
            if (!kib)
                return usageError("-B needs a buffer size in KiB from 64 to 1048576, not \"" + std::string(value) + "\"");
            capture.bufferKiB = static_cast<std::uint32_t>(*kib);
        }
    }
    if (!capture.remote.empty() && capture.interface.empty())
        capture.interface = "any";
    if (capture.remote.empty() && (capture.remoteSudo || !capture.sshOptions.empty()))
        return usageError("--sudo, --ssh-option and --ssh-config go with --remote HOST");
    if (capture.interface.empty())
        return usageError("capture needs -i INTERFACE (tcplens-cli interfaces lists them)");
    return tcplens::cli::runCapture(capture, std::cout, std::cerr);
}

} // namespace

int main(int argc, char** argv)
{
    std::ios::sync_with_stdio(false);
    const std::vector<std::string_view> args(argv + 1, argv + argc);
    if (args.empty())
        return usageError("no command given");
    const auto command = args[0];
    if (command == "-h" || command == "--help" || command == "help") {
        printUsage(std::cout);
        return tcplens::cli::kExitOk;
    }
    if (command == "--version") {
        std::cout << "tcplens-cli 0.1.0\n";
        return tcplens::cli::kExitOk;
    }
#ifdef TCPLENS_HAVE_LAB
    if (command == "lab")
        return tcplens::cli::runLab({args.begin() + 1, args.end()}, std::cout, std::cerr);
#endif
#ifdef TCPLENS_HAVE_TCP_INFO
    if (command == "tcpinfo")
        return tcplens::cli::runTcpInfo({args.begin() + 1, args.end()}, std::cout, std::cerr);
#endif

    if (command == "interfaces") {
        bool json = false;
        for (std::size_t i = 1; i < args.size(); ++i) {
            if (args[i] != "--json")
                return usageError("unknown option " + std::string(args[i]) + " for interfaces");
            json = true;
        }
        return tcplens::cli::runInterfaces(json, std::cout, std::cerr);
    }
    if (command == "capture")
        return parseAndCapture(args);
    if (command == "expert")
        return tcplens::cli::runExpert({args.begin() + 1, args.end()}, std::cout, std::cerr);
    if (command == "limits")
        return tcplens::cli::runLimits({args.begin() + 1, args.end()}, std::cout, std::cerr);

    tcplens::cli::PacketsOptions options;
    tcplens::cli::DetailsOptions details;
    tcplens::cli::SeriesOptions series;
    tcplens::cli::FlowOptions flow;
    tcplens::cli::ChartOptions chart;
    tcplens::cli::FollowStreamOptions follow;
    tcplens::cli::ExportOptions exporting;
    tcplens::cli::ReportOptions report;
    std::vector<std::string> files;
    for (std::size_t i = 1; i < args.size(); ++i) {
        const auto arg = args[i];
        if ((command == "packets" || command == "conversations" || command == "info") && arg == "--json") {
            options.json = true;
        } else if (command == "packets" && arg == "-S") {
            options.absolute = true;
        } else if (command == "packets" && (arg == "--filter" || arg == "-f")) {
            if (i + 1 >= args.size())
                return usageError("--filter needs an expression");
            options.filter = std::string(args[++i]);
        } else if (command == "packets" && (arg == "-Y" || arg == "--display-filter")) {
            if (i + 1 >= args.size())
                return usageError("-Y needs a display filter");
            options.displayFilter = std::string(args[++i]);
        } else if (command == "series" && arg == "--csv") {
            // CSV is the only output format; accepted for clarity in scripts.
        } else if (command == "series" && (arg == "--stream" || arg == "--kind" || arg == "--direction"
                                           || arg == "--window")) {
            if (i + 1 >= args.size())
                return usageError(std::string(arg) + " needs a value");
            const std::string value(args[++i]);
            if (arg == "--kind") {
                series.kind = value;
            } else if (arg == "--direction") {
                series.direction = value;
            } else if (const auto problem = streamOrWindow(arg, value, series.stream, series.throughputWindow)) {
                return usageError(*problem);
            }
        } else if (command == "flow" && arg == "--absolute") {
            flow.absolute = true;
        } else if (command == "flow" && arg == "--slanted") {
            flow.slanted = true;
        } else if (command == "flow" && arg == "--spacing") {
            const std::string value(i + 1 < args.size() ? args[++i] : std::string_view{});
            if (value != "uniform" && value != "time")
                return usageError("--spacing takes uniform or time, not \"" + value + "\"");
            flow.timeSpacing = value == "time";
        } else if (command == "flow" && (arg == "--stream" || arg == "--from" || arg == "--to" || arg == "--format"
                                         || arg == "--lang" || arg == "-o" || arg == "--output")) {
            if (i + 1 >= args.size())
                return usageError(std::string(arg) + " needs a value");
            const std::string value(args[++i]);
            if (arg == "--stream") {
                flow.streams = value;
            } else if (arg == "--format") {
                flow.format = value;
            } else if (arg == "--lang") {
                flow.language = value;
            } else if (arg == "-o" || arg == "--output") {
                flow.output = value;
            } else {
                const auto frame = tcplens::cli::parseWholeNumber(value, 1, tcplens::cli::kMaxFrameNumber);
                if (!frame)
                    return usageError(std::string(arg) + " needs a frame number from 1 to 4294967295, not \"" + value
                                      + "\"");
                (arg == "--from" ? flow.from : flow.to) = static_cast<std::uint32_t>(*frame);
            }
        } else if (command == "chart" && arg == "--stevens") {
            chart.stevens = true;
        } else if (command == "chart" && (arg == "--stream" || arg == "--kind" || arg == "--direction" || arg == "--window"
                                          || arg == "-o" || arg == "--output" || arg == "--size" || arg == "--theme")) {
            if (i + 1 >= args.size())
                return usageError(std::string(arg) + " needs a value");
            const std::string value(args[++i]);
            if (arg == "--kind") {
                chart.kind = value;
            } else if (arg == "--direction") {
                chart.direction = value;
            } else if (arg == "-o" || arg == "--output") {
                chart.output = value;
            } else if (arg == "--theme") {
                chart.theme = value;
            } else if (arg == "--size") {
                int w = 0;
                int h = 0;
                char tail = 0;
                if (std::sscanf(value.c_str(), "%dx%d%c", &w, &h, &tail) != 2 || w < 200 || h < 150 || w > 10000
                    || h > 10000)
                    return usageError("--size wants WxH between 200x150 and 10000x10000, not \"" + value + "\"");
                chart.width = w;
                chart.height = h;
            } else if (const auto problem = streamOrWindow(arg, value, chart.stream, chart.throughputWindow)) {
                return usageError(*problem);
            }
        } else if (command == "follow" && (arg == "--stream" || arg == "--format" || arg == "-o" || arg == "--output")) {
            if (i + 1 >= args.size())
                return usageError(std::string(arg) + " needs a value");
            const std::string value(args[++i]);
            if (arg == "--format") {
                follow.format = value;
            } else if (arg == "-o" || arg == "--output") {
                follow.output = value;
            } else {
                double unused = 0;
                if (const auto problem = streamOrWindow(arg, value, follow.stream, unused))
                    return usageError(*problem);
            }
        } else if (command == "report" && (arg == "--stream" || arg == "--format" || arg == "--lang" || arg == "-o"
                                           || arg == "--output")) {
            if (i + 1 >= args.size())
                return usageError(std::string(arg) + " needs a value");
            const std::string value(args[++i]);
            if (arg == "--format") {
                report.format = value;
            } else if (arg == "--lang") {
                report.language = value;
            } else if (arg == "-o" || arg == "--output") {
                report.output = value;
            } else {
                double unused = 0;
                if (const auto problem = streamOrWindow(arg, value, report.stream, unused))
                    return usageError(*problem);
            }
        } else if (command == "export" && (arg == "-o" || arg == "--output" || arg == "--format" || arg == "--filter"
                                           || arg == "-f" || arg == "--stream" || arg == "--frames")) {
            if (i + 1 >= args.size())
                return usageError(std::string(arg) + " needs a value");
            const std::string value(args[++i]);
            if (arg == "-o" || arg == "--output")
                exporting.output = value;
            else if (arg == "--format")
                exporting.format = value;
            else if (arg == "--stream")
                exporting.streams = value;
            else if (arg == "--frames")
                exporting.frames = value;
            else
                exporting.filter = value;
        } else if (command == "details" && arg == "--offsets") {
            details.offsets = true;
        } else if (command == "details" && arg == "--frame") {
            if (i + 1 >= args.size())
                return usageError("--frame needs a frame number");
            const std::string number(args[++i]);
            const auto frame = tcplens::cli::parseWholeNumber(number, 1, tcplens::cli::kMaxFrameNumber);
            if (!frame)
                return usageError("--frame needs a frame number from 1 to 4294967295, not \"" + number + "\"");
            details.frame = *frame;
        } else if (arg.size() > 1 && arg[0] == '-') {
            return usageError("unknown option " + std::string(arg) + " for " + std::string(command));
        } else {
            files.emplace_back(arg);
        }
    }
    if (command != "summary" && command != "packets" && command != "details" && command != "conversations"
        && command != "series" && command != "flow" && command != "chart" && command != "follow" && command != "export"
        && command != "report" && command != "info")
        return usageError("unknown command " + std::string(command));
    if (files.size() != 1)
        return usageError(std::string(command) + " needs exactly one capture file");
    if (command == "summary")
        return tcplens::cli::runSummary(files[0], std::cout, std::cerr);
    if (command == "series") {
        series.path = files[0];
        if (series.kind.empty())
            return usageError("series needs --kind tsg|window|throughput|rtt|cwnd|model");
        return tcplens::cli::runSeries(series, std::cout, std::cerr);
    }
    if (command == "flow") {
        flow.path = files[0];
        return tcplens::cli::runFlow(flow, std::cout, std::cerr);
    }
    if (command == "export") {
        exporting.path = files[0];
        return tcplens::cli::runExport(exporting, std::cout, std::cerr);
    }
    if (command == "info")
        return tcplens::cli::runInfo(files[0], options.json, std::cout, std::cerr);
    if (command == "follow") {
        follow.path = files[0];
        return tcplens::cli::runFollowStream(follow, std::cout, std::cerr);
    }
    if (command == "report") {
        report.path = files[0];
        return tcplens::cli::runReport(report, std::cout, std::cerr);
    }
    if (command == "chart") {
        chart.path = files[0];
        if (chart.kind.empty())
            return usageError("chart needs --kind tsg|window|throughput|rtt|model");
        return tcplens::cli::runChart(chart, std::cout, std::cerr);
    }
    if (command == "conversations")
        return tcplens::cli::runConversations(files[0], options.json, std::cout, std::cerr);
    if (command == "details") {
        details.path = files[0];
        return tcplens::cli::runDetails(details, std::cout, std::cerr);
    }
    options.path = files[0];
    return tcplens::cli::runPackets(options, std::cout, std::cerr);
}
