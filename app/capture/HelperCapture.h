#pragma once
// The capture tcplens-capture runs: several libpcap devices into one pcapng stream (one
// interface description per device), written to a file and/or standard output after each
// batch, with interface statistics at the end; optionally the kernel's tcp_info sidecar.

#include "HelperOptions.h"

#include <capture/CaptureDevice.h>
#include <capture/PcapngWriter.h>

#include <chrono>
#include <csignal>
#include <iosfwd>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace tcplens {
class TcpInfoRecorder;
}

namespace tcplens::capture {

class HelperCapture {
public:
    /// Opens every device (the step that needs the capability); throws LiveCaptureError.
    explicit HelperCapture(const HelperOptions& options);
    ~HelperCapture();
    HelperCapture(const HelperCapture&) = delete;
    HelperCapture& operator=(const HelperCapture&) = delete;

    /// Creates the outputs and writes the section and interface headers (run without privileges);
    /// false with `error`.
    [[nodiscard]] bool openOutputs(std::string& error);
    /// Captures until `stop` turns non-zero, -c is reached, an output closes or fails, or a
    /// device goes away; then writes the statistics. Returns the exit code, errors on `err`.
    int run(const volatile std::sig_atomic_t& stop, std::ostream& err);

    /// "lo (link type 1, snapshot length 262144)" for each device, comma-separated.
    [[nodiscard]] std::string describe() const;

private:
    enum class Flow { More, Done, Failed };
    Flow readAll();
    void onPacket(std::uint32_t interfaceId, const RawPacket& packet);
    bool flushOutputs();
    void finish(std::ostream& err);
    void writeInterimStatistics();

    HelperOptions options_;
    std::vector<std::unique_ptr<CaptureDevice>> devices_;
    std::vector<std::uint64_t> delivered_;
    std::map<std::string, std::string> descriptions_; ///< libpcap's, by interface name

    PcapngWriter file_;
    PcapngWriter stdout_;
    std::unique_ptr<TcpInfoRecorder> tcpInfo_;
    std::string tcpInfoPath_;
    std::uint64_t captured_ = 0;
    std::string error_;
    bool outputClosed_ = false;
    std::chrono::steady_clock::time_point lastStatistics_ = std::chrono::steady_clock::now();
};

} // namespace tcplens::capture
