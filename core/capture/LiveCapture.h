#pragma once
// Captures from a network interface through libpcap: every packet is appended at once to a
// pcapng file (which therefore survives a crash), then decoded and tracked by the same
// incremental pipeline that loads files. Driven by poll() from one thread.

#include "CaptureBatchBuilder.h"
#include "CaptureDevice.h"
#include "CaptureFile.h"
#include "MappedFile.h"
#include "PcapngWriter.h"

#include <chrono>
#include <memory>
#include <string>
#include <vector>

namespace tcplens {

struct LiveCaptureOptions {
    std::string interface;
    std::string filter;                     ///< tcpdump (BPF) expression; empty: everything.
    std::uint32_t snaplen = 262144;
    bool promiscuous = true;
    std::uint32_t bufferBytes = 32U << 20;  ///< Kernel ring buffer.
    std::string outputPath;                 ///< The pcapng file written as packets arrive.
    std::uint64_t maxPackets = 0;           ///< Ends the capture after this many; 0: no limit.
};

/// Counters of a capture: libpcap's (pcap_stats) and the engine's own.
struct LiveCaptureStats {
    std::uint64_t received = 0;           ///< Passed the filter in the kernel, dropped ones included.
    std::uint64_t droppedByKernel = 0;    ///< No room in the buffer: the reader was too slow.
    std::uint64_t droppedByInterface = 0; ///< Dropped by the interface or its driver.
    std::uint64_t captured = 0;           ///< Read by the engine and written to the file.
    std::uint64_t fileBytes = 0;
    std::int64_t startNs = 0;             ///< Wall clock at start, ns since the epoch.
    std::int64_t durationNs = 0;          ///< Until now, or until the capture ended.
};

class LiveCapture;

/// Sees a capture from its own thread (e.g. to sample kernel state or write a sidecar file).
/// Called synchronously from poll()/stop(): keep it short or hand work to another thread.
class LiveCaptureObserver {
public:
    virtual ~LiveCaptureObserver() = default;
    /// Once, right after the capture started; capture.options() and outputPath() are final.
    virtual void captureStarted(const LiveCapture& capture) { (void)capture; }
    /// From every takeBatch() (consumers call it 10 to 20 times a second, also when no packet
    /// came): the batch is written and analysed and about to be handed out.
    virtual void packetsCaptured(const LiveCapture& capture, const CaptureBatch& batch)
    {
        (void)capture;
        (void)batch;
    }
    /// Once, when the capture ended (stopped, or the interface went away); stats are final.
    virtual void captureStopped(const LiveCapture& capture) { (void)capture; }
};

class LiveCapture {
public:
    /// Opens the interface and the output file; throws LiveCaptureError with a message that
    /// names the fix (no permission, no such interface, bad filter, file not writable).
    [[nodiscard]] static std::unique_ptr<LiveCapture> start(const LiveCaptureOptions& options);
    ~LiveCapture();
    LiveCapture(const LiveCapture&) = delete;
    LiveCapture& operator=(const LiveCapture&) = delete;

    /// Waits up to `timeout` for packets and runs every packet ready through the file and the
    /// pipeline. False once the capture has ended (after stop(), after maxPackets, or when the
    /// interface went away or the disk filled up: error() says so and the packets so far stay).
    bool poll(std::chrono::milliseconds timeout);
    /// The packets analysed since the last call (their bytes are in the file already).
    [[nodiscard]] CaptureBatch takeBatch();
    /// Ends the capture: reads what is still buffered, writes the statistics, closes the file.
    void stop();

    [[nodiscard]] bool isRunning() const noexcept { return device_ != nullptr; }
    /// Why the capture ended by itself; empty while running and after a plain stop().
    [[nodiscard]] const std::string& error() const noexcept { return error_; }
    [[nodiscard]] LiveCaptureStats stats() const;
    [[nodiscard]] const LiveCaptureOptions& options() const noexcept { return options_; }
    [[nodiscard]] const std::string& outputPath() const noexcept { return options_.outputPath; }
    /// The output file as a capture: pcapng, the interface's link type and snap length.
    [[nodiscard]] const CaptureFileInfo& info() const noexcept { return info_; }
    /// Where packet bytes are read back from, shared with packet stores; grows with the file.
    [[nodiscard]] std::shared_ptr<const MappedFile> mapping() const noexcept { return mapping_; }
    [[nodiscard]] const ConversationTracker& tracker() const noexcept { return builder_.tracker(); }

    /// Sees every packet with its full analysis as it is read (e.g. to print it).
    void setPacketHook(CaptureBatchBuilder::PacketHook hook) { builder_.setPacketHook(std::move(hook)); }
    /// Adds an observer (not owned; it must outlive the capture or be removed first).
    void addObserver(LiveCaptureObserver* observer);
    void removeObserver(LiveCaptureObserver* observer);

    /// The largest capture file: the mapping reserves this much address space.
    static constexpr std::uint64_t kMaxFileBytes = 256ULL << 30;

private:
    explicit LiveCapture(const LiveCaptureOptions& options, int linkType);
    void onPacket(const RawPacket& packet);
    int dispatch();
    void finish(std::string error);
    void refreshPcapStats() const;

    LiveCaptureOptions options_;
    CaptureFileInfo info_;
    std::unique_ptr<CaptureDevice> device_;
    CaptureDevice::PacketSink sink_;
    PcapngWriter writer_;
    std::shared_ptr<const MappedFile> mapping_;
    CaptureBatchBuilder builder_;
    std::vector<LiveCaptureObserver*> observers_;
    std::string error_;
    std::uint64_t captured_ = 0;
    std::chrono::steady_clock::time_point started_;
    std::chrono::steady_clock::time_point ended_;
    mutable LiveCaptureStats pcapStats_;
    bool stopped_ = false;
};

} // namespace tcplens
