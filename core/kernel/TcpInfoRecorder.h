#pragma once
// Samples the kernel's tcp_info about 20 times a second for the conversations a capture sees
// whose socket lives on this machine, and writes the samples to the capture's sidecar file.
//
// The capture thread reports every TCP packet with observe() (a hash lookup; no lock unless the
// conversation is new). The recorder's own thread asks the kernel, on each tick, for each new
// conversation whether a socket with its 4-tuple exists (either way round: both ends are local
// on loopback), a few ticks long, and from then on samples the sockets it found until they close.
// Only sockets in the network namespace of the thread that constructed the recorder are seen.
// Linux only.

#include "../decode/DecodedPacket.h"
#include "../tcp/ConversationKey.h"
#include "TcpInfoCsv.h"
#include "TcpInfoSampler.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace tcplens {

class TcpInfoRecorder {
public:
    struct Options {
        std::chrono::milliseconds interval{50};
        std::string sidecarPath;    ///< Empty: keep no file.
        int discoveryTicks = 4;     ///< How many ticks a new conversation is looked for.
        std::size_t maxQueriesPerTick = 1024; ///< Bounds a tick's work when a scan floods new conversations.
    };
    /// Receives each tick's samples on the recorder's thread.
    using Sink = std::function<void(std::span<const TcpInfoSample>)>;

    explicit TcpInfoRecorder(Options options);
    ~TcpInfoRecorder();
    TcpInfoRecorder(const TcpInfoRecorder&) = delete;
    TcpInfoRecorder& operator=(const TcpInfoRecorder&) = delete;

    /// False when the netlink socket or the sidecar could not be opened (error() says which).
    [[nodiscard]] bool valid() const noexcept { return sampler_.valid() && error_.empty(); }
    [[nodiscard]] std::string error() const;

    /// Creates the sidecar file (when Options::sidecarPath was empty); before start(). False
    /// with error() set when it cannot be written.
    bool openSidecar(const std::string& path);
    /// Closes the sidecar and deletes it when no sample was written into it.
    void dropEmptySidecar();
    /// Where samples go besides the sidecar; set before start().
    void setSink(Sink sink) { sink_ = std::move(sink); }
    /// Starts the sampling thread; stop() (or the destructor) ends it after a last tick.
    void start();
    void stop();

    /// A packet the capture saw; call from one thread (the capture's). Non-TCP packets are ignored.
    void observe(const DecodedPacket& packet);
    /// A conversation the capture saw; `syn` marks a connection attempt (a reused 4-tuple is
    /// looked for again).
    void observe(const ConversationKey& key, bool syn);

    /// One tick now, on the calling thread (for callers that run their own loop, and tests).
    void tick();

    [[nodiscard]] std::uint64_t samplesTaken() const noexcept { return samples_.load(); }
    /// Sockets found so far (each end of a loopback conversation counts).
    [[nodiscard]] std::uint64_t socketsFound() const noexcept { return sockets_.load(); }
    [[nodiscard]] std::uint64_t rowsWritten() const;

private:
    enum class Status : std::uint8_t { Looking, Local, Gone };
    struct Tracked {
        Status status = Status::Looking;
        int ticksLooked = 0;
        bool lowIsLocal = false;  ///< A socket low -> high exists here.
        bool highIsLocal = false; ///< A socket high -> low exists here.
    };

    void run();

    Options options_;
    TcpInfoSampler sampler_;
    TcpInfoCsvWriter writer_;
    std::string error_;
    Sink sink_;

    // Capture thread only.
    std::unordered_set<ConversationKey, ConversationKeyHash> seen_;
    // Shared: what the capture thread found since the last tick.
    mutable std::mutex pendingMutex_;
    std::vector<std::pair<ConversationKey, bool>> pending_;
    // Sampling thread only (tick()).
    std::unordered_map<ConversationKey, Tracked, ConversationKeyHash> tracked_;
    std::vector<TcpInfoSample> batch_;

    std::thread thread_;
    std::mutex stopMutex_;
    std::condition_variable stopSignal_;
    bool stopping_ = false;
    std::atomic<std::uint64_t> samples_{0};
    std::atomic<std::uint64_t> sockets_{0};
    mutable std::mutex writerMutex_;
};

} // namespace tcplens
