// tcplens-decode-bench: times the load path of a capture (read, index, decode, summarize) and
// then its parts alone, printing `key: value` lines.

#include <capture/CaptureFile.h>
#include <capture/CaptureSummary.h>
#include <tcp/ConversationTracker.h>
#include <capture/PacketStore.h>
#include <decode/PacketDecoder.h>

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>

namespace {

using namespace tcplens;
using Clock = std::chrono::steady_clock;

[[nodiscard]] double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

[[nodiscard]] double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0; // Linux reports kilobytes
}

void line(const char* key, const std::string& value)
{
    std::printf("%s: %s\n", key, value.c_str());
}

void line(const char* key, std::uint64_t value)
{
    std::printf("%s: %llu\n", key, static_cast<unsigned long long>(value));
}

void line(const char* key, double value, int decimals)
{
    std::printf("%s: %.*f\n", key, decimals, value);
}

/// The timing lines every pass prints, prefixed with its name.
void passFigures(const std::string& pass, std::uint64_t packets, double seconds, std::uint64_t fileBytes)
{
    line((pass + " wall time s").c_str(), seconds, 3);
    line((pass + " packets/s").c_str(), seconds > 0 ? packets / seconds : 0.0, 0);
    line((pass + " ns/packet").c_str(), packets ? seconds * 1e9 / packets : 0.0, 1);
    if (fileBytes)
        line((pass + " MB/s").c_str(), seconds > 0 ? fileBytes / 1e6 / seconds : 0.0, 1);
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 2 || std::string(argv[1]) == "-h" || std::string(argv[1]) == "--help") {
        std::fprintf(argc == 2 ? stdout : stderr,
                     "usage: tcplens-decode-bench FILE\n"
                     "Loads FILE as tcplens does (read, index, decode, track conversations, summarize every packet) and times it,\n"
                     "then times decoding alone over the mapped file (best of 3) and reading alone through libpcap.\n");
        return argc == 2 ? 0 : 2;
    }
    const std::string path = argv[1];

    // Pass 1: what opening a capture costs: read, index, decode, track and analyse, summarize.
    const auto start = Clock::now();
    std::unique_ptr<CaptureFile> file;
    try {
        file = CaptureFile::open(path);
    } catch (const CaptureError& e) {
        std::fprintf(stderr, "%s\n", e.what());
        return 1;
    }
    const int linkType = file->info().linkType;
    PacketStore store(file->info(), file->mapping());
    CaptureSummary summary;
    ConversationTracker tracker;
    RawPacket raw;
    ReadStatus status;
    std::uint64_t analysed = 0;
    while ((status = file->next(raw)) == ReadStatus::Packet) {
        const PacketNumber n = store.append(raw);
        const DecodedPacket decoded = decodePacket(raw.bytes, raw.wireLength, linkType);
        summary.add(raw, decoded);
        const auto analysis = tracker.add(n + 1, raw.timestampNs, raw.wireLength, decoded);
        analysed += analysis.flags != 0;
    }
    const double loadSeconds = secondsSince(start);
    const double loadRss = peakRssMb();
    const std::uint64_t fileBytes = file->info().fileSize;
    const std::uint64_t packets = store.size();

    line("file", path);
    line("format", formatName(file->info().format));
    line("link type", static_cast<std::uint64_t>(linkType));
    line("file size MB", fileBytes / 1e6, 1);
    if (status == ReadStatus::Error)
        line("read error", file->error());
    line("packets", packets);
    line("TCP packets", summary.tcpPackets());
    line("4-tuples", static_cast<std::uint64_t>(summary.fourTuples()));
    line("truncated packets", summary.truncatedPackets());
    line("TCP conversations (streams)", static_cast<std::uint64_t>(tracker.conversations().size()));
    line("packets with analysis flags", analysed);
    const std::size_t trackerBytes = tracker.memoryBytes();
    line("conversation table MB", trackerBytes / 1e6, 1);
    line("conversation table bytes/packet", packets ? static_cast<double>(trackerBytes) / packets : 0.0, 1);
    passFigures("load", packets, loadSeconds, fileBytes);
    line("peak RSS MB", loadRss, 1);
    const auto indexBytes = store.index().memoryBytes();
    line("PacketIndex memory MB", indexBytes / 1e6, 1);
    line("PacketIndex bytes/packet", packets ? static_cast<double>(indexBytes) / packets : 0.0, 1);

    // Pass 2: decode alone, over the bytes read back through the index and the file mapping;
    // best of a few rounds, as other work on the machine only ever makes a round slower.
    constexpr int kRounds = 3;
    std::uint64_t tcp = 0;
    std::uint64_t checksum = 0; // consumed below so the decode cannot be optimized away
    double decodeSeconds = 0;
    for (int round = 0; round < kRounds; ++round) {
        tcp = 0;
        const auto decodeStart = Clock::now();
        for (PacketNumber n = 0; n < packets; ++n) {
            const DecodedPacket d = decodePacket(store.bytes(n), store.index().wireLength(n), linkType);
            tcp += d.tcp.present;
            checksum += d.tcp.seq + d.problems.size();
        }
        const double seconds = secondsSince(decodeStart);
        decodeSeconds = round == 0 ? seconds : std::min(decodeSeconds, seconds);
    }
    line("decode-only TCP packets", tcp);
    line("decode-only rounds", static_cast<std::uint64_t>(kRounds));
    passFigures("decode-only", packets, decodeSeconds, 0);

    // Pass 3: reading alone, to tell libpcap's share from the decoder's.
    const auto readStart = Clock::now();
    std::uint64_t read = 0;
    auto again = CaptureFile::open(path);
    while (again->next(raw) == ReadStatus::Packet)
        read += raw.capturedLength != 0;
    const double readSeconds = secondsSince(readStart);
    passFigures("read-only", read, readSeconds, fileBytes);
    line("peak RSS MB after all passes", peakRssMb(), 1);
    return checksum == 0xdeadbeef ? 3 : 0;
}
