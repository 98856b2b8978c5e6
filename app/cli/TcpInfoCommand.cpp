#include "TcpInfoCommand.h"

#include "CliCommands.h"
#include "CliNumbers.h"

#include <export/PacketText.h>
#include <kernel/TcpInfoCsv.h>
#include <kernel/TcpInfoSampler.h>
#include <tcp/Conversation.h>

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <ostream>
#include <thread>

namespace tcplens::cli {
namespace {

std::atomic<bool> interrupted{false};

extern "C" void onInterrupt(int) { interrupted = true; }

/// An endpoint with wildcards: an unset address or a 0 port matches any.
struct Pattern {
    std::optional<IpAddress> address;
    std::uint16_t port = 0;
    [[nodiscard]] bool complete() const noexcept { return address && port != 0; }
};

/// "10.0.0.1:80", "[fd77::1]:80", "10.0.0.1", "fd77::1", ":80", "*:80", "10.0.0.1:*", "*".
std::optional<Pattern> parsePattern(std::string_view text)
{
    Pattern pattern;
    auto& address = pattern.address;
    auto& port = pattern.port;
    if (text.empty() || text == "*")
        return pattern;
    if (const auto ip = parseIpAddress(text)) {
        address = ip;
        return pattern;
    }
    const auto colon = text.rfind(':');
    if (colon == std::string_view::npos)
        return std::nullopt;
    auto addressText = text.substr(0, colon);
    const auto portText = text.substr(colon + 1);
    if (addressText.size() >= 2 && addressText.front() == '[' && addressText.back() == ']')
        addressText = addressText.substr(1, addressText.size() - 2);
    if (!addressText.empty() && addressText != "*") {
        address = parseIpAddress(addressText);
        if (!address)
            return std::nullopt;
    }
    if (!portText.empty() && portText != "*") {
        unsigned value = 0;
        for (const char c : portText) {
            if (c < '0' || c > '9' || value > 65535)
                return std::nullopt;
            value = value * 10 + static_cast<unsigned>(c - '0');
        }
        if (value == 0 || value > 65535)
            return std::nullopt;
        port = static_cast<std::uint16_t>(value);
    }
    return pattern;
}

TcpInfoFilter filterOf(const Pattern& local, const Pattern& remote)
{
    TcpInfoFilter filter;
    filter.localAddress = local.address;
    filter.localPort = local.port;
    filter.remoteAddress = remote.address;
    filter.remotePort = remote.port;
    return filter;
}

std::string rateText(std::uint64_t bytesPerSecond)
{
    const double bits = static_cast<double>(bytesPerSecond) * 8;
    char text[32];
    if (bits >= 1e9)
        std::snprintf(text, sizeof text, "%.2f Gbit/s", bits / 1e9);
    else if (bits >= 1e6)
        std::snprintf(text, sizeof text, "%.2f Mbit/s", bits / 1e6);
    else if (bits >= 1e3)
        std::snprintf(text, sizeof text, "%.1f kbit/s", bits / 1e3);
    else
        std::snprintf(text, sizeof text, "%.0f bit/s", bits);
    return text;
}

std::string milliseconds(std::uint32_t microseconds)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.3f ms", microseconds / 1000.0);
    return text;
}

/// One line a person reads: the numbers ss -ti prints, in the order a lesson needs them.
std::string sampleLine(const TcpInfoSample& s)
{
    std::string line = tcpdumpTime(s.timestampNs) + ' ' + endpointText(s.local) + " > " + endpointText(s.remote) + ' '
                     + tcpStateName(s.state) + ' ' + (s.congestionControl.empty() ? "?" : s.congestionControl)
                     + " ca " + caStateName(s.caState) + " mss " + std::to_string(s.sndMss) + " cwnd "
                     + std::to_string(s.cwnd) + " (" + std::to_string(s.cwndBytes()) + " B) ssthresh "
                     + (s.ssthreshSet() ? std::to_string(s.ssthresh) : std::string("-")) + " srtt "
                     + milliseconds(s.srttUs) + " rttvar " + milliseconds(s.rttvarUs) + " in-flight "
                     + std::to_string(s.packetsInFlight()) + " retrans " + std::to_string(s.retrans) + '/'
                     + std::to_string(s.totalRetrans);
    if (s.hasField(tcpinfo::kDeliveryRate))
        line += " delivery " + rateText(s.deliveryRate);
    if (s.hasField(tcpinfo::kPacingRate) && s.pacingRate != ~std::uint64_t{0})
        line += " pacing " + rateText(s.pacingRate);
    if (s.hasField(tcpinfo::kBytesAcked))
        line += " acked " + std::to_string(s.bytesAcked);
    return line;
}

int usage(std::ostream& err, const std::string& message)
{
    err << "tcplens-cli: " << message << "\n\nusage: tcplens-cli\n" << kTcpInfoUsage;
    return kExitUsage;
}

/// --interval in ms, --duration in s (up to about 30 years), --count rounds: positive and finite.
bool parseNumber(std::string_view option, std::string_view text, double& out)
{
    if (option == "--count") {
        const auto count = parseWholeNumber(text, 1, 1'000'000'000'000'000ULL);
        out = count ? static_cast<double>(*count) : 0;
        return count.has_value();
    }
    const auto number = parseDecimalNumber(text, 0, option == "--interval" ? 86'400'000.0 : 1e9);
    out = number.value_or(0);
    return number && *number > 0;
}

} // namespace

int runTcpInfo(const std::vector<std::string_view>& args, std::ostream& out, std::ostream& err)
{
    std::string_view src;
    std::string_view dst;
    double intervalMs = 50;
    double durationS = 0;
    double count = 0;
    bool csv = false;
    std::string outPath;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const auto arg = args[i];
        if (arg == "--csv") {
            csv = true;
            continue;
        }
        if (arg != "--src" && arg != "--dst" && arg != "--interval" && arg != "--duration" && arg != "--count"
            && arg != "-w")
            return usage(err, "unknown option " + std::string(arg) + " for tcpinfo");
        if (i + 1 >= args.size())
            return usage(err, std::string(arg) + " needs a value");
        const auto value = args[++i];
        if (arg == "--src") {
            src = value;
        } else if (arg == "--dst") {
            dst = value;
        } else if (arg == "-w") {
            outPath = value;
        } else {
            double number = 0;
            if (!parseNumber(arg, value, number))
                return usage(err, std::string(arg) + " needs a positive number, not \"" + std::string(value) + "\"");
            (arg == "--interval" ? intervalMs : arg == "--duration" ? durationS : count) = number;
        }
    }
    const auto srcPattern = parsePattern(src);
    const auto dstPattern = parsePattern(dst);
    if (!srcPattern)
        return usage(err, "--src takes ADDRESS:PORT (\"10.0.0.1:80\", \"[fd77::1]:80\", \":80\"), not \""
                              + std::string(src) + "\"");
    if (!dstPattern)
        return usage(err, "--dst takes ADDRESS:PORT (\"10.0.0.2:5201\", \"[fd77::2]:5201\", \":5201\"), not \""
                              + std::string(dst) + "\"");
    if (srcPattern->address && dstPattern->address && srcPattern->address->family != dstPattern->address->family)
        return usage(err, "--src and --dst must both be IPv4 or both IPv6");
    // The user's src and dst may be either end: match both ways round.
    const auto oneWay = filterOf(*srcPattern, *dstPattern);
    const auto otherWay = filterOf(*dstPattern, *srcPattern);
    const bool exact = srcPattern->complete() && dstPattern->complete();
    const int family = srcPattern->address ? srcPattern->address->family
                     : dstPattern->address ? dstPattern->address->family
                                           : 0;

    TcpInfoSampler sampler;
    if (!sampler.valid()) {
        err << "tcplens-cli: " << sampler.error() << '\n';
        return kExitUnreadable;
    }
    TcpInfoCsvWriter writer;
    if (!outPath.empty()) {
        std::string error;
        if (!writer.open(outPath, error)) {
            err << "tcplens-cli: " << error << '\n';
            return kExitUnreadable;
        }
    }
    interrupted = false;
    const auto previousInt = std::signal(SIGINT, onInterrupt);
    const auto previousTerm = std::signal(SIGTERM, onInterrupt);
    if (csv)
        out << tcpInfoCsvHeader() << '\n';

    const auto interval = std::chrono::microseconds(static_cast<std::int64_t>(intervalMs * 1000));
    const auto start = std::chrono::steady_clock::now();
    const auto end = start + std::chrono::microseconds(static_cast<std::int64_t>(durationS * 1e6));
    auto next = start;
    std::uint64_t rounds = 0;
    std::uint64_t printed = 0;
    std::string failure;
    std::vector<TcpInfoSample> samples;
    while (!interrupted) {
        samples.clear();
        if (exact) {
            const Endpoint a{*srcPattern->address, srcPattern->port};
            const Endpoint b{*dstPattern->address, dstPattern->port};
            for (const auto& [local, remote] : {std::pair{a, b}, std::pair{b, a}})
                if (auto sample = sampler.query(local, remote))
                    samples.push_back(std::move(*sample));
        } else {
            for (auto& sample : sampler.dump(family))
                if (oneWay.matches(sample.local, sample.remote) || otherWay.matches(sample.local, sample.remote))
                    samples.push_back(std::move(sample));
        }
        if (!sampler.error().empty()) {
            failure = sampler.error();
            break;
        }
        for (const auto& sample : samples)
            out << (csv ? tcpInfoCsvRow(sample) : sampleLine(sample)) << '\n';
        out.flush();
        if (writer.isOpen() && !samples.empty() && !writer.write(samples)) {
            failure = writer.error();
            break;
        }
        printed += samples.size();
        ++rounds;
        if (count > 0 && rounds >= static_cast<std::uint64_t>(count))
            break;
        next += interval;
        const auto now = std::chrono::steady_clock::now();
        if (durationS > 0 && now >= end)
            break;
        // Short sleeps, so Ctrl-C ends the command at once.
        while (!interrupted && std::chrono::steady_clock::now() < next)
            std::this_thread::sleep_for(std::min<std::chrono::steady_clock::duration>(
                next - std::chrono::steady_clock::now(), std::chrono::milliseconds(20)));
    }
    std::signal(SIGINT, previousInt);
    std::signal(SIGTERM, previousTerm);
    if (!failure.empty()) {
        err << "tcplens-cli: " << failure << '\n';
        return kExitUnreadable;
    }
    if (printed == 0) {
        err << "tcplens-cli: no TCP socket matched"
            << (src.empty() ? "" : " --src " + std::string(src)) << (dst.empty() ? "" : " --dst " + std::string(dst))
            << " in this network namespace (tcp_info only shows sockets of this machine's current namespace;"
               " for a namespace made with ip netns, run: ip netns exec NAME tcplens-cli tcpinfo ...)\n";
        return kExitUnreadable;
    }
    return kExitOk;
}

} // namespace tcplens::cli
