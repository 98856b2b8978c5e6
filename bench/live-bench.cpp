// tcplens-live-bench: captures on an interface with the LiveCapture engine for a while, on its
// own thread, while a second thread takes a batch every 50 ms into the stores the GUI's views
// read (packet index, analysis records, conversation summaries), as the main window does.
// Prints `key: value` lines (see bench/README.md). Needs CAP_NET_RAW; run it with
// bench/run-live-bench.sh, which makes the namespaces and the traffic.
//
// usage: tcplens-live-bench --interface IF --seconds S [--filter BPF] [--snaplen N]
//                           [--buffer-mib M] [--output FILE.pcapng]
#include <capture/LiveCapture.h>
#include <capture/PacketAnalysisStore.h>
#include <capture/PacketIndex.h>

#include <sys/resource.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <mutex>
#include <string>
#include <thread>
#include <unordered_map>

using namespace tcplens;
using Clock = std::chrono::steady_clock;

namespace {

double cpuSeconds(int who)
{
    rusage usage{};
    getrusage(who, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
         + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

} // namespace

int main(int argc, char** argv)
{
    LiveCaptureOptions options;
    double seconds = 5;
    std::string output = "/tmp/tcplens-live-bench.pcapng";
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string arg = argv[i];
        const std::string value = argv[i + 1];
        if (arg == "--interface") options.interface = value;
        else if (arg == "--seconds") seconds = std::atof(value.c_str());
        else if (arg == "--filter") options.filter = value;
        else if (arg == "--snaplen") options.snaplen = static_cast<std::uint32_t>(std::atoi(value.c_str()));
        else if (arg == "--buffer-mib") options.bufferBytes = static_cast<std::uint32_t>(std::atoi(value.c_str())) << 20;
        else if (arg == "--output") output = value;
        else {
            std::fprintf(stderr, "unknown option %s\n", arg.c_str());
            return 2;
        }
    }
    options.outputPath = output;
    std::unique_ptr<LiveCapture> capture;
    try {
        capture = LiveCapture::start(options);
    } catch (const LiveCaptureError& error) {
        std::fprintf(stderr, "tcplens-live-bench: %s\n", error.what());
        return 1;
    }
    std::printf("listening: %s\n", options.interface.c_str());
    std::fflush(stdout);

    // The capture thread: poll, and hand over a batch every 50 ms (LiveCaptureWorker's loop).
    std::mutex mutex;
    std::deque<CaptureBatch> queue;
    std::atomic<bool> stop{false};
    double captureCpu = 0;
    std::thread worker([&] {
        auto lastReport = Clock::now();
        while (!stop.load()) {
            if (!capture->poll(std::chrono::milliseconds(12)))
                break;
            if (Clock::now() - lastReport >= std::chrono::milliseconds(50)) {
                auto batch = capture->takeBatch();
                std::lock_guard lock(mutex);
                queue.push_back(std::move(batch));
                lastReport = Clock::now();
            }
        }
        capture->stop();
        auto batch = capture->takeBatch();
        {
            std::lock_guard lock(mutex);
            queue.push_back(std::move(batch));
        }
        captureCpu = cpuSeconds(RUSAGE_THREAD);
    });

    // The "views": what the packet list and conversation table keep, updated per batch.
    PacketIndex index;
    PacketAnalysisStore analyses;
    std::unordered_map<std::uint32_t, ConversationSummary> conversations;
    std::size_t batches = 0;
    std::size_t largestBatch = 0;
    std::uint64_t firstNs = 0, lastNs = 0;
    const auto drain = [&] {
        std::deque<CaptureBatch> taken;
        {
            std::lock_guard lock(mutex);
            taken.swap(queue);
        }
        for (auto& batch : taken) {
            for (const auto& packet : batch.packets) {
                index.append(packet);
                if (firstNs == 0)
                    firstNs = static_cast<std::uint64_t>(packet.timestampNs);
                lastNs = static_cast<std::uint64_t>(packet.timestampNs);
            }
            analyses.append(batch.analyses);
            for (auto& summary : batch.conversations)
                conversations[summary.stream] = summary;
            ++batches;
            largestBatch = std::max(largestBatch, batch.size());
        }
    };
    const auto start = Clock::now();
    while (Clock::now() - start < std::chrono::duration<double>(seconds)) {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        drain();
    }
    stop = true;
    worker.join();
    drain();

    const auto stats = capture->stats();
    const double wire = double(lastNs - firstNs) / 1e9;
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("captured: %llu\n", static_cast<unsigned long long>(stats.captured));
    std::printf("received by filter: %llu\n", static_cast<unsigned long long>(stats.received));
    std::printf("dropped by kernel: %llu\n", static_cast<unsigned long long>(stats.droppedByKernel));
    std::printf("dropped by interface: %llu\n", static_cast<unsigned long long>(stats.droppedByInterface));
    std::printf("packets in views: %zu\n", index.size());
    std::printf("conversations: %zu\n", conversations.size());
    std::printf("batches: %zu (largest %zu packets)\n", batches, largestBatch);
    std::printf("first to last packet s: %.3f\n", wire);
    std::printf("captured packets/s: %.0f\n", wire > 0 ? double(stats.captured) / wire : 0.0);
    std::printf("capture thread CPU s: %.3f (%.2f us/packet)\n", captureCpu,
                stats.captured ? captureCpu * 1e6 / double(stats.captured) : 0.0);
    std::printf("file bytes: %llu\n", static_cast<unsigned long long>(stats.fileBytes));
    std::printf("view memory bytes/packet: %.1f\n",
                index.size() ? double(index.memoryBytes() + analyses.memoryBytes()) / double(index.size()) : 0.0);
    std::printf("peak RSS MB: %.1f\n", double(usage.ru_maxrss) / 1024.0);
    std::remove(output.c_str());
    return stats.droppedByKernel == 0 ? 0 : 3;
}
