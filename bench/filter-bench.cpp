// tcplens-filter-bench: display-filter throughput over a loaded capture, as the packet list
// filters it: each stored packet decoded from the mapped file, its compact analysis record and
// frame clock in a FilterContext, the compiled filter evaluated; then the window's whole pass
// (filterPacketStore: reassembly, and the tracker again for ack_rtt/initial_rtt). Prints
// `key: value` lines.

#include <capture/CaptureFile.h>
#include <capture/PacketAnalysisStore.h>
#include <capture/PacketStore.h>
#include <decode/PacketDecoder.h>
#include <filter/DisplayFilter.h>
#include <filter/FilterFrameClock.h>
#include <filter/PacketStoreFilter.h>
#include <tcp/ConversationTracker.h>

#include <sys/resource.h>

#include <algorithm>
#include <cstdlib>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

namespace {

using namespace tcplens;
using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

/// CPU seconds this thread has used (user + system, getrusage): what the machine's other work does not inflate.
double threadCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_THREAD, &usage);
    const auto seconds = [](const timeval& t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) * 1e-6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

/// The 1-minute load average now (the machine is shared: wall times move with it).
double loadAverage()
{
    double load[1] = {0};
    return getloadavg(load, 1) == 1 ? load[0] : -1;
}

const std::vector<std::string> kDefaultExpressions = {
    "tcp.analysis.retransmission",
    "tcp.analysis.flags && !tcp.analysis.window_update",
    "ip.addr == 10.0.0.0/8 && tcp.port == 80",
    "tcp.stream eq 3",
    "tcp.flags.syn == 1 && tcp.flags.ack == 0",
    "tcp.port in {22, 80, 443, 8000..8080}",
    "tcp.len > 1000 || tcp.analysis.bytes_in_flight > 60000",
    "tcp.payload contains \"GET\"",
    "tcp.flags & 0x12 == 0x12",
    "frame.time_delta_displayed > 0.001",
};

} // namespace

int main(int argc, char** argv)
{
    if (argc < 2 || std::string(argv[1]) == "-h" || std::string(argv[1]) == "--help") {
        std::fprintf(argc >= 2 ? stdout : stderr,
                     "usage: tcplens-filter-bench FILE [EXPRESSION...]\n"
                     "Loads FILE (decode, track conversations, keep the compact analysis records), then times\n"
                     "decoding alone and decoding + each display filter over every packet (best of 3).\n");
        return argc >= 2 ? 0 : 2;
    }
    const std::string path = argv[1];
    std::vector<std::string> expressions(argv + 2, argv + argc);
    if (expressions.empty())
        expressions = kDefaultExpressions;

    std::unique_ptr<CaptureFile> file;
    try {
        file = CaptureFile::open(path);
    } catch (const CaptureError& e) {
        std::fprintf(stderr, "%s\n", e.what());
        return 1;
    }
    PacketStore store(file->info(), file->mapping());
    PacketAnalysisStore analyses;
    ConversationTracker tracker;
    RawPacket raw;
    const auto loadStart = Clock::now();
    while (file->next(raw) == ReadStatus::Packet) {
        const PacketNumber n = store.append(raw);
        const DecodedPacket decoded = decodePacket(raw.bytes, raw.wireLength, store.linkType(n));
        const auto analysis = tracker.add(static_cast<std::uint32_t>(n + 1), raw.timestampNs, raw.wireLength, decoded);
        const auto record = compactAnalysis(analysis, decoded);
        analyses.append({&record, 1});
    }
    const auto packets = store.size();
    std::printf("file: %s\npackets: %zu\nload wall time s: %.3f\n", path.c_str(), packets, secondsSince(loadStart));

    constexpr int kRounds = 3;
    double decodeSeconds = 0;
    std::uint64_t sink = 0;
    for (int round = 0; round < kRounds; ++round) {
        const auto start = Clock::now();
        for (PacketNumber n = 0; n < packets; ++n)
            sink += decodePacket(store.bytes(n), store.index().wireLength(n), store.linkType(n)).tcp.seq;
        const double s = secondsSince(start);
        decodeSeconds = round == 0 ? s : std::min(decodeSeconds, s);
    }
    std::printf("decode-only packets/s: %.0f\n\n", packets / decodeSeconds);

    FieldSpans spans;
    for (const auto& expression : expressions) {
        const auto compiled = DisplayFilter::compile(expression);
        if (!compiled.ok()) {
            std::printf("%s: error at column %zu: %s\n", expression.c_str(), compiled.error.column + 1,
                        compiled.error.message.c_str());
            continue;
        }
        const auto& filter = *compiled.filter;
        double best = 0;
        double bestCpu = 0;
        std::uint64_t shown = 0;
        std::uint64_t withSpans = 0;
        for (int round = 0; round < kRounds; ++round) {
            shown = 0;
            withSpans = 0;
            FilterFrameClock clock;
            const auto start = Clock::now();
            const double cpuStart = threadCpuSeconds();
            for (PacketNumber n = 0; n < packets; ++n) {
                const auto bytes = store.bytes(n);
                const auto wire = store.index().wireLength(n);
                const int linkType = store.linkType(n);
                const DecodedPacket decoded = decodePacket(bytes, wire, linkType);
                const auto& record = analyses[n];
                FilterContext context;
                context.packet = &decoded;
                context.bytes = bytes;
                context.frameLength = static_cast<std::uint32_t>(bytes.size());
                context.frameNumber = n + 1;
                context.record = &record;
                const auto timestamp = store.index().timestampNs(n);
                clock.advance(context, timestamp, record.stream);
                if (filter.needsSpans(decoded)) { // tunnels and rare fields only
                    spans.clear();
                    (void)decodePacket(bytes, wire, linkType, &spans);
                    context.spans = &spans;
                    ++withSpans;
                }
                if (filter.matches(context)) {
                    ++shown;
                    clock.displayed(timestamp);
                }
            }
            const double s = secondsSince(start);
            const double cpu = threadCpuSeconds() - cpuStart;
            best = round == 0 ? s : std::min(best, s);
            bestCpu = round == 0 ? cpu : std::min(bestCpu, cpu);
        }
        // The evaluation alone: the first packets decoded once, then filtered over and over.
        const std::size_t cached = std::min<std::size_t>(packets, 1U << 12); // in cache, as a packet just decoded is
        std::vector<DecodedPacket> decodedCache;
        decodedCache.reserve(cached);
        for (PacketNumber n = 0; n < cached; ++n)
            decodedCache.push_back(decodePacket(store.bytes(n), store.index().wireLength(n), store.linkType(n)));
        double evaluateBest = 0;
        for (int round = 0; round < kRounds; ++round) {
            FilterFrameClock clock;
            std::uint64_t kept = 0;
            const auto start = Clock::now();
            for (std::size_t i = 0; i < packets; ++i) {
                const std::size_t k = i % cached;
                const auto bytes = store.bytes(k);
                const auto& record = analyses[k];
                FilterContext context;
                context.packet = &decodedCache[k];
                context.bytes = bytes;
                context.frameLength = static_cast<std::uint32_t>(bytes.size());
                context.frameNumber = k + 1;
                context.record = &record;
                clock.advance(context, store.index().timestampNs(k), record.stream);
                if (!filter.needsSpans(decodedCache[k]) && filter.matches(context))
                    ++kept;
            }
            const double s = secondsSince(start);
            evaluateBest = round == 0 ? s : std::min(evaluateBest, s);
            sink += kept;
        }
        // The window's pass, as the filter bar runs it (once: it is the slowest).
        const double loadBefore = loadAverage();
        const auto windowStart = Clock::now();
        const double windowCpuStart = threadCpuSeconds();
        const auto window = filterPacketStore(filter, store, analyses);
        const double windowSeconds = secondsSince(windowStart);
        const double windowCpu = threadCpuSeconds() - windowCpuStart;
        std::printf("filter: %s\n  evaluate-only packets/s: %.0f\n  shown: %llu of %zu\n  decode+filter wall time s: %.3f\n"
                    "  decode+filter packets/s: %.0f\n  filter share ns/packet: %.1f\n  packets with spans: %llu\n",
                    expression.c_str(), packets / evaluateBest, static_cast<unsigned long long>(shown), packets, best, packets / best,
                    (best - decodeSeconds) * 1e9 / static_cast<double>(packets), static_cast<unsigned long long>(withSpans));
        std::printf("  decode+filter CPU s: %.3f\n", bestCpu);
        std::printf("  window pass wall time s: %.3f%s\n  window pass CPU s: %.3f\n  window pass shown: %zu\n"
                    "  load average (1 min): %.2f\n",
                    windowSeconds, filter.usesFullAnalysis() ? " (tracker run again)" : "", windowCpu, window.count, loadBefore);
    }
    return sink == 0xdeadbeef ? 3 : 0;
}
