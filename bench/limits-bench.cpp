// tcplens-limits-bench: what the limiting-factor timeline costs the GUI's load pass and
// tcplens-cli conversations --json, printing `key: value` lines. The load pass (CaptureBatchBuilder
// over every packet, a batch taken every 20,000 as the loader does) runs without and with the
// per-stream LimitTracker (StreamLimits, fed through the builder's packet hook), best of 3 each,
// in CPU seconds (user + system: what the pass costs, whatever else the machine runs) and wall.

#include <capture/CaptureBatchBuilder.h>
#include <capture/CaptureFile.h>
#include <export/LimitText.h>
#include <series/StreamLimits.h>

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>

namespace {

using namespace tcplens;

struct Cost {
    double cpu = 1e99;
    double wall = 1e99;
};

[[nodiscard]] double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto s = [](const timeval& t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) * 1e-6; };
    return s(usage.ru_utime) + s(usage.ru_stime);
}

[[nodiscard]] double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

/// Times `work` once, keeping the lower of each figure in `best`.
template <class Work>
void measure(Cost& best, Work&& work)
{
    const double cpu0 = cpuSeconds();
    const auto wall0 = std::chrono::steady_clock::now();
    work();
    best.cpu = std::min(best.cpu, cpuSeconds() - cpu0);
    best.wall = std::min(best.wall, std::chrono::duration<double>(std::chrono::steady_clock::now() - wall0).count());
}

/// The loader's pass over `path`; with `limits`, the trackers ride along and are summarized at the end.
std::size_t loadPass(const std::string& path, StreamLimits* limits)
{
    auto file = CaptureFile::open(path);
    CaptureBatchBuilder builder(file->info().linkType);
    if (limits != nullptr)
        builder.setPacketHook([limits](std::uint32_t, const RawPacket& raw, const DecodedPacket& decoded,
                                       const TcpPacketAnalysis& analysis) { limits->add(raw.timestampNs, decoded, analysis); });
    RawPacket packet;
    std::size_t packets = 0;
    while (file->next(packet) == ReadStatus::Packet) {
        builder.add(packet);
        ++packets;
        if (builder.pending() >= 20'000)
            (void)builder.take();
    }
    (void)builder.take();
    if (limits != nullptr)
        (void)limits->summaries();
    return packets;
}

void line(const char* key, double value, int decimals) { std::printf("%s: %.*f\n", key, decimals, value); }

} // namespace

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: tcplens-limits-bench FILE\n");
        return 2;
    }
    const std::string path = argv[1];
    try {
        Cost plain, withLimits, summaries, json;
        std::size_t packets = 0;
        StreamLimits kept;
        for (int round = 0; round < 3; ++round) {
            measure(plain, [&] { packets = loadPass(path, nullptr); });
            measure(withLimits, [&] {
                StreamLimits limits;
                loadPass(path, &limits);
                if (round == 0)
                    kept = std::move(limits);
            });
        }
        for (int round = 0; round < 3; ++round)
            measure(summaries, [&] { (void)kept.summaries(); });
        std::size_t jsonBytes = 0;
        for (int round = 0; round < 3; ++round)
            measure(json, [&] {
                std::string out;
                for (std::uint32_t s = 0; s < kept.streams(); ++s) {
                    out.clear();
                    appendLimitDirectionsJson(out, kept.tracker(s), NarrationLanguage::English);
                    jsonBytes += out.size();
                }
            });
        std::printf("packets: %zu\nstreams: %zu\n", packets, kept.streams());
        line("load pass cpu s", plain.cpu, 3);
        line("load pass wall s", plain.wall, 3);
        line("load pass with limits cpu s", withLimits.cpu, 3);
        line("load pass with limits wall s", withLimits.wall, 3);
        line("limits share of the load pass cpu %", 100 * (withLimits.cpu - plain.cpu) / plain.cpu, 1);
        line("limits ns/packet (cpu)", (withLimits.cpu - plain.cpu) * 1e9 / static_cast<double>(std::max<std::size_t>(packets, 1)), 1);
        line("limit summaries (timeline + totals of every stream) cpu s", summaries.cpu, 3);
        line("limits JSON of every stream (conversations --json) cpu s", json.cpu, 3);
        line("limits JSON MB per pass", static_cast<double>(jsonBytes) / 3 / 1e6, 1);
        line("peak RSS MB", peakRssMb(), 1);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "tcplens-limits-bench: %s\n", e.what());
        return 1;
    }
    return 0;
}
