#pragma once
// Joins the recorder to a live capture: the conversations of every batch are looked up in the
// kernel, and the samples of the local ones go to the capture's sidecar file
// (CAPTURE.tcpinfo.csv, see TcpInfoCsv.h). A capture without local sockets leaves no sidecar.
// Sockets are seen in the network namespace of the thread that constructs the observer. Linux only.

#include "../capture/LiveCapture.h"
#include "TcpInfoRecorder.h"

#include <memory>
#include <mutex>
#include <string>
#include <unordered_set>

namespace tcplens {

class TcpInfoCaptureObserver : public LiveCaptureObserver {
public:
    /// `sidecarPath` empty: next to the capture's output file. The sink, if any, receives every
    /// batch of samples on the recorder's thread (e.g. to post them to a chart).
    explicit TcpInfoCaptureObserver(std::string sidecarPath = {}, TcpInfoRecorder::Sink sink = {},
                                    std::chrono::milliseconds interval = std::chrono::milliseconds(50));
    ~TcpInfoCaptureObserver() override;

    void captureStarted(const LiveCapture& capture) override;
    void packetsCaptured(const LiveCapture& capture, const CaptureBatch& batch) override;
    void captureStopped(const LiveCapture& capture) override;

    /// The sidecar written, or "" when none was (no local socket, or the capture never started).
    [[nodiscard]] std::string sidecarPath() const;
    [[nodiscard]] std::uint64_t samplesTaken() const;
    [[nodiscard]] std::uint64_t socketsFound() const;
    /// Why sampling could not run (no netlink socket, sidecar not writable); "" when it ran.
    [[nodiscard]] std::string error() const;

private:
    void finish();

    std::string requestedPath_;
    TcpInfoRecorder::Sink sink_;
    std::chrono::milliseconds interval_;
    std::unique_ptr<TcpInfoRecorder> recorder_;
    std::unordered_set<std::uint32_t> streams_;
    mutable std::mutex mutex_;
    std::string path_;
    std::string error_;
    std::uint64_t samples_ = 0;
    std::uint64_t sockets_ = 0;
    bool kept_ = false;
    bool running_ = false; ///< Between captureStarted and finish: the capture thread's view.
};

} // namespace tcplens
